/**
 * What a site rule typed in the options page means, by the Public Suffix List
 * (tldts, private section included, so "github.io" is a suffix like "co.uk").
 * Only the options page loads it: the popup and the content scripts match
 * rules by plain host suffix (shared/settings.ts) and never need the list.
 */
import { parse } from 'tldts';
import { siteOf } from '../shared/settings.ts';

/** What a rule covers: a registrable domain and everything under it, one host (and names under it) inside a wider domain, or one address. */
export type Coverage =
  | { kind: 'domain'; rule: string }
  | { kind: 'host'; rule: string; domain: string }
  | { kind: 'address'; rule: string }
  | { kind: 'public-suffix'; rule: string };

export type TypedRule =
  | { ok: true; coverage: Coverage }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'public-suffix'; suffix: string };

/** What a stored or typed rule (a valid host name) covers. */
export function coverageOf(rule: string): Coverage {
  const parsed = parse(rule, { allowPrivateDomains: true });
  if (parsed.isIp) return { kind: 'address', rule };
  // A suffix the list names (not one tldts only guesses for an unknown top-level name such as "localhost").
  const listed = parsed.isIcann === true || parsed.isPrivate === true;
  if (listed && parsed.publicSuffix === rule) return { kind: 'public-suffix', rule };
  if (parsed.domain && parsed.domain !== rule) return { kind: 'host', rule, domain: parsed.domain };
  return { kind: 'domain', rule };
}

/** Reads what the user typed (a host name, or an address to take the host from), keeping it as typed: "www." stays. */
export function readTypedRule(typed: string): TypedRule {
  const text = typed.trim().toLowerCase();
  if (!text) return { ok: false, reason: 'invalid' };
  const host = siteOf(text.includes('://') ? text : `https://${text}`);
  // Anything beyond a host name (a path, a port, a user name) is not a site name either.
  if (!host || !(text.includes('://') || text === host || text === `${host}.`))
    return { ok: false, reason: 'invalid' };
  const coverage = coverageOf(host);
  if (coverage.kind === 'public-suffix')
    return { ok: false, reason: 'public-suffix', suffix: host };
  return { ok: true, coverage };
}
