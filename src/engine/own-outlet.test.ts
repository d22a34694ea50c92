/**
 * A page crediting its own outlet (analyze.ts, outlet-credit.ts isOwnOutlet):
 * on the invented story with its reporting (test-story.ts outletPack), the
 * Kells Courier is not among the outlets the record has for the raid, so a
 * page crediting it is wrong, unless the page is the Courier's own.
 */
import { describe, expect, it } from 'vitest';
import { isOwnOutlet } from './compare/outlet-credit.ts';
import { outletPack } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

const { pack, world } = outletPack();
const index = indexPacks([pack], { world });
const page = [
  'Dawn raid in Port Alder',
  'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn.',
  'The Kells Courier reported that Harbor Unit officers raided the warehouse on Quay Street.',
].join('\n');
const verdict = (outlets?: string[]) => analyzeText(page, index, { today: '2024-06-20', ...(outlets ? { outlets } : {}) }).findings.find((f) => f.text.includes('Kells Courier'))?.verdict;

describe("the page's own outlet", () => {
  it('a credit of the raid to another outlet is wrong on any other page', () => {
    expect(verdict()).toBe('discrepant');
    expect(verdict(['Tidewatch'])).toBe('discrepant');
  });

  it('on the outlet\'s own page (its site name, or its address) it is only unverified', () => {
    expect(verdict(['The Kells Courier'])).toBe('unverified');
    expect(verdict(['kellscourier'])).toBe('unverified');
  });

  it('matches the names a page gives itself', () => {
    expect(isOwnOutlet('the Courier', ['The Kells Courier'])).toBe(true);
    expect(isOwnOutlet('Kells Courier', ['kellscourier'])).toBe(true);
    expect(isOwnOutlet('Kells Courier', ['The Kells Gazette'])).toBe(false);
    expect(isOwnOutlet('Brackwater Post', ['The Kells Post'])).toBe(false);
  });
});
