/** A speaker reported saying an act was done that their recorded words deny. */
import { describe, expect, it } from 'vitest';
import { saidOtherwise } from './said-otherwise.ts';
import { quote, quoteChecks } from './test-quotes.ts';

const details = quoteChecks(
  [
    {
      id: 'dock-guild',
      kind: 'organization',
      name: 'Quay Dockworkers Guild',
      role: 'the union of the harbour dockworkers',
    },
    { id: 'owen-dray', kind: 'person', name: 'Owen Dray', role: 'Mayor' },
  ],
  [
    quote({
      id: 'guild-night',
      speaker: 'dock-guild',
      text: 'Our members fired no shots that night. No arrests were made. We went home once the fire was out.',
    }),
    quote({
      id: 'dray-good',
      speaker: 'owen-dray',
      text: 'The crews did a great job on the night of the fire.',
    }),
    quote({
      id: 'dray-pumps',
      speaker: 'owen-dray',
      text: 'Were they pumping seawater? They weren\u2019t pumping seawater. They were cooling the tanks.',
    }),
  ],
);
const said = (sentence: string) => saidOtherwise(sentence, details);

describe('saidOtherwise', () => {
  it('finds the speaker, by name or by the head of its role, saying an act was done that its words deny', () => {
    expect(
      said('The union said its members fired several warning shots at the boat.'),
    ).toMatchObject({
      quote: { quote: { id: 'guild-night' } },
      said: 'Our members fired no shots that night.',
      page: 'fired several warning shots',
    });
    expect(said('The Quay Dockworkers Guild says arrests were made that night.')).toMatchObject({
      said: 'No arrests were made.',
    });
  });
  it('leaves the same act denied in new words, other speakers and other acts alone', () => {
    for (const s of [
      'The union said its members fired no shots.',
      'The union said none of its members ever fired a shot.',
      'The mayor said the dockworkers fired several shots.',
      'The union said its members made a lot of noise that night.',
      'Its members fired several shots, a witness said.',
      'The union said the claim that its members fired shots was false.',
    ])
      expect(said(s), s).toBeNull();
  });
  it('reads a negative subject as denying every verb it governs ("nobody asked … or used force")', () => {
    for (const s of [
      'The union says nobody made arrests or fired shots.',
      'The union said nobody among its members fired shots that night.',
      'The Quay Dockworkers Guild says nothing happened and nobody made arrests.',
    ])
      expect(said(s), s).toBeNull();
  });

  it('reads a denial in the progressive ("weren\u2019t pumping seawater"), a verb of conceding, and "he" for the paragraph\u2019s speaker', () => {
    const dray = details.quotes.find((q) => q.quote.id === 'dray-pumps')!;
    const carried = { entity: { id: dray.speaker!.id } };
    expect(said('Owen Dray admitted the crews were pumping seawater.')).toMatchObject({
      said: 'They weren\u2019t pumping seawater.',
    });
    expect(
      said('Dray conceded that the crews had been pumping seawater into the tanks.'),
    ).toMatchObject({ said: 'They weren\u2019t pumping seawater.' });
    expect(
      saidOtherwise('He acknowledged the crews were pumping seawater.', details, carried),
    ).toMatchObject({ said: 'They weren\u2019t pumping seawater.' });
    for (const s of [
      'Owen Dray said the crews were not pumping seawater.',
      'He said they were cooling the tanks.',
      'Dray said it was misinformation that the crews were pumping seawater.',
      'Critics said the crews were pumping seawater.',
    ])
      expect(saidOtherwise(s, details, carried), s).toBeNull();
    // "He" with no speaker carried, or another speaker carried: nobody's words.
    expect(said('He acknowledged the crews were pumping seawater.')).toBeNull();
    expect(
      saidOtherwise('He acknowledged the crews were pumping seawater.', details, {
        entity: { id: 'dock-guild' },
      }),
    ).toBeNull();
  });
});
