/**
 * A count of people who came to a place or stood there is of onlookers, not of those a vehicle carried
 * (onlooker-count.ts). The embedded Rochester record counts about eight people in the van, and ten to twelve officers.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { countsAboard, onlookerCount } from './onlooker-count.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const compare = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-03-27', { pageYear: 2025 });

describe('a count of people who came to the scene', () => {
  it('is read from the verb after the number', () => {
    const at = (s: string, n: string) => onlookerCount(s, s.indexOf(n) + n.length);
    expect(at('About 25 people showed up at the stop.', '25')).toBe(true);
    expect(at('Some forty neighbours were at the scene by seven.', 'forty')).toBe(true);
    expect(at('A dozen residents gathered on the corner of Whitney Street.', 'dozen')).toBe(true);
    expect(at('Eight people were in the van.', 'Eight')).toBe(false);
    expect(at('Three people were detained.', 'Three')).toBe(false);
    expect(countsAboard(new Set(['person', 'occupant']))).toBe(true);
    expect(countsAboard(new Set(['protester', 'person']))).toBe(false);
  });

  it('is read from a crowd the count measures, before the number', () => {
    const at = (s: string, n: string) => onlookerCount(s, s.indexOf(n) + n.length, s.indexOf(n));
    expect(at('The crowd on the sidewalk had grown to a few dozen people.', 'a few dozen')).toBe(
      true,
    );
    expect(at('A crowd of about forty people watched.', 'forty')).toBe(true);
    expect(at('The crowd, some thirty people, watched.', 'thirty')).toBe(true);
    expect(at('The crowd watched as eight people were taken away.', 'eight')).toBe(false);
    expect(at('Watched by the crowd, about eight people climbed out of the van.', 'eight')).toBe(
      false,
    );
    expect(at('Eight people were in the van.', 'Eight')).toBe(false);
  });

  it('is not weighed against the people in the van', () => {
    for (const s of [
      'The crowd on Whitney Street had grown to a few dozen people before the agents drove off.',
      'About 25 people showed up at the scene.',
      'Some forty people were at the scene on Whitney Street after the 911 call.',
      'Around thirty people gathered on Whitney Street after the 911 call.',
    ]) {
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    }
  });

  it('still compares a count of those in the van, and officers who showed up', () => {
    expect(compare('There were about 25 people inside the van on Whitney Street.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The van on Whitney Street carried about 25 people.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The van on Whitney Street carried a few dozen people.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      compare('Some forty Rochester officers showed up on Whitney Street after the 911 call.')
        ?.outcome,
    ).toBe('discrepant');
  });
});
