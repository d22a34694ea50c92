import { describe, expect, it } from 'vitest';
import { withoutComments } from './json-without-comments.ts';

describe('withoutComments', () => {
  it('drops $comment keys at every depth and keeps everything else', () => {
    expect(
      withoutComments({
        $comment: 'top',
        a: { $comment: 'inner', b: [1, { $comment: 'deep', c: 'x' }] },
        d: null,
        e: '$comment',
      }),
    ).toEqual({ a: { b: [1, { c: 'x' }] }, d: null, e: '$comment' });
  });
});

describe('withoutComments with keys to drop', () => {
  it('drops the listed keys at every depth too', () => {
    expect(
      withoutComments(
        { offices: [{ id: 'a', sources: 'x', note: 'y', holders: [{ note: 'z' }] }] },
        ['sources', 'note'],
      ),
    ).toEqual({ offices: [{ id: 'a', holders: [{}] }] });
  });
});
