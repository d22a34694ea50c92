/**
 * A sentence of going that opens on a short phrase before its pronoun ("From there he stopped at …", "Before heading
 * home she dropped by …") takes the visit of the sentence before it, as "He …" does (visit-meeting.ts opensOnVisit).
 * Invented story: on 14 June 2024 Lou Pike visited Dunmore and the Dunmore Police Department.
 */
import { describe, expect, it } from 'vitest';
import { pikePack, pikeVisit, verdictOnRaidPage, westmark } from './compare/test-story.ts';
import { indexPacks } from './index.ts';

const index = indexPacks(
  [pikePack([pikeVisit({ label: 'Lou Pike visits Dunmore and the Dunmore Police Department' })])],
  { world: westmark() },
);
const verdictOf = (second: string) =>
  verdictOnRaidPage(index, `Lou Pike visited Dunmore on June 14. ${second}`, second.slice(0, 20));

describe('a sentence of going that opens on a phrase before its pronoun', () => {
  it('a police department of another town as the place of the visit is wrong', () => {
    expect(verdictOf('From there he stopped in at the Kells Police Department.')).toBe(
      'discrepant',
    );
    expect(verdictOf('Before heading home he stopped at the Kells Police Department.')).toBe(
      'discrepant',
    );
    expect(verdictOf('Afterward, he dropped by the Kells Police Department.')).toBe('discrepant');
  });
  it("the record's department, a trip home, or someone else's words say nothing wrong", () => {
    expect(verdictOf('From there he stopped in at the Dunmore Police Department.')).not.toBe(
      'discrepant',
    );
    expect(verdictOf('After that he flew back to Kells.')).not.toBe('discrepant');
    expect(verdictOf('Mayor Ida Marsh said he stopped at the Kells Police Department.')).not.toBe(
      'discrepant',
    );
    expect(verdictOf('Last year he stopped at the Kells Police Department.')).not.toBe(
      'discrepant',
    );
  });
});
