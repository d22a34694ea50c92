/** How checks apply to sentences, with a tiny pack built here. */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import type { Check, ClaimPack } from '../pack/schema.ts';
import { analyzeText, countVerdicts, indexPacks, type Finding } from './index.ts';

type CheckSpec = Pick<Check, 'id' | 'verdict' | 'when'> & Partial<Pick<Check, 'unless' | 'sources'>>;

/** A one-story pack about a harbour fire: "harbour town" and "warehouse fire" reach its threshold together. */
function harbourPack(checks: CheckSpec[]): ClaimPack {
  const result = parsePack({
    format: 'sourcelight-pack',
    formatVersion: 1,
    id: 'test-pack',
    version: '1.0.0',
    publisher: 'Test desk',
    updated: '2025-01-01',
    stories: [
      {
        id: 'harbour-fire',
        title: 'A warehouse fire in a harbour town',
        summary: 'A warehouse burned down; the cause is unknown.',
        originals: [
          { id: 'gazette', publisher: 'Harbour Gazette', headline: 'Warehouse burns', date: '2025-01-01', url: 'https://gazette.example/fire', urlConfirmed: true },
        ],
        corroborating: [
          { id: 'fire-service', publisher: 'Fire service', date: '2025-01-02', url: 'https://fire.example/report', urlConfirmed: false, urlNote: 'the service press page' },
        ],
        recognition: {
          threshold: 4,
          cues: [
            { id: 'place', terms: ['Harbour Town'], weight: 2 },
            { id: 'event', terms: ['Warehouse Fire', 'warehouse blaze'], weight: 2 },
          ],
        },
        checks: checks.map((c) => ({
          kind: 'statement',
          original: `What the record says for ${c.id}.`,
          explanation: `Why ${c.id} applies.`,
          sources: ['gazette'],
          ...c,
        })),
      },
    ],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

const LEAD = 'A warehouse fire broke out in Harbour Town.';
const arson: CheckSpec = { id: 'arson', verdict: 'unverified', when: [['fire', 'blaze'], ['arson', 'arsonist']] };
const anyFire: CheckSpec = { id: 'any-fire', verdict: 'consistent', when: [['fire', 'blaze']] };

function analyze(checks: CheckSpec[], ...sentences: string[]) {
  const text = [LEAD, ...sentences].join(' ');
  const analysis = analyzeText(text, indexPacks([harbourPack(checks)]));
  expect(analysis.story?.storyId).toBe('harbour-fire');
  return { text, analysis, hit: (s: string) => analysis.findings.find((f) => f.text === s)?.checkId };
}

describe('which check applies', () => {
  const sentence = 'Police suspect arson in the fire.';

  it('takes the first applicable check in pack order', () => {
    expect(analyze([arson, anyFire], sentence).hit(sentence)).toBe('arson');
    expect(analyze([anyFire, arson], sentence).hit(sentence)).toBe('any-fire');
  });

  it('gives one finding per sentence even when several checks apply', () => {
    const { analysis } = analyze([arson, anyFire], sentence);
    expect(analysis.findings.filter((f) => f.text === sentence)).toHaveLength(1);
  });

  it('needs a term of every `when` group in the same sentence', () => {
    const { hit } = analyze([arson], 'An arsonist was seen nearby.', 'The fire spread fast.');
    expect(hit('An arsonist was seen nearby.')).toBeUndefined();
    expect(hit('The fire spread fast.')).toBeUndefined();
    expect(analyze([arson], 'The fire was arson.').hit('The fire was arson.')).toBe('arson');
  });

  it('matches folded terms as whole words', () => {
    const { hit } = analyze([anyFire], 'Firefighters came.', 'A BLAZE\u00A0broke out.');
    expect(hit('Firefighters came.')).toBeUndefined();
    expect(hit('A BLAZE\u00A0broke out.')).toBe('any-fire');
  });

  it('lets `unless` suppress a check, and falls through to the next applicable one', () => {
    const guarded: CheckSpec = { id: 'guarded', verdict: 'discrepant', when: [['fire']], unless: ['No Fire', 'false alarm'] };
    const { hit } = analyze([guarded, arson], 'There was no fire, just arson talk.', 'It was a false alarm about a fire.', 'Another fire started.');
    expect(hit('There was no fire, just arson talk.')).toBe('arson');
    expect(hit('It was a false alarm about a fire.')).toBeUndefined();
    expect(hit('Another fire started.')).toBe('guarded');
  });

  it('does not check sentences longer than 2000 characters', () => {
    const long = `The fire ${'went on and on '.repeat(150)}until dawn.`;
    expect(long.length).toBeGreaterThan(2000);
    expect(analyze([anyFire], long).hit(long)).toBeUndefined();
  });
});

describe('findings', () => {
  it('carry the check, the sentence span and the resolved sources', () => {
    const check: CheckSpec = { ...arson, sources: ['fire-service', 'gazette'] };
    const sentence = 'The \u201Cfire\u201D was arson, \u{1F525} say neighbours.';
    const { text, analysis } = analyze([check], sentence);
    const finding = analysis.findings.find((f) => f.checkId === 'arson');
    expect(finding).toMatchObject({
      verdict: 'unverified',
      kind: 'statement',
      text: sentence,
      original: 'What the record says for arson.',
      explanation: 'Why arson applies.',
    });
    expect(text.slice(finding?.start, finding?.end)).toBe(sentence);
    expect(finding?.sources.map((s) => s.id)).toEqual(['fire-service', 'gazette']);
    expect(finding?.sources.map((s) => s.url)).toEqual(['https://fire.example/report', 'https://gazette.example/fire']);
  });

  it('have spans that read back across lines and leading whitespace', () => {
    const text = `  ${LEAD}\n\n   The fire was arson.  \r\nThe blaze was arson too.`;
    const analysis = analyzeText(text, indexPacks([harbourPack([arson])]));
    expect(analysis.findings.map((f) => f.text)).toEqual(['The fire was arson.', 'The blaze was arson too.']);
    for (const f of analysis.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('a story below its threshold', () => {
  it('gives no story and no findings, even when checks would apply', () => {
    const index = indexPacks([harbourPack([anyFire])]);
    // Only the "event" cue (2 of 4).
    expect(analyzeText('A warehouse fire broke out. The fire spread.', index)).toEqual({ story: null, findings: [] });
    // Only the "place" cue, twice: a cue counts once.
    expect(analyzeText('Harbour Town. Harbour Town fire.', index)).toEqual({ story: null, findings: [] });
  });
});

describe('countVerdicts', () => {
  const finding = (verdict: Finding['verdict']): Finding => ({
    verdict, kind: 'statement', start: 0, end: 1, text: 'x', checkId: 'c', original: 'o', explanation: 'e', sources: [],
  });

  it('counts each verdict, with zeros for the absent ones', () => {
    expect(countVerdicts([])).toEqual({ discrepant: 0, consistent: 0, unverified: 0 });
    const verdicts = ['discrepant', 'consistent', 'discrepant', 'unverified', 'discrepant'] as const;
    expect(countVerdicts(verdicts.map(finding))).toEqual({ discrepant: 3, consistent: 1, unverified: 1 });
  });
});
