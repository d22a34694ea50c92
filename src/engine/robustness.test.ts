/**
 * Property-based tests: whatever text a page holds, the engine never throws,
 * never hangs, and every span it returns lies inside the input and reads back
 * as its own `text`. Inputs mix a retelling the embedded pack recognises (so
 * the full analysis runs, not just the pre-check) with adversarial text.
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { analyzeText, foldText, indexPacks, splitSentences, type Analysis } from './index.ts';

const index = indexPacks([loadEmbeddedPack()]);

/** The text of the demo retelling (written for this project), tags stripped: recognised by the embedded pack. */
const RETELLING = readFileSync(
  new URL('../../demo/pages/rochester-rewrite.html', import.meta.url),
  'utf8',
)
  .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
  .replace(/<[^>]+>/g, '\n')
  .replace(/\n\s*\n+/g, '\n')
  .replace(/&amp;/g, '&');

/** A script for a child process: analyses argv's text followed by a unit repeated, and prints the number of findings. */
const ANALYSE_REPEATED = `
import { analyzeText, indexPacks } from './src/engine/index.ts';
import { loadEmbeddedPack } from './src/pack/embedded.ts';
const [text, unit, times] = JSON.parse(process.argv[1]);
process.stdout.write(String(analyzeText(text + '\\n' + unit.repeat(times), indexPacks([loadEmbeddedPack()])).findings.length));
`;

/** Characters that break naive text handling. */
const NASTY = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF', // zero-width
  '\u202E',
  '\u202D',
  '\u200F',
  '\u061C', // bidi controls
  '\u0301',
  '\u0308',
  '\u20DD', // combining marks
  '\u201C',
  '\u201D',
  '\u2018',
  '\u2019',
  '\u00AB',
  '\u00BB',
  '\u300C',
  '\u300D',
  '"',
  "'",
  '`', // quotes of every style
  '\u2013',
  '\u2014',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\r',
  '\n',
  '\t',
  '\uD83D\uDE00',
  '\uD800',
  '\uDFFF', // an emoji, lone surrogates
  '\u0130',
  '\u03A3',
  '\u1E9E',
  'ß',
  'ﬁ', // characters whose case mapping changes length
  '&amp;',
  '&#8220;',
  '&nbsp;',
  '<b>',
  '.',
  '!',
  '?',
  '…',
  '. ',
  'Mr.',
  'U.S.',
];

const nasty = fc.constantFrom(...NASTY);
const junk = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      nasty,
      fc.constantFrom('ICE', 'Border Patrol', 'Rochester', 'Evans', 'eight', 'fired'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** A retelling with junk spliced in at random places, and zero-width characters inside words. */
const pageText = fc
  .tuple(
    fc.array(fc.tuple(fc.nat({ max: RETELLING.length }), junk), { maxLength: 8 }),
    fc.array(fc.nat({ max: RETELLING.length }), { maxLength: 20 }),
  )
  .map(([insertions, zeroWidths]) => {
    let text = RETELLING;
    for (const at of zeroWidths) text = `${text.slice(0, at)}\u200B${text.slice(at)}`;
    for (const [at, piece] of insertions) text = `${text.slice(0, at)}${piece}${text.slice(at)}`;
    return text;
  });

function checkSpans(text: string, analysis: Analysis): void {
  for (const f of analysis.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
  for (const s of analysis.signals) {
    if (s.start === undefined || s.end === undefined) continue;
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('engine robustness (fast-check)', () => {
  it('the demo retelling is recognised, so the properties below exercise the full analysis', () => {
    expect(analyzeText(RETELLING, index).story).not.toBeNull();
  });

  it('folding keeps every offset, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldText(s).length === s.length));
  });

  it('sentences lie inside the text and read back as their text, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), junk), (s) => {
        for (const sentence of splitSentences(s)) {
          expect(sentence.start).toBeGreaterThanOrEqual(0);
          expect(sentence.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(sentence.start, sentence.end)).toBe(sentence.text);
        }
      }),
    );
  });

  it('never throws on arbitrary text, and every span reads back as its text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) =>
        checkSpans(s, analyzeText(s, index)),
      ),
      { numRuns: 200 },
    );
  });

  it(
    'never throws on a recognised retelling spliced with adversarial text, and every span reads back',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(
          pageText,
          fc.option(fc.constantFrom('2016-11-20', '2025-03-28', 'not a date', '')),
          (text, published) => {
            const analysis = analyzeText(text, index, {
              published,
              today: '2026-11-29',
              links: ['javascript:alert(1)', 'https://t.co/9GlR9wPucH', '::'],
            });
            checkSpans(text, analysis);
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it(
    'finishes on huge inputs: a 1 MB single sentence, 100,000 one-character sentences, 1 MB of quotes',
    { timeout: 60_000 },
    () => {
      const words = `${RETELLING.replace(/[.!?]/g, ',')} `;
      const oneSentence = words.repeat(Math.ceil(1_000_000 / words.length));
      const tiny = `${RETELLING}\n${'a. '.repeat(100_000)}`;
      const quotes = `${RETELLING}\n${'\u201C'.repeat(500_000)}${'"'.repeat(500_000)}`;
      for (const text of [oneSentence, tiny, quotes]) checkSpans(text, analyzeText(text, index));
    },
  );

  // A pattern that retried every character of a run read the rest of the run (or sentence) each time: minutes to
  // hours of work for these pages. Each runs in a process of its own, stopped after 30 s, so that such a change fails instead of hanging.
  it.each([
    ['a run of a million full stops', '.', 1_000_000],
    ['a run of a million question and exclamation marks', '?!', 500_000],
    ['a line of link syntax that never closes', '[a](http://', 100_000],
    ['2,000 sentences of opening guillemets that never close', `${'\u00AB'.repeat(1990)}. A`, 2000],
  ])('finishes on the retelling followed by %s', { timeout: 60_000 }, (_, unit, times) => {
    const count = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        ANALYSE_REPEATED,
        JSON.stringify([RETELLING, unit, times]),
      ],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(Number(count)).toBeGreaterThan(0);
  });
});
