import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, MARK_TAG, NAME_PREFIX } from './page-names.ts';

const css = readFileSync(new URL('./highlights.css', import.meta.url), 'utf8');

/** The underline style of a verdict's mark, in the CSS Custom Highlight rule and in the fallback element's. */
function styles(verdict: keyof typeof HIGHLIGHT_NAMES): string[] {
  const rules = [
    new RegExp(`::highlight\\(${HIGHLIGHT_NAMES[verdict]}\\)\\s*\\{([^}]*)\\}`),
    new RegExp(`${MARK_TAG}\\[data-verdict='${verdict}'\\]\\s*\\{([^}]*)\\}`),
  ];
  return rules.map(
    (rule) => /text-decoration:\s*underline\s+(\w+)/.exec(rule.exec(css)?.[1] ?? '')?.[1] ?? 'none',
  );
}

describe('the marks in the page', () => {
  it('each verdict has its own underline style, in both ways of drawing, so colour is never the only difference', () => {
    expect(styles('discrepant')).toEqual(['wavy', 'wavy']);
    expect(styles('unverified')).toEqual(['dotted', 'dotted']);
    // A solid underline reads as a link.
    expect(styles('consistent')).toEqual(['double', 'double']);
  });

  it('styles only the names the content script gives (page-names.ts): CSS cannot import them', () => {
    const highlights = [...css.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]);
    expect(new Set(highlights)).toEqual(new Set(Object.values(HIGHLIGHT_NAMES)));
    const elements = [...css.matchAll(/^([a-z][\w-]*)[\s[{]/gm)].map((m) => m[1]);
    expect(new Set(elements)).toEqual(new Set([MARK_TAG]));
    expect([...css.matchAll(new RegExp(`${NAME_PREFIX}[\\w-]+`, 'g'))].length).toBe(
      highlights.length + elements.length,
    );
  });
});
