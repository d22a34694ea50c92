/** A page of the embedded pack's Rochester or police-chiefs story with one more line, analysed on the embedded world, for tests. */
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks, type Analysis, type PackIndex } from './index.ts';

/** The opening of a page on the Rochester traffic stop of March 2025. */
export const ROCHESTER_PAGE = [
  'Rochester police helped Border Patrol at a traffic stop; the mayor and chief scolded them',
  'On Monday, March 24, 2025, Rochester police officers answered a Border Patrol call for backup at a traffic stop on Whitney Street.',
  'Mayor Malik Evans and Police Chief David Smith said at a press conference that the officers broke city policy.',
].join('\n');

/** The opening of a page on the police chiefs of November 2016, Beck as the Los Angeles Times quoted him. */
export const CHIEFS_PAGE = [
  'Police chiefs push back on Trump immigration plans',
  'Los Angeles Police Chief Charlie Beck told the Los Angeles Times in November 2016 that his officers would not work with Homeland Security on deportation efforts.',
  'Tucson Police Chief Chris Magnus said in a statement that more immigration duties would seriously compromise community trust.',
].join('\n');

/** The opening of another page on the same chiefs, the statements as Police1 gathered them. */
export const SANCTUARY_CHIEFS_PAGE = [
  'Sanctuary city police chiefs push back on deportation plans',
  'In November 2016, days after the election, LAPD Chief Charlie Beck said his officers would not engage in law enforcement activities solely based on immigration status.',
  'Tucson Police Chief Chris Magnus and the Denver Police Department said the same in their own statements, which Police1 gathered.',
].join('\n');

let index: PackIndex | undefined;

/** The page's opening and then `line`, analysed against the embedded pack on `today`, as published on `published`. */
export function analyzeEmbeddedPage(
  page: string,
  line: string,
  { today, published }: { today: string; published: string },
): Analysis {
  index ??= indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  return analyzeText(`${page}\n${line}`, index, { today, published });
}
