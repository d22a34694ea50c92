import { readFileSync } from 'node:fs';

/**
 * Sourcelight's version, from the package.json two folders up: from src/cli/ when run
 * from source, from dist/cli/ when run built (both sit two levels below the package root).
 */
export function packageVersion(): string {
  const { version } = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return version;
}
