/**
 * "Coming from a former mayor, that carries weight.": a "former" title with no name after "from" / "by" is the
 * paragraph's speaker, or the one person of the story the paragraph names before it (analyze.ts,
 * compare/former-referent.ts). Invented story: Ida Marsh, mayor of Port Alder since 2020 in the world file, spoke at
 * the briefing on 12 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { raidPack, westmark } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([raidPack()], { world: westmark() });
const verdictOf = (paragraph: string, second: string, today = '2024-06-20') => {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
    `${paragraph} ${second}`,
  ].join('\n');
  return analyzeText(page, index, { today }).findings.find((f) =>
    f.text.includes(second.slice(0, 20)),
  )?.verdict;
};

describe('"former" with no name, for the one who just spoke', () => {
  it.each([
    'Coming from a former mayor, that carries weight.',
    'Those are strong words from a former mayor of Port Alder.',
    'The point was made by the former mayor herself.',
  ])('wrong while the world file has her in the post: %s', (second) => {
    expect(
      verdictOf(
        'Ida Marsh said at the briefing on June 12 that the raid went by the book.',
        second,
      ),
    ).toBe('discrepant');
  });

  it('not wrong: a name given, another post, no one or two people named before, a page from after her term', () => {
    const said = 'Ida Marsh said at the briefing on June 12 that the raid went by the book.';
    expect(
      verdictOf(said, 'Coming from a former mayor like Ned Cole, that would carry weight.'),
    ).not.toBe('discrepant');
    expect(
      verdictOf(said, 'Coming from a former Harbor Unit chief, that carries weight.'),
    ).not.toBe('discrepant');
    expect(
      verdictOf('The raid drew a crowd.', 'Coming from a former mayor, that carries weight.'),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        'Ida Marsh and Lou Pike spoke at the briefing on June 12.',
        'Coming from a former mayor, that carries weight.',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(said, 'Coming from a former mayor, that carries weight.', '2031-06-20'),
    ).not.toBe('discrepant');
  });
});
