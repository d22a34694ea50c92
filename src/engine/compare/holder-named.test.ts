/**
 * A person named as the holder of a one-holder office by a copula or apposition (holder-named.ts), against the
 * world file's holder at the page's date and the story's time ("is") or at the linked events ("was", apposition).
 */
import { describe, expect, it } from 'vitest';
import {
  analyzeEmbeddedPage,
  CHIEFS_PAGE as chiefs,
  ROCHESTER_PAGE as rochester,
} from '../test-embedded-page.ts';

const verdict = (head: string, line: string, published: string) =>
  analyzeEmbeddedPage(head, line, { today: '2026-11-21', published }).findings.find(
    (f) => line.includes(f.text.slice(-30)) || f.text.includes(line.slice(0, 30)),
  )?.verdict;

describe('the holder of an office named by a copula', () => {
  it('someone out of the office then, while another held it, is the wrong holder', () => {
    expect(
      verdict(
        rochester,
        "Our story misnamed the city's leader; Rochester's mayor is Lovely Warren.",
        '2025-03-29',
      ),
    ).toBe('discrepant');
    expect(verdict(rochester, 'Lovely Warren is the mayor of Rochester.', '2025-03-29')).toBe(
      'discrepant',
    );
    expect(
      verdict(
        rochester,
        'The governor of New York is Andrew Cuomo, who has said nothing about the stop.',
        '2025-03-29',
      ),
    ).toBe('discrepant');
    expect(
      verdict(
        rochester,
        'Correction: the mayor of Rochester is Lovely Warren, not Malik Evans.',
        '2025-03-29',
      ),
    ).toBe('discrepant');
    expect(
      verdict(
        rochester,
        'The city\u2019s mayor is Lovely Warren, who called the stop troubling.',
        '2025-03-29',
      ),
    ).toBe('discrepant');
  });

  it('the holder then, a dated or former post, or a post held at the story\u2019s time is no conflict', () => {
    for (const line of [
      "Rochester's mayor is Malik Evans.",
      'Malik Evans is the mayor of Rochester.',
      'The governor of New York is Kathy Hochul.',
      "Rochester's former mayor is Lovely Warren.",
      'Lovely Warren was the mayor of Rochester from 2014 to 2021.',
      'The city\u2019s mayor at the time of the 2017 vote was Lovely Warren.',
      "Lovely Warren was Rochester's mayor when the 2017 resolution passed.",
      'Lovely Warren, a former mayor, did not comment.',
      'Correction: the mayor of Rochester is Malik Evans, not Lovely Warren.',
      'Lovely Warren was mayor for eight years before Evans took over.',
      "Los Angeles's police chief is Jim McDonnell.",
      "Houston's mayor is Malik Evans.",
    ])
      expect(verdict(rochester, line, '2025-03-29'), line).not.toBe('discrepant');
    // A retelling years later may tell the story's time in the present.
    expect(verdict(chiefs, "Los Angeles's police chief is Charlie Beck.", '2026-03-01')).not.toBe(
      'discrepant',
    );
    expect(verdict(chiefs, "Los Angeles's police chief is Michel Moore.", '2020-03-01')).not.toBe(
      'discrepant',
    );
  });
});
