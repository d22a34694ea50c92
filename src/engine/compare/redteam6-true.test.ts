/**
 * True sentences a sixth red-team round found flagged, each a kind of reading fixed in general (wordings of our
 * own). The embedded packs: Beck's interview on Monday 14 November 2016 (the LAPD will not work with Homeland
 * Security on deportation efforts), the Denver statement the same day, Magnus's on Wednesday 16 November, Trump's
 * first executive orders on 25 January 2017; the Rochester stop on Monday 24 March 2025, Ortt at the Locust Club on
 * 28 March, Homan's visit there on 29 April, the suit filed 24 April and dismissed 13 November 2025, no officer fired.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { issuedDayComparison } from './issued-day.ts';
import { embeddedStory } from './test-embedded.ts';

const chiefs = embeddedStory('police-chiefs-immigration-2016');
const rochester = embeddedStory('rochester-border-patrol-backup-2025');
const inChiefs = (sentence: string, pageDate = '2017-02-01') =>
  compareSentence(sentence, chiefs, pageDate)?.outcome;
const inRochester = (sentence: string, pageDate = '2025-12-01') =>
  compareSentence(sentence, rochester, pageDate)?.outcome;

describe('an agency named as the partner someone refuses (refused-partner.ts)', () => {
  it('is what is ruled out, not who acts', () => {
    expect(
      inChiefs(
        'The LAPD would not be working with Homeland Security on deportations, Chief Charlie Beck told the Los Angeles Times on Monday.',
      ),
    ).not.toBe('discrepant');
    expect(
      inChiefs('Beck ruled out working with Homeland Security on deportation efforts.'),
    ).not.toBe('discrepant');
    expect(
      inChiefs('The LAPD refused to cooperate with Homeland Security on deportations, Beck said.'),
    ).not.toBe('discrepant');
    expect(
      inChiefs(
        'Los Angeles police won\u2019t work in conjunction with Homeland Security, Chief Charlie Beck told the Times.',
      ),
    ).not.toBe('discrepant');
  });

  it('still compares a partner that is taken on, and never confirms another body ruled out', () => {
    expect(inChiefs('Beck\u2019s department will work with the FBI.')).toBe('discrepant');
    expect(
      inChiefs(
        'The LAPD will be working with Homeland Security on deportations, Chief Charlie Beck told the Los Angeles Times on Monday.',
      ),
    ).toBe('discrepant');
    // Another body ruled out where the record names the one refused, with the holder named and the refusal's own
    // words kept, is a swapped partner (denied-partner.ts): a conflict, never a confirmation.
    expect(inChiefs('Beck ruled out working with the FBI on deportations.')).toBe('discrepant');
    expect(inChiefs('Beck ruled out working with the FBI.')).not.toBe('agrees');
  });
});

describe('a span of days told by its two ends (read/date-range.ts, date-span.ts)', () => {
  it('is no one event\u2019s day', () => {
    expect(
      inChiefs(
        'All three statements were issued within a few days, from November 14 to November 16, 2016.',
      ),
    ).not.toBe('discrepant');
    expect(inChiefs('The statements came between November 13 and November 16, 2016.')).not.toBe(
      'discrepant',
    );
    expect(
      inChiefs('The statements were made from November 13, 2016, to November 16, 2016.'),
    ).not.toBe('discrepant');
    const beck = chiefs.events.filter((e) => e.event.id === 'beck-interview');
    expect(
      issuedDayComparison(
        'The statements were made from November 14 to November 16, 2016.',
        beck,
        chiefs,
      ),
    ).toBeNull();
  });

  it('still finds a span that meets none of the days, and a single wrong day', () => {
    expect(inChiefs('The statements came between November 20 and November 22, 2016.')).toBe(
      'discrepant',
    );
    expect(inChiefs('Beck gave his interview on November 16, 2016.')).toBe('discrepant');
    const beck = chiefs.events.filter((e) => e.event.id === 'beck-interview');
    expect(
      issuedDayComparison('The statements were made on November 16, 2016.', beck, chiefs)?.outcome,
    ).toBe('discrepant');
  });
});

describe('a date set off after an offset from an anchor (offset-date.ts)', () => {
  it('is the subject\u2019s day, where the offset puts it', () => {
    expect(
      inChiefs('A follow-up story ran two days after the Denver statement, on November 16.'),
    ).not.toBe('discrepant');
    expect(inChiefs('Coverage peaked a day after the Denver statement, on November 15.')).not.toBe(
      'discrepant',
    );
  });

  it('still finds a date the offset does not put there, and the anchor\u2019s own wrong day', () => {
    expect(
      inChiefs('A follow-up story ran two days after the Denver statement, on November 19.'),
    ).toBe('discrepant');
    expect(inChiefs('The Denver statement came on November 16.')).toBe('discrepant');
    expect(inRochester('The press conference came two days after the stop, on March 28.')).toBe(
      'discrepant',
    );
  });
});

describe('an event word owned by someone who took no part in that event (owner-event.ts)', () => {
  it('names the owner\u2019s own event', () => {
    expect(
      inRochester(
        'Ortt\u2019s visit to the Locust Club came four days after the stop, on March 28.',
      ),
    ).not.toBe('discrepant');
    expect(
      inRochester('Rob Ortt\u2019s visit to the union hall was on Friday, March 28.'),
    ).not.toBe('discrepant');
  });

  it('still compares the event with the person who took part in it, and the owner\u2019s own event', () => {
    expect(
      inRochester(
        'Homan\u2019s visit to the Locust Club came four days after the stop, on March 28.',
      ),
    ).toBe('discrepant');
    expect(inRochester('Ortt\u2019s visit to the Locust Club came two weeks after the stop.')).toBe(
      'discrepant',
    );
    // An event that records no person is the owner's as well: Trump's orders are the recorded orders.
    expect(inChiefs('Trump\u2019s executive orders were signed on December 2, 2016.')).toBe(
      'discrepant',
    );
  });
});

describe('a date set off after a later item of a list (list-item.ts)', () => {
  it('is that item\u2019s, not the statements\u2019', () => {
    expect(
      inChiefs('The statements came first, the executive orders second, on January 25, 2017.'),
    ).not.toBe('discrepant');
    expect(
      inChiefs('The statements came first, Trump\u2019s orders next, on January 25, 2017.'),
    ).not.toBe('discrepant');
  });

  it('still dates the statements when the date follows them', () => {
    expect(
      inChiefs('The statements came first, on January 25, 2017, and the executive orders second.'),
    ).toBe('discrepant');
    expect(inChiefs('The statements came in January 2017.')).toBe('discrepant');
  });
});

describe('a date that frames when the page is read (reading-frame.ts)', () => {
  it('is no event\u2019s day', () => {
    expect(
      inChiefs(
        'Read in 2025, the article\u2019s talk of the president-elect means Trump after his 2016 election.',
        '2025-03-01',
      ),
    ).not.toBe('discrepant');
    expect(inChiefs('Seen from 2025, the election was Trump\u2019s first.', '2025-03-01')).not.toBe(
      'discrepant',
    );
    expect(inChiefs('As of 2025, the election was long past.', '2025-03-01')).not.toBe(
      'discrepant',
    );
  });

  it('still finds a wrong year of the event, framed or not', () => {
    expect(inChiefs('In 2025, Trump won the election.', '2025-03-01')).toBe('discrepant');
    expect(
      inChiefs('Read in 2025, the piece says Trump won the election in 2020.', '2025-03-01'),
    ).toBe('discrepant');
  });
});

describe('a suit dismissed, told by "it", and a counterfactual firing', () => {
  it('are no officers fired', () => {
    expect(inRochester('About seven months after the suit was filed, it was dismissed.')).not.toBe(
      'discrepant',
    );
    expect(inRochester('The suit was filed in April; in November it was dismissed.')).not.toBe(
      'discrepant',
    );
    expect(
      inRochester(
        'Had the officers been fired, as protesters demanded, they would not have returned to patrol by March 31.',
        '2025-05-05',
      ),
    ).not.toBe('discrepant');
    expect(
      inRochester(
        'Had the city fired the ten officers, the union could have gone to court.',
        '2025-05-05',
      ),
    ).not.toBe('discrepant');
  });

  it('still finds officers said to be fired', () => {
    expect(inRochester('The officers were dismissed.')).toBe('discrepant');
    expect(inRochester('The officers were fired, and they would not return.', '2025-05-05')).toBe(
      'discrepant',
    );
  });
});
