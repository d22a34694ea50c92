/**
 * Hearsay the record contradicts is at least unverified, never discrepant (hedged-claim.ts, analyze.ts). Invented
 * story: on Wednesday 12 June 2024 Mayor Ida Marsh said she would not meet Lou Pike, who came to Dunmore on Friday
 * 14 June and met officers at the Dunmore Police Department.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import { raidPack, westmark } from './compare/test-story.ts';
import { hedged, withoutHedge } from './hedged-claim.ts';
import { analyzeText, indexPacks } from './index.ts';

function pack() {
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

const index = indexPacks([pack()], { world: westmark() });
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

describe('a hedged claim the record contradicts', () => {
  it('is unverified, whatever the hedge', () => {
    expect(verdictOf('Reportedly, Pike then sat down with Mayor Ida Marsh.')).toBe('unverified');
    expect(verdictOf('Mayor Ida Marsh allegedly met with Lou Pike.')).toBe('unverified');
    expect(verdictOf('Rumors say Pike also stopped at the Harlow Police Department.')).toBe(
      'unverified',
    );
  });

  it('says nothing new where the words without the hedge agree', () => {
    expect(verdictOf('Pike reportedly also stopped at the Dunmore Police Department.')).not.toBe(
      'unverified',
    );
  });

  it('blanks the hedge with its offsets kept', () => {
    expect(hedged('It is rumored that Pike met Marsh.')).toBe(true);
    expect(hedged('Pike met Marsh.')).toBe(false);
    const s = 'Pike reportedly met Marsh.';
    expect(withoutHedge(s)).toHaveLength(s.length);
    expect(withoutHedge(s).replace(/\s+/g, ' ')).toBe('Pike met Marsh.');
  });
});
