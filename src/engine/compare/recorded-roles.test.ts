/**
 * Who kept watch, who investigates, and whom someone learned of it from, on
 * the invented story (test-story.ts): here the record has the Harbor Unit
 * (federal, part of Coast Watch) watching the warehouse before the raid, the
 * Dunmore Police Department (local) running the internal investigation, and
 * Mayor Ida Marsh hearing of the raid from a dock worker.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function rolesPack() {
  const p = JSON.parse(JSON.stringify(raidPack())) as {
    stories: { events: { id: string; participants?: unknown[] }[] }[];
  };
  const events = p.stories[0]!.events;
  events
    .find((e) => e.id === 'raid')!
    .participants!.push({ role: 'watched', entities: ['harbor-unit'] });
  events
    .find((e) => e.id === 'briefing')!
    .participants!.push(
      { role: 'investigated', entities: ['dunmore-pd'] },
      { role: 'informed', entities: ['ida-marsh'], from: 'a dock worker' },
    );
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const world = westmark();
const record = buildStoryRecord(rolesPack().stories[0]!, world);
const plain = buildStoryRecord(raidPack().stories[0]!, world);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('who had kept watch', () => {
  it.each([
    [
      'For a month the warehouse on Quay Street had been under Revenue Service surveillance.',
      'Revenue Service',
    ],
    [
      'The owner had been under surveillance by agents of the Revenue Service, officials said.',
      'Revenue Service',
    ],
    ['Revenue Service agents had been tracking the owner since spring.', 'Revenue Service'],
  ])('another agency in the part is wrong: %s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page, record: 'Harbor Unit' }],
    });
  });

  it.each([
    'For a month the warehouse on Quay Street had been under Harbor Unit surveillance.',
    'The owner had been under surveillance for a month, officials said.',
  ])('the recorded body, or no body named, is not wrong: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('the body the recorded one belongs to is imprecise', () => {
    expect(
      compare('The owner had been under surveillance by Coast Watch, officials said.'),
    ).toMatchObject({
      outcome: 'imprecise',
      comparisons: [{ slot: 'agency', page: 'Coast Watch', record: 'Harbor Unit' }],
    });
  });

  it('a body named by its kind at the start of the sentence is compared by its level of government', () => {
    expect(compare('State troopers had been tracking the owner since spring.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', record: 'Harbor Unit' }],
    });
  });

  it('a record that does not say who watched says nothing', () => {
    const sentence =
      'The owner had been under surveillance by agents of the Revenue Service, officials said.';
    expect(compare(sentence)?.outcome).toBe('discrepant');
    expect(compareSentence(sentence, plain, '2024-06-20')?.outcome).not.toBe('discrepant');
  });
});

describe('who runs the internal investigation', () => {
  it.each([
    [
      'The internal investigation of the raid is being handled by the Revenue Service.',
      'Revenue Service',
    ],
    [
      "The internal review is being conducted by the state attorney general's office.",
      "state attorney general's office",
    ],
    ['The Revenue Service opened an internal investigation after the raid.', 'Revenue Service'],
  ])(
    'another body, or an office of another level of government, is wrong: %s',
    (sentence, page) => {
      expect(compare(sentence)).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'agency', page, record: 'Dunmore Police Department' }],
      });
    },
  );

  it.each([
    'The internal investigation of the raid is being handled by the Dunmore Police Department.',
    'The Revenue Service opened an internal investigation into its own agents.',
    'The Revenue Service opened an investigation after the raid.',
  ])('the recorded body, or another investigation, is not wrong: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('whom someone learned of it from', () => {
  it.each([
    ['Mayor Ida Marsh said she first heard of it from the Harbor Unit.', 'the Harbor Unit'],
    ['Ida Marsh said she learned about it from Pat Vane.', 'Pat Vane'],
  ])('a named party where the record names no one is wrong: %s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page, record: 'a dock worker' }],
    });
  });

  it.each([
    'Mayor Ida Marsh said she first heard of it from a dock worker.',
    'Mayor Ida Marsh said she first heard of it from neighbours.',
    'Ned Cole said he first heard of it from the Harbor Unit.',
    'Mayor Ida Marsh said she heard about the funding vote from the Harbor Unit.',
  ])(
    'the recorded source, an ordinary person, someone else learning, or something else learned, is not wrong: %s',
    (sentence) => {
      expect(compare(sentence)?.outcome).not.toBe('discrepant');
    },
  );
});
