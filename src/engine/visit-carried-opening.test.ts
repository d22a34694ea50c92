/**
 * A sentence of going that opens on a short phrase before its pronoun ("From there he stopped at …", "Before heading
 * home she dropped by …") takes the visit of the sentence before it, as "He …" does (visit-meeting.ts opensOnVisit).
 * Invented story: on 14 June 2024 Lou Pike visited Dunmore and the Dunmore Police Department.
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
  story.events.push({
    id: 'pike-visit',
    label: 'Lou Pike visits Dunmore and the Dunmore Police Department',
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
  });
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const index = indexPacks([visitPack()], { world: westmark() });
const verdictOf = (second: string) => {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
    `Lou Pike visited Dunmore on June 14. ${second}`,
  ].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
    f.text.includes(second.slice(0, 20)),
  )?.verdict;
};

describe('a sentence of going that opens on a phrase before its pronoun', () => {
  it('a police department of another town as the place of the visit is wrong', () => {
    expect(verdictOf('From there he stopped in at the Kells Police Department.')).toBe(
      'discrepant',
    );
    expect(verdictOf('Before heading home he stopped at the Kells Police Department.')).toBe(
      'discrepant',
    );
    expect(verdictOf('Afterward, he dropped by the Kells Police Department.')).toBe('discrepant');
  });
  it("the record's department, a trip home, or someone else's words say nothing wrong", () => {
    expect(verdictOf('From there he stopped in at the Dunmore Police Department.')).not.toBe(
      'discrepant',
    );
    expect(verdictOf('After that he flew back to Kells.')).not.toBe('discrepant');
    expect(verdictOf('Mayor Ida Marsh said he stopped at the Kells Police Department.')).not.toBe(
      'discrepant',
    );
    expect(verdictOf('Last year he stopped at the Kells Police Department.')).not.toBe(
      'discrepant',
    );
  });
});
