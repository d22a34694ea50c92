/** For tests: pages of the embedded pack's Rochester and police-chiefs stories with one more line, analysed on the embedded world. */
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks, type Analysis, type PackIndex, type Verdict } from './index.ts';

let embedded: PackIndex | undefined;
const index = () => (embedded ??= indexPacks([loadEmbeddedPack()], { world: worldIndex() }));

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

/** The opening of a page on the sanctuary-city chiefs: Beck, then Magnus, as they were quoted. */
export const CHIEFS_STATEMENTS_LINES = [
  'Police chiefs in sanctuary cities say they will not enforce immigration law for Trump',
  'After Donald Trump won the election, police chiefs in Los Angeles, Tucson and Denver said their officers would stay out of immigration enforcement.',
  'LAPD Chief Charlie Beck told the Los Angeles Times his officers would not work with Homeland Security on deportation efforts.',
  'Tucson Police Chief Chris Magnus said the city\u2019s policies were not changing.',
];

/** The embedded packs indexed once, on the embedded world. */
export const embeddedIndex = (): PackIndex => index();

/** The page's opening and then `line`, analysed against the embedded pack on `today`, as published on `published`. */
export function analyzeEmbeddedPage(
  page: string,
  line: string,
  { today, published }: { today: string; published: string },
): Analysis {
  return analyzeText(`${page}\n${line}`, index(), { today, published });
}

/** Under the headline and first line of the Rochester stop (24 March 2025), read on 30 April 2025. */
export function rochesterVerdict(line: string): Verdict | undefined {
  const head = [
    'Rochester police answer Border Patrol call',
    'On March 24, 2025, Border Patrol agents stopped a van on Lyell Avenue in Rochester and asked Rochester police for backup.',
  ];
  return analyzeText([...head, line].join('\n'), index(), { today: '2025-04-30' }).findings.find(
    (f) => f.text === line,
  )?.verdict;
}

/**
 * After an opening on the sanctuary-city police chiefs of 2016, in a page published on 12 September 2019 and read on
 * 21 November 2026: the first finding whose text starts as the sentence does.
 */
export function sanctuaryChiefsVerdict(sentence: string): Verdict | undefined {
  const opening =
    'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said they would not help with deportations.';
  return analyzeText(`${opening} ${sentence}`, index(), {
    published: '2019-09-12',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(sentence.slice(0, 20)))?.verdict;
}
