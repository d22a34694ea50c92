/** How a page's sentences are judged against a story, with a tiny pack built here. */
import { describe, expect, it } from 'vitest';
import { testPack } from '../pack/test-pack.ts';
import type { ClaimPack, Fact, Quote, UnverifiedItem } from '../pack/schema.ts';
import { analyzeText, countVerdicts, indexPacks, type Finding } from './index.ts';

interface StoryParts {
  facts?: Fact[];
  quotes?: Quote[];
  unverified?: UnverifiedItem[];
}

/** A one-story pack about a warehouse fire: "Harbour Town" and "warehouse fire" reach its threshold together. */
function harbourPack(parts: StoryParts): ClaimPack {
  return testPack(
    {
      summary: 'A warehouse burned down; the cause is unknown.',
      timeContext: {
        start: '2025-01-01',
        end: '2025-01-07',
        summary: 'The first week of January 2025.',
      },
      originals: [
        {
          id: 'gazette',
          publisher: 'Harbour Gazette',
          headline: 'Warehouse burns',
          date: '2025-01-01',
          url: 'https://gazette.example/fire',
          urlConfirmed: true,
        },
      ],
      corroborating: [
        {
          id: 'fire-service',
          publisher: 'Fire service',
          date: '2025-01-02',
          url: 'https://fire.example/report',
          urlConfirmed: false,
          urlNote: 'the service press page',
        },
      ],
      entities: [
        {
          id: 'mara-quill',
          kind: 'person',
          name: 'Mara Quill',
          aliases: ['Chief Quill'],
          role: 'Fire chief',
        },
      ],
      recognition: {
        threshold: 4,
        cues: [
          { id: 'place', terms: ['Harbour Town'], weight: 2 },
          { id: 'event', terms: ['Warehouse Fire', 'warehouse blaze'], weight: 2 },
        ],
      },
      ...parts,
    },
    { updated: '2025-01-01' },
  );
}

type FactSpec = Pick<Fact, 'id' | 'about'> & Partial<Fact>;
const fact = (spec: FactSpec): Fact => ({
  statement: `What the record says for ${spec.id}.`,
  kind: 'event',
  sources: ['gazette'],
  confidence: 'high',
  ...spec,
});

/** Agrees with any sentence about a fire. */
const anyFire = fact({ id: 'any-fire', about: [['fire', 'blaze']] });
/** Two engines came; "ten engines" is wrong. */
const engines = fact({
  id: 'engines',
  kind: 'number',
  about: [['engine', 'engines']],
  details: [
    {
      slot: 'number',
      accepted: ['two engines'],
      wrong: [
        { terms: ['ten engines'], severity: 'false', explanation: 'Two engines came, not ten.' },
      ],
    },
  ],
  nuance: 'A third engine was on its way but turned back.',
  sources: ['fire-service', 'gazette'],
});
const arson: UnverifiedItem = {
  id: 'arson',
  claim: 'Someone set the fire on purpose.',
  when: [
    ['fire', 'blaze'],
    ['arson', 'arsonist'],
  ],
  unless: ['no sign of arson'],
  record: 'No cause has been found.',
  explanation: 'Nothing on record shows the fire was set.',
  sources: ['fire-service'],
};

const LEAD = 'A warehouse fire broke out in Harbour Town.';

function analyze(parts: StoryParts, ...sentences: string[]) {
  const text = [LEAD, ...sentences].join(' ');
  const analysis = analyzeText(text, indexPacks([harbourPack(parts)]));
  expect(analysis.story?.storyId).toBe('harbour-fire');
  const finding = (s: string) => {
    expect(text).toContain(s);
    return analysis.findings.find((f) => f.text === s);
  };
  return { text, analysis, finding, hit: (s: string) => finding(s)?.claimId };
}

describe('which claim decides a sentence', () => {
  const sentence = 'Ten engines fought the fire.';

  it('lets a discrepancy with any fact win over agreement with another, whatever the pack order', () => {
    expect(analyze({ facts: [anyFire, engines] }, sentence).finding(sentence)).toMatchObject({
      claimId: 'fact:engines',
      verdict: 'discrepant',
    });
    expect(analyze({ facts: [engines, anyFire] }, sentence).finding(sentence)).toMatchObject({
      claimId: 'fact:engines',
      verdict: 'discrepant',
    });
  });

  it('takes the first agreeing fact in pack order when several agree', () => {
    const twoEngines = 'Two engines fought the fire.';
    expect(analyze({ facts: [anyFire, engines] }, twoEngines).hit(twoEngines)).toBe(
      'fact:any-fire',
    );
    expect(analyze({ facts: [engines, anyFire] }, twoEngines).hit(twoEngines)).toBe('fact:engines');
  });

  it('prefers an unverified claim to agreement, but not to a discrepancy', () => {
    const suspected = 'Police suspect arson in the fire.';
    expect(
      analyze({ facts: [anyFire], unverified: [arson] }, suspected).finding(suspected),
    ).toMatchObject({
      claimId: 'unverified:arson',
      verdict: 'unverified',
    });
    const both = 'Ten engines came, and police suspect arson in the fire.';
    expect(analyze({ facts: [engines], unverified: [arson] }, both).hit(both)).toBe('fact:engines');
  });

  it('gives one finding per sentence even when several claims apply', () => {
    const sentence2 = 'Ten engines came, and police suspect arson in the fire.';
    const { analysis } = analyze({ facts: [anyFire, engines], unverified: [arson] }, sentence2);
    expect(analysis.findings.filter((f) => f.text === sentence2)).toHaveLength(1);
  });

  it('needs a term of every `about` group in the same sentence', () => {
    const twoGroups = fact({ id: 'two-groups', about: [['fire', 'blaze'], ['roof']] });
    const { hit } = analyze(
      { facts: [twoGroups] },
      'The roof fell in.',
      'The fire spread fast.',
      'The fire took the roof.',
    );
    expect(hit('The roof fell in.')).toBeUndefined();
    expect(hit('The fire spread fast.')).toBeUndefined();
    expect(hit('The fire took the roof.')).toBe('fact:two-groups');
  });

  it('matches folded terms as whole words', () => {
    const { hit } = analyze({ facts: [anyFire] }, 'Firefighters came.', 'A BLAZE\u00A0broke out.');
    expect(hit('Firefighters came.')).toBeUndefined();
    expect(hit('A BLAZE\u00A0broke out.')).toBe('fact:any-fire');
  });

  it('lets `unless` rule a fact out, and another claim decide instead', () => {
    const guarded = fact({
      id: 'guarded',
      about: [['fire']],
      unless: ['Drill', 'false alarm'],
      contradictions: [
        {
          id: 'rebuilt',
          claim: 'It was rebuilt.',
          when: [['rebuilt']],
          explanation: 'Nothing has been rebuilt.',
        },
      ],
    });
    const { hit } = analyze(
      { facts: [guarded], unverified: [arson] },
      'The fire drill was arson, some said.',
      'It was a false alarm about a fire that was rebuilt.',
      'The fire site was rebuilt.',
    );
    expect(hit('The fire drill was arson, some said.')).toBe('unverified:arson');
    expect(hit('It was a false alarm about a fire that was rebuilt.')).toBeUndefined();
    expect(hit('The fire site was rebuilt.')).toBe('fact:guarded');
  });

  it('lets `unless` rule an unverified claim out', () => {
    const sentence2 = 'Investigators found no sign of arson in the fire.';
    expect(analyze({ unverified: [arson] }, sentence2).hit(sentence2)).toBeUndefined();
  });

  it('does not check sentences longer than 2000 characters', () => {
    const long = `The fire ${'went on and on '.repeat(150)}until dawn.`;
    expect(long.length).toBeGreaterThan(2000);
    expect(analyze({ facts: [anyFire] }, long).hit(long)).toBeUndefined();
  });

  it('leaves sentences that no claim covers alone', () => {
    const { analysis } = analyze({ facts: [engines] }, 'The gulls did not seem to mind.');
    expect(analysis.findings).toEqual([]);
  });
});

describe('findings', () => {
  it('carry the claim, the sentence span, the record, the nuance and the resolved sources', () => {
    const sentence = 'The \u201Cfire\u201D needed ten engines, \u{1F525} say neighbours.';
    const { text, finding } = analyze({ facts: [engines] }, sentence);
    const found = finding(sentence);
    expect(found).toEqual({
      verdict: 'discrepant',
      kind: 'number',
      start: text.indexOf(sentence),
      end: text.indexOf(sentence) + sentence.length,
      text: sentence,
      claimId: 'fact:engines',
      original: 'What the record says for engines.',
      explanation: 'Two engines came, not ten.',
      nuance: 'A third engine was on its way but turned back.',
      severity: 'false',
      sources: [
        expect.objectContaining({ id: 'fire-service', url: 'https://fire.example/report' }),
        expect.objectContaining({ id: 'gazette', url: 'https://gazette.example/fire' }),
      ],
    });
    expect(text.slice(found?.start, found?.end)).toBe(sentence);
  });

  it('leave the nuance out when the sentence agrees', () => {
    const sentence = 'Two engines came.';
    const found = analyze({ facts: [engines] }, sentence).finding(sentence);
    expect(found).toMatchObject({
      verdict: 'consistent',
      kind: 'statement',
      claimId: 'fact:engines',
    });
    expect(found).not.toHaveProperty('nuance');
  });

  it('for an unverified claim carry what is known instead', () => {
    const sentence = 'The blaze was the work of an arsonist.';
    expect(analyze({ unverified: [arson] }, sentence).finding(sentence)).toMatchObject({
      verdict: 'unverified',
      kind: 'unverified-claim',
      claimId: 'unverified:arson',
      original: 'No cause has been found.',
      explanation: 'Nothing on record shows the fire was set.',
      sources: [expect.objectContaining({ id: 'fire-service' })],
    });
  });

  it("for a quote carry the quote's own sources", () => {
    const quote: Quote = {
      id: 'quill-roof',
      speaker: 'mara-quill',
      date: '2025-01-01',
      occasion: 'at the scene',
      text: 'The roof came down before we could get a hose on it.',
      status: 'verified',
      sources: ['fire-service'],
    };
    const sentence =
      'Chief Quill said: \u201CThe roof came down before we could get a hose on it.\u201D';
    expect(analyze({ quotes: [quote] }, sentence).finding(sentence)).toMatchObject({
      verdict: 'consistent',
      kind: 'quote',
      claimId: 'quote:quill-roof',
      sources: [expect.objectContaining({ id: 'fire-service' })],
    });
  });

  it('have spans that read back across lines and leading whitespace, in page order', () => {
    const text = `  ${LEAD}\n\n   The fire was arson.  \r\nThe blaze was arson too.`;
    const analysis = analyzeText(text, indexPacks([harbourPack({ unverified: [arson] })]));
    expect(analysis.findings.map((f) => f.text)).toEqual([
      'The fire was arson.',
      'The blaze was arson too.',
    ]);
    for (const f of analysis.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(analysis.findings[0]!.start).toBeLessThan(analysis.findings[1]!.start);
  });

  it('come with the story that was recognised', () => {
    const { analysis } = analyze({ facts: [anyFire] });
    expect(analysis.story).toMatchObject({
      packId: 'test-pack',
      storyId: 'harbour-fire',
      title: 'A warehouse fire in a harbour town',
      timeContext: { start: '2025-01-01', end: '2025-01-07' },
      originals: [expect.objectContaining({ id: 'gazette' })],
      timeline: [],
      score: 4,
      threshold: 4,
      cues: ['place', 'event'],
    });
  });
});

describe('a story below its threshold', () => {
  it('gives no story and no findings, even when claims would apply', () => {
    const index = indexPacks([harbourPack({ facts: [anyFire], unverified: [arson] })]);
    // Only the "event" cue (2 of 4).
    expect(analyzeText('A warehouse fire broke out. The fire was arson.', index)).toEqual({
      story: null,
      findings: [],
      signals: [],
    });
    // Only the "place" cue, twice: a cue counts once.
    expect(analyzeText('Harbour Town. Harbour Town fire.', index)).toEqual({
      story: null,
      findings: [],
      signals: [],
    });
  });
});

describe('countVerdicts', () => {
  const finding = (verdict: Finding['verdict']): Finding => ({
    verdict,
    kind: 'statement',
    start: 0,
    end: 1,
    text: 'x',
    claimId: 'fact:x',
    original: 'o',
    explanation: 'e',
    sources: [],
  });

  it('counts each verdict, with zeros for the absent ones', () => {
    expect(countVerdicts([])).toEqual({ discrepant: 0, consistent: 0, unverified: 0 });
    const verdicts = [
      'discrepant',
      'consistent',
      'discrepant',
      'unverified',
      'discrepant',
    ] as const;
    expect(countVerdicts(verdicts.map(finding))).toEqual({
      discrepant: 3,
      consistent: 1,
      unverified: 1,
    });
  });
});

describe('words that place the story relative to the page ("this week")', () => {
  /** The fire is old news when a page says it happened "this week"; unless the page is from that week. */
  const recency = fact({
    id: 'recency',
    kind: 'time-context',
    about: [['fire', 'blaze']],
    details: [
      {
        slot: 'date',
        wrong: [
          {
            terms: ['this week'],
            severity: 'false',
            relativeToPage: true,
            explanation: 'The fire was in January 2025.',
          },
        ],
      },
    ],
  });
  const sentence = 'The fire broke out this week.';
  const verdictOn = (context: { published?: string; today?: string }) => {
    const text = `${LEAD} ${sentence}`;
    return analyzeText(
      text,
      indexPacks([harbourPack({ facts: [recency] })]),
      context,
    ).findings.find((f) => f.text === sentence)?.verdict;
  };

  it("is the page's honest now on a page dated in the story's own days", () => {
    expect(verdictOn({ published: '2025-01-03', today: '2026-11-21' })).not.toBe('discrepant');
    expect(verdictOn({ published: '2025-01-15', today: '2026-11-21' })).not.toBe('discrepant');
  });

  it('is wrong on a page dated long after the story, or undated and read long after it', () => {
    expect(verdictOn({ published: '2026-01-10', today: '2026-11-21' })).toBe('discrepant');
    expect(verdictOn({ today: '2026-11-21' })).toBe('discrepant');
  });

  it('stays wrong when the sentence denies something else after it, and is denied only by "not this week"', () => {
    const verdictFor = (line: string) =>
      analyzeText(`${LEAD} ${line}`, indexPacks([harbourPack({ facts: [recency] })]), {
        published: '2026-01-10',
        today: '2026-11-21',
      }).findings.find((f) => f.text === line)?.verdict;
    expect(verdictFor('Firefighters said this week the fire would not spread.')).toBe('discrepant');
    expect(verdictFor('The fire did not break out this week but long ago.')).not.toBe('discrepant');
  });
});

describe('a sentence a fact agrees with that names something the record never mentions', () => {
  const burned = fact({
    id: 'burned',
    kind: 'event',
    about: [['fire', 'blaze']],
    details: [{ slot: 'place', accepted: ['warehouse'], wrong: [] }],
  });
  const verdictOf = (line: string) =>
    analyzeText(`${LEAD} ${line}`, indexPacks([harbourPack({ facts: [burned] })]), {
      today: '2025-01-20',
    }).findings.find((f) => f.text === line);

  it("is consistent with only the record's words, unverified with a name it never mentions", () => {
    expect(verdictOf('The fire destroyed a warehouse.')?.verdict).toBe('consistent');
    expect(verdictOf('The fire destroyed a warehouse owned by Veltria Holdings.')).toMatchObject({
      verdict: 'unverified',
      explanation: 'The record does not mention \u201CVeltria\u201D.',
    });
  });
});
