/** Probing a built extension from a web page, as a page's own scripts could. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * A control for the probes: an unpacked extension with one web-accessible file
 * (exposed.txt), which a page can fetch, so a probe that finds nothing of
 * Sourcelight is shown able to find something.
 */
export const PROBE_EXTENSION = resolve('e2e/probe-extension');

/** Chromium's id for an unpacked extension whose manifest has a `key`: the key's SHA-256, first 16 bytes, as letters a–p. */
export function extensionIdOf(dir: string): string {
  const { key } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { key: string };
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** Run inside a web page (`page.evaluate(readableUrls, urls)`, Playwright or puppeteer): which of `urls` the page can fetch. */
export async function readableUrls(urls: string[]): Promise<string[]> {
  const results = await Promise.all(
    urls.map(async (url) => {
      try {
        await fetch(url);
        return [url];
      } catch {
        return [];
      }
    }),
  );
  return results.flat();
}

/** Every file of a built extension, as paths relative to its folder. */
export function builtFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, `${entry.parentPath}/${entry.name}`));
}

/** What a page sees of Sourcelight's styles, each beside the same probe on a name Sourcelight never styles. */
export interface StyleProbe {
  highlight: { ours: string; other: string };
  mark: { ours: string; other: string };
}

/**
 * Run inside a web page (`page.evaluate(probeStyles)`): the computed style of
 * `::highlight(sourcelight-discrepant)` on the body, and of a
 * `<sourcelight-mark data-verdict="discrepant">` the page makes itself, each
 * beside the same probe on a highlight name and an element Sourcelight never styles.
 */
export function probeStyles(): StyleProbe {
  const look = (style: CSSStyleDeclaration) =>
    `${style.backgroundColor} | ${style.textDecorationLine} ${style.textDecorationStyle}`;
  const highlight = (name: string) => look(getComputedStyle(document.body, `::highlight(${name})`));
  const mark = (tag: string) => {
    const element = document.createElement(tag);
    element.setAttribute('data-verdict', 'discrepant');
    element.textContent = 'probe';
    document.body.append(element);
    const seen = look(getComputedStyle(element));
    element.remove();
    return seen;
  };
  return {
    highlight: {
      ours: highlight('sourcelight-discrepant'),
      other: highlight('page-own-discrepant'),
    },
    mark: { ours: mark('sourcelight-mark'), other: mark('page-own-mark') },
  };
}

/** A probe that saw Sourcelight's styles: either of them differs from the unstyled control. */
export const sawStyles = (probe: StyleProbe) => ({
  highlight: probe.highlight.ours !== probe.highlight.other,
  mark: probe.mark.ours !== probe.mark.other,
});
