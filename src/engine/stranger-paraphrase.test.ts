/**
 * A recorded speaker's words in reported speech credited to a person of the world file the record never has speaking
 * (stranger-paraphrase.ts), on the embedded pack: Charlie Beck's words to the Los Angeles Times (sources.md C6); the
 * world file knows Jim McDonnell (then the county's sheriff), who is no speaker of the story.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const HEAD =
  'Police chiefs vs. Trump on immigration\nPolice chiefs in Los Angeles, Denver and Tucson said in November 2016 that their officers would not enforce immigration law after Donald Trump was elected, Police1 reported. LAPD Chief Charlie Beck said his officers would not engage in deportation efforts.';
const finding = (sentence: string) =>
  analyzeText([HEAD, sentence].join('\n'), index, { today: '2016-11-30' }).findings.find(
    (f) => f.text === sentence,
  );

describe('a recorded speaker\u2019s words credited to someone the record never has speaking', () => {
  it('is misattributed', () => {
    const found = finding(
      'Sheriff Jim McDonnell told the paper that his deputies would not work in conjunction with Homeland Security on deportation efforts.',
    );
    expect(found).toMatchObject({
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId: 'quote:beck-not-our-job',
    });
    expect(found?.explanation).toContain(
      'We are not going to work in conjunction with Homeland Security on deportation efforts.',
    );
  });

  it.each([
    // The speaker's own words.
    'Beck told the paper that his officers would not work in conjunction with Homeland Security on deportation efforts.',
    // The stranger saying something else, or only a few of the recorded words among many of the page's own.
    'Sheriff Jim McDonnell said his deputies would keep running the county jails as before.',
    'Sheriff Jim McDonnell said deputies in the county jails would keep honoring some federal detainer requests on serious felonies.',
    // The stranger is not the one speaking.
    'Reporters asked Jim McDonnell whether the LAPD would work with Homeland Security on deportation efforts.',
  ])('is not misattributed: %s', (sentence) => {
    expect(finding(sentence)?.kind).not.toBe('misattributed-quote');
  });
});
