/**
 * What a suit challenges (suit-targets.ts, pack 0.7.16 `legal.targets`), on the invented story: the Westmark Justice
 * Office sued Port Alder on 2 July 2024 over its Harbour Ordinance 12 (2023), which renewed the Harbour Ordinance of
 * 2009; the city's Dock Code is another document of the story that the suit does not challenge.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { raidPack, westmark } from './test-story.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { packWith } from './test-raid-record.ts';

const DOCUMENTS = [
  { id: 'justice-office', kind: 'agency', name: 'Westmark Justice Office' },
  {
    id: 'ordinance-2009',
    kind: 'document',
    name: 'the 2009 Harbour Ordinance',
    aliases: ['2009 ordinance', '2009 Harbour Ordinance'],
  },
  {
    id: 'ordinance-12',
    kind: 'document',
    name: 'Harbour Ordinance 12',
    aliases: ['Ordinance 12', '2023 ordinance'],
    supersedes: ['ordinance-2009'],
  },
  { id: 'dock-code', kind: 'document', name: 'the Dock Code', aliases: ['Dock Code'] },
];
const suit = (legal: Record<string, unknown>) => ({
  id: 'suit',
  label: 'The Westmark Justice Office sues Port Alder over Harbour Ordinance 12',
  words: ['sued', 'lawsuit', 'suit'],
  date: '2024-07-02',
  participants: [{ role: 'acted', entities: ['justice-office'] }],
  outcomes: [{ kind: 'sued' }],
  legal: {
    defendants: ['port-alder'],
    defendantsStatement: 'the city of Port Alder',
    ...legal,
  },
  sources: ['ledger'],
  confidence: 'high',
});
const TARGETS = { targets: ['ordinance-12'], targetsStatement: 'Harbour Ordinance 12' };
const record = buildStoryRecord(
  packWith(raidPack(), [suit(TARGETS)], DOCUMENTS).stories[0]!,
  westmark(),
);
const compare = (s: string) => compareSentence(s, record, '2024-07-20');

describe('what a suit challenges', () => {
  it('agrees on a recorded target, in any wording of targeting', () => {
    expect(compare('The Justice Office sued Port Alder over Ordinance 12.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('The lawsuit targets the 2023 ordinance.')?.outcome).not.toBe('discrepant');
  });

  it('is wrong for another document of the story, and imprecise for one a target renewed', () => {
    expect(compare('The lawsuit went after the Dock Code.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'target', page: 'the Dock Code', record: 'Harbour Ordinance 12' }],
    });
    expect(
      compare('The Justice Office sued Port Alder to strike down the 2009 ordinance.'),
    ).toMatchObject({
      comparisons: [{ slot: 'target', page: 'the 2009 Harbour Ordinance' }],
    });
    expect(compare('The suit challenged the 2009 Harbour Ordinance.')?.outcome).toBe('imprecise');
  });

  it('says nothing of a document named otherwise, or of a suit denied', () => {
    expect(compare('The suit was filed a month after the Dock Code passed.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('In this case, the harbour master acted against the Dock Code.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('The lawsuit did not challenge the Dock Code.')?.outcome).not.toBe('discrepant');
  });
});

describe('a document of the story named by another year (document-year.ts)', () => {
  it('is wrong between the record\u2019s years, and says nothing of a year after them', () => {
    expect(compare('Port Alder has had harbour rules since a 2015 ordinance.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: '2015 ordinance' }],
    });
    expect(compare('Port Alder has had harbour rules since the 2009 ordinance.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('The council passed a 2015 ordinance on parking.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Port Alder passed a 2024 ordinance on the harbour.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('a pack with targets', () => {
  const problems = (legal: Record<string, unknown>, docs: unknown[] = DOCUMENTS) => {
    const p = JSON.parse(JSON.stringify(raidPack())) as {
      stories: { entities: unknown[]; events: unknown[] }[];
    };
    p.stories[0]!.entities.push(...docs);
    p.stories[0]!.events.push(suit(legal));
    const parsed = parsePack(p);
    return parsed.ok ? [] : parsed.problems.map((x) => x.message);
  };
  it('needs the record\u2019s words for them, documents only, and a superseded document', () => {
    expect(problems({ targets: ['ordinance-12'] }).join(' ')).toMatch(/words for them/);
    expect(
      problems({ targets: ['justice-office'], targetsStatement: 'the office' }).join(' '),
    ).toMatch(/no document/);
    expect(
      problems(TARGETS, [
        ...DOCUMENTS.slice(0, 1),
        { id: 'ordinance-12', kind: 'document', name: 'Ordinance 12', supersedes: ['nothing'] },
      ]).join(' '),
    ).toMatch(/does not define/);
  });
});
