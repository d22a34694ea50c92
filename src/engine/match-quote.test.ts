/** Known quotes in a page's sentences: wording, status, speaker and placement. */
import { describe, expect, it } from 'vitest';
import { testPack } from '../pack/test-pack.ts';
import type { ClaimPack, Fact, Quote } from '../pack/schema.ts';
import { analyzeText, indexPacks } from './index.ts';
import { matchQuote, paragraphSpeaker } from './match-quote.ts';
import { testWorld } from '../world/test-world.ts';
import { indexWorld } from '../world/world-index.ts';
import { QUILL_AND_DRAY, reporterQuote } from './test-quotes.ts';

const QUOTES: Quote[] = [
  reporterQuote({
    id: 'quill-control',
    speaker: 'mara-quill',
    role: 'Fire chief',
    occasion: 'at the scene',
    text: 'We had the fire under control within the hour. Nobody was hurt.',
    status: 'verified',
    variants: [
      {
        text: 'We had the fire under control inside the hour.',
        kind: 'transcription',
        seenIn: 'Coast Radio',
        note: 'Coast Radio heard "inside the hour".',
      },
      {
        text: 'We lost control of the fire within the hour.',
        kind: 'misquote',
        note: 'The chief said they had the fire under control, not that they lost control of it.',
      },
    ],
    misplaced: [
      {
        when: [['inquiry', 'hearing']],
        explanation: 'The chief said this at the scene on 2 January, not at the inquiry.',
      },
    ],
  }),
  reporterQuote({
    id: 'quill-quay',
    speaker: 'mara-quill',
    text: 'Stay back from the quay!',
    status: 'verified',
    variants: [
      {
        text: 'Stay back from the quay or you will be arrested!',
        kind: 'misquote',
        note: 'She asked people to stay back; she did not threaten arrests.',
      },
    ],
  }),
  reporterQuote({
    id: 'dray-rebuild',
    speaker: 'owen-dray',
    text: 'The warehouse will be rebuilt before the summer season starts.',
    status: 'single-source',
    note: 'Only the Gazette printed this.',
  }),
  reporterQuote({
    id: 'quill-doors',
    speaker: 'mara-quill',
    text: 'Someone left the loading doors open all night.',
    status: 'unverified',
    note: 'No outlet that was there reports these words.',
  }),
  reporterQuote({
    id: 'dray-warnings',
    speaker: 'owen-dray',
    text: 'The owners ignored three safety warnings last year.',
    status: 'fabricated',
    note: 'There is no record of the mayor saying this.',
  }),
  reporterQuote({
    id: 'dockers-alarm',
    speaker: 'dockers',
    text: 'Our members were the first to raise the alarm that evening.',
    status: 'single-source',
  }),
  reporterQuote({
    id: 'quill-plain',
    speaker: 'mara-quill',
    text: 'The wind carried sparks across the whole yard.',
    status: 'verified',
  }),
];

function harbourPack(quotes: Quote[], facts: Fact[] = []): ClaimPack {
  return testPack({
    entities: [
      ...QUILL_AND_DRAY,
      { id: 'dockers', kind: 'organization', name: 'Dockers Union', aliases: ['the union'] },
    ],
    quotes,
    facts,
  });
}

/** The check details of the harbour story with these quotes. */
const harbourChecks = (quotes: Quote[]) => indexPacks([harbourPack(quotes)]).stories[0]!.checks();
const details = harbourChecks(QUOTES);
const match = (sentence: string) => matchQuote(sentence, details);

describe("matchQuote: the record's own wording", () => {
  it('finds a verified quote consistent, and describes the original', () => {
    expect(
      match('\u201CWe had the fire under control within the hour,\u201D Chief Quill said.'),
    ).toEqual({
      verdict: 'consistent',
      kind: 'quote',
      claimId: 'quote:quill-control',
      original:
        'Mara Quill, Fire chief \u2014 at the scene, 2 January 2025: \u201CWe had the fire under control within the hour. Nobody was hurt.\u201D',
      explanation: "The quote matches Mara Quill's words as reported.",
    });
  });

  it('finds a single-source quote consistent, and says only one outlet reported it', () => {
    const found = match(
      'Mayor Dray said: "The warehouse will be rebuilt before the summer season starts."',
    );
    expect(found).toMatchObject({
      verdict: 'consistent',
      kind: 'quote',
      claimId: 'quote:dray-rebuild',
    });
    expect(found?.explanation).toMatch(/only one outlet/);
    expect(found?.explanation).toContain('Only the Gazette printed this.');
    // The speaker's role comes from the entity when the quote gives none.
    expect(found?.original).toMatch(
      /^Owen Dray, Mayor \u2014 talking to reporters, 2 January 2025: /,
    );
  });

  it("finds an unverified quote unverified, with the pack's note", () => {
    expect(
      match(
        'Chief Quill told the crowd: \u201CSomeone left the loading doors open all night.\u201D',
      ),
    ).toMatchObject({
      verdict: 'unverified',
      kind: 'quote',
      claimId: 'quote:quill-doors',
      explanation: 'No outlet that was there reports these words.',
    });
  });

  it("finds a fabricated quote discrepant, with the pack's note", () => {
    expect(
      match('The mayor put it bluntly: "The owners ignored three safety warnings last year."'),
    ).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:dray-warnings',
      explanation: 'There is no record of the mayor saying this.',
    });
  });

  it('matches whatever the case, quotation marks and punctuation', () => {
    expect(
      match('CHIEF QUILL: \u201Cwe had the fire under control \u2014 within the hour!\u201D')
        ?.claimId,
    ).toBe('quote:quill-control');
  });

  it('matches one sentence of a quote on its own', () => {
    expect(match('\u201CNobody was hurt,\u201D she added.')?.claimId).toBe('quote:quill-control');
  });

  it('matches a long enough sentence of a quote without quotation marks', () => {
    expect(
      match('Chief Quill recalled that the wind carried sparks across the whole yard.')?.claimId,
    ).toBe('quote:quill-plain');
  });

  it("needs the whole of a sentence of the quote, in order, to call it the record's wording", () => {
    expect(match('She said the fire was under control within the hour.')).toBeNull();
    // Reordered inside quotation marks: the same words, reworded, are a changed quote.
    expect(match('"Within the hour we had the fire under control," she said.')).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:quill-control',
      explanation: expect.stringContaining('differ from what Mara Quill'),
    });
  });

  it('does not call a quoted sentence with few words in common a changed quote', () => {
    expect(match('"The river was calm and the boats were all moored," she said.')).toBeNull();
  });

  it('finds quoted words that match nothing on record unverified when a known person is named', () => {
    expect(
      match('Mayor Dray said: "We will hold a public meeting about safety on the pier next week."'),
    ).toMatchObject({
      verdict: 'unverified',
      kind: 'quote',
      claimId: 'person:owen-dray',
    });
  });

  it('finds words said on different occasions joined into one quote discrepant', () => {
    const joined =
      'Chief Quill said: "We had the fire under control within the hour, and our members were the first to raise the alarm that evening."';
    expect(match(joined)).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      explanation: expect.stringContaining('different occasions'),
    });
  });

  it('finds nothing in sentences that quote nobody', () => {
    expect(match('The warehouse burned until dawn.')).toBeNull();
    expect(match('')).toBeNull();
    expect(match('\u201C\u2026\u201D')).toBeNull();
  });
});

describe('matchQuote: variants', () => {
  it("finds a known misquote discrepant, with the variant's note", () => {
    expect(
      match('Chief Quill admitted: "We lost control of the fire within the hour."'),
    ).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:quill-control',
      explanation:
        'The chief said they had the fire under control, not that they lost control of it.',
    });
  });

  it("prefers a variant to the record's wording it contains", () => {
    expect(
      match('Chief Quill warned: "Stay back from the quay or you will be arrested!"'),
    ).toMatchObject({
      verdict: 'discrepant',
      claimId: 'quote:quill-quay',
      explanation: 'She asked people to stay back; she did not threaten arrests.',
    });
  });

  it("finds a transcription variant consistent, with the variant's note", () => {
    expect(
      match('Chief Quill said: "We had the fire under control inside the hour."'),
    ).toMatchObject({
      verdict: 'consistent',
      kind: 'quote',
      claimId: 'quote:quill-control',
      explanation: 'Coast Radio heard "inside the hour".',
    });
  });
});

describe('matchQuote: short quotes', () => {
  it('counts a short quote inside quotation marks', () => {
    expect(match('Chief Quill shouted, \u201CStay back from the quay!\u201D')?.claimId).toBe(
      'quote:quill-quay',
    );
    expect(match('Chief Quill shouted, "Stay back from the quay!"')?.claimId).toBe(
      'quote:quill-quay',
    );
  });

  it("does not count a short quote's words in plain prose", () => {
    expect(match('Chief Quill told everyone to stay back from the quay.')).toBeNull();
    expect(match('Nobody was hurt, she added.')).toBeNull();
  });

  // BUG (match-quote): a short piece counts when the sentence has a quotation
  // mark anywhere, not only when the piece itself is inside the marks.
  it("does not count a short quote's words when the marks are around other words", () => {
    expect(
      match('Chief Quill, a "hero" to locals, told everyone to stay back from the quay.'),
    ).toBeNull();
  });
});

describe('matchQuote: who the words are credited to', () => {
  it('finds words credited to another known person discrepant', () => {
    const found = match('Mayor Dray said: "We had the fire under control within the hour."');
    expect(found).toMatchObject({
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId: 'quote:quill-control',
    });
    expect(found?.explanation).toBe(
      "The page credits these words to Owen Dray, but they are Mara Quill's.",
    );
  });

  it('does not fault a sentence that names the speaker as well as someone else', () => {
    expect(
      match('Chief Quill told Mayor Dray: "We had the fire under control within the hour."')
        ?.verdict,
    ).toBe('consistent');
  });

  it('is not vouched for when no speaker is read and another of the story\u2019s people is named beside the words', () => {
    for (const s of [
      'The song borrows the line Dray gave that night: "We had the fire under control within the hour."',
      'The chorus takes a line from Mayor Dray: "We had the fire under control within the hour."',
    ])
      // Read as the record's words, with why they are not vouched for if nothing else is found (analyze.ts).
      expect(match(s), s).toMatchObject({
        verdict: 'consistent',
        beside: expect.stringContaining('names Owen Dray beside these words'),
      });
    // Named only as the owner of something else, the other person credits nothing.
    expect(
      match(
        'The chorus, written after Dray\u2019s visit, goes: "We had the fire under control within the hour."',
      ),
    ).not.toHaveProperty('beside');
  });

  it("credits an organisation's words to it", () => {
    expect(
      match('The Dockers Union said: "Our members were the first to raise the alarm that evening."')
        ?.verdict,
    ).toBe('consistent');
  });

  // BUG (match-quote): only people's names are looked for, so a quote whose
  // speaker is an organisation (or agency, or outlet) is credited to any person
  // the sentence also names, even when the speaker is named too.
  it("does not credit an organisation's words to a person it answers", () => {
    expect(
      match(
        'The Dockers Union answered Mayor Dray: "Our members were the first to raise the alarm that evening."',
      )?.verdict,
    ).toBe('consistent');
  });
});

describe('matchQuote: where the words are placed', () => {
  it('finds a quote placed where it was not said discrepant, as a time-context finding', () => {
    expect(
      match('At the inquiry, Chief Quill said: "We had the fire under control within the hour."'),
    ).toMatchObject({
      verdict: 'discrepant',
      kind: 'time-context',
      claimId: 'quote:quill-control',
      explanation: 'The chief said this at the scene on 2 January, not at the inquiry.',
    });
  });
});

describe('a quoted sentence in a page', () => {
  /** A fact that faults any sentence saying the fire was under control. */
  const underControl: Fact = {
    id: 'spread',
    statement: 'The fire spread for six hours.',
    kind: 'event',
    about: [['fire']],
    sources: ['gazette'],
    confidence: 'high',
    contradictions: [
      {
        id: 'controlled',
        claim: 'The fire was soon under control.',
        when: [['under control']],
        explanation: 'It burned for six hours.',
      },
    ],
  };
  const index = indexPacks([harbourPack(QUOTES, [underControl])]);

  it('is judged by the quote, even when it also matches a fact', () => {
    const quoted = 'Chief Quill said: \u201CWe had the fire under control within the hour.\u201D';
    const plain = 'The fire was under control within the hour.';
    const text = `Harbour Town woke to smoke.\n${quoted}\n${plain}`;
    const analysis = analyzeText(text, index);
    expect(analysis.findings.map((f) => [f.text, f.claimId, f.verdict])).toEqual([
      [quoted, 'quote:quill-control', 'consistent'],
      [plain, 'fact:spread', 'discrepant'],
    ]);
  });

  it('carries the recorded words of a printed quote, for a link to the passage; never for words no source printed', () => {
    const text = [
      'Harbour Town woke to smoke.',
      'Chief Quill said: \u201CWe had the fire under control within the hour.\u201D',
      'The union said: \u201COur members were the first to raise the alarm that evening.\u201D',
      'Mayor Dray said: \u201CThe owners ignored three safety warnings last year.\u201D',
      'Chief Quill said: \u201CSomeone left the loading doors open all night.\u201D',
    ].join('\n');
    const passages = analyzeText(text, index).findings.map((f) => [f.claimId, f.passage]);
    expect(passages).toEqual([
      ['quote:quill-control', 'We had the fire under control within the hour. Nobody was hurt.'],
      ['quote:dockers-alarm', 'Our members were the first to raise the alarm that evening.'],
      ['quote:dray-warnings', undefined],
      ['quote:quill-doors', undefined],
    ]);
  });
});

describe('matchQuote: a verbatim stretch cut at either end', () => {
  it("is the speaker's words when the page quotes the start, the middle or the end of a recorded sentence", () => {
    expect(
      match('\u201CThe warehouse will be rebuilt before the summer,\u201D Mayor Dray said.'),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:dray-rebuild' });
    expect(
      match(
        'Mayor Dray said the warehouse \u201Cwill be rebuilt before the summer season starts.\u201D',
      ),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:dray-rebuild' });
    expect(
      match('Chief Quill said \u201Cthe wind carried sparks across the whole\u201D site.'),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:quill-plain' });
  });

  it('is still judged for whom it is credited to, and a cut piece of a misquote is still the misquote', () => {
    expect(
      match('\u201CThe warehouse will be rebuilt before the summer,\u201D Chief Quill said.'),
    ).toMatchObject({ verdict: 'discrepant', kind: 'misattributed-quote' });
    expect(
      match('\u201CStay back from the quay or you will be arrested,\u201D Chief Quill warned.'),
    ).toMatchObject({ verdict: 'discrepant', claimId: 'quote:quill-quay' });
  });
});

describe('matchQuote: word-by-word alignment with the record (issue 15)', () => {
  const crews = reporterQuote({
    id: 'quill-crews',
    speaker: 'mara-quill',
    status: 'verified',
    text: 'Our crews worked through the night to save the boats. The tide helped us in the end. We will need new pumps before winter.',
    variants: [
      {
        text: 'Our crew worked through the night to save the boat. The tide helped us in the end.',
        kind: 'transcription',
        seenIn: 'Coast Radio',
        note: 'Coast Radio heard "crew" and "boat".',
      },
    ],
  });
  const aligned = harbourChecks([...QUOTES, crews]);
  const at = (sentence: string, previous = '') => matchQuote(sentence, aligned, previous);

  it("finds a verbatim stretch cut at either end, across the record's sentences, the speaker's words", () => {
    expect(
      at('\u201Cto save the boats. The tide helped us,\u201D Chief Quill said.'),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:quill-crews' });
    expect(
      at('Chief Quill said \u201Cthe night to save the boats. The tide helped\u201D them.'),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:quill-crews' });
  });

  it('takes an ellipsis over omitted words as honest', () => {
    expect(
      at(
        '\u201COur crews worked through the night \u2026 we will need new pumps before winter,\u201D Chief Quill said.',
      ),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:quill-crews' });
    expect(
      at(
        '"Our crews worked through the night... The tide helped us in the end," Chief Quill said.',
      ),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:quill-crews' });
  });

  it("takes words in brackets or parentheses as the editor's", () => {
    expect(
      at(
        '\u201C[The fire crews] worked through the night to save the boats,\u201D Chief Quill said.',
      ),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:quill-crews' });
    expect(
      at('\u201CThe tide (that morning) helped us in the end,\u201D Chief Quill said.'),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:quill-crews' });
  });

  it('accepts a listed transcription, even elided', () => {
    expect(
      at(
        '\u201COur crew worked through the night \u2026 the tide helped us,\u201D Chief Quill said.',
      ),
    ).toMatchObject({
      verdict: 'consistent',
      claimId: 'quote:quill-crews',
      explanation: 'Coast Radio heard "crew" and "boat".',
    });
  });

  it('finds a reworded quote discrepant, with the word diff', () => {
    const found = at(
      '\u201COur crews worked through the night to rescue the boats,\u201D Chief Quill said.',
    );
    expect(found).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:quill-crews',
      diff: ['save \u2192 rescue'],
    });
    expect(found?.explanation).toContain('save \u2192 rescue');
  });

  it('finds recorded sentences joined with no ellipsis over the words between them stitched', () => {
    expect(
      at(
        '\u201COur crews worked through the night to save the boats. We will need new pumps before winter,\u201D Chief Quill said.',
      ),
    ).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:quill-crews',
      explanation: expect.stringContaining('no ellipsis'),
    });
  });

  it('finds a verbatim stretch credited to another person, named by surname alone, misattributed', () => {
    expect(at('\u201Cto save the boats. The tide helped us,\u201D Dray said.')).toMatchObject({
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId: 'quote:quill-crews',
    });
    expect(
      at('\u201CWe had the fire under control within the hour,\u201D Dray said.'),
    ).toMatchObject({ verdict: 'discrepant', kind: 'misattributed-quote' });
  });

  it('finds unknown words of a known speaker, named by surname alone, unverified', () => {
    expect(
      at('\u201CWe will rebuild the harbour wall with money from the state,\u201D Quill said.'),
    ).toMatchObject({ verdict: 'unverified', kind: 'quote', claimId: 'person:mara-quill' });
  });

  it('carries the speaker of the sentence before to "he added"', () => {
    const words = '\u201CWe had the fire under control within the hour,\u201D he added.';
    expect(at(words, 'Mayor Dray said the town would recover.')).toMatchObject({
      verdict: 'discrepant',
      kind: 'misattributed-quote',
    });
    expect(at(words, 'Chief Quill said the town would recover.')).toMatchObject({
      verdict: 'consistent',
    });
  });

  it('does not take a person named as the object of the speech for its speaker', () => {
    const words =
      '\u201CThe warehouse will be rebuilt before the summer season starts,\u201D he added, noting he had told Chief Quill to check the site.';
    expect(at(words, 'Mayor Dray said the town would recover.')).toMatchObject({
      verdict: 'consistent',
      claimId: 'quote:dray-rebuild',
    });
  });

  it("does not take words about a person for that person's", () => {
    expect(
      at(
        'The union praised Chief Quill for \u201Cher calm and her courage on the quay that night.\u201D',
      ),
    ).toBeNull();
  });
});

describe('a quote that runs over two sentences of a page', () => {
  const crews = reporterQuote({
    id: 'quill-crews',
    speaker: 'mara-quill',
    status: 'verified',
    text: 'Our crews worked through the night to save the boats. The tide helped us in the end. We will need new pumps before winter.',
  });
  const index = indexPacks([harbourPack([...QUOTES, crews])]);

  it("is stitched when its sentences are recorded apart, and the speaker's words when they are recorded together", () => {
    const page = (words: string) =>
      analyzeText(
        `Harbour Town woke to smoke.\nChief Quill spoke on Friday. ${words}\n`,
        index,
      ).findings.map((f) => [f.claimId, f.verdict]);
    expect(
      page(
        '\u201COur crews worked through the night to save the boats. We will need new pumps before winter,\u201D Chief Quill said.',
      ),
    ).toContainEqual(['quote:quill-crews', 'discrepant']);
    expect(
      page(
        '\u201COur crews worked through the night to save the boats. The tide helped us in the end,\u201D Chief Quill said.',
      ),
    ).not.toContainEqual(['quote:quill-crews', 'discrepant']);
  });
});

describe('matchQuote: a transcription that differs only in word endings', () => {
  const details2 = harbourChecks([
    ...QUOTES,
    reporterQuote({
      id: 'quill-crews',
      speaker: 'mara-quill',
      status: 'verified',
      text: 'Our crews worked through the night to save the boats.',
    }),
  ]);
  it('is unverified, not a changed quote, and names the endings', () => {
    expect(
      matchQuote(
        '\u201COur crew worked through the night to save the boat,\u201D Chief Quill said.',
        details2,
      ),
    ).toMatchObject({
      verdict: 'unverified',
      kind: 'quote',
      claimId: 'quote:quill-crews',
      diff: ['crews \u2192 crew', 'boats \u2192 boat'],
    });
  });
});

describe('matchQuote: words on no record', () => {
  const post = reporterQuote({
    id: 'dray-post',
    speaker: 'owen-dray',
    status: 'verified',
    occasion: 'post on the town website',
    text: 'The harbour is open again. Thank you to every crew.',
  });
  const statement = (complete: boolean) => harbourChecks([QUOTES[0]!, { ...post, complete }]);
  const words =
    '\u201CWe will rebuild the whole harbour front with state money,\u201D Dray wrote in his post on the town website.';

  it('are unverified, not discrepant: no record is not proof of invention', () => {
    expect(matchQuote(words, statement(false))).toMatchObject({
      verdict: 'unverified',
      claimId: 'person:owen-dray',
    });
  });

  it('are discrepant when the pack holds the whole of what the speaker said on that occasion', () => {
    expect(matchQuote(words, statement(true))).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:dray-post',
    });
  });
});

describe('matchQuote: a recorded sentence that goes on in other words', () => {
  it('is altered, with the diff, though its first sentence is whole', () => {
    expect(
      match(
        '\u201CWe had the fire under control within the hour. Nobody was ever in danger,\u201D Chief Quill said.',
      ),
    ).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:quill-control',
      diff: ['hurt \u2192 ever in danger'],
    });
  });
});

describe("the paragraph's last speaker carried to a pronoun", () => {
  const index = indexPacks([harbourPack(QUOTES)]);
  const page = (paragraph: string) =>
    analyzeText(`Harbour Town woke to smoke.\n${paragraph}\n`, index).findings.map((f) => [
      f.claimId,
      f.verdict,
      f.kind,
    ]);
  const words = '\u201CWe had the fire under control within the hour,\u201D he added.';

  it('credits "he added" two sentences after the named speaker to that speaker', () => {
    expect(
      page(`Mayor Dray said the town would recover. The warehouse burned for hours. ${words}`),
    ).toContainEqual(['quote:quill-control', 'discrepant', 'misattributed-quote']);
    expect(
      page(
        `Chief Quill said the town would recover. The warehouse burned for hours. Smoke rose over the quay. ${words}`,
      ),
    ).toContainEqual(['quote:quill-control', 'consistent', 'quote']);
  });

  it('carries no one past another speaker named in between, nor into the next paragraph', () => {
    expect(
      page(`Mayor Dray said the town would recover. Chief Quill was at the quay. ${words}`),
    ).not.toContainEqual(['quote:quill-control', 'discrepant', 'misattributed-quote']);
    expect(
      page(`Mayor Dray said the town would recover. The warehouse burned for hours.\n${words}`),
    ).not.toContainEqual(['quote:quill-control', 'discrepant', 'misattributed-quote']);
  });
});

describe("matchQuote: a credit to someone the world file knows, who is none of the story's people", () => {
  const world = testWorld();
  world.people.push({ id: 'ida-voss', name: 'Ida Voss', aliases: ['Voss'] });
  const withWorld = indexPacks([harbourPack(QUOTES)], {
    world: indexWorld(world),
  }).stories[0]!.checks();
  const credit = (sentence: string) => matchQuote(sentence, withWorld);

  it('is a misattribution when the page names them in full as speaking, with a place and title before the name or "as … put it"', () => {
    expect(
      credit(
        '\u201CWe had the fire under control within the hour,\u201D said Harbour County Sheriff Ida Voss.',
      ),
    ).toMatchObject({ verdict: 'discrepant', kind: 'misattributed-quote' });
    expect(
      credit(
        'As Sheriff Ida Voss put it, \u201CWe had the fire under control within the hour.\u201D',
      ),
    ).toMatchObject({ verdict: 'discrepant', kind: 'misattributed-quote' });
    expect(
      credit(
        'As Sheriff Ida Voss herself admitted, \u201CWe had the fire under control within the hour.\u201D',
      ),
    ).toMatchObject({ verdict: 'discrepant', kind: 'misattributed-quote' });
    expect(
      credit(
        'As Sheriff Ida Voss conceded, \u201Cwe had the fire under control within the hour.\u201D',
      ),
    ).toMatchObject({ verdict: 'discrepant', kind: 'misattributed-quote' });
  });

  it('is not by a surname alone, nor when the named person is not the one speaking', () => {
    expect(
      credit('\u201CWe had the fire under control within the hour,\u201D Voss said.'),
    ).toMatchObject({ verdict: 'consistent' });
    expect(
      credit(
        '\u201CWe had the fire under control within the hour,\u201D Chief Quill told Ida Voss.',
      ),
    ).toMatchObject({ verdict: 'consistent' });
    expect(
      credit('As Chief Quill put it, \u201CWe had the fire under control within the hour.\u201D'),
    ).toMatchObject({ verdict: 'consistent' });
  });
});

describe('matchQuote: a place before the title of the one credited', () => {
  it('credits the story\'s person named after "said" and a capitalised place with a title', () => {
    expect(
      match(
        '\u201CWe had the fire under control within the hour,\u201D said Harbour City Mayor Owen Dray.',
      ),
    ).toMatchObject({ verdict: 'discrepant', kind: 'misattributed-quote' });
    expect(
      match(
        '\u201CWe had the fire under control within the hour,\u201D said Harbour Fire Chief Mara Quill.',
      ),
    ).toMatchObject({ verdict: 'consistent' });
  });
});

describe("matchQuote: a quote over three or more of the page's sentences", () => {
  const LONG =
    'The first crew arrived at nine in the evening. The wind was blowing hard from the east. Two sheds were lost before midnight. Nobody on the quay was hurt at any time.';
  const longDetails = harbourChecks([
    reporterQuote({ id: 'quill-night', speaker: 'mara-quill', text: LONG, status: 'verified' }),
  ]);
  /** The worst verdict over the page's sentences, each judged with the one before. */
  const worst = (sentences: string[]) => {
    const verdicts = sentences.map(
      (s, i) => matchQuote(s, longDetails, sentences[i - 1] ?? '')?.verdict,
    );
    return verdicts.includes('discrepant') ? 'discrepant' : verdicts;
  };

  it("finds recorded sentences joined with none of the words between, at the quote's last or a middle sentence", () => {
    expect(
      worst([
        '\u201CThe first crew arrived at nine in the evening.',
        'The wind was blowing hard from the east.',
        'Nobody on the quay was hurt at any time,\u201D Chief Quill said.',
      ]),
    ).toBe('discrepant');
    expect(
      worst([
        '\u201CThe first crew arrived at nine in the evening.',
        'Two sheds were lost before midnight.',
        'Nobody on the quay was hurt at any time,\u201D Chief Quill said.',
      ]),
    ).toBe('discrepant');
  });

  it("leaves the record's sentences in their order, or joined over an ellipsis, alone", () => {
    expect(
      worst([
        '\u201CThe first crew arrived at nine in the evening.',
        'The wind was blowing hard from the east.',
        'Two sheds were lost before midnight,\u201D Chief Quill said.',
      ]),
    ).not.toBe('discrepant');
    expect(
      worst([
        '\u201CThe first crew arrived at nine in the evening.',
        'The wind was blowing hard from the east \u2026',
        'Nobody on the quay was hurt at any time,\u201D Chief Quill said.',
      ]),
    ).not.toBe('discrepant');
    expect(
      worst([
        'Chief Quill spoke at the quay.',
        'The wind was blowing hard from the east.',
        'Nobody on the quay was hurt at any time, she said.',
      ]),
    ).not.toBe('discrepant');
  });
});

describe('matchQuote: words the record holds only as credited to one speaker, given to another', () => {
  it('is misattributed, and says the record has them only as credited to the other', () => {
    const found = match(
      'Mayor Dray is also quoted as saying, \u201CSomeone left the loading doors open all night.\u201D',
    );
    expect(found).toMatchObject({
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId: 'quote:quill-doors',
    });
    expect(found?.explanation).toContain('only as credited to Mara Quill');
  });

  it('stays unverified credited to its own speaker', () => {
    expect(
      match(
        'Chief Quill is also quoted as saying, \u201CSomeone left the loading doors open all night.\u201D',
      ),
    ).toMatchObject({ verdict: 'unverified' });
  });
});

describe("matchQuote: one speaker's recorded words credited to two together", () => {
  it('is unverified, naming the one the record has saying them', () => {
    const long = match(
      'Mayor Dray and Chief Quill both said, \u201CWe had the fire under control within the hour.\u201D',
    );
    expect(long).toMatchObject({ verdict: 'unverified', claimId: 'quote:quill-control' });
    expect(long?.explanation).toContain('the record has only Mara Quill saying them');
    expect(
      match(
        'Both Chief Quill and Mayor Dray spoke at the quay, stating that \u201Cnobody was hurt.\u201D',
      ),
    ).toMatchObject({ verdict: 'unverified', claimId: 'quote:quill-control' });
  });

  it('stays consistent when one speaker is credited, or the other is named apart from the words', () => {
    expect(
      match('Chief Quill said, \u201CWe had the fire under control within the hour.\u201D')
        ?.verdict,
    ).toBe('consistent');
    expect(
      match(
        'Chief Quill, standing beside Mayor Dray, said, \u201CWe had the fire under control within the hour.\u201D',
      )?.verdict,
    ).toBe('consistent');
    expect(
      match('Chief Quill said \u201Cnobody was hurt,\u201D and Mayor Dray and the union agreed.')
        ?.verdict,
    ).not.toBe('unverified');
  });
});

describe('matchQuote: a quote that goes on from recorded words in words of its own', () => {
  it('is not judged here when the page credits the words going on to someone else', () => {
    expect(
      match(
        '\u201CThe warehouse will be rebuilt,\u201D Mayor Dray said, and Chief Quill answered, \u201Cbut only after the winter season starts.\u201D',
      )?.explanation ?? '',
    ).not.toMatch(/recorded as saying next/);
  });

  it('is altered when it ends as the record goes on, and names both wordings', () => {
    const r = match(
      '\u201CThe warehouse will be rebuilt,\u201D Mayor Dray went on, \u201Cbut only after the winter season starts.\u201D',
    );
    expect(r).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:dray-rebuild',
    });
    expect(r?.explanation).toMatch(
      /recorded as saying next: “before the summer season starts”, not “but only after the winter season starts”/,
    );
  });

  it("is unverified when the words going on share nothing with the record's next ones", () => {
    expect(
      match(
        '\u201CThe warehouse will be rebuilt,\u201D Mayor Dray went on, \u201Cand every family will get a new boat.\u201D',
      ),
    ).toMatchObject({ verdict: 'unverified', claimId: 'quote:dray-rebuild' });
  });

  it('is consistent when every stretch is on record', () => {
    expect(
      match(
        '\u201CWe had the fire under control within the hour,\u201D Chief Quill said. \u201CNobody was hurt.\u201D',
      )?.verdict,
    ).toBe('consistent');
    expect(
      match(
        '\u201CWe had the fire under control within the hour,\u201D Chief Quill said, adding: \u201CNobody was hurt.\u201D',
      )?.verdict,
    ).toBe('consistent');
  });
});

describe('matchQuote: "He added, “…”" opening a paragraph of its own', () => {
  const quill = () => {
    // The last paragraph's last sentence credits Mayor Dray (paragraphSpeaker, as analyze.ts follows it).
    const last = paragraphSpeaker('Mayor Dray said the warehouse would be rebuilt.', details, null);
    expect(last?.entity.id).toBe('owen-dray');
    return last;
  };
  /** Matches the sentence opening a paragraph after one that credits Mayor Dray. */
  const afterDray = (sentence: string) => matchQuote(sentence, details, '', null, quill());
  it('credits the words to the one the last paragraph credited, when a fitting pronoun goes on', () => {
    const found = afterDray('He added, \u201CWe had the fire under control within the hour.\u201D');
    expect(found).toMatchObject({
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId: 'quote:quill-control',
    });
  });
  it('does not when the sentence names a speaker, the pronoun does not fit, or the verb does not go on', () => {
    expect(
      afterDray('Chief Quill added, \u201CWe had the fire under control within the hour.\u201D'),
    ).toMatchObject({ verdict: 'consistent' });
    expect(
      afterDray('They added, \u201CWe had the fire under control within the hour.\u201D'),
    ).toMatchObject({ verdict: 'consistent' });
    expect(
      afterDray('He said in 2019, \u201CWe had the fire under control within the hour.\u201D'),
    ).not.toMatchObject({ kind: 'misattributed-quote' });
  });
});
