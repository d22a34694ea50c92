/** Quoted phrases too short to align, against the recorded quotes of the one credited with them. */
import { describe, expect, it } from 'vitest';
import { matchQuote } from './match-quote.ts';
import { readShortQuote } from './short-quote.ts';
import { quote, quoteChecks } from './test-quotes.ts';

const details = quoteChecks(
  [
    { id: 'dockers', kind: 'organization', name: 'Dockers Union', aliases: ['the union'] },
    { id: 'owen-dray', kind: 'person', name: 'Owen Dray', role: 'Mayor' },
  ],
  [
    quote({
      id: 'union-reaction',
      speaker: 'dockers',
      text: 'The mayor gave a complete overreaction to what happened. Our members did absolutely nothing wrong on the quay.',
    }),
    quote({
      id: 'union-again',
      speaker: 'dockers',
      text: 'It was a reckless decision, and a reckless reaction.',
    }),
    quote({
      id: 'dray-good',
      speaker: 'owen-dray',
      text: 'The crews did a great job on the night of the fire.',
    }),
    quote({ id: 'dray-short', speaker: 'owen-dray', text: 'Rescue is coming!' }),
  ],
);
const match = (sentence: string) => matchQuote(sentence, details);

describe('readShortQuote', () => {
  const theirs = details.quotes.filter((q) => q.speaker?.id === 'dockers');
  it('finds one word put for another or added, with the diff, when only one recorded place fits', () => {
    expect(readShortQuote('a small overreaction', theirs, details.quotes)).toMatchObject({
      outcome: 'altered',
      diff: ['complete \u2192 small'],
    });
    expect(readShortQuote('absolutely something wrong', theirs, details.quotes)).toMatchObject({
      outcome: 'altered',
      diff: ['nothing \u2192 something'],
    });
  });

  it('reads a verbatim phrase as theirs, and a phrase more than one place fits as ambiguous', () => {
    expect(readShortQuote('a complete overreaction', theirs, details.quotes)).toMatchObject({
      outcome: 'verbatim',
    });
    expect(readShortQuote('a thoughtless reaction', theirs, details.quotes)).toMatchObject({
      outcome: 'altered',
      diff: ['reckless \u2192 thoughtless'],
    });
    expect(readShortQuote('a reckless move', theirs, details.quotes)).toMatchObject({
      outcome: 'ambiguous',
    });
  });

  it('says nothing of two words, of common words only, or of a change of ending', () => {
    expect(readShortQuote('small overreaction', theirs, details.quotes)).toBeNull();
    const dray = details.quotes.filter((q) => q.speaker?.id === 'owen-dray');
    expect(readShortQuote('a good job', dray, details.quotes)).toBeNull();
    expect(readShortQuote('a complete overreactions', theirs, details.quotes)).toBeNull();
  });
});

describe('matchQuote: short quoted phrases', () => {
  it('is discrepant for a changed word in a phrase credited to the speaker, or opened with as its subject', () => {
    expect(match('The union called the remarks \u201Ca small overreaction.\u201D')).toMatchObject({
      verdict: 'discrepant',
      claimId: 'quote:union-reaction',
      diff: ['complete \u2192 small'],
    });
    expect(match('\u201CA small overreaction,\u201D the union said.')).toMatchObject({
      verdict: 'discrepant',
    });
  });

  it('is consistent word for word, unverified when ambiguous, and nothing when someone else is the subject', () => {
    expect(
      match('The union called the remarks \u201Ca complete overreaction.\u201D'),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:union-reaction' });
    expect(match('The union called it \u201Ca reckless move.\u201D')).toMatchObject({
      verdict: 'unverified',
    });
    expect(
      match('Critics of the union called the remarks \u201Ca small overreaction.\u201D'),
    ).toBeNull();
    expect(
      match("The union's critics called the remarks \u201Ca small overreaction.\u201D"),
    ).toBeNull();
    expect(match('Mayor Dray said the crews did \u201Ca good job.\u201D')).toBeNull();
  });
});

describe('readShortQuote: the same change at two places, and a hyphenated compound', () => {
  const d = quoteChecks(
    [{ id: 'ida-marsh', kind: 'person', name: 'Ida Marsh', role: 'Mayor' }],
    [
      quote({
        id: 'marsh-one',
        speaker: 'ida-marsh',
        text: 'The Harbourside Police Department answers to this council, and always will.',
      }),
      quote({
        id: 'marsh-two',
        speaker: 'ida-marsh',
        text: 'I asked the Harbourside Police Department to review the tapes, from watching the body-worn footage first.',
      }),
    ],
  );
  const hers = d.quotes;
  it('one word changed in a phrase the record has twice is altered, not ambiguous', () => {
    expect(readShortQuote('Harbourside seriously Department', hers, d.quotes)).toMatchObject({
      outcome: 'altered',
      diff: ['police \u2192 seriously'],
    });
  });

  it('three words as written, one of them hyphenated, are read as a short phrase', () => {
    expect(readShortQuote('watching entirely body-worn', hers, d.quotes)).toMatchObject({
      outcome: 'altered',
      diff: ['the \u2192 entirely'],
    });
    expect(
      matchQuote('Ida Marsh called it \u201Cwatching entirely body-worn.\u201D', d)?.verdict,
    ).toBe('discrepant');
    expect(matchQuote('Ida Marsh called it \u201Cwatching the body-worn.\u201D', d)?.verdict).toBe(
      'consistent',
    );
  });
});

describe('matchQuote: a short recorded quote in full, credited to someone else of the story', () => {
  it('is misattributed', () => {
    expect(
      match('Then the union shows up tweeting \u201CRescue is coming!\u201D like a film.'),
    ).toMatchObject({
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId: 'quote:dray-short',
    });
    expect(match('Owen Dray posted \u201CRescue is coming!\u201D on Friday.')?.verdict).not.toBe(
      'discrepant',
    );
    // A part of it, or two words, could be anyone's.
    expect(match('The union posted \u201Crescue is\u201D on Friday.')?.verdict).not.toBe(
      'discrepant',
    );
  });
});
