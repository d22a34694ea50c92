/** Word-by-word alignment of a quoted stretch with a recorded quote. */
import { describe, expect, it } from 'vitest';
import { alignStretch, recordWords, stretchTokens } from './quote-align.ts';

const RECORD = recordWords(
  'Our policy is crystal clear. City police officers do not help or participate in federal immigration activities. That is a federal function.',
);
const align = (stretch: string) => alignStretch(stretchTokens(stretch), RECORD);

describe('alignStretch', () => {
  it('finds a verbatim stretch whatever its case, punctuation and hyphenation', () => {
    expect(align('CITY POLICE OFFICERS DO NOT HELP!').outcome).toBe('verbatim');
    expect(align('crystal-clear. City police officers').outcome).toBe('verbatim');
    expect(
      alignStretch(
        stretchTokens('the wellbeing of our officers'),
        recordWords('We care for the well-being of our officers.'),
      ).outcome,
    ).toBe('verbatim');
  });

  it("reads an ellipsis as omitted words and bracketed words as the editor's", () => {
    expect(stretchTokens('a [new] rule ... here').map((t) => t.kind)).toEqual([
      'word',
      'inserted',
      'word',
      'gap',
      'word',
    ]);
    expect(align('Our policy is crystal clear \u2026 officers do not help').outcome).toBe(
      'verbatim',
    );
    expect(align('[Rochester] police officers do not help').outcome).toBe('verbatim');
  });

  it('names each changed, added and dropped word, record first', () => {
    expect(
      align('City police officers do not assist or participate in federal immigration activities')
        .diff,
    ).toEqual(['help \u2192 assist']);
    expect(
      align(
        'City police officers do not ever help or participate in federal immigration activities',
      ).diff,
    ).toEqual(['\u2192 ever']);
    expect(
      align('City police officers do not help or participate in immigration activities').diff,
    ).toEqual(['federal \u2192']);
  });

  it("calls sentences joined over the record's words between them stitched, unless an ellipsis marks the cut", () => {
    expect(align('Our policy is crystal clear. That is a federal function.')).toMatchObject({
      outcome: 'stitched',
      stitches: 1,
    });
    expect(align('Our policy is crystal clear. \u2026 That is a federal function.').outcome).toBe(
      'verbatim',
    );
  });

  it('finds nothing in words of which only part is on record, or too few', () => {
    expect(align('That is a federal function and we will sue them all').outcome).toBe('none');
    expect(align('something else entirely from another speech').outcome).toBe('none');
    expect(align('is crystal clear').outcome).toBe('none');
  });
});

describe('stretchTokens: brackets inside a word', () => {
  it("keeps a word whose case or ending an editor changed in brackets as the speaker's", () => {
    expect(
      stretchTokens('[W]e are here, officer[s] said [sic]').map((t) => `${t.kind}:${t.word}`),
    ).toEqual(['word:we', 'word:are', 'word:here', 'word:officers', 'word:said', 'inserted:sic']);
  });
});

describe('alignStretch: a medium-length sentence with several words changed and some left out', () => {
  const record = recordWords(
    'We are not to be stopping any cars. We are not to be searching any drivers on the road, and we are absolutely not going to be holding them or taking them into our vans.',
  );

  it('keeps the most words in common, so the rewording is altered with its diff, not nothing', () => {
    const found = alignStretch(
      stretchTokens(
        'We are not to be arresting anyone for the state, and we are absolutely not taking them in our vans.',
      ),
      record,
    );
    expect(found.outcome).toBe('altered');
    expect(found.diff).toEqual([
      'searching any drivers on \u2192 arresting anyone for',
      'road \u2192 state',
      'going to be holding them or \u2192',
      'into \u2192 in',
    ]);
  });

  it('still finds nothing in words scattered over the record, or mostly not on it', () => {
    expect(
      alignStretch(stretchTokens('We are leaving the road to the vans and the cars'), record)
        .outcome,
    ).toBe('none');
    expect(
      alignStretch(
        stretchTokens('We are not to be blamed for what the state did to our town last year'),
        record,
      ).outcome,
    ).toBe('none');
  });
});
