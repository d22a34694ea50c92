import { describe, expect, it } from 'vitest';
import { withTextFragment } from './text-fragment.ts';

describe('withTextFragment', () => {
  it('points a short passage by its whole words', () => {
    expect(withTextFragment('https://news.example/a', 'We will not back down.')).toBe(
      'https://news.example/a#:~:text=We%20will%20not%20back%20down.',
    );
  });

  it('points a long passage by its first and last words', () => {
    const url = withTextFragment(
      'https://news.example/a',
      'one two three four five six seven eight nine ten',
    );
    expect(url).toBe(
      'https://news.example/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten',
    );
  });

  it('escapes the characters a text directive gives meaning to', () => {
    const url = withTextFragment('https://news.example/a', 'left-wing, right-wing & the rest');
    expect(url).toBe(
      'https://news.example/a#:~:text=left%2Dwing%2C%20right%2Dwing%20%26%20the%20rest',
    );
  });

  it('keeps an existing fragment and adds the directive after it', () => {
    expect(withTextFragment('https://news.example/a#story', 'We will not back down')).toBe(
      'https://news.example/a#story:~:text=We%20will%20not%20back%20down',
    );
  });

  it('uses only words printed verbatim: the longest stretch between ellipses and editorial brackets', () => {
    const url = withTextFragment(
      'https://x.example/',
      '\u201CWe act [on federal requests] only when lives are at stake \u2026 ok\u201D',
    );
    expect(url).toBe('https://x.example/#:~:text=only%20when%20lives%20are%20at%20stake');
  });

  it('leaves the link plain when there is no passage or too little of it', () => {
    expect(withTextFragment('https://x.example/', undefined)).toBe('https://x.example/');
    expect(withTextFragment('https://x.example/', '"Yes, sir."')).toBe('https://x.example/');
  });
});
