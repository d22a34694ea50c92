/**
 * Unrecorded quoted words in which a speaker offers to meet the person the record has them refusing to meet
 * (quoted-refusal.ts, called from analyze.ts). Invented story: on Wednesday 12 June 2024 Mayor Ida Marsh said she
 * would not meet Lou Pike, who came to Dunmore on Friday 14 June.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { analyzeText, indexPacks } from '../index.ts';
import { raidPack, westmark } from './test-story.ts';

function refusalPack() {
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
      id: 'refusal',
      label: 'Mayor Marsh says she will not meet Pike',
      words: ['would not meet'],
      date: '2024-06-12',
      participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
      negatives: [{ kind: 'met', explanation: 'Mayor Marsh said she would not meet Pike.' }],
      sources: ['ledger'],
      confidence: 'high',
    },
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
      outcomes: [{ kind: 'visited' }, { kind: 'met' }],
      sources: ['ledger'],
      confidence: 'high',
    },
  );
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const index = indexPacks([refusalPack()], { world: westmark() });
const verdictOf = (sentence: string) => {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
    sentence,
  ].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
    f.text.includes(sentence.slice(0, 25)),
  )?.verdict;
};

describe('a quoted offer to meet from a speaker who refused', () => {
  it("is discrepant when it names the one refused, in the speaker's first person", () => {
    expect(
      verdictOf(
        'Mayor Ida Marsh told reporters: "I welcome Mr. Pike, and my door is open whenever he wants to meet."',
      ),
    ).toBe('discrepant');
    expect(verdictOf('"I would be happy to sit down with Lou Pike," Mayor Ida Marsh said.')).toBe(
      'discrepant',
    );
    expect(verdictOf('Mayor Ida Marsh said on Friday: "I look forward to meeting Lou Pike."')).toBe(
      'discrepant',
    );
  });

  it('says nothing for a denied or conditional offer, an offer to others, or words of another day', () => {
    expect(
      verdictOf(
        'Mayor Ida Marsh said: "I will not meet with Lou Pike, and my focus is the harbor."',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf('Mayor Ida Marsh said: "I would be happy to meet Lou Pike only if he apologizes."'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('Mayor Ida Marsh said: "My door is open to every resident of Port Alder."'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('A year later, Mayor Ida Marsh said: "I would be glad to meet Lou Pike now."'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('In September 2024, Mayor Ida Marsh said: "My door is open to Lou Pike."'),
    ).not.toBe('discrepant');
  });
});
