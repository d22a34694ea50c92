/**
 * True sentences a review of stop 21's new readings found flagged, each by one rule read too widely: a president of
 * another body, a demand or a wish the named person only spoke about, a text's author taken from the sentence's
 * object, a prose line taken for a part's header, a named day inside a relative aside, a bare "go". Embedded record.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { datelineOf } from './section-date.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const ROCHESTER =
  "Rochester police officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
const CHIEFS =
  'LAPD Chief Charlie Beck told the Los Angeles Times in November 2016 that his officers would not help with deportations. Tucson Police Chief Chris Magnus and the Denver Police Department also said they would not change their immigration enforcement policies after President-elect Trump won, Police1 reported.';
const flagged = (lead: string, text: string, published: string) =>
  analyzeText(`${lead}\n\n${text}`, index, { published })
    .findings.filter((f) => f.verdict === 'discrepant' && !lead.includes(f.text))
    .map((f) => f.text);

describe('true sentences stop 21 review found flagged', () => {
  it.each([
    'Locust Club President Kevin Leckinger said the officers returned to duty.',
    "The union's lawyer and President Kevin Leckinger met Homan on March 28.",
    'Steve Brew rejected demands that the officers be fired.',
    'Steve Brew, asked about calls for the officers to be fired, backed them.',
    'Miguel Meléndez responded to calls for the officers to be fired by speaking of profiling of Latinos.',
    'Meléndez said some residents want the officers fired.',
    'Brew said those who think the officers should be fired are wrong.',
    'The union\u2019s post on X on April 29 thanked Homan. It read, \u201Cwe are very grateful that he took the time out of his incredibly busy schedule to visit with us here in Rochester.\u201D',
    'Homan said the city should not have let its officers go through this alone.',
    'Council Member Mary Lupien, who had heard from residents on Monday night, raised the stop at the council meeting the next day.',
  ])('Rochester: %s', (s) => {
    expect(flagged(ROCHESTER, s, '2025-04-30')).toEqual([]);
  });

  it('2016: a named day inside a relative aside is the aside\u2019s', () => {
    expect(analyzeText(CHIEFS, index, { published: '2016-11-20' }).story).not.toBeNull();
    expect(
      flagged(
        CHIEFS,
        'Beck, who had watched the results on Election Night, spoke to the Times on Nov. 14.',
        '2016-11-20',
      ),
    ).toEqual([]);
  });

  it('a prose line opening on a date and a clock time is no part\u2019s header', () => {
    expect(
      datelineOf(
        'On Monday, March 24, at about 5:30 p.m., federal agents stopped a van near Lyell Avenue.',
        '2025-03-26',
      ),
    ).toBeNull();
    expect(
      datelineOf(
        'On March 24, 2025, at about 5:30 p.m., federal agents stopped a van near Lyell Avenue.',
      ),
    ).toBeNull();
    expect(datelineOf('Posted March 25, 2025 at 9:48 p.m.')).toBe('2025-03-25');
  });
});
