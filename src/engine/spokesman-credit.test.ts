/** A body's recorded spokesman credited with the body's statement (the embedded pack: Doug Schepman, Denver Police Department spokesman). */
import { describe, expect, it } from 'vitest';
import { sanctuaryChiefsVerdict } from './test-embedded-page.ts';

describe('a spokesman credited with the statement of the body he speaks for', () => {
  it('speaks for it', () => {
    expect(
      sanctuaryChiefsVerdict(
        'Denver police spokesman Doug Schepman said that immigration enforcement \u201Cis handled at the federal level, not by local law enforcement.\u201D',
      ),
    ).toBe('consistent');
  });

  it('leaves another person credited with the words misattributed', () => {
    expect(
      sanctuaryChiefsVerdict(
        'Tucson Police Chief Chris Magnus said that immigration enforcement \u201Cis handled at the federal level, not by local law enforcement.\u201D',
      ),
    ).toBe('discrepant');
  });
});
