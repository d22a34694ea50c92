import { describe, expect, it } from 'vitest';
import { indexPacks } from '../../../src/engine/index.ts';
import { loadEmbeddedPack } from '../../../src/pack/embedded.ts';
import { QUOTE_CASES, quoteCaught, runQuotePerturbations } from './quotes.ts';

describe('the quote perturbation suite', () => {
  it(
    "generates every case from the pack's recorded quotes, and runs without errors",
    { timeout: 60_000 },
    () => {
      const report = runQuotePerturbations(indexPacks([loadEmbeddedPack()]), '2026-11-21');
      expect(report.errors).toEqual([]);
      expect(report.quotes).toBeGreaterThan(30);
      for (const kind of QUOTE_CASES)
        expect(report.byCase.find((t) => t.kind === kind)?.n, kind).toBeGreaterThan(0);
      // Each case is one page whose quote is credited in its carrier sentence (a short phrase: "X called it “…”", "They called it “…”";
      // a place and a post: "X's chief put it plainly: “…”"; a few words inside a paraphrase: "X said the city would see “…” next week";
      // a cleft: "It was X who said, “…”"; a body's statement: "The X issued a statement saying “…”"; a dash attribution after the
      // words, on their line or on a line of its own: "“…” — X"; a post's words: "… what she called the mayor's words: “…”";
      // how they were given: "Speaking to reporters, X said: “…”", "In a written memo, X wrote: “…”").
      for (const c of report.cases)
        expect(c.text).toMatch(
          /\u201C.+,\u201D (.+ (said|added)|said .+)|(?:^.+ c|They c)alled it \u201C[^\u201D]+\.\u201D$|^.+ put it plainly: \u201C.+\.\u201D$|^.+ said the city would see \u201C[^\u201D]+\u201D next week\.$|^It was .+ who said, \u201C.+\.\u201D$|^The .+ issued a statement saying \u201C.+\.\u201D$|^A banner carries .+'s warning that \u201C.+\.\u201D$|^\u201C.+\.\u201D(?: |\n)(?:-|\u2014) \p{Lu}[^\u201C\u201D]+$|^A parent read out what she called the .+'s words: \u201C.+\.\u201D$|^(?:Speaking to reporters|In a written (?:statement|memo)), .+ (?:said|wrote): \u201C.+\.\u201D$/u,
        );
    },
  );

  it('scores true words by no false alarm, altered words by discrepant, unknown words by unverified', () => {
    expect(quoteCaught('cut', 'consistent')).toBe(true);
    expect(quoteCaught('cut', 'discrepant')).toBe(false);
    expect(quoteCaught('reworded', 'unverified')).toBe(false);
    expect(quoteCaught('unknown', 'unverified')).toBe(true);
  });
});
