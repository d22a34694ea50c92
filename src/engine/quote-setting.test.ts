/** Where a sentence sets recorded words, against the quote's occasion (quote-setting.ts). */
import { describe, expect, it } from 'vitest';
import { unrecordedSetting } from './quote-setting.ts';

const briefing = (s: string) =>
  unrecordedSetting(s, 'White House briefing', 'The border czar speaks to reporters');
const club = (s: string) =>
  unrecordedSetting(
    s,
    'meeting at the Harbor Club',
    'visits the Harbor Club headquarters the union of harbor pilots',
  );

describe('a setting the occasion does not have', () => {
  it('is not confirmed, and says both', () => {
    expect(
      briefing(
        'Inside the union hall, he told the rank-and-file that \u201Ccops need to help cops.\u201D',
      ),
    ).toMatchObject({
      comparison: { slot: 'place', page: 'Inside the union hall', record: 'White House briefing' },
    });
    expect(briefing('Later, at a rally in Ohio, she said \u201Cit is done.\u201D')).not.toBeNull();
  });
  it('says nothing when the occasion has the setting\u2019s head or another telling word of it, or there is none', () => {
    expect(briefing('At the briefing, he said \u201Ccops need to help cops.\u201D')).toBeNull();
    expect(
      briefing('At a White House press event, he said \u201Ccops need to help cops.\u201D'),
    ).toBeNull();
    expect(club('Inside the union hall, he told members \u201Ccall me.\u201D')).toBeNull();
    expect(club('At the club meeting, he said \u201Ccall me.\u201D')).toBeNull();
    expect(briefing('He told reporters \u201Ccops need to help cops.\u201D')).toBeNull();
    // A time, not a place.
    expect(briefing('Before the hearing, he said \u201Ccops need to help cops.\u201D')).toBeNull();
    // Inside the quotation marks, the words are the speaker's.
    expect(briefing('He said \u201Cat the union hall we stand together.\u201D')).toBeNull();
  });
});
