/**
 * A duration measured out of what lasted ("two weeks of retraining"), read and compared with the invented story's
 * recorded durations (test-story.ts, with the discipline event of counts-outcomes.test.ts: a two-hour session and
 * 24 to 48 hours pending retraining).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from '../compare/compare-sentence.ts';
import { buildStoryRecord } from '../compare/story-record.ts';
import { raidPack, westmark } from '../compare/test-story.ts';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);
const durations = (s: string) =>
  readSentence(s, none)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'duration')
    .map((m) => ({ text: m.text, ...m.value }));

describe('a duration measured out of the thing that lasted', () => {
  it('is read with its amount, unit and hedge', () => {
    expect(durations('They got two weeks of retraining.')).toEqual([
      { text: 'two weeks of retraining', min: 2, max: 2, unit: 'weeks' },
    ]);
    expect(durations('What followed was about an hour of talks.')).toEqual([
      { text: 'about an hour of talks', min: 1, max: 1, unit: 'hours', approximate: true },
    ]);
    expect(
      durations(
        'He spent a month, the chief says, in what he called three days of mandatory training.',
      ).find((d) => d.text.includes(' of ')),
    ).toMatchObject({ text: 'three days of mandatory training', min: 3, unit: 'days' });
    expect(durations('Six months of detention followed.')[0]).toMatchObject({
      min: 6,
      unit: 'months',
    });
  });
  it('is no length of the thing when it is a part of a span or a time from it', () => {
    for (const s of [
      'They struggled in the first two weeks of training.',
      'He left within two weeks of the meeting.',
      'The last hour of the meeting was tense.',
      'Two weeks of March passed.',
      'Two years of the program remain funded.',
      'A weeks of training.',
    ]) {
      expect(
        durations(s).filter((d) => d.text.includes(' of ')),
        s,
      ).toEqual([]);
    }
  });
});

function record() {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: unknown[] }[] };
  p.stories[0]!.events.push({
    sources: ['ledger'],
    confidence: 'high',
    id: 'review',
    label: 'The raid officers are put on desk duty pending retraining',
    words: ['desk duty', 'review'],
    date: '2024-06-13',
    participants: [{ role: 'subject', entities: ['harbor-unit'] }],
    quantities: [{ nouns: ['officers', 'agents'], min: 15, max: 15 }],
    duration: { min: 2, max: 2, unit: 'hours', note: 'a two-hour session', of: ['session'] },
    durations: [
      {
        min: 24,
        max: 48,
        unit: 'hours',
        note: '24 to 48 hours pending retraining',
        of: ['retraining', 'desk duty'],
      },
    ],
    outcomes: [
      { kind: 'desk-duty', count: 15, nouns: ['officers'] },
      { kind: 'retrained', nouns: ['officers'] },
    ],
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}
const story = record();
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('a measured duration against the record', () => {
  it('is wrong when it fits no recorded length of that thing, in any wording', () => {
    for (const s of [
      'The officers were put on desk duty for what the chief called two weeks of retraining.',
      'Two weeks of retraining awaited the fifteen officers on desk duty.',
      'The officers on desk duty, the chief said, faced roughly a month of retraining.',
    ])
      expect(compare(s), s).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'duration' }],
      });
  });
  it('agrees, or says nothing wrong, when it fits', () => {
    for (const s of [
      'The officers were put on desk duty for a day or two of retraining.',
      'The officers were put on desk duty, facing two days of retraining.',
      'The officers on desk duty sat through two hours of session work before returning.',
      'The officers on desk duty returned within two weeks of the retraining.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
