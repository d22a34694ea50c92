import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { worldIndex } from '../../world/embedded.ts';
import { parseLabels } from '../eval-labels.ts';
import { draftPack, NOT_A_REPORT, type DraftInput } from './draft-story.ts';
import { runPackTest } from './pack-test.ts';

const DIR = 'eval/draft-story';
const page = (file: string): DraftInput => ({
  name: file,
  content: readFileSync(join(DIR, file), 'utf8'),
});
const world = worldIndex();
const today = '2026-12-01';

/** Runs `pack test` with a drafted pack over a story folder's labelled retellings. */
function testOn(dir: string, pack: Parameters<typeof runPackTest>[0]) {
  const labels = parseLabels(
    JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')),
    'labels.json',
  );
  const pages = readdirSync(join(dir, 'pages')).map((f): DraftInput => ({
    name: join('pages', f),
    content: readFileSync(join(dir, 'pages', f), 'utf8'),
  }));
  return runPackTest(pack, pages, labels, { world, today });
}

/** The issue's bar as drafted: ≥70% found, no true sentence flagged, every retelling recognised, the unrelated page left alone. */
function expectDraftTargets(run: ReturnType<typeof runPackTest>) {
  const t = run.totals!;
  expect(run.missing).toEqual([]);
  expect(t.recall).toBeGreaterThanOrEqual(0.7);
  expect(t.falseAlarmsOnTrue).toBe(0);
  expect(t.unrelatedPages).toBe(1);
  expect(t.unrelatedFalseAlarms).toBe(0);
  expect(t.storyExact).toBe(t.pages);
  expect(t.consistentErrors).toBe(0);
  expect(t.precision).toBe(1);
}

function drafted(
  corroborating = ['corroborating-wire.html', 'corroborating-radio.html', 'unrelated-report.html'],
) {
  const result = draftPack(page('original.html'), corroborating.map(page), { world, today });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('pack draft on the made-up story (eval/draft-story)', () => {
  const result = drafted();
  const story = result.pack.stories[0]!;

  it('drafts a pack that validates', () => {
    expect(parsePack(JSON.parse(JSON.stringify(result.pack))).ok).toBe(true);
  });

  it('finds ≥70% of the planted errors, flags no true sentence, and leaves the unrelated page alone', () => {
    const run = testOn(DIR, result.pack);
    expect(run.totals!.toCatch).toBeGreaterThanOrEqual(18);
    expect(run.totals!.caught).toBeGreaterThanOrEqual(18);
    expectDraftTargets(run);
  });

  it('finds ≥90% once the author settles what pack review lists (the count the sources disagree on)', () => {
    const settled = JSON.parse(JSON.stringify(result.pack)) as typeof result.pack;
    const raid = settled.stories[0]!.events!.find((e) => e.words.includes('raid'))!;
    raid.outcomes!.find((o) => o.kind === 'arrested')!.count = 4;
    raid.quantities = raid.quantities!.filter((q) => !q.note);
    const t = testOn(DIR, settled).totals!;
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.falseAlarmsOnTrue).toBe(0);
    expect(t.unrelatedFalseAlarms).toBe(0);
  });

  it("reads the original's metadata from the page, confirmed only where stated", () => {
    expect(story.originals[0]).toMatchObject({
      publisher: 'Spokane Ledger',
      author: 'Marisol Quint',
      date: '2026-10-07',
      urlConfirmed: true,
      url: 'https://spokaneledger.example/news/2026/10/07/copper-wire-theft-ring-trent-avenue-raid',
      headline: 'Copper wire theft ring broken up in Trent Avenue warehouse raid',
    });
    // The radio report states no address: a placeholder, marked unconfirmed.
    const radio = story.corroborating?.find((s) => s.publisher === 'River City Radio');
    expect(radio).toMatchObject({ urlConfirmed: false });
    expect(radio?.urlNote).toMatch(/states no canonical address/);
  });

  it('drafts people with their titles as printed, places with what they lie within, and world ids', () => {
    const byName = new Map(story.entities!.map((e) => [e.name, e]));
    expect(byName.get('Renata Vollmer')).toMatchObject({
      kind: 'person',
      role: 'Police Chief',
      roles: [{ title: 'police chief' }],
    });
    expect(byName.get('Idris Okafor')).toMatchObject({
      kind: 'person',
      roles: [{ title: 'captain' }],
    });
    expect(byName.get('Trent Avenue')).toMatchObject({ kind: 'street', within: 'spokane' });
    expect(byName.get('Spokane')).toMatchObject({ kind: 'place', world: 'spokane-wa' });
    expect(byName.get('Washington State Patrol')).toMatchObject({
      kind: 'agency',
      world: 'washington-state-patrol',
    });
    expect(byName.get('Spokane Ledger')?.aliases).toContain('Ledger');
  });

  it('names a news conference also as a press conference, so a retelling saying either links to it', () => {
    expect(story.events!.find((e) => e.words.includes('news conference'))?.words).toEqual([
      'press conference',
      'news conference',
    ]);
    const run = runPackTest(
      result.pack,
      [
        {
          name: 'r.txt',
          content:
            'Spokane police arrested four people in a raid on a Trent Avenue warehouse.\nPolice Chief Renata Vollmer announced the arrests at a press conference on Friday.',
        },
      ],
      null,
      { world, today },
    );
    expect(run.pages[0]!.findings.find((f) => f.text.includes('press conference'))?.verdict).toBe(
      'discrepant',
    );
  });

  it('resolves days against the report date, reads "about" as a range and a count of one outcome as its count', () => {
    const events = new Map(story.events!.map((e) => [e.id, e]));
    const raid = story.events!.find((e) => e.words.includes('raid'))!;
    expect(raid).toMatchObject({
      date: '2026-10-06',
      time: '06:00',
      places: ['trent-avenue', 'spokane'],
    });
    expect(raid.participants).toEqual([
      { role: 'acted', entities: ['spokane-police', 'washington-state-patrol'] },
    ]);
    expect(raid.quantities).toContainEqual({ nouns: ['officers', 'troopers'], min: 17, max: 23 });
    // "on Wednesday" in a report of Wednesday 7 October: that day.
    expect(events.get('charged')).toMatchObject({
      date: '2026-10-07',
      outcomes: [{ kind: 'charged', count: 2 }],
    });
    // A release with no day stated: bounded by the report's month, low confidence.
    expect(events.get('released')).toMatchObject({
      date: '2026-10',
      confidence: 'low',
      outcomes: [{ kind: 'released', count: 2 }],
    });
    expect(story.events!.find((e) => e.words.includes('investigation'))).toMatchObject({
      date: '2026-08',
    });
  });

  it('names an event by the verb of a sentence that counts what it found ("recovered 310 spools"), with low confidence', () => {
    const raid = story.events!.find((e) => e.words.includes('raid'))!;
    expect(raid.words).toContain('recovered');
    expect(raid.quantities).toContainEqual({ nouns: ['spools'], min: 310, max: 310 });
    expect(result.provenance.values).toContainEqual(
      expect.objectContaining({ value: 'recovered', confidence: 'low' }),
    );
  });

  it('keeps both values where the sources disagree, and drafts only what both admit', () => {
    const raid = story.events!.find((e) => e.words.includes('raid'))!;
    expect(raid.outcomes?.find((o) => o.kind === 'arrested')?.count).toBeUndefined();
    expect(raid.quantities).toContainEqual(expect.objectContaining({ min: 4, max: 5 }));
    expect(result.provenance.unsettled).toEqual([
      expect.objectContaining({
        what: 'how many: arrested',
        values: [
          expect.objectContaining({ value: '4', source: 'spokane-ledger-2026-10-07' }),
          expect.objectContaining({ value: '5', source: 'inland-northwest-wire-2026-10-07' }),
          // The radio report agrees with the original: the author sees it beside the others.
          expect.objectContaining({ value: '4', source: 'river-city-radio-2026-10-08' }),
        ],
      }),
    ]);
  });

  it('credits every quote to its speaker with the occasion, verified where a corroborating report prints it', () => {
    expect(story.quotes).toEqual([
      expect.objectContaining({
        speaker: 'renata-vollmer',
        role: 'Police Chief',
        date: '2026-10-07',
        status: 'verified',
        occasion: expect.stringMatching(/^news conference/),
      }),
      expect.objectContaining({
        speaker: 'idris-okafor',
        text: 'We followed the wire from the scrap yards back to one building',
        status: 'verified',
      }),
    ]);
  });

  it('says a corroborating report about another event is unrelated, and leaves it out', () => {
    expect(result.provenance.leftOut).toEqual([
      { file: 'unrelated-report.html', reason: expect.stringMatching(/^unrelated/) },
    ]);
    expect(story.corroborating?.map((s) => s.publisher)).toEqual([
      'Inland Northwest Wire',
      'River City Radio',
    ]);
  });

  it('gives every drafted event value a source sentence from the report it names', () => {
    const texts = new Map(
      result.provenance.sources.map((s) => [
        s.id,
        readFileSync(join(DIR, s.file), 'utf8')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' '),
      ]),
    );
    story.events!.forEach((_, i) => {
      for (const f of ['date', 'words']) {
        const entry = result.provenance.values.find(
          (v) => v.path === `stories[0].events[${i}].${f}`,
        );
        expect(entry, `events[${i}].${f}`).toBeDefined();
        expect(texts.get(entry!.source)).toContain(entry!.sentence.slice(0, 40));
      }
    });
    story.quotes!.forEach((q) =>
      expect(readFileSync(join(DIR, 'original.html'), 'utf8')).toContain(q.text),
    );
  });
});

describe('pack draft: reading events', () => {
  const report = (...paragraphs: string[]) =>
    `<html><head><meta property="article:published_time" content="2025-03-28"></head><body><article><h1>A made-up report</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const events = (...paragraphs: string[]) => {
    const result = draftPack({ name: 'r.html', content: report(...paragraphs) }, [], {
      world,
      today,
    });
    if (!result.ok) throw new Error(result.error);
    return result.pack.stories[0]!.events!;
  };
  const filler =
    'The city said it would publish a full account of the day once the review of the case is over.';

  it("gives an outcome the count of its subject, or of its object, never another outcome's", () => {
    const [raid] = events(
      'Deputies arrested four people on Tuesday in a raid on a farm outside the town, the sheriff said.',
      filler,
      filler,
    );
    expect(raid!.outcomes).toEqual([
      { kind: 'arrested', count: 4, nouns: ['people'] },
      { kind: 'raided' },
    ]);
    const [custody] = events(
      'Three men, a father and his two sons, were taken into custody on Monday after the stop.',
      filler,
      filler,
    );
    expect(custody!.outcomes).toEqual([{ kind: 'detained', count: 3, nouns: ['men'] }]);
  });

  it('drafts no event from an outcome wished for, or done to a thing', () => {
    const drafted = events(
      'Deputies arrested four people on Tuesday in a raid on a farm outside the town, the sheriff said.',
      'Some residents called on Wednesday for the deputies to be fired over the raid.',
      'The Valley Post picked up the story on Thursday, March 27.',
      filler,
    );
    expect(drafted.flatMap((e) => (e.outcomes ?? []).map((o) => o.kind))).toEqual([
      'arrested',
      'raided',
    ]);
  });
});

describe('pack draft: a story of another kind (a made-up fire)', () => {
  const original = `<html><head><meta property="article:published_time" content="2026-03-15T09:00:00-07:00"><meta property="og:site_name" content="Desert Courier"></head><body><article>
<h1>Fire destroys furniture store on Grant Road</h1>
<p>TUCSON, Ariz. — A fire destroyed a furniture store on Grant Road on Saturday, March 14, 2026, and forced the evacuation of two apartment buildings next to it, fire officials said.</p>
<p>About 60 firefighters from the Tucson Fire Department fought the blaze, which started shortly before 4 a.m.</p>
<p>Eleven residents were taken to a shelter for the night.</p>
<p>“The roof came down within the first hour, so we fought it from the outside,” Battalion Chief Oren Halvorsen said on Saturday.</p>
<p>The store's owner, Priya Castellanos, said she had run the business for 22 years.</p>
</article></body></html>`;
  const result = draftPack({ name: 'fire.html', content: original }, [], { world, today });
  if (!result.ok) throw new Error(result.error);
  const story = result.pack.stories[0]!;

  it('names a dated event by its verb and its subject, with the outcome the same sentence tells ("forced the evacuation of two apartment buildings")', () => {
    expect(story.events![0]).toEqual(
      expect.objectContaining({
        date: '2026-03-14',
        places: ['grant-road', 'tucson'],
        outcomes: [{ kind: 'evacuated', count: 2, nouns: ['buildings'] }],
      }),
    );
    expect(story.events![0]!.words.slice(0, 3)).toEqual(['destroyed', 'fire', 'evacuation']);
  });

  it('drafts what the named agency did, told with an irregular past ("fought the blaze"), bounded by the month', () => {
    expect(story.events!.slice(1)).toEqual([
      expect.objectContaining({
        words: ['fought', 'fight', 'fights', 'fighting'],
        date: '2026-03',
        participants: [{ role: 'acted', entities: ['tucson-fire-department'] }],
      }),
    ]);
  });

  it('states no clock time for "shortly before 4 a.m."', () => {
    expect(story.events![0]!.time).toBeUndefined();
  });

  it('drafts a person the reader leaves, named between commas before a speech verb', () => {
    expect(story.entities!.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([
      'Oren Halvorsen',
      'Priya Castellanos',
    ]);
  });

  it('catches a wrong street, city and day in a retelling, and leaves true sentences alone', () => {
    const page = (text: string) => ({ name: 'r.txt', content: text });
    const run = runPackTest(
      result.pack,
      [
        page(
          [
            'A fire destroyed a furniture store on Speedway Boulevard in Tucson on Saturday.',
            'A fire destroyed a furniture store on Grant Road in Phoenix early Saturday.',
            'The fire destroyed the store on Sunday, March 14, 2026.',
            'A fire destroyed a furniture store on Grant Road in Tucson on Saturday.',
            'About 60 firefighters from the Tucson Fire Department fought the blaze.',
          ].join('\n'),
        ),
      ],
      null,
      { world, today },
    );
    const verdicts = run.pages[0]!.findings.map((f) => f.verdict);
    expect(run.pages[0]!.story).toBe(story.id);
    expect(verdicts.slice(0, 3)).toEqual(['discrepant', 'discrepant', 'discrepant']);
    expect(verdicts.filter((v) => v === 'discrepant')).toHaveLength(3);
  });
});

describe('pack draft on a second made-up story, written blind to the drafter (eval/draft-story-2: an ammonia leak and evacuation)', () => {
  const DIR2 = 'eval/draft-story-2';
  const page2 = (file: string): DraftInput => ({
    name: file,
    content: readFileSync(join(DIR2, file), 'utf8'),
  });
  const result = draftPack(
    page2('original.html'),
    [page2('corroborating-1.html'), page2('corroborating-2.html')],
    { world, today },
  );
  if (!result.ok) throw new Error(result.error);

  it('finds ≥70% of the planted errors as drafted, flags no true sentence, recognises every retelling and not the unrelated page', () => {
    expect(parsePack(JSON.parse(JSON.stringify(result.pack))).ok).toBe(true);
    const run = testOn(DIR2, result.pack);
    expect(run.totals!.toCatch).toBe(24);
    expect(run.totals!.caught).toBeGreaterThanOrEqual(20);
    expectDraftTargets(run);
  });

  it('takes both corroborating reports (one agrees on the evacuation, one prints the same quotes) and lists the spelling they disagree on', () => {
    expect(result.provenance.leftOut).toEqual([]);
    expect(result.pack.stories[0]!.corroborating).toHaveLength(2);
    expect(result.provenance.unsettled).toContainEqual(
      expect.objectContaining({
        what: "the spelling of Helen Strickland's name",
        values: [
          expect.objectContaining({ value: 'Helen Strickland' }),
          expect.objectContaining({ value: 'Helen Stricklin' }),
        ],
      }),
    );
  });
});

describe('pack draft: corroborating reports', () => {
  const corroborate = (content: string) => {
    const result = draftPack(page('original.html'), [{ name: 'other.html', content }], {
      world,
      today,
    });
    if (!result.ok) throw new Error(result.error);
    return result;
  };
  const more =
    '<p>The department said the case was still open and that more people could be questioned in the coming weeks as investigators went through the records.</p>';
  const report = (body: string) =>
    `<html><head><meta property="article:published_time" content="2026-10-07"></head><body><article>${body}${more}</article></body></html>`;

  it('takes a report naming none of the streets or people when it tells of the same outcome, in the same place, on the same day', () => {
    const result = corroborate(
      report(
        '<p>Police in Spokane arrested four people on Tuesday in a raid on a building where stolen metal was kept, officials said on Wednesday morning.</p><p>The department gave no names and said more arrests could follow in the coming weeks as the case goes on.</p><p>It was the largest such case in the region this year, a spokesperson for the department added on Wednesday.</p>',
      ),
    );
    expect(result.provenance.leftOut).toEqual([]);
    expect(result.pack.stories[0]!.corroborating).toHaveLength(1);
  });

  it('keeps both days where a corroborating report gives another day, and drafts the month they share', () => {
    const result = corroborate(
      report(
        '<p>Spokane police and Washington State Patrol troopers arrested four people on Monday, Oct. 5, 2026, in a raid on a warehouse on Trent Avenue.</p><p>Investigators recovered 310 spools of copper wire from the building, police said on Wednesday.</p><p>Police Chief Renata Vollmer announced the arrests at a news conference on Wednesday.</p>',
      ),
    );
    const raid = result.pack.stories[0]!.events!.find((e) => e.words.includes('raid'))!;
    expect(raid.date).toBe('2026-10');
    expect(result.provenance.unsettled).toContainEqual(
      expect.objectContaining({
        what: expect.stringMatching(/^the day of/),
        drafted: '2026-10',
        values: [
          expect.objectContaining({ value: '2026-10-06' }),
          expect.objectContaining({ value: '2026-10-05', source: 'other-2026-10-07' }),
        ],
      }),
    );
  });

  it("lists a name the corroborating report spells another way, keeping the original's spelling in the pack", () => {
    const result = corroborate(
      report(
        '<p>Spokane police and Washington State Patrol troopers arrested four people on Tuesday in a raid on a warehouse on Trent Avenue.</p><p>Police Chief Renata Volmer announced the arrests at a news conference on Wednesday, the department said.</p><p>Two of the four suspects were charged on Wednesday with trafficking in stolen property.</p>',
      ),
    );
    expect(result.provenance.unsettled).toContainEqual(
      expect.objectContaining({
        what: "the spelling of Renata Vollmer's name",
        values: [
          expect.objectContaining({ value: 'Renata Vollmer' }),
          expect.objectContaining({ value: 'Renata Volmer' }),
        ],
      }),
    );
    expect(
      result.pack.stories[0]!.entities!.filter((e) => e.kind === 'person').map((e) => e.name),
    ).toEqual(['Renata Vollmer', 'Idris Okafor']);
  });

  it('widens an unsettled count for a third report with yet another number', () => {
    const result = draftPack(
      page('original.html'),
      [
        page('corroborating-wire.html'),
        {
          name: 'third.html',
          content: report(
            '<p>Six people were arrested on Tuesday, Oct. 6, 2026, in a raid on a warehouse on Trent Avenue in Spokane, police said.</p><p>Investigators recovered 310 spools of copper wire from the building, the department said.</p>',
          ),
        },
      ],
      { world, today },
    );
    if (!result.ok) throw new Error(result.error);
    const raid = result.pack.stories[0]!.events!.find((e) => e.words.includes('raid'))!;
    expect(raid.quantities).toContainEqual(expect.objectContaining({ min: 4, max: 6 }));
    expect(result.provenance.unsettled[0]!.values.map((v) => v.value)).toEqual(['4', '5', '6']);
  });

  it('leaves out a report from the same place about another arrest, on another day', () => {
    const result = corroborate(
      report(
        '<p>Spokane police arrested a man on Saturday, Oct. 3, 2026, after a string of break-ins at garden sheds on the north side of the city.</p><p>About 80 people had reported sheds broken into since the summer, and most of them lost tools and bicycles.</p><p>The man was held at the county jail, a spokesperson for the department said on Monday.</p>',
      ),
    );
    expect(result.provenance.leftOut).toEqual([
      { file: 'other.html', reason: expect.stringMatching(/^unrelated/) },
    ]);
    expect(result.pack.stories[0]!.corroborating).toBeUndefined();
  });
});

describe('pack draft: bad input', () => {
  const draft = (content: string) =>
    draftPack({ name: 'page.html', content }, [], { world, today });

  it('refuses a list of links', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) =>
        `<li><a href="/a${i}">Headline number ${i} about the city council and the budget</a></li>`,
    ).join('');
    const result = draft(
      `<!doctype html><html><body><main><h1>Latest</h1><ul>${links}</ul></main></body></html>`,
    );
    expect(result).toEqual({ ok: false, error: expect.stringContaining(NOT_A_REPORT) });
  });

  it('refuses a very short page and a paywall stub', () => {
    expect(draft('<p>Police arrested two men on Tuesday.</p>')).toEqual({
      ok: false,
      error: expect.stringContaining(NOT_A_REPORT),
    });
    const stub =
      '<html><body><article><h1>Council approves budget</h1><p>The city council voted on Monday to approve the budget.</p><p>Subscribe to keep reading. Already a subscriber? Log in.</p></article></body></html>';
    expect(draft(stub)).toEqual({ ok: false, error: expect.stringContaining(NOT_A_REPORT) });
  });

  it('refuses prose that says when nothing happened', () => {
    const essay = Array.from(
      { length: 8 },
      () =>
        'Cities across the country have long argued about how bright their streets should be at night.',
    ).join(' ');
    expect(draft(`<article><p>${essay}</p></article>`)).toEqual({
      ok: false,
      error: expect.stringContaining(NOT_A_REPORT),
    });
  });

  it('says so when no day can be resolved because the report states no date', () => {
    const undated =
      '<article><h1>Bridge closed</h1>' +
      '<p>Crews closed the Elm Street bridge on Tuesday after inspectors found cracks in two of its beams.</p>'.repeat(
        1,
      ) +
      '<p>The city engineer said the bridge would stay closed while the beams are checked again by a second team of inspectors.</p>' +
      '<p>Drivers were sent along Oak Street and Pine Street, which added about ten minutes to a trip across the river for most of them.</p></article>';
    const result = draft(undated);
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('states no publication date'),
    });
  });

  it('drafts plain text with no metadata without inventing any: no confirmed address, no author', () => {
    const text = readFileSync(join(DIR, 'original.html'), 'utf8')
      .replace(/<head>[\s\S]*<\/head>/, '')
      .replace(/<[^>]+>/g, '\n')
      .replace(/\n\s*\n+/g, '\n');
    const result = draftPack({ name: 'report.txt', content: text }, [], { world, today });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const original = result.pack.stories[0]!.originals[0]!;
    expect(original.urlConfirmed).toBe(false);
    expect(original.author).toBeUndefined();
    expect(result.notes.join('\n')).toMatch(/states no publisher/);
    expect(parsePack(JSON.parse(JSON.stringify(result.pack))).ok).toBe(true);
  });
});

describe('pack draft on every development and demo page', () => {
  it('never throws: each page gives a pack that validates, or a plain reason', () => {
    const files = ['eval/pages', 'demo/pages'].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(dir, f)),
    );
    let drafted = 0;
    for (const file of files) {
      const result = draftPack({ name: file, content: readFileSync(file, 'utf8') }, [], {
        world,
        today,
      });
      if (result.ok) {
        drafted++;
        expect(parsePack(JSON.parse(JSON.stringify(result.pack))).ok, file).toBe(true);
      } else {
        expect(result.error, file).toMatch(/could not find a report here|could not draft a story/);
      }
    }
    expect(drafted).toBeGreaterThan(files.length / 2);
  }, 30_000); // drafts every page of eval/ and demo/: near vitest's 5 s default on a loaded machine
});

describe('pack draft on a third made-up story, written blind (eval/draft-story-3: a water-main break); its first score found 6 of 26 and flagged 4 true sentences', () => {
  const DIR3 = 'eval/draft-story-3';
  const page3 = (file: string): DraftInput => ({
    name: file,
    content: readFileSync(join(DIR3, file), 'utf8'),
  });
  const result = draftPack(
    page3('original.html'),
    [page3('corroborating-1.html'), page3('corroborating-2.html')],
    { world, today },
  );
  if (!result.ok) throw new Error(result.error);

  // Recall is still below the bar on this story (see the README): 14 of 26 once events of any kind were drafted by their own verbs and nouns
  // (reached while studying its misses), 15 with stop 58's readings; what is held here is that figure and that the drafted pack flags no true sentence.
  it('finds 15 of the 26 planted errors as drafted, flags no true sentence, vouches for no error and leaves the unrelated page alone', () => {
    const run = testOn(DIR3, result.pack);
    expect(run.totals!.toCatch).toBe(26);
    expect(run.totals!.caught).toBeGreaterThanOrEqual(15);
    expect(run.totals!.consistentErrors).toBe(0);
    expect(run.totals!.falseAlarmsOnTrue).toBe(0);
    expect(run.totals!.unrelatedFalseAlarms).toBe(0);
    expect(run.totals!.storyExact).toBe(run.totals!.pages);
  });

  it('counts no noun a count does not name: "two bottled-water pickup sites" is no count of the schools before it', () => {
    const schools = result.pack.stories[0]!.events!.flatMap((e) => e.quantities ?? []).filter((q) =>
      q.nouns.includes('schools'),
    );
    expect(schools.every((q) => q.min !== 2)).toBe(true);
  });
});

/**
 * Made-up stories written blind, each scored once as drafted before anything was studied, then held at the figure reached
 * while studying its misses (see the README): far below the 70% bar. What is held is that figure, and that the drafted pack
 * vouches for no error and leaves the unrelated page alone.
 */
// Stop 61: a stranger speaking under the bare title of a post only one person of the record holds ("Sheriff X said",
// "Chief X said", "X, president of the union local, said") is another holder (stories 4, 7 and 9, one each), and
// "former" read through the
// post's body words ("Former County Board Chairman X", "Former county health officer X"; stories 8 and 9); the happening
// the headline names by a phrase of its kind ("flash flood"), told in the report only in passing, drafted on the lede's
// day (story 9: two more);
// a state's department doing what the record has a county's body do ("ordered the restaurant closed"; story 8).
const BLIND_STORIES = [
  // A plant closing: first score 3 of 26, 3 true sentences flagged, both corroborating reports left out.
  // Then 6 of 26 with the opinion column unrecognised; 7 of 26, all recognised, once its scheduled layoffs were central.
  {
    dir: 'eval/draft-story-4',
    kind: 'a plant closing',
    toCatch: 26,
    caught: 12,
    falseAlarms: 0,
    recognised: 7,
    corroborating: 2,
  },
  // A ferry aground: first score 2 of 25, 1 true sentence flagged, the unrelated page recognised.
  // Then 7 of 25; 9 of 25, all recognised, with the hospital's short name, the divers' find and the hour shift.
  {
    dir: 'eval/draft-story-5',
    kind: 'a ferry aground',
    toCatch: 25,
    caught: 12,
    falseAlarms: 0,
    recognised: 7,
    corroborating: 2,
  },
  // A roof caved in: first score 4 of 29, 3 true sentences flagged, an error marked consistent, the unrelated page recognised.
  // Its last false alarm ("The rebuilt arena reopened … in December 2027" linked to the street's reopening, "It reopened at
  // noon on Sunday") went with the rule that a bare "it" opens no event; 9 of 29 with the council meeting named by its object.
  {
    dir: 'eval/draft-story-6',
    kind: 'a roof caved in',
    toCatch: 29,
    caught: 10,
    falseAlarms: 0,
    recognised: 7,
    corroborating: 2,
  },
  // A truck hit a field-trip bus: first score 2 of 25, 1 true sentence flagged, 4 of 7 pages recognised (the drafted crash had one word, "slammed").
  {
    dir: 'eval/draft-story-7',
    kind: 'a truck hit a school bus',
    toCatch: 25,
    caught: 14,
    falseAlarms: 0,
    recognised: 7,
    corroborating: 2,
  },
  // A norovirus outbreak at a supper club: first score 9 of 26 with 1 true sentence flagged (a weekday of a second verb
  // joined by "and they're"); 7 of 26 with no false alarm once "that Friday" dated the fish fry rightly, the closing told
  // "one week after" in the lede was drafted as its own event, and a corroborating sentence's outcome took its own day.
  {
    dir: 'eval/draft-story-8',
    kind: 'a norovirus outbreak',
    toCatch: 26,
    caught: 9,
    falseAlarms: 0,
    recognised: 7,
    corroborating: 2,
  },
  // A flash flood at a state-park campground, held out until the stop's other changes were in: first score 5 of 25,
  // 3 true sentences flagged ("of Rochester, Minn." drafted as Rochester, N.Y.; "2:47 that morning" as not in the
  // morning; a 911 call's time held to the warning told after "after"), one error marked consistent, 6 of 7 pages
  // recognised. Then 6 of 25 with no false alarm and no green mark, once the board's meeting "on Tuesday, Sept. 15"
  // after "would" was dated ahead and "the fire chief nailed it: “…”" credited the words to the fire chief
  // (sole-title.ts). (Giving the lede's event the headline's kinds, "31 rescued", found two more but flagged true
  // smaller rescues, "rescued the last four", against 31: taken out.)
  // (Stop 64: 11 of 25, "Seven people were taken to Coulee Valley Memorial Hospital" read as taken to hospital.)
  {
    dir: 'eval/draft-story-9',
    kind: 'a flash flood at a campground',
    toCatch: 25,
    caught: 11,
    falseAlarms: 0,
    recognised: 6,
    corroborating: 2,
  },
  // A warehouse fire in a Kentucky town, written blind at stop 61 and held out until the stop's other changes were in:
  // first score 11 of 25, no true sentence flagged, no error marked consistent, 7 of 7 pages recognised, the unrelated
  // page (a vote on a fire station, naming the same chief, mayor and streets) left alone (the code before the stop: 10).
  // Then 12 of 25 once the verb of a relative clause ("A fire that burned for eight hours destroyed …") was not the lede's.
  {
    dir: 'eval/draft-story-10',
    kind: 'a warehouse fire',
    toCatch: 25,
    caught: 12,
    falseAlarms: 0,
    recognised: 7,
    corroborating: 2,
  },
  // A Ferris wheel stalled at a county fair, written blind at stop 64 and held out: first score 9 of 25 with 3 true
  // sentences flagged (a "90-foot Ferris wheel" against the fire truck's "100-foot aerial platform" drafted as the
  // stop's count of feet; "the Orrin County Agricultural Fair" and "Palmetto Crest Amusements" drafted as people, so
  // a page naming the fair was linked to the board's meeting and the company's "Florence, S.C." to the story's state).
  // Then 8 of 25 with none flagged: the catch lost had been found for the wrong reason (the same 90 feet). Then 9, with
  // the Consumer Product Safety Commission a federal agency of the world file and "taken by Orrin County EMS ambulances
  // to Orrin Memorial Hospital" read as taken to hospital ("about two dozen riders" is lost: it was found only against
  // the three hospital riders the draft had carried onto the stop).
  {
    dir: 'eval/draft-story-11',
    kind: 'a Ferris wheel stalled at a fair',
    toCatch: 25,
    caught: 9,
    falseAlarms: 0,
    recognised: 7,
    corroborating: 2,
  },
  // A ride balloon hit power lines, written blind at stop 64 for study: first score 8 of 26, no true sentence flagged;
  // 9 of 26 once "Turquoise Sky Balloon Rides" was no person (its sentence's wrong date is now compared); 10 with
  // "taken to San Gabriel Regional Medical Center" read as taken to hospital.
  {
    dir: 'eval/draft-story-12',
    kind: 'a ride balloon hit power lines',
    toCatch: 26,
    caught: 10,
    falseAlarms: 0,
    recognised: 7,
    corroborating: 2,
  },
];

describe.each(BLIND_STORIES)(
  'pack draft on a made-up story written blind ($dir: $kind)',
  ({ dir, toCatch, caught, falseAlarms, recognised, corroborating }) => {
    const page = (file: string): DraftInput => ({
      name: file,
      content: readFileSync(join(dir, file), 'utf8'),
    });
    const result = draftPack(
      page('original.html'),
      [page('corroborating-1.html'), page('corroborating-2.html')],
      { world, today },
    );
    if (!result.ok) throw new Error(result.error);
    const story = result.pack.stories[0]!;
    // Its labels name the story TO-BE-DRAFTED: the id the draft gives.
    const labels = parseLabels(
      JSON.parse(
        readFileSync(join(dir, 'labels.json'), 'utf8').replaceAll('TO-BE-DRAFTED', story.id),
      ),
      'labels.json',
    );
    const pages = readdirSync(join(dir, 'pages')).map((f): DraftInput => ({
      name: join('pages', f),
      content: readFileSync(join(dir, 'pages', f), 'utf8'),
    }));

    it(`finds ${caught} of the ${toCatch} planted errors as drafted and recognises ${recognised} of the pages, vouches for no error and leaves the unrelated page alone`, () => {
      const t = runPackTest(result.pack, pages, labels, { world, today }).totals!;
      expect(t.toCatch).toBe(toCatch);
      expect(t.caught).toBeGreaterThanOrEqual(caught);
      expect(t.falseAlarmsOnTrue).toBeLessThanOrEqual(falseAlarms);
      expect(t.consistentErrors).toBe(0);
      expect(t.unrelatedFalseAlarms).toBe(0);
      expect(t.storyExact).toBeGreaterThanOrEqual(recognised);
    });

    it('takes the corroborating reports of the same event', () => {
      expect(result.provenance.leftOut).toEqual([]);
      expect(story.corroborating).toHaveLength(corroborating);
    });
  },
);
