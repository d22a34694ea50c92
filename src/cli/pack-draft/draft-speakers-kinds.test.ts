/**
 * Drafting what a report tells in more than one sentence or with a word of its own: a quote of two sentences, a
 * speaker first named with a descriptor ("Passenger Ann Roe") and then by surname, a clock time that belongs to
 * another verb, outcomes that tell no story of themselves, and the other words of the same kind of happening.
 * A made-up report; none of its words is in the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack } from './draft-story.ts';
import { sameKindWords } from './event-words.ts';
import { joinQuotedSentences } from './read-report.ts';
import { splitSentences } from '../../engine/index.ts';
import { compareSentence } from '../../engine/drafting.ts';
import { buildStoryRecord } from '../../engine/drafting.ts';

const world = worldIndex();

const html = reportHtml;

const original = html(
  '2026-03-08',
  'Orland Courier',
  'Gym roof caves in at Orland middle school; two hurt',
  `
ORLAND, Ore. — Part of the gym roof at Birchwood Middle School caved in at about 7:10 a.m. on Saturday, March 7, while 30 students were in the building for a band rehearsal.
Two students were treated for cuts at Orland General Hospital and released on Saturday afternoon.
Fire Chief Dana Whitlow said teachers led everyone out in about five minutes, before the first engine arrived at 7:18 a.m.
Custodian Pell Marrow, who was mopping the hallway, said the beams groaned for a minute before the roof fell.
“I heard the steel bend. Then the whole corner came down,” Marrow said.
“Nobody goes back in that gym until an engineer signs off,” Whitlow said.
Orchard Lane was closed beside the school on Saturday and reopened at noon on Sunday.
Assistant coach Rey Tamm, 41, broke his wrist, and Jo Brisk, whose daughter was in the band, drove him to the hospital.
Maya Lind, president of the Orchard Youth Band Association, said the spring concert will move to another hall.
`,
);

function draft() {
  const result = draftPack({ name: 'gym.html', content: original }, [], {
    world,
    today: '2026-12-01',
  });
  if (!result.ok) throw new Error(result.error);
  return result.pack.stories[0]!;
}

describe('pack draft: speakers and quotes told across sentences', () => {
  const story = draft();

  it('drafts a quote of two sentences, credited to the name after the second', () => {
    const quote = (story.quotes ?? []).find((q) => q.text.startsWith('I heard the steel bend'));
    expect(quote?.text).toBe('I heard the steel bend. Then the whole corner came down');
    expect(quote?.speaker).toBe('pell-marrow');
  });

  it('finds the full name of a surname first printed after a descriptor ("Custodian Pell Marrow")', () => {
    expect((story.entities ?? []).find((e) => e.id === 'pell-marrow')).toMatchObject({
      kind: 'person',
      name: 'Pell Marrow',
    });
  });
});

describe('pack draft: people and organisations', () => {
  const story = draft();
  const entity = (id: string) => (story.entities ?? []).find((e) => e.id === id);

  it('reads a coach\'s title and a name before ", whose"', () => {
    expect(entity('rey-tamm')).toMatchObject({
      kind: 'person',
      roles: [{ title: 'assistant coach' }],
    });
    expect(entity('jo-brisk')).toMatchObject({ kind: 'person' });
  });

  it('gives an organisation no short name that opens another of the story\'s names (the street\'s "Orchard")', () => {
    expect(entity('orchard-youth-band-association')).toMatchObject({ kind: 'organization' });
    expect(entity('orchard-youth-band-association')?.aliases ?? []).not.toContain('Orchard');
  });
});

describe('pack draft: what the events take', () => {
  const story = draft();
  const events = story.events ?? [];

  it('gives an event carried by a count no clock time of another verb ("before the first engine arrived at 7:18")', () => {
    for (const e of events) expect(e.time).not.toBe('07:18');
  });

  it('gives the event every word of its kind of happening', () => {
    const caved = events.find((e) => e.words.includes('caved in') || e.words.includes('caved'));
    expect(caved?.words).toEqual(expect.arrayContaining(['collapsed', 'collapse', 'gave way']));
  });

  it('leaves closures, reopenings and releases out of the central events unless the headline or the lede tells them', () => {
    const central = story.recognition.events ?? [];
    const passing = events.filter(
      (e) =>
        (e.outcomes ?? []).length &&
        (e.outcomes ?? []).every((o) => ['closed', 'reopened', 'released'].includes(o.kind)),
    );
    expect(passing.length).toBeGreaterThan(0);
    for (const e of passing) expect(central).not.toContain(e.id);
  });
});

describe('a drafted town in "Town, State"', () => {
  const record = buildStoryRecord(draft(), world);
  const outcome = (sentence: string) => compareSentence(sentence, record, '2026-03-09')?.outcome;

  it('is wrong in another state, though no event is named, and right in its own', () => {
    expect(outcome('ORLAND, Wash. — Students waited outside for news.')).toBe('discrepant');
    expect(outcome('ORLAND, Ore. — Students waited outside for news.')).not.toBe('discrepant');
  });
});

describe('sameKindWords', () => {
  it("gives the other words of the kinds an event's words belong to, none of its own", () => {
    expect(sameKindWords(['ran aground'])).toContain('grounding');
    expect(sameKindWords(['ran aground'])).not.toContain('ran aground');
    expect(sameKindWords(['met', 'visited'])).toEqual([]);
  });
});

describe('joinQuotedSentences', () => {
  it('joins the sentences of one quote within a paragraph, and nothing across paragraphs', () => {
    const text = '“One. Two,” she said. Next.\n“Open\nshut.”';
    expect(joinQuotedSentences(text, splitSentences(text)).map((s) => s.text)).toEqual([
      '“One. Two,” she said.',
      'Next.',
      '“Open',
      'shut.”',
    ]);
  });
});
