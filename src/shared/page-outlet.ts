/**
 * The names a page gives its own outlet, read the same way by the CLI and the
 * content script: `og:site_name`, `application-name`, the JSON-LD
 * `publisher.name`, and the site's address ("bostonglobe" of
 * www.bostonglobe.com). A page may credit its own outlet's reporting ("the
 * Globe reported last week"): the engine never calls that credit wrong.
 * Page text is untrusted: JSON-LD is parsed as data, large blocks are skipped,
 * and at most a few short names are kept.
 */
import type { DocumentLike } from './published-date.ts';

const MAX_JSON_LD = 100_000;
const MAX_NAME = 80;
const MAX_NAMES = 6;

function publisherNames(value: unknown, depth: number, out: string[]): void {
  if (depth > 4 || value === null || typeof value !== 'object' || out.length >= MAX_NAMES) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) publisherNames(item, depth + 1, out);
    return;
  }
  const record = value as Record<string, unknown>;
  const publisher = record.publisher as Record<string, unknown> | undefined;
  if (publisher && typeof publisher === 'object' && typeof publisher.name === 'string')
    out.push(publisher.name);
  publisherNames(record['@graph'], depth + 1, out);
  publisherNames(record.mainEntity, depth + 1, out);
}

/** The site's own name from its address: the label before the public suffix ("www.bostonglobe.com" → "bostonglobe"). */
function hostName(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.split('.').filter((l) => l && l !== 'www');
    return labels.length >= 2 ? (labels[labels.length - 2] as string) : null;
  } catch {
    return null;
  }
}

export function pageOutletNames(doc: DocumentLike, url?: string): string[] {
  const names: string[] = [];
  for (const meta of Array.from(
    doc.querySelectorAll('meta[property="og:site_name"], meta[name="application-name"]'),
  )) {
    const content = meta.getAttribute('content');
    if (content) names.push(content);
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    try {
      publisherNames(JSON.parse(text), 0, names);
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  const host = hostName(url);
  if (host && host !== 'invalid' && host !== 'example') names.push(host);
  return [...new Set(names.map((n) => n.trim()).filter((n) => n && n.length <= MAX_NAME))].slice(
    0,
    MAX_NAMES,
  );
}
