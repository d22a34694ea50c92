import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences offsets', () => {
  const samples = [
    'One. Two! Three? Four',
    '  Leading and trailing spaces.   Next one.  ',
    'Windows\r\nline breaks.\r\nAnother line.',
    '\u{1F600} Astral first. \u{1D400} then more.',
    'Tabs\tand\u00A0no-break spaces. Then another.',
    '\n\n\nBlank lines\n\n\naround\n\n',
    '“Quoted,” he said. “Again?” she asked. (Aside.) Done.',
  ];

  it.each(samples)('read back as text for %j', (text) => {
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
      expect(sentence.text.length).toBeGreaterThan(0);
      expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = sentence.end;
    }
  });

  it('gives offsets into the whole text across lines', () => {
    const text = 'First line.\n  Second line here. Third.';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 11, text: 'First line.' },
      { start: 14, end: 31, text: 'Second line here.' },
      { start: 32, end: 38, text: 'Third.' },
    ]);
  });
});

describe('splitSentences boundaries', () => {
  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences(' \n\t\n\r\n \u00A0 ')).toEqual([]);
  });

  it('keeps a text without end punctuation as one sentence', () => {
    expect(texts('Rochester officers answered the call')).toEqual([
      'Rochester officers answered the call',
    ]);
  });

  it('always splits at a line break, even mid-sentence', () => {
    expect(texts('A headline without a period\nThe body starts here')).toEqual([
      'A headline without a period',
      'The body starts here',
    ]);
    expect(texts('the mayor said\nthat officers')).toEqual(['the mayor said', 'that officers']);
  });

  it('splits at . ! and ? before a capital, a digit or an opening quote', () => {
    expect(texts('It rained. Then it stopped! Was it over? Yes.')).toEqual([
      'It rained.',
      'Then it stopped!',
      'Was it over?',
      'Yes.',
    ]);
    expect(texts('They met at noon. 10 officers came.')).toEqual([
      'They met at noon.',
      '10 officers came.',
    ]);
    expect(texts('He left. “We are done,” she said.')).toEqual([
      'He left.',
      '“We are done,” she said.',
    ]);
    expect(texts('He left. "We are done," she said.')).toEqual([
      'He left.',
      '"We are done," she said.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(texts('The stop lasted 20 min. and then ended.')).toEqual([
      'The stop lasted 20 min. and then ended.',
    ]);
  });

  it('treats a run of end punctuation as one boundary', () => {
    expect(texts('Really?! Yes... Fine.')).toEqual(['Really?!', 'Yes...', 'Fine.']);
  });
});

describe('splitSentences abbreviations and initials', () => {
  it.each([
    'Capt. Jeff Roe of the sheriff’s office spoke.',
    'Mr. Evans and Mrs. Evans arrived.',
    'Agents of the U.S. Border Patrol called.',
    'The stop began at 9 a.m. Monday and ended at 5 p.m. Tuesday.',
    'Dr. Lee lives on Whitney St. Near the corner.',
    'Sgt. Ortiz and Lt. Park met Gov. Hochul.',
    'The case, e.g. Smith vs. Jones, was cited.',
  ])('does not split %j', (text) => {
    expect(texts(text)).toEqual([text]);
  });

  it('does not split after an initial', () => {
    expect(texts('J. R. Smith and George W. Bush spoke.')).toEqual([
      'J. R. Smith and George W. Bush spoke.',
    ]);
  });

  it('still splits after an ordinary word that ends a sentence', () => {
    expect(texts('They called Mr. Evans. He did not answer.')).toEqual([
      'They called Mr. Evans.',
      'He did not answer.',
    ]);
  });

  it('splits after a time, a country or a company abbreviation when a sentence plainly starts after it', () => {
    expect(texts('She spoke to reporters at 4 p.m. She said the main was old.')).toEqual([
      'She spoke to reporters at 4 p.m.',
      'She said the main was old.',
    ]);
    expect(texts('The agents came from the U.S. The van did not.')).toEqual([
      'The agents came from the U.S.',
      'The van did not.',
    ]);
    // A name or a day after the abbreviation goes on with the sentence.
    expect(texts('The briefing began at 4 p.m. Tuesday at City Hall.')).toEqual([
      'The briefing began at 4 p.m. Tuesday at City Hall.',
    ]);
    expect(texts('Agents of the U.S. Marshals Service came.')).toEqual([
      'Agents of the U.S. Marshals Service came.',
    ]);
    // Past a closing bracket: an aside that ends on the abbreviation.
    expect(texts('(It woke me at 5 a.m.) And the chief said no.')).toEqual([
      '(It woke me at 5 a.m.)',
      'And the chief said no.',
    ]);
    expect(texts('(It woke me at 5 a.m.) Tuesday was quiet.')).toEqual([
      '(It woke me at 5 a.m.) Tuesday was quiet.',
    ]);
  });

  // "No." is an abbreviation only before a number: otherwise the engine would see two sentences as one.
  it('splits after a sentence ending in the word "no", but not after "No." before a number', () => {
    expect(texts('The chief said no. Officers went back on patrol.')).toEqual([
      'The chief said no.',
      'Officers went back on patrol.',
    ]);
    expect(texts('They met in Room No. 5 on Monday.')).toEqual([
      'They met in Room No. 5 on Monday.',
    ]);
  });
});

describe('splitSentences closing quotes and brackets', () => {
  it('keeps closing quotes with the sentence they close', () => {
    expect(texts('He said, "Stop." Then he left.')).toEqual(['He said, "Stop."', 'Then he left.']);
    expect(texts('She said, “It is over.” The crowd left.')).toEqual([
      'She said, “It is over.”',
      'The crowd left.',
    ]);
    expect(texts('He asked, ‘Why?’ Nobody answered.')).toEqual([
      'He asked, ‘Why?’',
      'Nobody answered.',
    ]);
    expect(texts('(It was late.) Then they left.')).toEqual(['(It was late.)', 'Then they left.']);
  });

  it('splits after a reference mark that follows the end ("… in 2016.[3] It began")', () => {
    expect(texts('He spoke on Monday.[2] She spoke on Tuesday.[3][a] They agreed.')).toEqual([
      'He spoke on Monday.[2]',
      'She spoke on Tuesday.[3][a]',
      'They agreed.',
    ]);
  });

  it('does not split after a rank or title written before a name', () => {
    expect(
      texts('Lt. Cmdr. Ana Ruiz said the inquiry had begun. Det. Sgt. Omar Lee agreed.'),
    ).toEqual(['Lt. Cmdr. Ana Ruiz said the inquiry had begun.', 'Det. Sgt. Omar Lee agreed.']);
    expect(
      texts('The call went to Supt. Joan Moss and Atty. Paul Ford on Main Rd. near the bridge.'),
    ).toHaveLength(1);
    expect(texts('He works for the fire dept. The chief said so.')).toEqual([
      'He works for the fire dept.',
      'The chief said so.',
    ]);
  });

  it('keeps a dotted initialism with the name it begins, and ends a sentence after one only before a sentence word', () => {
    expect(
      texts('A captain at the L.A. County Sheriff\u2019s Department spoke. Then he left.'),
    ).toEqual(['A captain at the L.A. County Sheriff\u2019s Department spoke.', 'Then he left.']);
    expect(texts('She took the N.J. Transit line. It was late.')).toHaveLength(2);
    expect(texts('He moved to L.A. The chief said so.')).toEqual([
      'He moved to L.A.',
      'The chief said so.',
    ]);
  });

  it('does not split inside a quote that goes on with a lower-case word', () => {
    expect(texts('“Why?” he asked. Nobody knew.')).toEqual(['“Why?” he asked.', 'Nobody knew.']);
  });
});

describe('splitSentences is repeatable', () => {
  it('gives the same result on repeated and interleaved calls', () => {
    const a = 'One. Two. Three.';
    const b = 'Alpha! Beta? Gamma.';
    const first = splitSentences(a);
    expect(splitSentences(b)).toHaveLength(3);
    expect(splitSentences(a)).toEqual(first);
    expect(first).toHaveLength(3);
  });
});
