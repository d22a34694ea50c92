import { describe, expect, it } from 'vitest';
import { foldText, withFoldMemo } from './normalize.ts';

describe('foldText keeps every character at its offset', () => {
  const samples = [
    '',
    'ICE agents',
    'İstanbul', // 'İ'.toLowerCase() is two code units
    'İİİ and İCE',
    '\u201CQuoted\u201D and \u2018single\u2019 and \u201Elow\u201F and \u2032prime\u2033',
    'Rochester\u00A0police\u202Fsaid\u2007so\tthen',
    'an em dash \u2014 an en dash \u2013 a hyphen \u2010 a bar \u2015',
    'astral: \u{1D400}\u{1F600}\u{10400} and Deseret \u{10400}\u{10428}',
    'ẞ Σ ΑΣ Ω K Å ǅ ﬀ ß ŉ',
    'line one\nline two\r\nline three',
    'a lone surrogate \uD83D and a stray low \uDE00',
  ];

  it.each(samples)('length of %j', (text) => {
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('maps every BMP code unit to exactly one code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const folded = foldText(ch);
      if (folded.length !== 1)
        throw new Error(`U+${code.toString(16)} folds to ${folded.length} code units`);
    }
  });

  it('folds each position independently, so a span of the folded text is the fold of the same span', () => {
    const text = 'ΑΣ İCE \u201CBorder\u00A0Patrol\u201D \u2014 \u{1F600} OK';
    const folded = foldText(text);
    for (let start = 0; start < text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(folded.slice(start, end)).toBe(foldText(text.slice(start, end)));
      }
    }
  });

  it('leaves surrogate pairs intact', () => {
    expect(foldText('\u{1F600}')).toBe('\u{1F600}');
    expect(foldText('a\u{1D400}b')).toBe('a\u{1D400}b');
  });
});

describe('foldText folding', () => {
  it('lowers case', () => {
    expect(foldText('ICE Agents In ROCHESTER')).toBe('ice agents in rochester');
    expect(foldText('ÉCOLE ÅSA')).toBe('école åsa');
  });

  it('leaves a character alone when its lower case has another length', () => {
    expect(foldText('İCE')).toBe('İce');
  });

  it('turns typographic quotes and primes into ASCII quotes', () => {
    expect(foldText('\u2018a\u2019 \u201Ab\u201B \u2032')).toBe("'a' 'b' '");
    expect(foldText('\u201Ca\u201D \u201Eb\u201F \u2033')).toBe('"a" "b" "');
    expect(foldText('somebody\u2019s')).toBe("somebody's");
  });

  it('turns dashes into a hyphen', () => {
    expect(foldText('back\u2010up back\u2011up 1\u20122 a\u2013b a\u2014b a\u2015b')).toBe(
      'back-up back-up 1-2 a-b a-b a-b',
    );
  });

  it('turns no-break, figure and narrow spaces and tabs into a space, but keeps line breaks', () => {
    expect(foldText('ICE\u00A0agents\u2007and\u202FBorder\tPatrol')).toBe(
      'ice agents and border patrol',
    );
    expect(foldText('a\nb\r\nc')).toBe('a\nb\r\nc');
  });

  it('leaves ASCII punctuation and digits alone', () => {
    const ascii = '0123456789 .,;:!?\'"-()[]{}<>/\\@#$%^&*_+=~`|';
    expect(foldText(ascii)).toBe(ascii);
  });
});

describe('withFoldMemo', () => {
  it('folds inside an analysis exactly as outside, for repeats and for texts that fold differently', () => {
    const texts = [
      'Chief SMITH said “no”',
      'İstanbul',
      'ΟΔΟΣ',
      'a\u00a0b\u2014c',
      'Chief SMITH said “no”',
    ];
    const outside = texts.map(foldText);
    const inside = withFoldMemo(() => texts.map(foldText));
    expect(inside).toEqual(outside);
  });

  it('returns what the work returns, nests, and still folds after the work throws', () => {
    expect(withFoldMemo(() => withFoldMemo(() => foldText('ICE')))).toBe('ice');
    expect(() =>
      withFoldMemo(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(foldText('Border Patrol')).toBe('border patrol');
  });
});
