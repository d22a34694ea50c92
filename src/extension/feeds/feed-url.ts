/**
 * Which addresses a feed may have: HTTPS, or plain HTTP on this computer
 * (127.0.0.1, localhost, [::1]) for publishers testing their own feed.
 */
export function checkFeedUrl(
  text: string,
): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'that is not an address (it should start with https://)' };
  }
  const loopback =
    url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      ok: false,
      reason: 'feeds must be fetched over HTTPS (plain HTTP only from this computer)',
    };
  }
  if (url.username || url.password)
    return { ok: false, reason: 'a feed address must not carry a user name or password' };
  url.hash = '';
  return { ok: true, url: url.href };
}
