import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSizes, formatSizes } from './bundle-sizes.ts';

// npm test builds before it runs the unit tests; run alone without a build, this says so and skips.
const built = existsSync('dist/chrome/manifest.json');

describe('bundle budgets', () => {
  it.skipIf(!built)('keeps every part of the built extension within its budget (skipped when dist/chrome is not built)', () => {
    const parts = bundleSizes();
    console.log(formatSizes(parts));
    for (const part of parts) expect(part.bytes, `${part.name}: ${part.files.join(', ')}`).toBeLessThanOrEqual(part.budgetBytes);
    // The gate on every page is a single classic script, never a module graph.
    expect(parts[0]?.files).toEqual(['content.js']);
  });
});
