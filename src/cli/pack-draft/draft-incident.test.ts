/**
 * Drafting a report of an incident that is no crime (a spill, an evacuation): the reader's general
 * outcomes, the story's own names as a recognition cue, and the sentences that time, staff and bound
 * such an event. A made-up report; none of its words is in the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { distinctiveNames } from './distinctive-names.ts';
import {
  deniedOfEveryone,
  draftPack,
  passiveSubject,
  speakerNames,
  subjectNoun,
} from './draft-story.ts';
import { runPackTest } from './pack-test.ts';
import { buildGazetteer } from '../../engine/drafting.ts';
import { readReport } from './read-report.ts';

const world = worldIndex();
const today = '2026-12-01';
const none = buildGazetteer([]);

const html = reportHtml;

const original = html(
  '2026-06-05',
  'Tucson Herald',
  'Chlorine spill at Grant Road pool sends 150 neighbours from their homes',
  `
TUCSON, Ariz. — A chlorine spill at the Quarrymoor Aquatics plant on Grant Road forced about 150 people from their homes on Thursday, June 4, 2026, fire officials said.
The spill was reported at 9:10 a.m., when a delivery hose split.
Tucson Fire Department crews and a team from the Arizona Department of Environmental Quality capped the hose shortly after 11 a.m.
Four workers were taken to hospitals with sore throats.
Neighbours within a quarter mile were ordered to leave, and about 150 people were evacuated from homes on Grant Road.
The city opened a shelter at the Pellham Civic Hall, where about 40 people spent the day.
No one was killed, officials said.
Jane Okoro, the plant's safety director, told the Herald that the hose had been replaced in April.
“We will find out why a hose that new split open on an ordinary morning,” Okoro said.
The plant, which makes pool supplies, employs about 60 people.
`,
);

function draft(corroborating: { name: string; content: string }[] = []) {
  const result = draftPack({ name: 'spill.html', content: original }, corroborating, {
    world,
    today,
  });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('pack draft: an incident that is no crime (a made-up chlorine spill)', () => {
  const result = draft();
  const story = result.pack.stories[0]!;
  const events = story.events ?? [];

  it('drafts the evacuation and the hospital stays as outcomes, and the central events include them', () => {
    const kinds = events.flatMap((e) => (e.outcomes ?? []).map((o) => o.kind));
    expect(kinds).toEqual(expect.arrayContaining(['hospitalized', 'evacuated']));
    const hospital = events.find((e) => (e.outcomes ?? []).some((o) => o.kind === 'hospitalized'))!;
    expect(hospital.outcomes).toContainEqual({
      kind: 'hospitalized',
      count: 4,
      nouns: ['workers'],
    });
    expect(story.recognition.events).toEqual(expect.arrayContaining([hospital.id]));
    expect(story.recognition.requireEvent).toBe(true);
  });

  it('names the lede event by the head of its opening noun phrase, and times it by "The spill was reported at"', () => {
    const lede = events.find((e) => e.words.includes('forced'))!;
    expect(lede.words.slice(0, 2)).toEqual(['forced', 'spill']);
    expect(lede.time).toBe('09:10');
    expect(lede.date).toBe('2026-06-04');
  });

  it('excludes what the report denies of everyone ("No one was killed")', () => {
    expect(events.flatMap((e) => (e.negatives ?? []).map((n) => n.kind))).toEqual(['killed']);
  });

  it('drafts what named agencies did on a day the report leaves to its month, with "shortly after 11 a.m." as about 11', () => {
    const capped = events.find((e) => e.words.includes('capped'))!;
    expect(capped).toMatchObject({ date: '2026-06', time: '11:00', confidence: 'low' });
    expect(capped.participants).toEqual([
      {
        role: 'acted',
        entities: ['tucson-fire-department', 'arizona-department-of-environmental-quality'],
      },
    ]);
  });

  it('counts the evacuated under both names the sentence gives them (neighbours … ordered to leave, about 150 people evacuated)', () => {
    const evacuated = events.find((e) => (e.outcomes ?? []).some((o) => o.kind === 'evacuated'))!;
    expect(evacuated.quantities).toContainEqual({
      nouns: ['people', 'neighbours'],
      min: 131,
      max: 169,
    });
  });

  it('drafts the person named before an appositive and a speech verb, with whom she told', () => {
    expect(story.entities!.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([
      'Jane Okoro',
    ]);
    const replaced = events.find((e) => e.words.includes('replaced'))!;
    expect(replaced.participants).toEqual([
      { role: 'spoke', entities: ['jane-okoro'] },
      { role: 'interviewer', entities: ['tucson-herald'] },
    ]);
    expect(story.quotes?.map((q) => q.speaker)).toEqual(['jane-okoro']);
  });

  it("makes a recognition cue of the story's own names of no kind the reader files", () => {
    const names = story.recognition.cues.find((c) => c.id === 'names');
    expect(names).toMatchObject({
      terms: ['Quarrymoor Aquatics', 'Pellham Civic Hall'],
      weight: 3,
    });
    expect(story.recognition.requireAny).toContain('names');
  });

  it('recognises a retelling that names the plant and the evacuation, and catches its wrong count, time and death', () => {
    const page = [
      'A chlorine spill at the Quarrymoor Aquatics plant forced about 1,200 people from their homes on Thursday.',
      'The spill was reported at 1:40 p.m.',
      'About 150 people were evacuated from homes on Grant Road.',
      'One worker died at the hospital.',
      'Four workers were taken to hospitals with sore throats.',
    ].join('\n');
    const run = runPackTest(result.pack, [{ name: 'r.txt', content: page }], null, {
      world,
      today,
    });
    expect(run.pages[0]!.story).toBe(story.id);
    const verdicts = run.pages[0]!.findings.map((f) => [f.text.slice(0, 20), f.verdict]);
    expect(verdicts.filter(([, v]) => v === 'discrepant').map(([t]) => t)).toEqual([
      'A chlorine spill at ',
      'The spill was report',
      'One worker died at t',
    ]);
  });

  it('does not recognise a page about the same city with none of the names or events', () => {
    const page =
      'The Tucson city council approved new bike lanes on Speedway Boulevard on Tuesday.\nWork will start in the autumn and take about ten weeks.';
    expect(
      runPackTest(result.pack, [{ name: 'r.txt', content: page }], null, { world, today }).pages[0]!
        .story,
    ).toBeNull();
  });

  it('takes a corroborating report that prints one of its quotes word for word, and lists a name it spells otherwise', () => {
    const other = html(
      '2026-06-05',
      'Desert Radio',
      'Plant manager promises answers',
      `
TUCSON — Jane Okaro, the plant's safety director, said the company would look at its delivery rules before the next shipment arrives.
“We will find out why a hose that new split open on an ordinary morning,” Okaro said.
Inspectors looked at the hose on Thursday afternoon and took it away for tests.
The company plans to talk with its suppliers next week, a spokesperson said, and to share what it finds with the city and the state.
`,
    );
    const r = draft([{ name: 'radio.html', content: other }]);
    expect(r.provenance.leftOut.map((x) => x.reason)).toEqual([]);
    expect(r.pack.stories[0]!.quotes![0]!.status).toBe('verified');
    expect(r.provenance.unsettled).toContainEqual(
      expect.objectContaining({ what: "the spelling of Jane Okoro's name" }),
    );
  });
});

describe('pack draft: the helpers', () => {
  /** A one-off page with this body, read with no gazetteer. */
  const readBody = (body: string) =>
    readReport('x', html('2026-06-05', 'X', 'Headline for a test', body), none);

  it('subjectNoun: the noun right before the verb, or the head of the opening noun phrase before a preposition', () => {
    expect(subjectNoun('A fire ')).toBe('fire');
    expect(subjectNoun('DAYTON, Ohio — An ammonia leak at the plant on Stanley Avenue ')).toBe(
      'leak',
    );
    expect(subjectNoun('A storage tank at the plant on Main Street ')).toBe('tank');
    expect(subjectNoun('The people ')).toBeUndefined();
  });

  it('speakerNames: a name opening the sentence, set off by an appositive before a speech verb', () => {
    const report = readBody(
      "\nMaria Delgado, the county's water manager, said the pipes would be checked.\nThe manager, a former engineer, said little.\n",
    );
    const names = report.sentences.flatMap((s) => speakerNames(s, () => false));
    expect(names).toEqual(['Maria Delgado']);
  });

  it('deniedOfEveryone: "no one", "nobody", not "no residents"', () => {
    const at = (s: string, w: string) =>
      ({ start: s.indexOf(w), end: s.indexOf(w) + w.length }) as never;
    const s = 'No firefighters or residents were hurt, and no one was killed.';
    expect(deniedOfEveryone(s, at(s, 'hurt'))).toBe(false);
    expect(deniedOfEveryone(s, at(s, 'killed'))).toBe(true);
    const t = 'Nobody was injured.';
    expect(deniedOfEveryone(t, at(t, 'injured'))).toBe(true);
  });

  it('passiveSubject: the bare plural an outcome befell', () => {
    const report = readBody(
      '\nResidents within half a mile of the site were ordered to leave on Monday.\nCrews worked while residents were ordered to leave.\n',
    );
    const subjects = report.sentences.flatMap((s) =>
      s.mentions.filter((m) => m.type === 'outcome').map((m) => passiveSubject(s, m) ?? null),
    );
    expect(subjects).toEqual(['residents', null]);
  });

  it("distinctiveNames: proper names of no kind the reader files, not a sentence's first word, a title or a known name", () => {
    const report = readBody(
      '\nWorkers at the Kestrel Foundry Works plant on Monday said the Riverside Youth Club would host a meeting.\nOfficials met at City Hall.\nMayor Jane Roe spoke on Monday.\n',
    );
    expect(distinctiveNames(report.sentences.slice(1), (n) => n === 'City Hall')).toEqual([
      'Kestrel Foundry Works',
      'Riverside Youth Club',
    ]);
  });
});
