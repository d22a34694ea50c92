/**
 * Analysis costs time linear in the page's length. Speed is measured in
 * `npm run bench`, not here: these tests count work instead of timing it.
 * Every whole-word term search the engine makes (terms.ts) is recorded with
 * the length of the text it searches; a search of the whole page made once
 * per sentence, rather than once per page, makes the work grow with the
 * square of the page.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { testPack } from '../pack/test-pack.ts';
import { analyzeText, foldText, indexPacks, type PackIndex } from './index.ts';

const searches = vi.hoisted(() => ({ lengths: [] as number[] }));

vi.mock('./terms.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./terms.ts')>();
  const counted =
    <A extends unknown[], R>(search: (text: string, ...rest: A) => R) =>
    (text: string, ...rest: A): R => {
      searches.lengths.push(text.length);
      return search(text, ...rest);
    };
  return {
    ...real,
    findTerm: counted(real.findTerm),
    hasAnyTerm: counted(real.hasAnyTerm),
    findAnyTerm: counted(real.findAnyTerm),
  };
});

beforeEach(() => {
  searches.lengths = [];
});

/** The term searches one analysis makes: how many read the whole page, and how many characters all of them read. */
function work(
  text: string,
  index: PackIndex,
): { pageScans: number; chars: number; findings: number } {
  searches.lengths = [];
  const { findings } = analyzeText(text, index, { today: '2026-11-21' });
  const page = foldText(text).length;
  return {
    pageScans: searches.lengths.filter((n) => n === page).length,
    chars: searches.lengths.reduce((a, b) => a + b, 0),
    findings: findings.length,
  };
}

const repeat = (text: string, times: number) =>
  Array.from({ length: times }, () => text).join('\n\n');

/** A demo retelling's text, tags stripped (as in robustness.test.ts). */
const demoText = (file: string) =>
  readFileSync(new URL(`../../demo/pages/${file}`, import.meta.url), 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n\s*\n+/g, '\n')
    .replace(/&amp;/g, '&');

describe('work grows linearly with the page', () => {
  const embedded = indexPacks([loadEmbeddedPack()]);

  it.each(['rochester-rewrite.html', 'rochester-careful.html', 'police-chiefs-undated.html'])(
    '%s repeated 16 times: the whole page is searched as often as for one copy, and 16 times the characters are read',
    (file) => {
      const text = demoText(file);
      const once = work(text, embedded);
      const many = work(repeat(text, 16), embedded);
      expect(once.findings).toBeGreaterThan(0);
      expect(many.findings).toBe(16 * once.findings);
      expect(many.pageScans).toBe(once.pageScans);
      // Per character of page, the same work (within 10%: the page-level searches are a smaller share of a longer page).
      expect(many.chars / (16 * text.length)).toBeLessThanOrEqual(1.1 * (once.chars / text.length));
    },
  );

  it('a page-wide condition (unlessPage) is looked up once per page, however many sentences need it', () => {
    const index = indexPacks([
      testPack({
        facts: [
          {
            id: 'crew',
            kind: 'event',
            statement: 'Forty firefighters fought the fire.',
            sources: ['gazette'],
            confidence: 'high',
            about: [['firefighters']],
            details: [
              {
                slot: 'number',
                accepted: ['forty'],
                wrong: [
                  {
                    terms: ['fifty'],
                    severity: 'false',
                    unlessPage: ['volunteers'],
                    explanation: 'Forty, not fifty.',
                  },
                ],
              },
            ],
          },
        ],
      }),
    ]);
    const sentence = 'In Harbour Town, fifty firefighters fought the fire.\n';
    const few = work(sentence.repeat(10), index);
    const lots = work(sentence.repeat(1000), index);
    expect(few.findings).toBe(10);
    expect(lots.findings).toBe(1000);
    expect(lots.pageScans).toBe(few.pageScans);
    // And the answer is the page's: the same sentences on a page that names volunteers are not discrepant.
    expect(work(`${sentence.repeat(1000)}Volunteers helped.`, index).findings).toBe(0);
  });
});
