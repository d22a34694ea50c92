/**
 * The architecture rules (.dependency-cruiser.cjs, run on the tree by `npm run arch`) bite: on a small tree
 * that breaks each kind of rule once (test/fixtures/arch), they report exactly those imports.
 */
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as {
  forbidden: object[];
  options: object;
};

describe('architecture rules', () => {
  it('report a runtime cycle, a lower layer importing a higher one and an engine internal used outside', async () => {
    const { output } = await cruise(['src'], {
      validate: true,
      ruleSet: { forbidden: config.forbidden } as never,
      baseDir: 'test/fixtures/arch',
      tsPreCompilationDeps: true,
      enhancedResolveOptions: { extensions: ['.ts'] },
    });
    const violations = (
      output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } }
    ).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    // A cycle is reported once, from whichever of its files the walk meets first; the types-only pair is none.
    const cycles = violations.filter((v) => v.startsWith('no-cycle: '));
    expect(cycles.length).toBeGreaterThan(0);
    expect(cycles.every((v) => /loop-[ab][.]ts → src\/engine\/loop-[ab][.]ts$/.test(v))).toBe(true);
    expect([...new Set(violations.filter((v) => !cycles.includes(v)))].sort()).toEqual([
      'engine-internal: src/extension/reaches-inside.ts → src/engine/inner.ts',
      'pack-below-engine: src/pack/uses-engine.ts → src/engine/index.ts',
    ]);
  });
});
