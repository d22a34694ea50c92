/**
 * The outlet a named speaker gave a recorded quote to, when the record has the speaker speaking to several outlets
 * in the quote's month: the quote's occasion names the interviewer (sources.md C4, B28: Homan told WHEC's Brett
 * Davidsen "No. I don't think that's the way it happened at all."; in April he also told the Post he would visit).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Rochester police helped Border Patrol at a traffic stop; Tom Homan defended them',
  'On Monday, March 24, 2025, Rochester police officers answered a Border Patrol call for backup at a traffic stop on Whitney Street.',
  'Mayor Malik Evans said the officers broke city policy, and the Locust Club backed them.',
].join('\n');
const verdictOf = (line: string, fragment: string) =>
  analyzeText(`${head}\n${line}`, index, {
    today: '2025-05-30',
    published: '2025-05-30',
  }).findings.find((f) => f.text.includes(fragment))?.verdict;

describe('the outlet a named speaker gave a recorded quote to', () => {
  it.each([
    'Border czar Tom Homan told WXXI that he did not think RPD had taken the lead, saying, \u201CI don\u2019t think that\u2019s the way it happened at all.\u201D',
    'Tom Homan told Fox News, \u201CI don\u2019t think that\u2019s the way it happened at all.\u201D',
    'In his sit-down with Fox News, Tom Homan said: \u201CI don\u2019t think that\u2019s the way it happened at all.\u201D',
    'Tom Homan, interviewed on Fox News, said: \u201CI don\u2019t think that\u2019s the way it happened at all.\u201D',
  ])('is discrepant: %s', (line) => {
    expect(verdictOf(line, 'Homan')).toBe('discrepant');
  });

  it.each([
    'Border czar Tom Homan told WHEC that he did not think RPD had taken the lead, saying, \u201CI don\u2019t think that\u2019s the way it happened at all.\u201D',
    'Tom Homan told WHEC\u2019s Brett Davidsen: \u201CNo. I don\u2019t think that\u2019s the way it happened at all.\u201D',
    'Tom Homan disputed that RPD took the lead: \u201CI don\u2019t think that\u2019s the way it happened at all.\u201D',
    'In a sit-down with WHEC, Tom Homan said: \u201CI don\u2019t think that\u2019s the way it happened at all.\u201D',
  ])('is not discrepant: %s', (line) => {
    expect(verdictOf(line, 'Homan')).not.toBe('discrepant');
  });
});

/**
 * The day a recorded quote was said, when the speaker spoke at several recorded events that day: the quote's occasion
 * names one by its words (sources.md B18, C1: Evans's words at the Wednesday 26 March news conference; he also
 * issued a written statement that day).
 */
describe("the day of a recorded quote whose occasion names one of the speaker's events", () => {
  const line = (day: string) =>
    `At the news conference held on ${day}, Mayor Malik Evans told reporters that officers \u201Cverbally directed the occupants to get out of the vehicle, and this is against our policy.\u201D`;
  it('holds a day the page frames by that event to it', () => {
    expect(verdictOf(line('Thursday'), 'verbally')).toBe('discrepant');
    expect(verdictOf(line('Wednesday'), 'verbally')).toBe('consistent');
  });
});

describe('an offset given for recorded words the sentence quotes', () => {
  const quoted =
    '\u201CThe officers on the scene verbally directed the occupants to get out of the vehicle, and this is against our policy.\u201D';
  it('dates their occasion, not what the quoted words tell of', () => {
    expect(verdictOf(`Two days after the stop, Evans said, ${quoted}`, 'verbally')).toBe(
      'consistent',
    );
    expect(verdictOf(`A week after the stop, Evans said, ${quoted}`, 'verbally')).toBe(
      'discrepant',
    );
  });
});
