/** "The mayor said": a title alone names the story's one holder of it during the story's days. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { soleTitleNames, soleTitleSpeaker } from './sole-title.ts';

const people: Entity[] = [
  {
    id: 'ann',
    kind: 'person',
    name: 'Ann Lee',
    role: 'Mayor of Eastport',
    roles: [{ title: 'mayor', from: '2022-01-01' }],
  },
  {
    id: 'old',
    kind: 'person',
    name: 'Oda Vance',
    role: 'Mayor of Eastport 2010-2021',
    roles: [{ title: 'mayor', from: '2010-01-01', to: '2022-01-01' }],
  },
  { id: 'bo', kind: 'person', name: 'Bo Park', role: 'State Senator' },
  { id: 'cy', kind: 'person', name: 'Cy Dunn', role: 'State Senator' },
  { id: 'di', kind: 'person', name: 'Di Ross', role: 'Eastport Police Chief' },
];

describe('soleTitleNames', () => {
  it('gives "the <title>" to the one person who held it during the story', () => {
    const names = soleTitleNames(people, '2025-03-01', '2025-04-30');
    expect(names.get('ann')).toEqual(['the mayor']);
    expect(names.get('di')).toEqual(expect.arrayContaining(['the chief', 'the police chief']));
  });

  it('not to a title two people held then, nor to one whose term had ended', () => {
    const names = soleTitleNames(people, '2025-03-01', '2025-04-30');
    expect(names.get('bo')).toBeUndefined();
    expect(names.get('old')).toBeUndefined();
    // In 2015 both held a mayor's title of the record's: no one is "the mayor".
    expect(soleTitleNames(people, '2015-03-01', '2025-04-30').get('ann')).toBeUndefined();
  });
});

describe('a post\'s own last words as a title ("the fire chief")', () => {
  const posts: Entity[] = [
    { id: 'gl', kind: 'person', name: 'Gil Lund', roles: [{ title: 'Eastport fire chief' }] },
    {
      id: 'rv',
      kind: 'person',
      name: 'Rae Voss',
      roles: [{ title: 'Eastport emergency management director' }],
    },
    {
      id: 'pd',
      kind: 'person',
      name: 'Pia Dahl',
      roles: [{ title: 'Westport emergency management director' }],
    },
  ];
  it('names the one person whose post ends so, not a tail two posts share', () => {
    const names = soleTitleNames(posts, '2025-03-01', '2025-04-30');
    expect(names.get('gl')).toContain('the fire chief');
    // Two emergency management directors (of two towns): "the emergency management director" names neither.
    expect(names.get('rv')).toBeUndefined();
    expect(names.get('pd')).toBeUndefined();
  });

  it('credits the words after "the fire chief <words>:" to its holder, not after "the fire chief and …"', () => {
    const named = new Map([['gl', ['the fire chief']]]);
    expect(soleTitleSpeaker('And the fire chief nailed it: “Nobody saw it coming.”', named)).toBe(
      'gl',
    );
    expect(
      soleTitleSpeaker('The fire chief and the mayor agreed: “Nobody saw it coming.”', named),
    ).toBeUndefined();
  });
});

describe('a quote credited to "the mayor" (embedded 2025 record)', () => {
  const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  const LINE =
    '\u201CI see in the video a total lack of urgency on the part of multiple Border Patrol officers at the scene.\u201D';
  const verdictOf = (sentence: string) =>
    analyzeText(
      `Rochester officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025.\n\n${sentence}`,
      index,
      { published: '2025-04-02' },
    ).findings.find((f) => f.text.includes('urgency'))?.verdict;

  it("is the mayor's, and these are the chief's words", () => {
    expect(verdictOf(`Then the mayor said, ${LINE}`)).toBe('discrepant');
    expect(verdictOf(`And the mayor goes, ${LINE}`)).toBe('discrepant');
    expect(verdictOf(`And Evans was like, ${LINE}`)).toBe('discrepant');
    // An aside set off by commas between the title and the verb.
    expect(verdictOf(`The mayor, for his part, said, ${LINE}`)).toBe('discrepant');
    expect(verdictOf(`The police chief, for his part, said, ${LINE}`)).toBe('consistent');
  });

  it('is the mayor\'s after the words ("“…,” the mayor said") and as the subject opening the sentence with a pronoun speaking', () => {
    const BARE =
      '\u201CI see in the video a total lack of urgency on the part of multiple Border Patrol officers at the scene,\u201D';
    expect(verdictOf(`${BARE} the mayor said.`)).toBe('discrepant');
    expect(verdictOf(`${BARE} the police chief said.`)).toBe('consistent');
    expect(verdictOf(`The mayor also spelled out what he saw: ${BARE} he said.`)).toBe(
      'discrepant',
    );
    expect(verdictOf(`The police chief also spelled out what he saw: ${BARE} he said.`)).toBe(
      'consistent',
    );
  });

  it('is the mayor\'s when the title splits the quote ("\u201C…,\u201D the mayor told reporters, \u201C…\u201D")', () => {
    const split = (who: string) =>
      `\u201CI see in the video a total lack of urgency,\u201D ${who} told reporters, \u201Con the part of multiple Border Patrol officers at the scene.\u201D`;
    expect(verdictOf(split('the mayor'))).toBe('discrepant');
    expect(verdictOf(split('the police chief'))).toBe('consistent');
  });

  it('is the mayor\'s after a frame that credits the words ("As the mayor put it", "According to the mayor", "In the mayor\'s words")', () => {
    expect(verdictOf(`As the mayor also put it, ${LINE}`)).toBe('discrepant');
    expect(verdictOf(`According to the mayor, ${LINE}`)).toBe('discrepant');
    expect(verdictOf(`In the mayor\u2019s words: ${LINE}`)).toBe('discrepant');
    expect(verdictOf(`As the police chief put it, ${LINE}`)).toBe('consistent');
  });

  it('is the mayor\'s when the page owns the words by the title ("what she read as the mayor\'s words: “…”")', () => {
    expect(
      verdictOf(`A parent read out what she described as the mayor\u2019s words: ${LINE}`),
    ).toBe('discrepant');
    expect(verdictOf(`She quoted the mayor's statement that ${LINE}`)).toBe('discrepant');
    expect(
      verdictOf(`A parent read out what she described as the police chief\u2019s words: ${LINE}`),
    ).toBe('consistent');
  });

  it('not where the title is no subject speaking the quoted words', () => {
    const UNION = '\u201Ca complete overreaction\u201D';
    const verdict = (s: string) =>
      analyzeText(
        `Rochester officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025.\n\n${s}`,
        index,
        { published: '2025-04-02' },
      ).findings.find((f) => f.text.includes('overreaction'))?.verdict;
    expect(verdict(`The Locust Club called what the mayor said ${UNION}.`)).not.toBe('discrepant');
    expect(verdict(`The union called the mayor's remarks ${UNION}.`)).not.toBe('discrepant');
  });

  it('is the mayor\u2019s as the subject opening the sentence, or a cleft\u2019s focus, in the frames a name is', () => {
    for (const frame of [
      'The mayor told reporters that the officers saw',
      'It was the mayor who told reporters that the officers saw',
    ]) {
      expect(verdictOf(`${frame} ${LINE}`), frame).toBe('discrepant');
      expect(verdictOf(`${frame.replace('mayor', 'police chief')} ${LINE}`), frame).toBe(
        'consistent',
      );
    }
  });

  it('the chief\u2019s words credited to the chief agree', () => {
    expect(verdictOf(`Then the police chief said, ${LINE}`)).toBe('consistent');
    expect(verdictOf(`Evans went to the Locust Club, and Chief Smith said, ${LINE}`)).toBe(
      'consistent',
    );
  });
});
