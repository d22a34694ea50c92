import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');
const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');

function variables(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
}

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('theme colours', () => {
  it.each([
    ['light', variables(light)],
    ['dark', variables(dark)],
  ])(
    'every verdict word (false, imprecise, unverified, consistent) reads at 4.5:1 on the page and on a card, %s',
    (_scheme, vars) => {
      for (const word of [
        'discrepant',
        'imprecise',
        'unverified',
        'consistent',
        'muted',
        'accent',
      ]) {
        for (const ground of ['bg', 'card']) {
          expect(vars[word], `--${word}`).toBeDefined();
          expect(
            contrast(vars[word] as string, vars[ground] as string),
            `--${word} on --${ground}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
      // Imprecise is not the same colour as false.
      expect(vars.imprecise).not.toBe(vars.discrepant);
    },
  );
});
