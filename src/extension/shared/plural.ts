import { uiLanguage, type MessageKey } from '../platform/browser-api.ts';

/** A message in its singular and plural forms: two _locales keys, each with the count as $1. */
export interface PluralKeys {
  one: MessageKey;
  other: MessageKey;
}

/**
 * The _locales key for a count, by the browser language's plural rules
 * (browser.i18n has no plurals of its own). Languages with more forms than
 * two fall back to `other` until their locale brings more keys.
 */
export function pluralKey(count: number, keys: PluralKeys, locale = uiLanguage()): MessageKey {
  return new Intl.PluralRules(locale).select(count) === 'one' ? keys.one : keys.other;
}
