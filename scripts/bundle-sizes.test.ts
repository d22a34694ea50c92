import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes, formatSizes } from './bundle-sizes.ts';

// npm test builds before it runs the unit tests; run alone without a build, this says so and skips.
const built = existsSync('dist/chrome/manifest.json');

describe('bundle budgets', () => {
  it.skipIf(!built)(
    'keeps every part of the built extension within its budget (skipped when dist/chrome is not built)',
    () => {
      const parts = bundleSizes();
      console.log(formatSizes(parts));
      for (const part of parts)
        expect(part.bytes, `${part.name}: ${part.files.join(', ')}`).toBeLessThanOrEqual(
          part.budgetBytes,
        );
      // The gate on every page is a single classic script, never a module graph.
      expect(parts[0]?.files).toEqual(['content.js']);
    },
  );

  it.skipIf(!built)(
    'keeps the Public Suffix List (tldts) in the options page: the gate, the engine and the popup never load it (skipped when dist/chrome is not built)',
    () => {
      // Two names only the list's data holds (its private section).
      const holdsList = (file: string) =>
        /blogspot|amazonaws/.test(readFileSync(join('dist/chrome', file), 'utf8'));
      for (const part of bundleSizes().slice(0, 3))
        expect(part.files.filter(holdsList), part.name).toEqual([]);
      // The check can tell: the options page's bundle does hold it.
      expect(
        readdirSync('dist/chrome/assets').filter(
          (file) => file.endsWith('.js') && holdsList(`assets/${file}`),
        ).length,
      ).toBeGreaterThan(0);
    },
  );
});
