/**
 * What a drafted story is about: a happening told with a light verb and its complement ("ran aground") is named by
 * the phrase, and the story's central events are the ones its headline and lede tell and what befell people, so a
 * page that names the story's town and officials but tells of something else (a vote) is no retelling of it.
 * A made-up report: a barge aground off a river town the world file does not know.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../../engine/index.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack } from './draft-story.ts';

const world = worldIndex();
const html = (date: string, site: string, headline: string, body: string) =>
  `<html><head><meta property="article:published_time" content="${date}"><meta property="og:site_name" content="${site}"><title>${headline}</title></head>` +
  `<body><article><h1>${headline}</h1>${body
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

const original = html(
  '2026-09-10T06:00:00-05:00',
  'Kessler Falls Record',
  'Grain barge runs aground on Otter Bar; channel closed',
  `
KESSLER FALLS, Iowa — The grain barge Mary Tolland ran aground on Otter Bar, about a mile below the Front Street landing, at about 5:20 a.m. on Wednesday, Sept. 9, with four crew members aboard.
Two crew members were taken to Kessler Falls Hospital with minor injuries, Fire Chief Dana Ruiz said.
City Administrator Paul Okonkwo said the city took over the landing on Thursday and found no fuel in the water.
The river channel will reopen on Monday, Sept. 14, the city said.
`,
);

describe('pack draft: what the story is about', () => {
  const result = draftPack({ name: 'original.html', content: original }, [], {
    world,
    today: '2026-12-01',
  });
  if (!result.ok) throw new Error(result.error);
  const story = result.pack.stories[0]!;

  it('names a happening told with a light verb by the verb and its complement, never by the bare verb', () => {
    const aground = story.events!.find((e) => e.words.includes('ran aground'));
    expect(aground).toMatchObject({
      date: '2026-09-09',
      words: expect.arrayContaining(['runs aground', 'run aground', 'aground']),
    });
    expect(aground!.words).not.toContain('ran');
    // The town the world file does not know is the event's place, never the outlet of a similar name.
    expect(
      story.entities!.find(
        (e) => aground!.places?.includes(e.id) && e.kind !== 'place' && e.kind !== 'street',
      ),
    ).toBeUndefined();
  });

  it('takes as central what the headline and lede tell and what befell people, not a verb used in passing', () => {
    const central = new Set(story.recognition.events ?? []);
    const idOf = (word: string) => story.events!.find((e) => e.words.includes(word))?.id;
    expect(central.has(idOf('ran aground')!)).toBe(true);
    expect(
      [...central].some((id) => story.events!.find((e) => e.id === id)!.words.includes('took')),
    ).toBe(false);
  });

  it('recognises a retelling of the grounding, not a page about a vote in the same town with the same official', () => {
    const index = indexPacks([result.pack], { world });
    const retelling =
      'The barge Mary Tolland ran aground on Otter Bar near Kessler Falls on Wednesday. Fire Chief Dana Ruiz said two crew members were hurt. City Administrator Paul Okonkwo said the landing on Front Street would stay closed.';
    const vote =
      'KESSLER FALLS, Iowa — The council took up the library budget on Tuesday and voted 4-1 to approve it. City Administrator Paul Okonkwo said the Front Street branch would open on Saturdays. Fire Chief Dana Ruiz found no problem with the plan.';
    expect(
      analyzeText(retelling, index, { published: '2026-09-11', today: '2026-12-01' }).story,
    ).not.toBeNull();
    expect(
      analyzeText(vote, index, { published: '2026-09-11', today: '2026-12-01' }).story,
    ).toBeNull();
  });
});
