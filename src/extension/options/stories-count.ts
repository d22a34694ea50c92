import { t } from '../platform/browser-api.ts';
import { pluralKey } from '../shared/plural.ts';

/** "1 story", "2 stories", in the browser's language. */
export const storiesCount = (count: number): string =>
  t(pluralKey(count, { one: 'countStoriesOne', other: 'countStoriesOther' }), [count]);
