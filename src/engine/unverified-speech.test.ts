/** Reported speech of a person whose recorded words the record could not confirm. */
import { describe, expect, it } from 'vitest';
import { foldText } from './normalize.ts';
import { unverifiedSpeech } from './unverified-speech.ts';
import { quote, quoteChecks } from './test-quotes.ts';

const details = quoteChecks(
  [
    { id: 'ria-volk', kind: 'person', name: 'Ria Volk', role: 'Harbour spokeswoman' },
    { id: 'owen-dray', kind: 'person', name: 'Owen Dray', role: 'Mayor' },
    { id: 'ida-marsh', kind: 'person', name: 'Ida Marsh', role: 'Fire chief' },
  ],
  [
    quote({
      id: 'volk-calm',
      speaker: 'ria-volk',
      text: 'We want every captain to call us first.',
      status: 'unverified',
      note: 'Only one report prints these words.',
    }),
    quote({
      id: 'dray-good',
      speaker: 'owen-dray',
      text: 'The crews did a great job on the night of the fire.',
    }),
    quote({ id: 'marsh-one', speaker: 'ida-marsh', text: 'Nobody was hurt.' }),
    quote({
      id: 'marsh-two',
      speaker: 'ida-marsh',
      text: 'We had the fire out by midnight.',
      status: 'unverified',
    }),
  ],
);
const speech = (sentence: string) =>
  unverifiedSpeech(foldText(sentence), details)?.quote.id ?? null;

describe('unverifiedSpeech', () => {
  it('finds a paraphrase credited to a speaker whose only recorded words are unconfirmed', () => {
    expect(
      speech(
        'A harbour spokeswoman, Ria Volk, told the paper captains should call the harbour first.',
      ),
    ).toBe('volk-calm');
    expect(speech('Volk was quoted as saying the harbour wants to hear from every captain.')).toBe(
      'volk-calm',
    );
    expect(speech('There is also a quote from Ria Volk about captains.')).toBe('volk-calm');
  });

  it('leaves speakers with confirmed words, sentences without speech, and other people alone', () => {
    expect(speech('Mayor Owen Dray said the crews did well.')).toBeNull();
    expect(speech('Fire chief Ida Marsh said the fire was out by midnight.')).toBeNull();
    expect(speech('Ria Volk has worked at the harbour for years.')).toBeNull();
    expect(speech('The mayor said captains should call the harbour first.')).toBeNull();
  });
});
