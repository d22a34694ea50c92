/**
 * "Its spokesman, Jane Roe, …": a sentence opening on a possessive pronoun's post with a name in apposition is
 * compared with the events of the sentence before (analyze.ts, compare/possessive-post.ts). Invented story: the
 * Harbor Unit raided a warehouse on Quay Street on 11 June 2024; its spokesman, Sal Reyes, spoke at the briefing
 * the next day.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import { opensOnPossessivePost } from './compare/possessive-post.ts';
import { raidPack, westmark } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

function spokesPack() {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as {
    stories: { entities: unknown[]; events: { id: string; participants?: unknown[] }[] }[];
  };
  const story = p.stories[0]!;
  story.entities.push({
    id: 'sal-reyes',
    kind: 'person',
    name: 'Sal Reyes',
    role: 'Harbor Unit spokesman',
  });
  story.events.find((e) => e.id === 'briefing')!.participants = [
    { role: 'spoke', entities: ['ida-marsh', 'sal-reyes', 'harbor-unit'] },
  ];
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const index = indexPacks([spokesPack()], { world: westmark() });
const verdictOf = (before: string, second: string) => {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
    `${before} ${second}`,
  ].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
    f.text.includes(second.slice(0, 20)),
  )?.verdict;
};

describe('a possessive pronoun\u2019s post, after a sentence about the body', () => {
  it('a stranger in the post the record fills at the events of the sentence before is wrong', () => {
    expect(
      verdictOf(
        'The Harbor Unit spoke at the briefing on June 12.',
        'Its spokesman, Tom Rudd, delivered the message.',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'The Harbor Unit spoke at the briefing on June 12.',
        'But their spokesman, Tom Rudd, repeated the point.',
      ),
    ).toBe('discrepant');
  });

  it('the recorded holder, a post the record does not fill there, or no sentence before about the events: not wrong', () => {
    expect(
      verdictOf(
        'The Harbor Unit spoke at the briefing on June 12.',
        'Its spokesman, Sal Reyes, delivered the message.',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        'The Harbor Unit spoke at the briefing on June 12.',
        'Its treasurer, Tom Rudd, delivered the message.',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        'The weather was fine that week.',
        'Its spokesman, Tom Rudd, delivered the message.',
      ),
    ).not.toBe('discrepant');
  });

  it('reads only the opening', () => {
    expect(opensOnPossessivePost('Their chief, John Roe, agreed.')).toBe(true);
    expect(opensOnPossessivePost('Its press spokeswoman, Ann Lee Park, spoke.')).toBe(true);
    expect(opensOnPossessivePost('The spokesman, John Roe, agreed.')).toBe(false);
    expect(opensOnPossessivePost('Its spokesman said nothing.')).toBe(false);
  });
});
