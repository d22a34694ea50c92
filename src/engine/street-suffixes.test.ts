import { describe, expect, it } from 'vitest';
import { shortStreetForms } from './street-suffixes.ts';

describe('shortStreetForms', () => {
  it('gives each short form of a street suffix, and none for other words', () => {
    expect(shortStreetForms('lyell avenue')).toEqual(['lyell ave', 'lyell av']);
    expect(shortStreetForms('whitney street')).toEqual(['whitney st']);
    expect(shortStreetForms('border patrol')).toEqual([]);
    expect(shortStreetForms('avenue')).toEqual([]);
  });
});
