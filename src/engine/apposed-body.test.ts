/**
 * A body of the story named by its role, with another organisation's name in apposition ("The union that represents
 * city officers, the Harbor Officers Association, said …"): on invented entities, and on the embedded 2025 record,
 * whose one union is the Rochester Police Locust Club.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { apposedBody } from './apposed-body.ts';
import { analyzeText, indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';

const ENTITIES: Entity[] = [
  {
    id: 'guild',
    kind: 'organization',
    name: 'Eastport Police Guild',
    aliases: ['the Guild'],
    role: 'the union of Eastport police officers',
  },
  { id: 'eastport', kind: 'place', name: 'Eastport' },
];
const named = (sentence: string) => apposedBody(sentence, ENTITIES)?.page;

describe('apposedBody', () => {
  it('finds another organisation in apposition to the role of the story’s one body of that role', () => {
    expect(
      named(
        'The union that represents city officers, the Harbor Officers Association, said it was an overreaction.',
      ),
    ).toBe('Harbor Officers Association');
    expect(named('The police union, the Fraternal Order of Police, backed the officers.')).toBe(
      'Fraternal Order of Police',
    );
    expect(
      named('The Eastport officers\u2019 union, the Harbor Officers Association, backed them.'),
    ).toBe('Harbor Officers Association');
  });

  it('leaves the body’s own names, people, and unions of others alone', () => {
    expect(
      named('The police union, the Eastport Police Guild, backed the officers.'),
    ).toBeUndefined();
    expect(named('The officers\u2019 union, the Guild, backed the officers.')).toBeUndefined();
    expect(named('The union\u2019s president, Jane Roe, backed the officers.')).toBeUndefined();
    expect(
      named('The state police union, the Harbor Troopers Association, said nothing.'),
    ).toBeUndefined();
    expect(
      named(
        'The union that represents Westport officers, the Harbor Officers Association, said nothing.',
      ),
    ).toBeUndefined();
  });
});

describe('on the embedded 2025 record', () => {
  const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  const verdictOf = (sentence: string) =>
    analyzeText(
      `Rochester officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025.\n\n${sentence}`,
      index,
      { published: '2025-04-02' },
    ).findings.find((f) => f.text.includes('union'))?.verdict;
  it('is discrepant for another body in the union’s role, and not for the union’s own name', () => {
    expect(
      verdictOf(
        'The union that represents city officers, the Harbor Officers Association, called the mayor\u2019s comments \u201Ca complete overreaction.\u201D',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'The union that represents city officers, the Locust Club, called the mayor\u2019s comments \u201Ca complete overreaction.\u201D',
      ),
    ).not.toBe('discrepant');
  });
});

describe('apposedBody: the town in the name, the name first, brackets', () => {
  it('finds another body whose name carries the story\u2019s town', () => {
    expect(
      named('The officers\u2019 union, the Eastport Police Benevolent Association, backed them.'),
    ).toBe('Eastport Police Benevolent Association');
    expect(
      named('The Eastport Police Benevolent Association, the officers\u2019 union, backed them.'),
    ).toBe('Eastport Police Benevolent Association');
    expect(named('The police union (the Harbor Police Federation) backed them.')).toBe(
      'Harbor Police Federation',
    );
  });
  it('still leaves the body\u2019s own name alone in any order', () => {
    expect(
      named('The Eastport Police Guild, the officers\u2019 union, backed them.'),
    ).toBeUndefined();
    expect(named('The police union (the Guild) backed them.')).toBeUndefined();
  });
});
