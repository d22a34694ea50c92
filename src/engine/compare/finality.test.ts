/**
 * A case let go "for good" after its ruling, where the record has the party filing again (finality.ts). Invented
 * story: Coast Watch sued the city on 20 June 2024; a judge dismissed the suit on 10 September 2024; Coast Watch
 * filed its suit again in October 2024.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { MOOT_DISMISSAL } from '../../pack/test-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const COURT = {
  level: 'federal',
  tier: 'trial',
  district: 'western',
  state: 'New York',
  statement: 'the district court',
};

function record(refiled = true) {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: unknown[] }[] };
  p.stories[0]!.events.push(
    {
      id: 'claim',
      label: 'Coast Watch sues the city over the raid',
      words: ['sued', 'lawsuit', 'suit'],
      date: '2024-06-20',
      sources: ['ledger'],
      confidence: 'high',
      participants: [{ role: 'acted', entities: ['coast-watch'] }],
      outcomes: [{ kind: 'sued' }],
      legal: { court: COURT },
    },
    {
      id: 'claim-dismissed',
      label: 'A judge dismisses the suit without prejudice',
      words: ['dismissed the suit'],
      date: '2024-09-10',
      sources: ['ledger'],
      confidence: 'high',
      legal: {
        court: COURT,
        disposition: MOOT_DISMISSAL,
      },
    },
    {
      id: 'budget',
      label: 'Coast Watch publishes its annual budget',
      words: ['budget'],
      date: '2024-11-02',
      sources: ['ledger'],
      confidence: 'high',
      participants: [{ role: 'acted', entities: ['coast-watch'] }],
    },
    ...(refiled
      ? [
          {
            id: 'claim-refiled',
            label: 'Coast Watch files its suit again',
            words: ['refiled'],
            date: '2024-10',
            sources: ['ledger'],
            confidence: 'high',
            participants: [{ role: 'acted', entities: ['coast-watch'] }],
          },
        ]
      : []),
  );
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const story = record();
const compare = (sentence: string, pageDate = '2025-01-15') =>
  compareSentence(sentence, story, pageDate);

describe('a case let go for good after its ruling', () => {
  it('is wrong where the record has the party filing again before the page', () => {
    expect(compare('After that ruling, Coast Watch dropped the matter for good.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', record: 'Coast Watch files its suit again (2024-10)' }],
    });
    expect(
      compare('Following the dismissal, Coast Watch abandoned the case once and for all.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare('Once the judge threw out the suit, Coast Watch gave up on it for good.')?.outcome,
    ).toBe('discrepant');
  });

  it('says nothing before the refiling, without "for good", when denied or doubted, of another party, or with no later act of the case', () => {
    expect(
      compare('After that ruling, Coast Watch dropped the matter for good.', '2024-09-20')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('After that ruling, Coast Watch dropped the matter.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('After that ruling, Coast Watch did not drop the matter for good.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Critics claim that after the ruling Coast Watch dropped the matter for good.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('After that ruling, the Harbor Unit dropped the matter for good.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Coast Watch dropped the matter for good.')?.outcome).not.toBe('discrepant');
    // Only an act of the same case counts: the budget is no suit.
    const unrefiled = record(false);
    expect(
      compareSentence(
        'After that ruling, Coast Watch dropped the matter for good.',
        unrefiled,
        '2025-01-15',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
