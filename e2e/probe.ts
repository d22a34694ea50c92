/** Probing a built extension from a web page, as a page's own scripts could. */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';

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
