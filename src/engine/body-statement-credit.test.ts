/**
 * A body's recorded statement credited to another body of the story (the embedded pack: the Denver Police Department's
 * statement of 14 November 2016; the Aurora Police Department and the LAPD are other bodies of the story).
 */
import { describe, expect, it } from 'vitest';
import { sanctuaryChiefsVerdict } from './test-embedded-page.ts';

const WORDS =
  '\u201Chas not participated in those enforcement efforts in the past and will not be involved in the future.\u201D';

describe('a body\u2019s statement credited to another body of the story', () => {
  it('is misattributed, whatever the verb of issuing', () => {
    expect(
      sanctuaryChiefsVerdict(
        `The same day, the Aurora Police Department issued a statement, printed by the Denver Post, that it ${WORDS}`,
      ),
    ).toBe('discrepant');
    expect(
      sanctuaryChiefsVerdict(
        `The LAPD released a written statement saying the department ${WORDS}`,
      ),
    ).toBe('discrepant');
    expect(sanctuaryChiefsVerdict(`Aurora police said the department ${WORDS}`)).toBe('discrepant');
  });

  it('is the body\u2019s own when it is named', () => {
    expect(
      sanctuaryChiefsVerdict(
        `The Denver Police Department issued a statement, printed by the Denver Post, that it ${WORDS}`,
      ),
    ).toBe('consistent');
    expect(
      sanctuaryChiefsVerdict(`Denver police put out a statement saying the department ${WORDS}`),
    ).toBe('consistent');
  });

  it('leaves a chief\u2019s words credited to his own department alone', () => {
    expect(
      sanctuaryChiefsVerdict(
        'The LAPD said it is \u201Cnot going to engage in law enforcement activities solely based on somebody\u2019s immigration status.\u201D',
      ),
    ).not.toBe('discrepant');
  });
});
