/** The title and agency a page gives a recorded quote's speaker, against the record's roles and the world file's offices. */
import { describe, expect, it } from 'vitest';
import { testPack } from '../../pack/test-pack.ts';
import { testWorld } from '../../world/test-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { analyzeText, indexPacks } from '../index.ts';
import { CHIEFS_STATEMENTS_LINES, embeddedIndex } from '../test-embedded-page.ts';

const world = testWorld();
world.people.push({ id: 'mara-quill', name: 'Mara Quill' }, { id: 'tom-hale', name: 'Tom Hale' });
world.agencies.push(
  { id: 'eastport-pd', name: 'Eastport Police Department', level: 'local', place: 'rochester-ny' },
  { id: 'westport-pd', name: 'Westport Police Department', level: 'local', place: 'rochester-ny' },
);
world.offices.push(
  {
    id: 'eastport-chief',
    title: 'Chief of the Eastport Police Department',
    aliases: ['Eastport Police Chief'],
    jurisdiction: 'eastport-pd',
    sources: 'City records',
    holders: [{ person: 'mara-quill', start: '2020-01-01', confirmedThrough: '2026-01' }],
  },
  {
    id: 'westport-chief',
    title: 'Chief of the Westport Police Department',
    aliases: ['Westport Police Chief'],
    jurisdiction: 'westport-pd',
    sources: 'City records',
    holders: [{ person: 'tom-hale', start: '2020-01-01', confirmedThrough: '2026-01' }],
  },
);
const QUILL = 'We had the fire under control within the hour and nobody was hurt.';
const ROE = 'The department will publish the full report on the fire next week.';
const pack = testPack(
  {
    entities: [
      {
        id: 'mara-quill',
        kind: 'person',
        name: 'Mara Quill',
        world: 'mara-quill',
        role: 'Eastport Police Chief',
        roles: [{ title: 'police chief', office: 'eastport-chief' }],
      },
      {
        id: 'dan-roe',
        kind: 'person',
        name: 'Dan Roe',
        role: 'Eastport Police Department spokesman',
      },
    ],
    quotes: [
      {
        id: 'quill-control',
        speaker: 'mara-quill',
        text: QUILL,
        status: 'verified',
        date: '2025-01-02',
        occasion: 'at the scene',
        sources: ['gazette'],
      },
      {
        id: 'roe-report',
        speaker: 'dan-roe',
        text: ROE,
        status: 'verified',
        date: '2025-01-03',
        occasion: 'in a statement',
        sources: ['gazette'],
      },
    ],
  },
  { formatVersion: 2 },
);
const index = indexPacks([pack], { world: indexWorld(world) });
const finding = (sentence: string) =>
  analyzeText(`Harbour Town woke to smoke.\n${sentence}\n`, index, {
    published: '2025-01-05',
  }).findings.find((f) => f.claimId.startsWith('quote:'));

describe("the title and agency a page gives a recorded quote's speaker", () => {
  it("agrees when they are the record's", () => {
    expect(finding(`\u201C${QUILL}\u201D said Eastport Police Chief Mara Quill.`)).toMatchObject({
      verdict: 'consistent',
    });
    expect(
      finding(`\u201C${ROE}\u201D said Dan Roe, a spokesman for the Eastport Police Department.`),
    ).toMatchObject({ verdict: 'consistent' });
    expect(finding(`\u201C${ROE}\u201D said Dan Roe.`)).toMatchObject({ verdict: 'consistent' });
  });

  it('finds a speaker put in another agency, naming both', () => {
    const chief = finding(`\u201C${QUILL}\u201D said Westport Police Chief Mara Quill.`);
    expect(chief).toMatchObject({ verdict: 'discrepant', kind: 'attribution' });
    expect(chief?.explanation).toMatch(/Westport Police Department.*Eastport Police Department/);
    const spokesman = finding(
      `\u201C${ROE}\u201D said Dan Roe, a spokesman for the Westport Police Department.`,
    );
    expect(spokesman).toMatchObject({ verdict: 'discrepant', kind: 'attribution' });
    expect(spokesman?.explanation).toMatch(
      /Westport Police Department.*Eastport Police Department/,
    );
  });

  it("finds a spokesman given the chief's post, naming both", () => {
    const f = finding(`\u201C${ROE}\u201D said Eastport Police Chief Dan Roe.`);
    expect(f).toMatchObject({ verdict: 'discrepant', kind: 'attribution' });
    expect(f?.explanation).toMatch(/Eastport Police Chief.*Mara Quill.*spokesman/);
  });

  it('leaves a title the record cannot confirm unverified, never green', () => {
    expect(
      finding(
        `\u201C${QUILL}\u201D said Mara Quill, a spokesman for the Eastport Police Department.`,
      ),
    ).toMatchObject({ verdict: 'unverified' });
    // A rank is no post: the record's silence on it is no conflict.
    expect(finding(`\u201C${ROE}\u201D said Capt. Dan Roe.`)?.verdict).not.toBe('discrepant');
  });

  it('finds the words credited to someone else under a title ("said Sheriff Tom Hale")', () => {
    expect(finding(`\u201C${QUILL}\u201D said Westport Police Chief Tom Hale.`)).toMatchObject({
      verdict: 'discrepant',
    });
    expect(finding(`\u201C${QUILL}\u201D said Sheriff Tom Hale.`)).toMatchObject({
      verdict: 'discrepant',
    });
  });

  it('reads a place or county before a title the reader takes for an agency ("Harbour County Sheriff") as the title, and checks it', () => {
    const f = finding(`\u201C${QUILL}\u201D said Harbour County Sheriff Mara Quill.`);
    expect(f).toMatchObject({ verdict: 'discrepant', kind: 'attribution' });
    expect(f?.explanation).toMatch(/Harbour County Sheriff.*Eastport Police Chief/);
  });
});

describe('a post one person holds, given to someone the record has in another post', () => {
  const w = testWorld();
  w.people.push({ id: 'ned-bly', name: 'Ned Bly' });
  w.offices.push({
    id: 'harbourmaster',
    title: 'Eastport Harbourmaster',
    aliases: ['harbourmaster'],
    jurisdiction: 'rochester-ny',
    sources: 'City records',
    holders: [{ person: 'ned-bly', start: '2020-01-01', confirmedThrough: '2026-01' }],
  });
  const BLY = 'The quay stays closed to every boat until the inquiry is over.';
  const blyPack = testPack(
    {
      entities: [
        {
          id: 'ned-bly',
          kind: 'person',
          name: 'Ned Bly',
          world: 'ned-bly',
          role: 'Eastport harbourmaster',
          roles: [{ title: 'harbourmaster', office: 'harbourmaster' }],
        },
      ],
      quotes: [
        {
          id: 'bly-quay',
          speaker: 'ned-bly',
          text: BLY,
          status: 'verified',
          date: '2025-01-02',
          occasion: 'at the quay',
          sources: ['gazette'],
        },
      ],
    },
    { formatVersion: 2 },
  );
  const blyIndex = indexPacks([blyPack], { world: indexWorld(w) });
  const bly = (sentence: string) =>
    analyzeText(`Harbour Town woke to smoke.\n${sentence}\n`, blyIndex, {
      published: '2025-01-05',
    }).findings.find((f) => f.claimId.startsWith('quote:'));

  it('is a conflict when the world file has them in their own post on the day (a title no list of titles knows)', () => {
    const f = bly(`\u201C${BLY}\u201D said Mayor Ned Bly.`);
    expect(f).toMatchObject({ verdict: 'discrepant', kind: 'attribution' });
    expect(f?.explanation).toMatch(/calls Ned Bly Mayor.*harbourmaster/);
    expect(bly(`\u201C${BLY}\u201D said Ned Bly.`)).toMatchObject({ verdict: 'consistent' });
    // A rank is no post.
    expect(bly(`\u201C${BLY}\u201D said Capt. Ned Bly.`)?.verdict).not.toBe('discrepant');
  });
});

describe('the speaker of words the record could not confirm', () => {
  const WORDS = 'Every captain should ring the harbour office before casting off.';
  const unconfirmedPack = testPack(
    {
      entities: [
        {
          id: 'ivo-lenk',
          kind: 'person',
          name: 'Ivo Lenk',
          role: 'Eastport Police Department spokesman',
        },
      ],
      quotes: [
        {
          id: 'lenk-ring',
          speaker: 'ivo-lenk',
          text: WORDS,
          status: 'unverified',
          note: 'Only one report prints these words.',
          date: '2025-01-02',
          occasion: 'in a statement',
          sources: ['gazette'],
        },
      ],
    },
    { formatVersion: 2 },
  );
  const lenkIndex = indexPacks([unconfirmedPack], { world: indexWorld(world) });
  const lenk = (sentence: string) =>
    analyzeText(`Harbour Town woke to smoke.\n${sentence}\n`, lenkIndex, {
      published: '2025-01-05',
    }).findings.find((f) => f.claimId.startsWith('quote:'));

  it('is still wrong when the page puts the speaker in another agency', () => {
    const f = lenk('Also quoted in the report was Westport Police Department spokesman Ivo Lenk.');
    expect(f).toMatchObject({ verdict: 'discrepant', kind: 'attribution' });
    expect(f?.explanation).toMatch(/Westport Police Department.*Eastport Police Department/);
  });

  it("stays unverified with the record's agency, or none", () => {
    expect(
      lenk('Also quoted in the report was Eastport Police Department spokesman Ivo Lenk.'),
    ).toMatchObject({ verdict: 'unverified' });
    expect(lenk('Also quoted in the report was Ivo Lenk.')).toMatchObject({
      verdict: 'unverified',
    });
  });
});

describe('the place a page gives a speaker\u2019s post (embedded 2016 record and world file)', () => {
  const chiefs = embeddedIndex();
  const verdictOf = (sentence: string) =>
    analyzeText([...CHIEFS_STATEMENTS_LINES, sentence].join('\n'), chiefs, {
      published: '2017-02-03',
    }).findings.find((f) => f.text === sentence)?.verdict;
  it('is wrong outside the post\u2019s jurisdiction, in apposition or a relative clause', () => {
    expect(
      verdictOf(
        'Chris Magnus, who is police chief of Phoenix, said the policies \u201Care not changing.\u201D',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'Chris Magnus, who was then police chief of Phoenix, said the policies \u201Care not changing.\u201D',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'Chris Magnus, who is police chief of Tucson, said the policies \u201Care not changing.\u201D',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        'Chris Magnus, police chief in Tucson, Arizona, said the policies \u201Care not changing.\u201D',
      ),
    ).not.toBe('discrepant');
  });
});
