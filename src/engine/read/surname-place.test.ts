/**
 * A town's name after a given name is a surname ("reporter Kate Phoenix", "a resident, Jim Denver,"), not a place of the
 * story (find-places.ts). Three true sentences had been flagged for a place the story never was.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING = {
  roch: "Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.",
  chiefs:
    'Los Angeles police chief Charlie Beck told the Los Angeles Times in November 2016 that his officers would not take part in deportation efforts, Police1 reported.',
};
const findingOf = (story: keyof typeof OPENING, line: string, date: string) =>
  analyzeText(`${OPENING[story]}\n${line}`, index, { today: date, published: date }).findings.find(
    (f) => f.text.startsWith(line.slice(0, 30)),
  );

describe('a town\u2019s name after a given name', () => {
  it('is a surname, not a place of the story', () => {
    for (const [story, line, date] of [
      [
        'chiefs',
        'Beck told Times reporter Kate Phoenix that his officers would not help with deportations.',
        '2016-11-18',
      ],
      ['roch', 'A resident, Jim Denver, filmed the traffic stop on Whitney Street.', '2025-03-28'],
      [
        'chiefs',
        'Denver police spokesman Doug Schepman, speaking to reporter Sam Austin, released the statement.',
        '2016-11-18',
      ],
    ] as const) {
      const f = findingOf(story, line, date);
      expect(f?.verdict).not.toBe('discrepant');
      expect((f?.comparison ?? []).some((c) => c.slot === 'place')).toBe(false);
    }
  });

  it('a town named where no given name comes before it is still a place', () => {
    const f = findingOf('roch', 'The stop was on Whitney Street in Buffalo.', '2025-03-28');
    expect(f?.verdict).toBe('discrepant');
  });
});
