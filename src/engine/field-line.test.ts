/**
 * A box of facts' field lines ("Detained: three men", "Officers placed on desk duty: 12") judged as the clauses they
 * stand for (field-line.ts, analyze.ts). The embedded pack: three men were detained, of about eight people in the van;
 * ten officers were put on desk duty (sources.md B11, B12, B15, B20).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { fieldLineClause } from './field-line.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Key facts',
  "Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.",
];
const verdictOf = (line: string) =>
  analyzeText([...head, line].join('\n'), index, { today: '2025-03-28' }).findings.find((f) =>
    f.text.includes(line.slice(0, 20)),
  )?.verdict;

describe('a field line read as its clause', () => {
  it('puts an outcome label and a count label back as clauses', () => {
    expect(fieldLineClause('Detained: three men.')).toBe('Three men were detained.');
    expect(fieldLineClause('Placed on desk duty: one officer')).toBe(
      'One officer was placed on desk duty.',
    );
    expect(fieldLineClause('Officers placed on desk duty: 12')).toBe(
      '12 officers were placed on desk duty.',
    );
    expect(fieldLineClause('Number of officers who responded: about 25.')).toBe(
      'About 25 officers responded.',
    );
    expect(fieldLineClause('People in the van: roughly eight')).toBe(
      'Roughly eight people were in the van.',
    );
  });

  it('leaves other lines alone', () => {
    expect(fieldLineClause('Updated: March 27, 2025')).toBeNull();
    expect(fieldLineClause('Where: Whitney Street')).toBeNull();
    expect(fieldLineClause('Years in office: 8')).toBeNull();
    expect(fieldLineClause('Officers involved: ten')).toBeNull();
    expect(fieldLineClause('The mayor said: the officers broke the rules.')).toBeNull();
    expect(fieldLineClause('Detained three men on Whitney Street.')).toBeNull();
    expect(fieldLineClause('Detained: 3 (driver plus two passengers)')).toBeNull();
    expect(fieldLineClause('Arrested: three men \u2014 a father and his two sons')).toBeNull();
  });

  it('finds a wrong count or outcome in a field line', () => {
    expect(verdictOf('Detained: five men.')).toBe('discrepant');
    expect(verdictOf('Officers placed on desk duty: 12.')).toBe('discrepant');
    expect(verdictOf('Number of officers who responded: 25.')).toBe('discrepant');
    expect(verdictOf('Officers disciplined: 10, all suspended without pay.')).toBe('discrepant');
  });

  it('a true field line is not flagged, and a part of a group is the part', () => {
    expect(verdictOf('Detained: three of the roughly eight people in the van.')).not.toBe(
      'discrepant',
    );
    expect(verdictOf('Detained: a father and his two sons.')).not.toBe('discrepant');
    expect(verdictOf('Officers placed on desk duty: 10.')).toBe('consistent');
  });
});
