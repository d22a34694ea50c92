/** Recognition from claims (recorded quotes, central events) and from page shape, with a tiny format-2 pack built here. */
import { describe, expect, it } from 'vitest';
import { formatProblem, parsePack } from '../pack/parse-pack.ts';
import type { ClaimPack } from '../pack/schema.ts';
import { analyzeText, foldText, indexPacks, isLinkList, recognizeStory } from './index.ts';
import { shapeCounter } from './lite.ts';
import { quoteKey } from './quote-key.ts';
import { keyWordHashes, pageWordHashes, statedEvents } from './recognize-claims.ts';

type Recognition = Record<string, unknown>;

function harbourPack(recognition: Recognition = {}): ClaimPack {
  const result = parsePack({
    format: 'sourcelight-pack',
    formatVersion: 2,
    id: 'p',
    version: '1.0.0',
    publisher: 'Test desk',
    updated: '2025-01-01',
    stories: [
      {
        id: 'harbour',
        title: 'Warehouse fire',
        summary: 'A warehouse burned in Harbour Town.',
        timeContext: { start: '2025-05-01', end: '2025-05-31', summary: 'May 2025.' },
        originals: [
          {
            id: 'times',
            publisher: 'Test Times',
            headline: 'Headline',
            date: '2025-05-02',
            url: 'https://times.example/a',
            urlConfirmed: true,
          },
        ],
        entities: [
          { id: 'harbour-town', kind: 'place', name: 'Harbour Town' },
          { id: 'quay-street', kind: 'street', name: 'Quay Street', within: 'harbour-town' },
          {
            id: 'quill',
            kind: 'person',
            name: 'Mara Quill',
            aliases: ['Chief Quill'],
            roles: [{ title: 'fire chief' }],
          },
          { id: 'brigade', kind: 'agency', name: 'Harbour Fire Brigade' },
          { id: 'gazette', kind: 'outlet', name: 'Harbour Gazette' },
          { id: 'ferry-act', kind: 'document', name: 'Ferry Act' },
        ],
        recognition: {
          threshold: 5,
          requireAny: ['place', 'chief'],
          cues: [
            { id: 'place', entities: ['harbour-town'], weight: 3 },
            { id: 'chief', entities: ['quill'], weight: 1 },
            { id: 'ferry', entities: ['ferry-act'], weight: 1 },
            { id: 'brigade', entities: ['brigade'], weight: 2 },
            { id: 'subject', terms: ['warehouse'], weight: 1 },
          ],
          events: ['fire', 'briefing'],
          ...recognition,
        },
        events: [
          {
            id: 'fire',
            label: 'A warehouse on Quay Street burns',
            words: ['blaze', 'burned down'],
            date: '2025-05-01',
            places: ['quay-street'],
            participants: [
              { role: 'came', entities: ['brigade'] },
              { role: 'first-reported', entities: ['gazette'] },
            ],
            sources: ['times'],
            confidence: 'high',
          },
          {
            id: 'briefing',
            label: 'Chief Quill briefs reporters',
            words: ['briefed reporters'],
            date: '2025-05-02',
            participants: [{ role: 'spoke', entities: ['quill'] }],
            sources: ['times'],
            confidence: 'high',
          },
          {
            id: 'ferry-law',
            label: 'The Ferry Act passes',
            words: ['passed'],
            date: '1990',
            participants: [{ role: 'acted', entities: ['brigade'] }],
            sources: ['times'],
            confidence: 'high',
          },
        ],
        quotes: [
          {
            id: 'quill-words',
            speaker: 'quill',
            date: '2025-05-02',
            occasion: 'briefing',
            status: 'verified',
            sources: ['times'],
            text: 'Nobody was inside when the roof came down, and we kept the fire from reaching the houses on the hill behind it.',
            variants: [
              {
                text: 'Nobody was in there when the roof fell in, and we kept the fire from reaching the homes on the hill.',
                kind: 'transcription',
                note: 'another outlet heard it so',
              },
              {
                text: 'Everybody was inside when the roof came down and the fire then reached every one of the houses on the hill.',
                kind: 'misquote',
                note: 'a distortion',
              },
            ],
          },
          {
            id: 'quill-rumour',
            speaker: 'quill',
            date: '2025-05',
            occasion: 'attributed',
            status: 'unverified',
            sources: ['times'],
            text: 'The owners had been warned about the wiring in that building for years before anything happened to it.',
          },
        ],
        facts: [
          {
            id: 'f',
            statement: 'A warehouse burned.',
            kind: 'event',
            about: [['warehouse']],
            sources: ['times'],
            confidence: 'high',
          },
        ],
      },
    ],
  });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.pack;
}

const storyOf = (text: string, recognition?: Recognition) =>
  recognizeStory(foldText(text), indexPacks([harbourPack(recognition)]))?.match.storyId ?? null;

describe('recognition from a recorded quote', () => {
  it('recognises a page naming only the speaker that carries twelve words of a recorded quote word for word', () => {
    // Chief Quill alone scores 1 of 5.
    expect(
      storyOf(
        'Chief Quill said: "Nobody was inside when the roof came down, and we kept the fire from reaching it."',
      ),
    ).toBe('harbour');
  });

  it('counts a stretch from the middle of the quote, across its punctuation and case', () => {
    expect(
      storyOf(
        'Chief Quill: "...WHEN THE ROOF CAME DOWN — and we kept the fire from reaching the houses..."',
      ),
    ).toBe('harbour');
  });

  it('counts a transcription variant, never a misquote or an unverified quote', () => {
    expect(
      storyOf(
        'Chief Quill said nobody was in there when the roof fell in, and we kept the fire from reaching the homes.',
      ),
    ).toBe('harbour');
    expect(
      storyOf(
        'Chief Quill said everybody was inside when the roof came down and the fire then reached every one.',
      ),
    ).toBeNull();
    expect(
      storyOf(
        'Chief Quill said the owners had been warned about the wiring in that building for years before anything.',
      ),
    ).toBeNull();
  });

  it("splits the page's words as quotes are split: apostrophes inside a word kept, at its ends dropped", () => {
    const hashes = (text: string) => Array.from(pageWordHashes(foldText(text)));
    expect(hashes("'Don\u2019t' stop")).toEqual(hashes("don't stop"));
    expect(hashes("officers' cars")).toEqual(hashes('officers cars'));
    expect(hashes("don't")).not.toEqual(hashes('don t'));
    expect(hashes('rock\u2019n\u2019roll 2,000')).toEqual(hashes("rock'n'roll 2 000"));
  });

  it("hashes a quote key's words as splitting it on spaces and hashing each word did", () => {
    const hashWord = (word: string) => {
      let h = 0x811c9dc5 | 0;
      for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
      return h;
    };
    for (const text of [
      '',
      ' ',
      "Don't stop, officers' cars — 2,000 at 5.5%!",
      'Caf\u00e9 \u03a1\u03ce\u03bc\u03b7 \ud835\udc00bc',
      'a',
      '  two   spaces  ',
    ]) {
      const key = quoteKey(text);
      expect(Array.from(keyWordHashes(key))).toEqual(key.split(' ').filter(Boolean).map(hashWord));
      expect(Array.from(keyWordHashes(text))).toEqual(
        text.split(' ').filter(Boolean).map(hashWord),
      );
    }
  });

  it('needs twelve words: eleven in a row are a phrase any page may share', () => {
    expect(
      storyOf('Chief Quill said nobody was inside when the roof came down, and we kept busy.'),
    ).toBeNull();
  });
});

describe('recognition from central events', () => {
  it('recognises a page stating two central events, one with a place or a participant named', () => {
    // The blaze with its street, and the briefing by the fire chief (a title): no required cue's score reached.
    expect(storyOf('Chief Quill briefed reporters after the blaze on Quay Street.')).toBe(
      'harbour',
    );
    expect(
      storyOf(
        'Chief Quill spoke. The blaze on Quay Street was put out. The fire chief briefed reporters at noon.',
      ),
    ).toBe('harbour');
  });

  it('does not recognise one event, nor two when only a title states one and the other has no detail', () => {
    expect(storyOf('Chief Quill watched the blaze on Quay Street.')).toBeNull();
    expect(
      storyOf('Chief Quill spoke. The fire chief briefed reporters; the blaze was out.'),
    ).toBeNull();
  });

  it('does not recognise two events stated by a title alone', () => {
    // Quill is made a participant of the fire too: both events are then stated, by "the fire chief" only.
    const pack = harbourPack();
    const fire = pack.stories[0]!.events!.find((e) => e.id === 'fire')!;
    fire.participants = [...(fire.participants ?? []), { role: 'present', entities: ['quill'] }];
    const index = indexPacks([pack]);
    const text =
      'Chief Quill spoke. The fire chief briefed reporters. The fire chief watched the blaze.';
    expect(recognizeStory(foldText(text), index)).toBeNull();
    expect(
      recognizeStory(foldText(`${text} The blaze reached Quay Street.`), index)?.match.storyId,
    ).toBe('harbour');
  });

  it('recognises one event stated in full: its place and two of its participants in the sentence of its word', () => {
    const pack = harbourPack();
    const fire = pack.stories[0]!.events!.find((e) => e.id === 'fire')!;
    fire.participants = [...(fire.participants ?? []), { role: 'present', entities: ['quill'] }];
    const index = indexPacks([pack]);
    const story = (text: string) => recognizeStory(foldText(text), index)?.match.storyId ?? null;
    expect(story('Chief Quill and the Harbour Fire Brigade fought the blaze on Quay Street.')).toBe(
      'harbour',
    );
    // A place and one participant, or two participants and no place, are not enough alone.
    expect(story('Chief Quill watched the blaze on Quay Street.')).toBeNull();
    expect(story('Chief Quill and the Harbour Fire Brigade fought the blaze.')).toBeNull();
    // Nor does one participant named twice (a name and an alias) count as two.
    expect(story('Chief Quill (Mara Quill) watched the blaze on Quay Street.')).toBeNull();
  });

  it('needs the event word and its detail in one sentence, the detail outside the word', () => {
    expect(
      storyOf('Chief Quill briefed reporters. Later there was a blaze. Quay Street was closed.'),
    ).toBeNull();
  });

  it('counts neither an event outside `recognition.events` nor an outlet that reported the event', () => {
    expect(
      storyOf('Chief Quill briefed reporters. The Harbour Fire Brigade passed the test.', {
        events: ['briefing'],
      }),
    ).toBeNull();
    expect(
      storyOf('Chief Quill briefed reporters. The Harbour Gazette covered the blaze.'),
    ).toBeNull();
  });
});

describe('statedEvents', () => {
  const claims = indexPacks([harbourPack()]).stories[0]!.claims()!;
  const text = foldText(
    'Chief Quill briefed reporters. The blaze on Quay Street spread. Quill watched the blaze.',
  );

  it('reads every sentence, or stops at the first that mentions an event when a page only needs one', () => {
    expect(statedEvents(text, claims)).toEqual({
      all: new Set(['briefing', 'fire']),
      named: new Set(['briefing', 'fire']),
      full: new Set(),
      mentioned: new Set(['briefing', 'fire']),
    });
    expect(statedEvents(text, claims, true)).toEqual({
      all: new Set(['briefing']),
      named: new Set(['briefing']),
      full: new Set(),
      mentioned: new Set(['briefing']),
    });
  });

  it('keeps each sentence apart, a line break ending one as a full stop does', () => {
    expect(
      statedEvents(foldText('Chief Quill\nbriefed reporters! The blaze? Quay Street.'), claims).all
        .size,
    ).toBe(0);
  });

  it('reads past the full stop of an abbreviation ("Feb. 3", "Lt. J. Roe"), which ends no sentence', () => {
    expect(
      statedEvents(foldText('The blaze began on Feb. 3 on Quay Street.'), claims).named,
    ).toEqual(new Set(['fire']));
    expect(
      statedEvents(foldText('The blaze was seen by Lt. J. Roe from Quay Street.'), claims).named,
    ).toEqual(new Set(['fire']));
    expect(
      statedEvents(foldText('The blaze was out by 3. Quay Street reopened.'), claims).all.size,
    ).toBe(0);
  });
});

describe('recognition.requireEvent', () => {
  const aboutSomethingElse =
    'In Harbour Town, Chief Quill and the Harbour Fire Brigade explained the Ferry Act to the warehouse owners.';

  it("turns away a page that scores on the story's names but tells of none of its events", () => {
    expect(storyOf(aboutSomethingElse)).toBe('harbour');
    expect(storyOf(aboutSomethingElse, { requireEvent: true })).toBeNull();
  });

  it("keeps a page with a central event's word beside a term of the story, even a loose one", () => {
    expect(
      storyOf(`${aboutSomethingElse} The warehouse burned down last week.`, { requireEvent: true }),
    ).toBe('harbour');
  });

  it('keeps a page that carries a recorded quote', () => {
    expect(
      storyOf(
        `${aboutSomethingElse} "Nobody was inside when the roof came down, and we kept the fire away."`,
        { requireEvent: true },
      ),
    ).toBe('harbour');
  });

  it('is refused by the pack parser without events', () => {
    expect(() => harbourPack({ events: undefined, requireEvent: true })).toThrow(
      /needs recognition\.events/,
    );
    expect(() => harbourPack({ events: ['flood'] })).toThrow(/refers to event "flood"/);
  });
});

describe('recognition.claimGate', () => {
  const statesBoth =
    'The warehouse blaze on Quay Street drew the Harbour Fire Brigade. The fire chief briefed reporters.';

  it('lets a page with none of the required cues be recognised from its claims', () => {
    expect(storyOf(statesBoth)).toBeNull();
    expect(storyOf(statesBoth, { claimGate: ['warehouse'] })).toBe('harbour');
  });

  it('never from its cues alone, and only when the gate term is there', () => {
    const cuesOnly = 'The Harbour Fire Brigade inspected the warehouse under the Ferry Act.';
    expect(storyOf(cuesOnly, { claimGate: ['warehouse'], threshold: 1 })).toBeNull();
    expect(storyOf(statesBoth.replace('warehouse ', ''), { claimGate: ['warehouse'] })).toBeNull();
  });

  it('scores nothing: a gate term is no cue', () => {
    const index = indexPacks([harbourPack({ claimGate: ['quayside'], threshold: 4 })]);
    expect(recognizeStory(foldText('Harbour Town quayside warehouse'), index)?.match).toMatchObject(
      { score: 4, cues: ['place', 'subject'] },
    );
  });

  it('puts its terms in the prefilter, so the gate lets such a page through', () => {
    expect(indexPacks([harbourPack()]).prefilter?.test('warehouse')).toBe(false);
    expect(
      indexPacks([harbourPack({ claimGate: ['warehouse'] })]).prefilter?.test('warehouse'),
    ).toBe(true);
  });
});

describe("the recorded speakers' full names as a gate", () => {
  const QUOTE =
    '"Nobody was inside when the roof came down, and we kept the fire from reaching the houses."';

  it('lets a page naming a recorded speaker in full, and carrying their recorded words, be recognised', () => {
    // Mara Quill is no required cue here: only the town is.
    expect(
      storyOf(`Mara Quill said: ${QUOTE}`, { requireAny: ['place'], speakersGate: true }),
    ).toBe('harbour');
    expect(
      indexPacks([harbourPack({ requireAny: ['place'], speakersGate: true })]).prefilter?.test(
        'mara quill',
      ),
    ).toBe(true);
  });

  it("only where the pack opts in: every page naming them then pays the engine's reading", () => {
    expect(storyOf(`Mara Quill said: ${QUOTE}`, { requireAny: ['place'] })).toBeNull();
    expect(indexPacks([harbourPack({ requireAny: ['place'] })]).prefilter?.test('mara quill')).toBe(
      false,
    );
  });

  it('not by the name with anything but a recorded quote, nor by the quote with no name', () => {
    expect(
      storyOf(
        'Mara Quill briefed reporters about the blaze on Quay Street and the Harbour Fire Brigade.',
        { requireAny: ['place'], speakersGate: true },
      ),
    ).toBeNull();
    expect(
      storyOf(`A spokesman said: ${QUOTE}`, { requireAny: ['place'], speakersGate: true }),
    ).toBeNull();
    expect(
      indexPacks([harbourPack({ requireAny: ['place'], speakersGate: true })]).prefilter?.test(
        'quill',
      ),
    ).toBe(false);
  });
});

describe('page shape', () => {
  it('counts the share of non-space characters in links or in list items of a few words', () => {
    const shape = shapeCounter();
    const item = {};
    shape.add('Intro text here.', false, null); // 14
    shape.add('A linked headline', true, item); // 15
    shape.add(' (note)', false, item); // 6, in a short item
    expect(shape.share()).toBeCloseTo(21 / 35);
  });

  it('does not count a long list item that holds no link', () => {
    const shape = shapeCounter();
    shape.add('one two three four five six seven eight nine ten eleven twelve thirteen', false, {});
    shape.add('A paragraph.', false, null);
    expect(shape.share()).toBe(0);
  });

  it('gives no story to a page mostly made of links, the same text with its links in prose does', () => {
    const index = indexPacks([harbourPack()]);
    const text = 'Chief Quill briefed reporters after the blaze on Quay Street.';
    expect(isLinkList(0.6)).toBe(true);
    expect(isLinkList(0.5)).toBe(false);
    expect(analyzeText(text, index, { linkShare: 0.2 }).story?.storyId).toBe('harbour');
    expect(analyzeText(text, index, { linkShare: 0.8 })).toEqual({
      story: null,
      findings: [],
      signals: [],
    });
  });
});
