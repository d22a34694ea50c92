/**
 * Every discrepant finding shows the record and cites it: a typed comparison with no linked event (another outlet
 * credited with a statement, a judgement turned round) shows the record's values, and a story fact cites the reports
 * of the story's central events; a world fact (who held an office) is explained from the world file, uncited here.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const rochester = [
  'Rochester police helped Border Patrol at a traffic stop; the mayor and the union disagreed',
  'On Monday, March 24, 2025, Rochester police officers answered a Border Patrol call for backup at a traffic stop on Whitney Street.',
  'Mayor Malik Evans said the officers broke city policy.',
];
const police = [
  'Police chiefs say they will not do immigration enforcement',
  'Los Angeles Police Chief Charlie Beck told the Los Angeles Times on November 14, 2016: "We are not going to work in conjunction with Homeland Security on deportation efforts."',
  'Tucson Police Chief Chris Magnus and the Denver Police Department said the same in statements.',
];
const finding = (head: string[], line: string, published: string) =>
  analyzeText([...head, line].join('\n'), index, { today: published, published }).findings.find(
    (f) => f.text === line,
  );

describe('the record shown and cited on a discrepant finding', () => {
  it('names the event of a judgement turned round', () => {
    const f = finding(
      rochester,
      'The Locust Club, the union representing the officers, for its part praised the mayor.',
      '2025-04-03',
    );
    expect(f).toMatchObject({ verdict: 'discrepant' });
    expect(f?.original).toMatch(/Locust Club/);
    expect(f?.sources.length).toBeGreaterThan(0);
  });

  it("shows the record's values and cites the story's reports when no event is linked", () => {
    // "This week" on a page of February 2025: the statements' days are the record.
    const f = finding(police, 'The chiefs made these statements this week.', '2025-02-11');
    expect(f).toMatchObject({
      verdict: 'discrepant',
      original: 'Monday 14 November 2016 and Wednesday 16 November 2016.',
    });
    expect(f?.sources.length).toBeGreaterThan(0);
  });
});
