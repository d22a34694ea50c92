/**
 * A date or weekday attached to the wrong event (red-team round 2, each fixed as a kind; wordings of our own): another
 * speaker's interview (other-speaker.ts), a point phrase with a modifier or an owner (point-owner.ts), an event of its
 * own far from the story (far-event.ts), an anniversary (anniversary.ts), a rule named inside a point phrase
 * (event-order.ts). The embedded packs: Beck's interview on Monday 14 November 2016, the election on Tuesday 8
 * November, Magnus's statement on Wednesday 16 November; the Rochester stop on Monday 24 March 2025, protests in
 * March and April 2025, General Order 502 of March 2017.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { embeddedStory } from './test-embedded.ts';

const chiefs = embeddedStory('police-chiefs-immigration-2016');
const rochester = embeddedStory('rochester-border-patrol-backup-2025');
const inChiefs = (sentence: string) => compareSentence(sentence, chiefs, '2016-11-25')?.outcome;
const inRochester = (sentence: string, pageDate = '2025-05-01') =>
  compareSentence(sentence, rochester, pageDate)?.outcome;

describe('an interview or statement with another speaker named', () => {
  it('is another event: its day is not the recorded one\u2019s', () => {
    expect(
      inChiefs(
        'In a television interview that ran on Saturday, Donald Trump said he would build a wall.',
      ),
    ).not.toBe('discrepant');
    expect(
      inChiefs('Speaking in a radio interview on November 10, Trump said the wall would be built.'),
    ).not.toBe('discrepant');
    expect(
      inChiefs(
        'In a network interview broadcast November 12, Donald Trump said he would act on his first day.',
      ),
    ).not.toBe('discrepant');
  });

  it('still finds the recorded speaker\u2019s wrong day', () => {
    expect(
      inChiefs('In an interview on Thursday, Charlie Beck said the LAPD would not help.'),
    ).toBe('discrepant');
    expect(
      inChiefs('In an interview on November 20, Beck said his officers would not take part.'),
    ).toBe('discrepant');
  });
});

describe('a point phrase with a modifier or an owner between the point word and the event', () => {
  it('names the anchor, not the clause\u2019s event', () => {
    expect(
      inChiefs(
        'The first statements were issued on a Monday, six days after the presidential election.',
      ),
    ).not.toBe('discrepant');
    expect(
      inChiefs('The chiefs began speaking out on Monday, six days after the general election.'),
    ).not.toBe('discrepant');
    expect(
      inChiefs(
        'Magnus\u2019s written statement followed on a Wednesday, two days after Beck\u2019s interview.',
      ),
    ).not.toBe('discrepant');
    // The owner's event is the clause's: Denver's statement and Tucson's on their own days.
    expect(
      inChiefs(
        'Denver\u2019s statement was issued on Monday, six days after the presidential election.',
      ),
    ).toBe('agrees');
    expect(
      inChiefs('The Tucson statement was dated Wednesday, two days after Beck\u2019s interview.'),
    ).toBe('agrees');
  });

  it('still compares the clause\u2019s own event', () => {
    expect(inChiefs('Beck spoke on a Friday, three days after the presidential election.')).toBe(
      'discrepant',
    );
    expect(
      inChiefs('Magnus\u2019s statement came on a Monday, two days after Beck\u2019s interview.'),
    ).toBe('discrepant');
  });
});

describe('an event of its own, far from the story\u2019s time', () => {
  it('is not the story\u2019s event, whatever word it shares with it', () => {
    expect(
      inRochester('Back in 2019, the death of a man in police custody set off weeks of protests.'),
    ).not.toBe('discrepant');
    expect(
      inRochester(
        'Rochester saw protests before, after a man died in police custody in March 2020.',
      ),
    ).not.toBe('discrepant');
  });

  it('still finds a wrong year of the story\u2019s own event', () => {
    expect(inRochester('The protests began in March 2024.')).toBe('discrepant');
    expect(inRochester('In 2020, protesters marched over the traffic stop.')).toBe('discrepant');
  });
});

describe('an anniversary', () => {
  it('is no old story told as recent', () => {
    expect(
      inRochester(
        'A year ago this week, Border Patrol agents stopped a van in Rochester.',
        '2026-03-26',
      ),
    ).not.toBe('discrepant');
    expect(
      inRochester(
        'This week two years ago, federal agents stopped a van on Whitney Street in Rochester.',
        '2027-03-25',
      ),
    ).not.toBe('discrepant');
    expect(
      inRochester(
        'Two years ago today, Border Patrol agents stopped a van in Rochester.',
        '2027-03-24',
      ),
    ).not.toBe('discrepant');
  });

  it('still finds an old story told as this week\u2019s', () => {
    expect(
      inRochester('This week, Border Patrol agents stopped a van in Rochester.', '2026-03-24'),
    ).toBe('discrepant');
  });
});

describe('a rule named inside a point phrase', () => {
  it('is the training\u2019s topic, not the clause\u2019s event', () => {
    expect(
      inRochester(
        'The ten officers went back to work after being retrained on General Order 502.',
        '2025-03-27',
      ),
    ).not.toBe('discrepant');
    expect(
      inRochester(
        'The officers will be back on patrol after retraining under General Order 502.',
        '2025-03-27',
      ),
    ).not.toBe('discrepant');
  });
});

describe('a day and month that pick among a person\u2019s events', () => {
  it('links the events of theirs on that day', () => {
    expect(
      inRochester('Mayor Malik Evans spoke to reporters on 26 March about the officers.'),
    ).toBe('agrees');
    expect(inRochester('On March 28, Tom Homan voiced support for the officers.')).toBe('agrees');
  });

  it('and a day that is none of theirs stays unconfirmed, not agreed', () => {
    expect(
      inRochester('Mayor Malik Evans spoke to reporters on 12 March about the officers.'),
    ).not.toBe('agrees');
  });
});
