import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { datelineOf, partOfPage } from './section-date.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';

describe('datelineOf', () => {
  it('reads a header line with a full date and a clock time', () => {
    expect(
      datelineOf('From: Dana R. \u00b7 To: board list \u00b7 Tue, Mar 25, 2025, 9:48 PM'),
    ).toBe('2025-03-25');
    expect(datelineOf('Posted 25 March 2025 at 9:48 p.m.')).toBe('2025-03-25');
  });

  it('reads a yearless header by its weekday, as the last such day on or before the page\u2019s date', () => {
    expect(
      datelineOf('Message 2 \u00b7 Monday, March 31, 1:40 in the afternoon', '2025-04-03'),
    ).toBe('2025-03-31');
    expect(datelineOf('Posted Mon 30 Dec, 9:15 p.m.', '2025-01-04')).toBe('2024-12-30');
    // The weekday must be that day's, and the page's date must be known.
    expect(
      datelineOf('Message 2 \u00b7 Sunday, March 31, 1:40 in the afternoon', '2025-04-03'),
    ).toBeNull();
    expect(datelineOf('Message 2 \u00b7 Monday, March 31, 1:40 in the afternoon')).toBeNull();
  });

  it('reads a heading that is a weekday and a date alone, as a diary has', () => {
    expect(datelineOf('Tuesday, March 25', '2025-04-01')).toBe('2025-03-25');
    expect(datelineOf('Sat 29 March.', '2025-04-01')).toBe('2025-03-29');
    expect(datelineOf('Wednesday, March 25', '2025-04-01')).toBeNull();
    expect(datelineOf('Tuesday, March 25, the council met.', '2025-04-01')).toBeNull();
  });

  it('is no header without a clock time, or in running text', () => {
    expect(datelineOf('From: Dana R. \u00b7 Tue, Mar 25, 2025')).toBeNull();
    expect(
      datelineOf(
        'Federal agents stopped a van on March 24, 2025, at about 5:30 p.m. on Whitney Street.',
      ),
    ).toBeNull();
  });

  it('stands for the page only on its day or up to sixty days before', () => {
    expect(partOfPage('2025-03-25', '2025-03-27')).toBe(true);
    expect(partOfPage('2025-03-28', '2025-03-27')).toBe(false);
    expect(partOfPage('2024-03-25', '2025-03-27')).toBe(false);
  });
});

describe('a page of dated parts', () => {
  const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  const chain = (header: string) =>
    [
      'Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street on March 24, 2025, and Mayor Malik Evans said they broke the sanctuary policy.',
      header,
      'Councilmember Mary Lupien brought it up at tonight\u2019s Council meeting.',
    ].join('\n\n');
  const verdict = (header: string) =>
    analyzeText(chain(header), index, {
      published: '2025-03-27',
      today: '2026-11-21',
    }).findings.find((f) => f.text.includes('Lupien'))?.verdict;

  it('speaks from the part\u2019s day', () => {
    expect(
      verdict('From: Dana R. \u00b7 To: board list \u00b7 Tue, Mar 25, 2025, 9:48 PM'),
    ).not.toBe('discrepant');
  });

  it('speaks from the day of a yearless header with its weekday', () => {
    expect(verdict('Voicemail 3 \u00b7 Tuesday, March 25, 8:02 in the evening')).not.toBe(
      'discrepant',
    );
  });

  it('speaks from the page\u2019s day without a header', () => {
    expect(verdict('Forwarded by Dana R.')).toBe('discrepant');
  });
});
