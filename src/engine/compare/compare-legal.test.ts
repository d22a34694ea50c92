/**
 * A court case as typed values (compare-legal.ts), on the invented story
 * (test-story.ts) with a suit added: the Westmark Justice Office sued Port
 * Alder in federal court, the Eastern District of Westmark, on 2 July 2024,
 * naming the city and Mayor Ida Marsh (not Chief Ned Vale, who came to the
 * raid, nor Council Minority Leader Pat Vane); Judge Ruth Orme dismissed it without prejudice, as moot, with no
 * ruling on the merits, on Thursday 14 November 2024; the office refiled in
 * December 2024. True sentences in new words agree or say nothing; a court,
 * an ending or a defendant the record contradicts is a conflict naming both.
 */
import { describe, expect, it } from 'vitest';
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { westmark } from './test-story.ts';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';

type Json = {
  stories: (Record<string, unknown> & {
    entities: unknown[];
    events: (Record<string, unknown> & { id: string; participants?: unknown[] })[];
  })[];
};

const court = {
  level: 'federal',
  tier: 'trial',
  district: 'eastern',
  state: 'Westmark',
  statement: 'the U.S. District Court for the Eastern District of Westmark',
};

export function suitPack(): unknown {
  const p = JSON.parse(JSON.stringify(pack)) as Json;
  const story = p.stories[0]!;
  story.entities.push(
    { id: 'justice-office', kind: 'agency', name: 'Westmark Justice Office' },
    { id: 'ruth-orme', kind: 'person', name: 'Ruth Orme', role: 'U.S. District Judge' },
    { id: 'ned-vale', kind: 'person', name: 'Ned Vale', aliases: ['Chief Vale'] },
    { id: 'pat-vane', kind: 'person', name: 'Pat Vane', world: 'pat-vane' },
  );
  story.events
    .find((e) => e.id === 'raid')!
    .participants!.push({ role: 'came', entities: ['ned-vale'] });
  story.events
    .find((e) => e.id === 'briefing')!
    .participants!.push({ role: 'spoke', entities: ['pat-vane'] });
  const base = { sources: ['ledger'], confidence: 'high' };
  story.events.push(
    {
      ...base,
      id: 'suit',
      label: 'The Westmark Justice Office sues Port Alder',
      words: ['sued', 'lawsuit', 'suit'],
      date: '2024-07-02',
      participants: [
        { role: 'acted', entities: ['justice-office'] },
        { role: 'subject', entities: ['ida-marsh'] },
      ],
      outcomes: [{ kind: 'sued' }],
      legal: {
        court,
        defendants: ['port-alder', 'ida-marsh'],
        defendantsStatement: 'the city of Port Alder and Mayor Ida Marsh',
      },
    },
    {
      ...base,
      id: 'suit-dismissed',
      label: 'Judge Ruth Orme dismisses the suit as moot',
      words: ['dismissed the suit', 'dismissed the lawsuit', 'moot'],
      date: '2024-11-14',
      participants: [{ role: 'acted', entities: ['ruth-orme'] }],
      legal: {
        court,
        disposition: {
          dismissed: true,
          merits: false,
          prejudice: false,
          moot: true,
          statement:
            'the judge dismissed the suit without prejudice, as moot, with no ruling on the merits',
        },
      },
    },
    {
      ...base,
      id: 'suit-refiled',
      label: 'The Justice Office files its suit again',
      words: ['refiled', 're-filed'],
      date: '2024-12',
      participants: [{ role: 'acted', entities: ['justice-office'] }],
    },
  );
  return p;
}

const parsed = parsePack(suitPack());
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(parsed.pack.stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2025-01-20');

describe('true sentences about the case, in new words', () => {
  it.each([
    'A federal judge in Port Alder tossed the case last November.',
    'The suit was dismissed because the city changed its law.',
    'The Westmark Justice Office refiled in December.',
    'The suit was thrown out in November 2024.',
    'A judge threw the case out as moot in November 2024.',
    'Judge Ruth Orme dismissed the lawsuit without prejudice in November 2024.',
    'The judge did not rule on the merits of the suit.',
    'Judge Orme dismissed the case without ruling on whether the policies were constitutional.',
    "The Westmark Justice Office asked the court to strike down the city's policies in its lawsuit.",
    'The lawsuit was filed in federal court in the Eastern District of Westmark.',
    'The Westmark Justice Office sued Port Alder and Mayor Ida Marsh in U.S. District Court.',
    'The lawsuit named Mayor Ida Marsh as a defendant.',
    'Mayor Ida Marsh was named in the suit.',
  ])('%s', (sentence) => {
    expect(compare(sentence)?.outcome ?? 'silent').not.toBe('discrepant');
  });

  it('"thrown out" agrees with the dismissal', () => {
    expect(compare('Judge Ruth Orme threw the lawsuit out in November 2024.')).toMatchObject({
      outcome: 'agrees',
    });
  });
});

describe('the court', () => {
  it.each([
    ['The lawsuit was filed in state court in Kells.', 'state court'],
    ['The lawsuit was filed in the Western District of Westmark.', 'Western District of Westmark'],
    ['An appeals court dismissed the lawsuit in November 2024.', 'appeals court'],
    ['The case was filed in the Eastern District of Kells.', 'Eastern District of Kells'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'court',
          page,
          record: 'the U.S. District Court for the Eastern District of Westmark',
        },
      ],
    });
  });
});

describe('how the case ended', () => {
  it.each([
    ['The dismissal was with prejudice.', 'with prejudice'],
    ['Judge Ruth Orme dismissed the lawsuit with prejudice.', 'with prejudice'],
    ["Judge Ruth Orme struck down the city's policies as unlawful.", 'struck down'],
    [
      "In November 2024 Judge Ruth Orme ruled the city's policies unconstitutional.",
      "ruled the city's policies unconstitutional",
    ],
    ['A federal judge sided with the Westmark Justice Office in November 2024.', 'sided with'],
    ['The judge upheld the suit in November 2024.', 'upheld'],
    // A dismissal said to be final is one with prejudice: after it, before it, or in a clause going on from it.
    ['Judge Ruth Orme threw the lawsuit out for good.', 'for good'],
    ['Judge Ruth Orme permanently dismissed the lawsuit.', 'permanently'],
    [
      'In November 2024 Judge Ruth Orme threw the case out, and that closed the matter for good.',
      'for good',
    ],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'disposition',
          page,
          record:
            'the judge dismissed the suit without prejudice, as moot, with no ruling on the merits',
        },
      ],
    });
  });

  it('finality said of something else is no ending of the case', () => {
    expect(
      compare(
        'In November 2024 Judge Ruth Orme threw the case out, and that closed the matter for now.',
      )?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'disposition' }));
    expect(
      compare('Judge Ruth Orme threw the case out, and the city was glad for good reason.')
        ?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'disposition' }));
    expect(compare('Judge Ruth Orme threw the lawsuit out in November 2024.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it("a ruling in a clause about another time is not this case's", () => {
    expect(
      compare('In 2019 a federal judge struck down a similar lawsuit in Kells.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'disposition' }));
  });

  it('a ruling with nothing of the case named says nothing', () => {
    expect(
      compare("A federal judge struck down the state's new map.")?.outcome ?? 'silent',
    ).not.toBe('discrepant');
  });

  it('"sided with" by someone who is no court is no ruling', () => {
    expect(
      compare('Mayor Ida Marsh sided with the Westmark Justice Office before the lawsuit.')
        ?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'disposition' }));
  });

  it('only a court rules: a judge named after the phrase is not who did it', () => {
    expect(
      compare('Mayor Ida Marsh sided with the judge in the lawsuit.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'disposition' }));
    expect(
      compare('The lawsuit was struck down by a federal judge in November 2024.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'disposition', page: 'struck down' }],
    });
  });

  it('a dismissal by someone who is no court ("the city dismissed the suit as theater") is not the ending', () => {
    expect(
      compare('Port Alder dismissed the lawsuit with prejudice in its reply.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'disposition' }));
  });

  it('"dismissed" of people is no dismissal of the case', () => {
    expect(
      compare('After the lawsuit was filed, the city dismissed three officers in November 2024.')
        ?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'disposition' }));
  });
});

describe('whom the suit named', () => {
  it('another person of the story as a defendant conflicts, naming both', () => {
    expect(
      compare('The lawsuit names Mayor Ida Marsh and Chief Ned Vale as defendants.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'person', page: 'Ned Vale', record: 'the city of Port Alder and Mayor Ida Marsh' },
      ],
    });
  });

  it("a bare title is the one holder of the world's office on the suit's day", () => {
    expect(
      compare('The lawsuit names the mayor and the council minority leader as defendants.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'person',
          page: 'council minority leader',
          record: 'the city of Port Alder and Mayor Ida Marsh',
        },
      ],
    });
    expect(
      compare('The Westmark Justice Office sued the city and the mayor.')?.outcome ?? 'silent',
    ).not.toBe('discrepant');
  });

  it('the list after the role: "Named as defendants are …", "The defendants were …"', () => {
    for (const sentence of [
      'Named as defendants are the mayor and the council minority leader.',
      'The defendants were Mayor Ida Marsh and Chief Ned Vale.',
      'Named as co-defendants were Ida Marsh and Ned Vale.',
    ])
      expect(compare(sentence)?.outcome, sentence).toBe('discrepant');
    for (const sentence of [
      'Named as defendants are the city and the mayor.',
      'The defendants are the city of Port Alder and Mayor Ida Marsh.',
      "The defendants' lawyers met Chief Ned Vale.",
    ])
      expect(compare(sentence)?.outcome ?? 'silent', sentence).not.toBe('discrepant');
  });

  it('a stranger is left to the rules on unknown names', () => {
    expect(
      compare('The lawsuit names Mayor Ida Marsh and Tod Quill as defendants.')?.comparisons ?? [],
    ).not.toContainEqual(
      expect.objectContaining({
        slot: 'person',
        page: 'Tod Quill',
        record: 'the city of Port Alder and Mayor Ida Marsh',
      }),
    );
  });
});

// A court's ruling told with only its day, naming no case, no case noun and none of the case's people: on a day the record has
// the case end, it is about that ending.
describe('a ruling told only by its day', () => {
  it.each([
    [
      'In November 2024 a federal judge sided with the capital and ordered the city to drop its rules.',
      'sided with',
    ],
    ["A federal judge struck down the city's rules in November 2024.", 'struck down'],
    ['On November 14, 2024, the court ruled in favor of the state.', 'ruled in favor of'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'disposition', page }],
    });
  });

  it.each([
    'In November 2024 a federal judge threw it out as moot.',
    "In March 2019 a federal judge struck down the city's rules.",
    'In November 2024 the city council sided with the mayor.',
    "In November 2024 a federal judge did not strike down the city's rules.",
    'In November 2024 critics urged the court to strike down the rules.',
  ])('true or other: %s', (sentence) => {
    expect(compare(sentence)?.outcome ?? 'silent').not.toBe('discrepant');
  });
});

// A ruling told as a finding that something broke or was overridden by a law ("ruled that the policy violated federal
// law", "finding the ordinance preempted") is a ruling on the merits (read/find-legal.ts).
describe('a ruling that the policy broke a law', () => {
  it.each([
    "In November 2024 Judge Ruth Orme ruled that Port Alder's policies violated federal law.",
    "Judge Ruth Orme dismissed the lawsuit in November 2024, finding that the city's ordinance was preempted by federal law.",
    "In November 2024 a federal judge found the city's policies in violation of federal law when she dismissed the suit.",
    'The suit ended in November 2024 when Judge Orme declared that the ordinance ran afoul of federal law.',
  ])('is a ruling on the merits, against a dismissal as moot: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'disposition' })],
    });
  });

  it.each([
    "The lawsuit says Port Alder's policies violate federal law.",
    "The Westmark Justice Office claimed in its suit that the city's ordinance was preempted by federal law.",
    'Judge Ruth Orme dismissed the suit in November 2024 without ruling on whether the policies violated federal law.',
    "Mayor Ida Marsh found that no officer violated the city's policy during the raid.",
  ])('says nothing wrong where no court rules so: %s', (sentence) => {
    expect(compare(sentence)?.comparisons ?? []).not.toContainEqual(
      expect.objectContaining({ slot: 'disposition' }),
    );
  });
});

describe('who sued, told with a participle ("took the city to court, suing …"; embedded 2025 record: the Justice Department sued)', () => {
  const rochester = buildStoryRecord(
    loadEmbeddedPack().stories.find((st) => st.events?.some((e) => e.id === 'doj-suit'))!,
    worldIndex(),
  );
  const told = (sentence: string) => compareSentence(sentence, rochester, '2025-10-14');
  it('another agency is who acted, wrongly', () => {
    expect(
      told(
        'On April 24 the Department of Homeland Security took the city to federal court, suing Rochester along with Mayor Evans.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'Department of Homeland Security' }],
    });
    expect(
      told(
        'On April 24 the Justice Department took the city to federal court, suing Rochester along with Mayor Evans.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
