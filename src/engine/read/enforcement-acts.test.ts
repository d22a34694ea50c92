/**
 * Immigration-enforcement acts composed from a verb of doing or helping and an
 * object of the domain (enforcement-acts.ts), in wordings no phrase table
 * holds; polarity, time, a start and a scope are read as for any commitment.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

// Invented agencies: one whose name says immigration, one federal body in general.
const gazetteer = buildGazetteer([
  { kind: 'agency', id: 'ppd', names: ['Pinefield Police Department'] },
  { kind: 'agency', id: 'fio', names: ['Frontier Immigration Office', 'FIO'] },
  { kind: 'agency', id: 'ngs', names: ['National Guard Service'] },
]);
const commitments = (sentence: string) =>
  readSentence(sentence, gazetteer).flatMap((c) =>
    c.mentions.flatMap((m) =>
      m.type === 'commitment'
        ? [{ ...m.value, page: sentence.slice(m.value.lead, m.value.wordsEnd ?? m.end) }]
        : [],
    ),
  );

describe('composed enforcement acts', () => {
  it.each([
    [
      'Officers would begin handing people arrested for minor offences over to immigration officers.',
      true,
      'future',
      'would begin handing people arrested for minor offences over to immigration officers',
    ],
    [
      'The department will start verifying the citizenship status of drivers.',
      true,
      'future',
      'will start verifying the citizenship status',
    ],
    [
      'The department has honored immigration detainers for years.',
      true,
      'past',
      'has honored immigration detainers',
    ],
    [
      'The police had teamed up with the Frontier Immigration Office in the past.',
      true,
      'past',
      'had teamed up with the Frontier Immigration Office',
    ],
    [
      'Deputies will hold inmates for FIO agents.',
      true,
      'future',
      'will hold inmates for FIO agents',
    ],
    [
      'The city would partner with the National Guard Service on deportations.',
      true,
      'future',
      'would partner with the National Guard Service on deportations',
    ],
    [
      'Officers will ask drivers about their legal status.',
      true,
      'future',
      'will ask drivers about their legal status',
    ],
    [
      'The department would become an extension of the Frontier Immigration Office.',
      true,
      'future',
      'would become an extension of the Frontier Immigration Office',
    ],
    [
      'Officers will question passengers about their citizenship status.',
      true,
      'future',
      'will question passengers about their citizenship status',
    ],
    [
      'The department has never assisted immigration officials and will not.',
      false,
      'past',
      'has never assisted immigration officials',
    ],
    [
      'Officers would refuse to turn anyone over to immigration agents.',
      false,
      'future',
      'would refuse to turn anyone over to immigration agents',
    ],
  ])('%s', (sentence, does, time, page) => {
    expect(commitments(sentence)).toEqual([
      expect.objectContaining({
        action: 'immigration-enforcement',
        composed: true,
        does,
        time,
        page,
      }),
    ]);
  });

  it('marks a start, a narrow scope and a wide one', () => {
    expect(
      commitments(
        'Officers would begin honoring immigration detainers, but only for people with criminal records.',
      ),
    ).toEqual([expect.objectContaining({ starts: true, scope: 'narrow', does: true })]);
    expect(
      commitments('Officers will start verifying immigration papers at every traffic stop.'),
    ).toEqual([expect.objectContaining({ starts: true, scope: 'wide' })]);
    expect(commitments('Officers will keep honoring immigration detainers.')[0]).not.toHaveProperty(
      'starts',
    );
  });

  it('marks a reference back ("those efforts"), which only the sentence before can give a domain', () => {
    expect(
      commitments('The department said it had helped with those efforts in the past.'),
    ).toEqual([
      expect.objectContaining({
        anaphoric: true,
        does: true,
        time: 'past',
        page: 'had helped with those efforts',
      }),
    ]);
  });

  it.each([
    // The domain as someone's fate or a service, or people helped.
    'Volunteers help immigrants fight deportation.',
    'The clinic will help families with deportation defense.',
    'Officers will help residents with immigration lawyers.',
    'Officers will help residents with their immigration status.',
    'The clinic will help with deportation defense.',
    'Lawmakers will support immigration law reform.',
    // A role against the domain, or of something else.
    'The clinic will serve as a shield against deportation.',
    'The chief would become a critic of the National Guard Service.',
    // Doubting the act, or helping those it befalls.
    'The chief will question the deportations.',
    'Officers will help FIO detainees with their paperwork.',
    'The chief would question drivers about the accident.',
    // A federal body with no matter of the domain: federal cooperation, which the phrase tables read.
    'The city would partner with the National Guard Service on flood relief.',
    // Handed to someone outside the domain.
    'Officers will turn the evidence over to prosecutors.',
    // Told in the simple past, with nothing that makes it a stance: an event.
    'Two officers helped FIO agents at the scene.',
    // Wished or demanded by someone else, or a question (no asserted clause of the actor's).
    'The governor demanded that officers start verifying the citizenship status of drivers.',
    'Critics accused the department of helping FIO agents with deportations.',
  ])('finds none in: %s', (sentence) => {
    expect(commitments(sentence).filter((c) => c.composed)).toEqual([]);
  });
});

describe('help finding people for an act only immigration enforcement does', () => {
  it('reads "help federal agents find people to deport" as help with enforcement', () => {
    expect(commitments('The department would help federal agents find people to deport.')).toEqual([
      expect.objectContaining({ action: 'immigration-enforcement', does: true, time: 'future' }),
    ]);
    expect(
      commitments('Officers would assist federal officers in locating immigrants to deport.'),
    ).toEqual([expect.objectContaining({ action: 'immigration-enforcement', does: true })]);
  });

  it('leaves help finding people for any policing, or finding no one, as federal cooperation', () => {
    expect(
      commitments(
        'The department would help federal agents find people to arrest for drug crimes.',
      ),
    ).toEqual([expect.objectContaining({ action: 'federal-cooperation' })]);
    expect(commitments('The department would help federal agents find missing children.')).toEqual([
      expect.objectContaining({ action: 'federal-cooperation' }),
    ]);
  });
});
