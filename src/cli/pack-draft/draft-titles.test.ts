/**
 * People's titles and posts drafted from the report's own wording: a title before a courtesy title ("Superintendent
 * Dr. Jane Roe"), a title in apposition after a name the reader does not take, "president of <body>" with no
 * article, the place of that exact name as a post's body, a body's last word printed once ("… Police" + "police
 * chief"), and one-holder posts (a town's police chief, a district's superintendent) as offices of the draft.
 * A made-up report; none of its words is in the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack, titleBeforeCourtesy } from './draft-story.ts';
import { buildStoryRecord } from '../../engine/drafting.ts';
import { compareSentence } from '../../engine/drafting.ts';

const world = worldIndex();

const original = reportHtml(
  '2026-05-13',
  'Pell Valley Gazette',
  'Gravel truck slams into Pell Valley school van; six pupils hurt',
  `
PELL VALLEY, Ore. — A gravel truck slammed into a Pell Valley School District van carrying nine pupils at about 7:45 a.m. on Tuesday, May 12, at the corner of Ostrander Avenue and Quill Street.
Six pupils were taken to Pell Valley General Hospital with minor injuries, Pell Valley Police Chief Noor Abernethy said.
Superintendent Dr. Lise Marrow said at a 4 p.m. news conference that the district would review its routes.
Tobin Saltmarsh, the district's transit director, said the van was two years old.
Ada Quennell, president of the Pell Valley Teachers Guild, praised the van's aide.
Pell Valley Fire Chief Bram Oyelaran said crews freed the driver in ten minutes.
Battalion Chief Ivo Renk and Battalion Chief Sol Petrov led the crews at the scene.
`,
);

describe('titleBeforeCourtesy', () => {
  it('reads the title printed before "Dr.", "Rev." and the like', () => {
    expect(titleBeforeCourtesy('Superintendent Dr. ')).toEqual({
      title: 'superintendent',
      printed: 'Superintendent',
    });
    expect(titleBeforeCourtesy('said Fire Chief Rev. ')).toMatchObject({ title: 'fire chief' });
    expect(titleBeforeCourtesy('Neighbor Dr. ')).toBeUndefined();
  });
});

describe('pack draft: titles and posts', () => {
  const result = draftPack({ name: 'van.html', content: original }, [], {
    world,
    today: '2026-12-01',
  });
  if (!result.ok) throw new Error(result.error);
  const story = result.pack.stories[0]!;
  const person = (name: string) =>
    (story.entities ?? []).find((e) => e.kind === 'person' && e.name === name);

  it('gives the title printed before a courtesy title, as a one-holder post of the story', () => {
    expect(person('Lise Marrow')?.roles?.[0]).toMatchObject({
      title: 'superintendent',
      office: 'superintendent',
    });
  });

  it('gives a name the reader does not take its title in apposition', () => {
    expect(person('Tobin Saltmarsh')?.roles?.[0]?.title).toBe('director');
  });

  it('gives "president of <body>" its body, with no article before the title', () => {
    expect(person('Ada Quennell')?.roles?.[0]?.title).toBe('Pell Valley Teachers Guild president');
  });

  it("takes the place of that exact name for a post's body, not a longer name with its words, and prints a shared word once", () => {
    expect(person('Bram Oyelaran')?.roles?.[0]?.title).toBe('Pell Valley fire chief');
    expect(person('Noor Abernethy')?.roles?.[0]?.title).toBe('Pell Valley police chief');
  });

  it('makes no office of a title two people hold', () => {
    for (const name of ['Ivo Renk', 'Sol Petrov'])
      expect(person(name)?.roles?.[0]?.office).toBeUndefined();
  });

  it("finds a stranger under the superintendent's title at her news conference wrong, and the superintendent right", () => {
    const record = buildStoryRecord(story, world);
    const outcome = (s: string) => compareSentence(s, record, '2026-05-20')?.outcome;
    expect(
      outcome(
        'Superintendent Hal Vickery said at a 4 p.m. news conference that the district would review its routes.',
      ),
    ).toBe('discrepant');
    expect(
      outcome(
        'Superintendent Lise Marrow said at a 4 p.m. news conference that the district would review its routes.',
      ),
    ).not.toBe('discrepant');
    expect(
      outcome(
        'Police Chief Hal Vickery said the gravel truck slammed into the van on Tuesday, May 12.',
      ),
    ).toBe('discrepant');
    // The union president named as police chief: wrong, and said with the post she holds and its body.
    const named = compareSentence(
      'Police Chief Ada Quennell said six pupils were taken to Pell Valley General Hospital.',
      record,
      '2026-05-20',
    );
    expect(named?.outcome).toBe('discrepant');
    expect(named?.explanation).toContain('Ada Quennell was Pell Valley Teachers Guild president');
  });
});
