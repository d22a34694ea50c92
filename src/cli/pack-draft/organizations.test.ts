/**
 * Organisations and the posts people hold in them, drafted from a made-up report (a bakery chain closing a bakery
 * in a town the world file does not know): the company and the union local are entities with their short names, and
 * each post carries its body, so another name put in that post is caught in a retelling, however it is worded.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../../engine/index.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack, titleBefore } from './draft-story.ts';
import { bodyAfter, bodyBefore, organizationsIn } from './organizations.ts';

const world = worldIndex();
const none = () => false;

describe('organisations named in a sentence', () => {
  it('reads a company or a union local by the word that ends its name, with its short names', () => {
    expect(
      organizationsIn('Harlow Bread & Pastry Co. told workers on Monday it would close.', none),
    ).toEqual([
      { name: 'Harlow Bread & Pastry Co.', aliases: ['Harlow'], sentence: expect.any(String) },
    ]);
    expect(
      organizationsIn(
        'Most are members of United Bakery Workers Union Local 44, which represents drivers.',
        none,
      ),
    ).toEqual([
      {
        name: 'United Bakery Workers Union Local 44',
        aliases: ['United', 'Local 44'],
        sentence: expect.any(String),
      },
    ]);
    expect(
      organizationsIn('The Millbrook Growers Association met on Friday.', none).map((o) => o.name),
    ).toEqual(['Millbrook Growers Association']);
  });

  it('reads no organisation in a sentence without one, nor one the world file knows', () => {
    expect(
      organizationsIn('The union said it was angry, and the company said nothing.', none),
    ).toEqual([]);
    expect(organizationsIn('Workers at Harlow Co. were told.', (n) => n === 'Harlow Co.')).toEqual(
      [],
    );
  });
});

describe('the body of a post', () => {
  it('is printed before the title, or named after it, or owns it with a possessive before the name', () => {
    expect(bodyBefore('Local 44 President', 'president')).toBe('Local 44');
    expect(bodyBefore('Harlow spokesman', 'spokesman')).toBe('Harlow');
    expect(bodyBefore('President', 'president')).toBeUndefined();
    expect(bodyAfter('a spokeswoman for the department')).toBe('department');
    expect(titleBefore("Millbrook's planning director, ")).toMatchObject({
      title: 'director',
      owner: 'Millbrook',
      phrase: 'planning director',
    });
    expect(titleBefore('The plan, ')).toBeUndefined();
  });
});

const html = (date: string, site: string, body: string) =>
  `<html><head><meta property="article:published_time" content="${date}"><meta property="og:site_name" content="${site}"><title>Bakery to close</title></head>` +
  `<body><article><h1>Harlow to close Millbrook bakery, cutting 140 jobs</h1>${body
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

const original = html(
  '2026-10-07T06:00:00-04:00',
  'Millbrook Ledger',
  `
MILLBROOK, Vt. — Harlow Bread & Pastry Co. told workers on Tuesday, Oct. 6, that it will close its bakery on Canal Street by March 31, 2027, cutting 140 jobs.
Chief Executive Nora Vasquez-Lind delivered the news at about 6 a.m. in a meeting with the night shift.
Of the workers, 90 are members of United Bakery Workers Union Local 44.
Local 44 President Abel Strand said the union learned of the closing at the same meeting as its members.
"We heard it with everybody else, on the floor," Strand said.
Harlow spokesman Ivo Petrak said the first layoffs would take effect on Jan. 15, 2027.
Millbrook's planning director, Rita Osei, said the town would look for a new tenant for the site.
`,
);

describe('pack draft: posts with their bodies', () => {
  const result = draftPack({ name: 'original.html', content: original }, [], {
    world,
    today: '2026-12-01',
  });
  if (!result.ok) throw new Error(result.error);
  const story = result.pack.stories[0]!;
  const entity = (name: string) => story.entities!.find((e) => e.name === name);

  it('drafts the company and the union local', () => {
    expect(entity('Harlow Bread & Pastry Co.')).toMatchObject({
      kind: 'organization',
      aliases: expect.arrayContaining(['Harlow']),
    });
    expect(entity('United Bakery Workers Union Local 44')).toMatchObject({
      kind: 'organization',
      aliases: expect.arrayContaining(['Local 44']),
    });
  });

  it("gives each post its body's name, as one office held from the first day the report tells of", () => {
    expect(entity('Abel Strand')?.roles).toEqual([
      {
        title: 'United Bakery Workers Union Local 44 president',
        office: 'united-bakery-workers-union-local-44-president',
        from: '2026-10-06',
      },
    ]);
    expect(entity('Ivo Petrak')?.roles?.[0]?.title).toBe('Harlow Bread & Pastry Co. spokesman');
    // A company's title with no body printed is the one company's.
    expect(entity('Nora Vasquez-Lind')?.roles?.[0]?.title).toBe(
      'Harlow Bread & Pastry Co. chief executive',
    );
    expect(entity('Rita Osei')?.roles?.[0]).toMatchObject({ title: 'Millbrook planning director' });
  });

  it('lets a retelling with another name in a recorded post be caught, in either wording; the right name is not', () => {
    const index = indexPacks([result.pack], { world });
    const verdict = (sentence: string) =>
      analyzeText(
        `Harlow Bread & Pastry Co. will close its Canal Street bakery in Millbrook.\n\n${sentence}`,
        index,
        { published: '2026-10-08', today: '2026-12-01' },
      ).findings.find((f) => f.text.includes(sentence.slice(0, 30)))?.verdict;
    expect(
      verdict(
        'Local 44 President Carla Mendes said the union learned of the closing at the same meeting.',
      ),
    ).toBe('discrepant');
    expect(
      verdict(
        'Carla Mendes, president of the union local, said members learned of the closing at the meeting.',
      ),
    ).toBe('discrepant');
    expect(
      verdict(
        'Local 44 President Abel Strand said the union learned of the closing at the same meeting.',
      ),
    ).not.toBe('discrepant');
  });
});
