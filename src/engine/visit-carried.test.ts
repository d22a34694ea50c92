/**
 * A pronoun-led sentence of going or meeting that links to nothing of its own is compared with the visits and
 * meetings of the sentence before it in its paragraph (analyze.ts, visit-meeting.ts carriedVisits). Invented story:
 * on 14 June 2024 Lou Pike visited Dunmore and met officers there for about an hour; on 12 June he had met the
 * mayor (no duration recorded), so a meeting sentence naming no one links to neither by itself.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import { raidPack, westmark } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

function visitPack() {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  const story = p.stories[0]!;
  story.entities.push(
    { id: 'lou-pike', kind: 'person', name: 'Lou Pike', world: 'lou-pike' },
    { id: 'dunmore', kind: 'place', name: 'Dunmore', world: 'dunmore' },
  );
  story.events.push(
    {
      id: 'pike-visit',
      label: 'Lou Pike visits Dunmore and meets officers',
      words: ['visit', 'visited'],
      date: '2024-06-14',
      places: ['dunmore'],
      participants: [
        { role: 'came', entities: ['lou-pike'] },
        { role: 'present', entities: ['dunmore-pd'] },
      ],
      duration: { min: 1, max: 1, unit: 'hours', note: 'about an hour' },
      outcomes: [{ kind: 'visited' }, { kind: 'met' }],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'pike-talks',
      label: 'Lou Pike meets the mayor',
      words: ['talks'],
      date: '2024-06-12',
      participants: [{ role: 'spoke', entities: ['lou-pike'] }],
      outcomes: [{ kind: 'met' }],
      sources: ['ledger'],
      confidence: 'high',
    },
  );
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const index = indexPacks([visitPack()], { world: westmark() });
const verdictOf = (second: string, paragraph = ' ') => {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
    `Lou Pike visited Dunmore on June 14.${paragraph}${second}`,
  ].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
    f.text.includes(second.slice(0, 20)),
  )?.verdict;
};

describe('a pronoun-led sentence of meeting after a visit', () => {
  it('takes the visit of the sentence before: a duration the record contradicts is wrong', () => {
    expect(verdictOf('He then spent five hours behind closed doors with the officers.')).toBe(
      'discrepant',
    );
    expect(verdictOf('He sat down with the officers for five hours.')).toBe('discrepant');
  });

  it('agrees with it, or says nothing, when the duration fits', () => {
    expect(
      verdictOf('He then spent about an hour behind closed doors with the officers.'),
    ).not.toBe('discrepant');
  });

  it('takes the sentence just before, in the last paragraph too, and nothing past a sentence of no visit', () => {
    expect(verdictOf('He then spent five hours behind closed doors with the officers.', '\n')).toBe(
      'discrepant',
    );
    expect(
      verdictOf(
        'The raid came first. He then spent five hours behind closed doors with the officers.',
      ),
    ).not.toBe('discrepant');
  });

  it('takes nothing for a sentence of neither going nor meeting', () => {
    expect(verdictOf('He then spent five hours writing his report.')).not.toBe('discrepant');
  });
});

describe('a pronoun-led sentence whose own day is another of its meetings', () => {
  // The sentence before names the talks of 12 June; the sentence's own day, 14 June, and its hour behind closed doors are the visit's.
  const afterTalks = (second: string) => {
    const page = [
      'Dawn raid in Port Alder',
      'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
      `Lou Pike held the talks. ${second}`,
    ].join('\n');
    return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
      f.text.includes(second.slice(0, 20)),
    )?.verdict;
  };

  it('is about that meeting, not the one before', () => {
    expect(
      afterTalks(
        'He met the officers on June 14, spending about an hour behind closed doors with them.',
      ),
    ).not.toBe('discrepant');
    expect(
      afterTalks(
        'He did come, on June 14, meeting the officers for about an hour behind closed doors.',
      ),
    ).not.toBe('discrepant');
    expect(
      afterTalks('He kept his word on June 14, when he met the officers for about an hour.'),
    ).not.toBe('discrepant');
  });

  it('still takes the one before when its day fits none of its own', () => {
    expect(afterTalks('He met the officers behind closed doors on June 19.')).toBe('discrepant');
  });
});
