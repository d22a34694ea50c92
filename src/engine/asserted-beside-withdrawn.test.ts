/**
 * What a correction or contrast asserts beside what it withdraws is still compared (the embedded pack): "the number
 * of officers … was twelve, not ten" (a count after "the number of <noun> … was"), "the time at which the supervisor
 * arrived, which was 7:05 p.m." (a relative clause that only gives its antecedent's clock time), and a close hedge
 * that keeps its side ("shortly before five o'clock" for a call the record has after half past five). The record's
 * own values, said so, stay unflagged.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEmbeddedPage, ROCHESTER_PAGE } from './test-embedded-page.ts';

const verdict = (line: string) =>
  analyzeEmbeddedPage(ROCHESTER_PAGE, line, {
    today: '2026-11-21',
    published: '2025-03-29',
  }).findings.find((f) => line.startsWith(f.text.slice(0, 25)))?.verdict;

describe('a count after "the number of <noun> … was"', () => {
  it('is a count of that noun, also beside a withdrawn one', () => {
    expect(
      verdict(
        'The number of officers taken off the street afterwards was twelve, not ten as our original said.',
      ),
    ).toBe('discrepant');
    expect(verdict('Correction: the total number of officers put on desk duty was 14.')).toBe(
      'discrepant',
    );
    expect(verdict('The final tally of officers taken off the streets was about twenty.')).toBe(
      'discrepant',
    );
    expect(verdict('The tally of men detained stood at five, not three.')).toBe('discrepant');
  });
  it('the record\u2019s count, said so, is no conflict', () => {
    expect(
      verdict(
        'The number of officers taken off the street afterwards was ten, not twelve as our original said.',
      ),
    ).not.toBe('discrepant');
    expect(verdict('The total number of officers put on desk duty was 10.')).not.toBe('discrepant');
    expect(
      verdict('The number of people in the van was about eight, the chief estimated.'),
    ).not.toBe('discrepant');
    expect(verdict('The tally of men detained stood at three.')).not.toBe('discrepant');
  });
});

describe('", which was <clock time>" gives its antecedent\u2019s time', () => {
  it('a wrong time in such a relative clause is compared with the clause before', () => {
    expect(
      verdict(
        'We have also corrected the time at which the first police supervisor arrived, which was 7:05 p.m.',
      ),
    ).toBe('discrepant');
    expect(
      verdict(
        'The paper fixed the hour the first supervisor got to the scene, which was about 8 p.m.',
      ),
    ).toBe('discrepant');
  });
  it('the record\u2019s time in the same shape is no conflict', () => {
    expect(
      verdict(
        'We have also corrected the time at which the first police supervisor arrived, which was 6:05 p.m.',
      ),
    ).not.toBe('discrepant');
    expect(
      verdict(
        'The first supervisor reached the scene, which was at about 6:05 pm, and called off the response.',
      ),
    ).not.toBe('discrepant');
    expect(verdict('Border Patrol dispatch called 911, which was shortly after 6 p.m.')).not.toBe(
      'discrepant',
    );
  });
});

describe('a close hedge keeps its side of the time', () => {
  it('"shortly before" a time well before the step is wrong', () => {
    expect(
      verdict(
        "Shortly before five o'clock, Border Patrol dispatchers telephoned the Monroe County 911 center to ask for urgent help.",
      ),
    ).toBe('discrepant');
    expect(verdict('Border Patrol called 911 just before 5 p.m.')).toBe('discrepant');
    expect(verdict('The agents pulled the van over shortly after 4 p.m.')).toBe('discrepant');
    expect(verdict('Border Patrol called 911 a little after seven.')).toBe('discrepant');
  });
  it('"shortly after" / "just before" the record\u2019s time agrees', () => {
    expect(
      verdict(
        "Shortly after six o'clock, Border Patrol dispatchers telephoned the Monroe County 911 center.",
      ),
    ).not.toBe('discrepant');
    expect(verdict('Just before 6 p.m., Border Patrol dispatch called 911 for help.')).not.toBe(
      'discrepant',
    );
    expect(
      verdict('A little after six in the evening, Border Patrol dispatch called 911 for help.'),
    ).not.toBe('discrepant');
    expect(verdict('The agents pulled the van over shortly before 5:30 p.m.')).not.toBe(
      'discrepant',
    );
    expect(
      verdict(
        'Moments after 6 p.m. the first supervisor arrived and cancelled the emergency response.',
      ),
    ).not.toBe('discrepant');
    expect(
      verdict('A little after six the first supervisor arrived and called off the response.'),
    ).not.toBe('discrepant');
  });
});
