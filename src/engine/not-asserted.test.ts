/**
 * Words the page does not assert: a claim it frames as a myth, rumour or false claim (to refute it next), and a
 * thing a later text is said to have mentioned (its content, not put at the story's time). The embedded pack:
 * the ten Rochester officers were put on desk duty, none fired; the 2016 chiefs spoke before Trump's first
 * immigration executive orders.
 */
import { describe, expect, it } from 'vitest';
import { framedAsFalse, mentionedTopic } from './not-asserted.ts';
import {
  analyzeEmbeddedPage,
  ROCHESTER_PAGE as rochester,
  SANCTUARY_CHIEFS_PAGE as chiefs,
} from './test-embedded-page.ts';

const verdictOf = (head: string, line: string, fragment: string) =>
  analyzeEmbeddedPage(head, line, { today: '2025-12-31', published: '2025-12-31' }).findings.find(
    (f) => f.text.includes(fragment),
  )?.verdict;

describe('a claim framed as a myth, rumour or false claim', () => {
  it('asserts nothing', () => {
    expect(verdictOf(rochester, 'Myth: the officers were fired.', 'fired')).toBeUndefined();
    expect(
      verdictOf(rochester, 'Rumor #2 \u2014 eight people were arrested at the stop.', 'eight'),
    ).toBeUndefined();
    expect(
      verdictOf(rochester, 'False claim: all ten officers were fired the next day.', 'fired'),
    ).toBeUndefined();
    expect(
      verdictOf(
        chiefs,
        'Misconception three: police chiefs were answering Trump\u2019s executive orders on immigration.',
        'executive',
      ),
    ).toBeUndefined();
  });

  it('still judges the same claim stated, or a label that frames nothing', () => {
    expect(verdictOf(rochester, 'The officers were fired.', 'fired')).toBe('discrepant');
    expect(verdictOf(rochester, 'Update: the officers were fired.', 'fired')).toBe('discrepant');
    expect(framedAsFalse('The myth persists: the officers were fired.')).toBe(false);
  });
});

describe('a thing a later text mentioned', () => {
  it('is the text\u2019s topic, not put at the story\u2019s time', () => {
    expect(
      verdictOf(
        chiefs,
        'A later summary of the police chiefs\u2019 remarks on immigration cited Trump\u2019s executive orders in its first paragraph.',
        'summary',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        chiefs,
        'The newsletter\u2019s teaser about the chiefs and immigration mentioned an executive order.',
        'teaser',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        chiefs,
        'When it was shared again, the headline on police and immigration referred to Trump\u2019s enforcement orders.',
        'headline',
      ),
    ).not.toBe('discrepant');
  });

  it('also when the text speaks of or describes it, far into the clause', () => {
    expect(
      verdictOf(
        chiefs,
        'The reposted summary speaks of police departments rebuilding trust with immigrants and pushing back against the president\u2019s immigration enforcement orders.',
        'summary',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        chiefs,
        'Its teaser describes police chiefs and immigration under the new executive orders.',
        'teaser',
      ),
    ).not.toBe('discrepant');
  });

  it('still finds the speakers put after the orders', () => {
    expect(
      verdictOf(
        chiefs,
        'The police chiefs spoke out against Trump\u2019s executive orders on immigration.',
        'spoke out',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        chiefs,
        'The chiefs\u2019 statements on immigration mentioned Trump\u2019s executive orders.',
        'statements',
      ),
    ).toBe('discrepant');
    expect(
      mentionedTopic(
        'the chiefs responded to the executive orders',
        'the chiefs responded to the '.length,
      ),
    ).toBe(false);
  });

  it('what a part of a text says is what it printed ("its subheading says …"), not what an article or a source says', () => {
    const at = (s: string) => mentionedTopic(s, s.indexOf('executive orders'));
    expect(at('its subheading says the chiefs are speaking out about the executive orders')).toBe(
      true,
    );
    expect(at('the article says the chiefs answered the executive orders')).toBe(false);
    expect(at('sources say the chiefs answered the executive orders')).toBe(false);
  });
});
