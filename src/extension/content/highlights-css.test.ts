import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./highlights.css', import.meta.url), 'utf8');

/** The underline style of a verdict's mark, in the CSS Custom Highlight rule and in the fallback element's. */
function styles(verdict: string): string[] {
  const rules = [
    new RegExp(`::highlight\\(sourcelight-${verdict}\\)\\s*\\{([^}]*)\\}`),
    new RegExp(`sourcelight-mark\\[data-verdict='${verdict}'\\]\\s*\\{([^}]*)\\}`),
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
});
