/**
 * The happening a headline names by a word of its kind, which the report tells only in passing (its lede's main verb
 * is what followed: a rescue), is drafted as its own event on the lede's day and at its places (draft-story.ts,
 * draftHeadlineHappening), named by the headline's phrase alone ("flash flood"), so a retelling that gives the flash
 * flood another weekday is wrong. Not from a lone word of the kind ("Tornado", "flood": as often another one), nor
 * when the headline sets it at another time ("two weeks after"). A made-up report; none of its words is in the engine or the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack } from './draft-story.ts';
import { retellingReader } from './retelling-verdict.ts';

const world = worldIndex();

const body = `
ORLIN, Kan. — Volunteers and deputies pulled 14 people from wrecked mobile homes at the Pine Hollow park in Orlin early Monday, June 8, after Pine Creek rose about eight feet in an hour and swept across the west side of town.
Nobody was killed, Harlow County Sheriff Edna Morrow said.
Six people were taken to Orlin Community Hospital with cuts and broken bones, Morrow said.
“The whole row of homes along the creek was simply gone,” Morrow said.
`;

function draft(headline: string) {
  const result = draftPack(
    { name: 'orlin.html', content: reportHtml('2026-06-08', 'Orlin Herald', headline, body) },
    [],
    { world, today: '2026-12-01' },
  );
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}

const pack = draft('Flash flood sweeps Orlin mobile home park; 14 pulled from wreckage');
const read = retellingReader(pack);

/** The verdict on the page's last line, on a page a day after the report. */
function verdict(sentence: string): string {
  const { storyId, finding } = read({
    date: '2026-06-09',
    publisher: 'Plains Wire',
    headline: 'Flash flood sweeps Orlin mobile home park',
    lines: [
      'Volunteers pulled 14 people from wrecked mobile homes at the Pine Hollow park in Orlin.',
      sentence,
    ],
  });
  expect(storyId).toBe(pack.stories[0]!.id);
  return finding?.verdict ?? 'silent';
}

describe('the happening the headline names, told in the report only in passing', () => {
  it("is drafted as its own event on the lede's day, named by the headline's phrase alone", () => {
    const flood = pack.stories[0]!.events!.find((e) => e.words.includes('flash flood'));
    expect(flood?.date).toBe('2026-06-08');
    expect(flood?.words).toEqual(['flash flood']);
    expect(flood?.quantities ?? []).toEqual([]);
  });

  it('finds another weekday for it, and leaves the right one and other floods alone', () => {
    expect(verdict('The flash flood hit Orlin early Sunday, before dawn.')).toBe('discrepant');
    for (const s of [
      'The flash flood hit Orlin early Monday, before dawn.',
      'A similar flood in June 2008 washed out the same road.',
      'Forecasters warned that more flooding was possible on Thursday.',
    ])
      expect(verdict(s), s).not.toBe('discrepant');
  });

  it('is not drafted from a lone word of the kind, nor when the headline sets it at another time', () => {
    for (const headline of [
      'Tornado tears through Orlin mobile home park; 14 pulled from wreckage',
      'Orlin council meets two weeks after flash flood; 14 were pulled from wreckage',
    ]) {
      const words = draft(headline).stories[0]!.events!.flatMap((e) => e.words);
      expect(words, headline).not.toContain('tornado');
      expect(words, headline).not.toContain('flash flood');
    }
  });
});
