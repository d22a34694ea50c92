/**
 * Fetches a feed carrying nothing about the user (no cookies, no referrer,
 * no cache) and stops reading at a hard size cap, so a 100 MB answer costs
 * at most the cap.
 */
import { megabytes } from '../../shared/megabytes.ts';
import { readCapped, type CappedRead } from '../../shared/read-capped.ts';

export type Fetched = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: string };

export async function fetchCapped(
  url: string,
  maxBytes: number,
  fetcher: typeof fetch = fetch,
  timeoutMs = 30_000,
): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetcher(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        // A redirect could lead anywhere (plain HTTP, a local service): feeds must be served at their own address.
        redirect: 'error',
        signal: controller.signal,
      });
    } catch {
      return {
        ok: false,
        reason: controller.signal.aborted
          ? 'the feed did not answer in time'
          : 'the feed could not be reached (the server is down, the address is wrong, or it redirects: subscribe to the final address)',
      };
    }
    if (!response.ok)
      return {
        ok: false,
        reason: `the feed answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      };
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      void response.body?.cancel();
      return {
        ok: false,
        reason: `the feed is ${megabytes(declared, 0)}; the limit is ${megabytes(maxBytes, 0)}`,
      };
    }
    if (!response.body) return { ok: false, reason: 'the feed sent no content' };
    let read: CappedRead;
    try {
      read = await readCapped(response.body, maxBytes);
    } catch {
      return {
        ok: false,
        reason: controller.signal.aborted
          ? 'the feed did not finish sending in time'
          : 'the connection to the feed broke off',
      };
    }
    if (read.over)
      return {
        ok: false,
        reason: `the feed sent more than ${megabytes(maxBytes, 0)}, the limit; reading stopped there`,
      };
    return { ok: true, bytes: read.bytes };
  } finally {
    clearTimeout(timer);
  }
}
