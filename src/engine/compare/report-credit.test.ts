/**
 * The source an outlet credited for its own report (report-credit.ts), on the invented story (test-story.ts
 * outletPack) with two more reports: the Port Alder Herald's report of the raid, which credited the Alder Ledger;
 * and Tam Reed's round-up, which the record read in the Harbour Mercury's copy (its source's publisher says so) and
 * which credited the Port Alder Herald.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { outletPack } from './test-story.ts';

function creditStory() {
  const { pack, world } = outletPack();
  const p = JSON.parse(JSON.stringify(pack)) as {
    stories: { entities: unknown[]; events: unknown[]; corroborating?: unknown[] }[];
  };
  const story = p.stories[0]!;
  story.corroborating = [
    ...(story.corroborating ?? []),
    {
      id: 'ledger-roundup-copy',
      kind: 'local',
      publisher: 'Tam Reed (copied by the Harbour Mercury)',
      date: '2024-06-20',
      url: 'https://mercury.example/roundup',
      urlConfirmed: true,
    },
  ];
  story.events.push({
    id: 'reed-roundup',
    label: "Tam Reed's round-up of the raid, crediting the Port Alder Herald",
    words: ['round-up'],
    date: '2024-06-20',
    sources: ['ledger-roundup-copy'],
    confidence: 'high',
    participants: [
      { role: 'reported', entities: ['tam-reed'] },
      { role: 'credited', entities: ['herald'] },
    ],
  });
  story.entities.push({
    id: 'herald',
    kind: 'outlet',
    name: 'Port Alder Herald',
    world: 'port-alder-herald',
  });
  story.events.push({
    id: 'herald-report',
    label: "The Port Alder Herald's report of the raid, crediting the Alder Ledger",
    words: ['report'],
    date: '2024-06-13',
    sources: ['herald-search'],
    confidence: 'high',
    participants: [
      { role: 'reported', entities: ['herald'] },
      { role: 'credited', entities: ['alder-ledger'] },
    ],
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, world);
}

const record = creditStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('the source an outlet credited for its own report', () => {
  it.each([
    'The Port Alder Herald picked up the story, crediting its account of the raid to the Kells Courier.',
    'The Herald picked it up too, and their article says the footage came from the Kells Courier.',
    "The Port Alder Herald's account of the raid came from the Kells Courier.",
  ])('another outlet the world knows is wrong: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Kells Courier', record: 'Alder Ledger' }],
    });
  });

  it.each([
    'The Port Alder Herald picked up the story, crediting its account of the raid to the Alder Ledger.',
    'The Herald picked it up too, and their article says the footage came from the Alder Ledger.',
    "The Port Alder Herald's account of the raid came from the Alder Ledger.",
  ])('the outlet the record has is not flagged: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('reads past the channel label before the credited outlet', () => {
    expect(
      compare(
        'The Port Alder Herald credited Channel 4, the Kells Courier, for its account of the raid.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Kells Courier', record: 'Alder Ledger' }],
    });
    expect(
      compare(
        'The Port Alder Herald credited Channel 4, the Alder Ledger, for its account of the raid.',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it('reads a credit whose object has no article, or an outlet after a word for its kind', () => {
    expect(
      compare("The Port Alder Herald credited Tam Reed's account to the Kells Courier."),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Kells Courier' }],
    });
    expect(
      compare(
        'The Port Alder Herald credited its account of the raid to the weekly newspaper Kells Courier.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Kells Courier' }],
    });
  });

  it('reads "credited" only right before the credited outlet: "also credited as" is another name, not a source', () => {
    expect(
      compare(
        'The Port Alder Herald (also credited as the Herald), part of a chain; the Kells Courier is a sister paper.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'The Port Alder Herald, credited with the first photos, is part of a chain; the Kells Courier is another of its papers.',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it('says nothing of an outlet whose report the record does not say whom it credited, nor of a plain report', () => {
    expect(
      compare("The Alder Ledger's account of the raid came from the Kells Courier.")?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The Port Alder Herald and the Kells Courier both reported the raid.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('reads the credit told the other way round, the credited outlet first', () => {
    expect(
      compare(
        'The Kells Courier is the paper the Port Alder Herald cites for its account of the raid.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Kells Courier', record: 'Alder Ledger' }],
    });
    expect(
      compare(
        'The Alder Ledger is the paper the Port Alder Herald cites for its account of the raid.',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it("takes the credits of a report the record read in another outlet's copy as that copy's", () => {
    const r = compare(
      'The Harbour Mercury credited its round-up of the raid to the Kells Courier.',
    );
    expect(r).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Kells Courier', record: 'Port Alder Herald' }],
    });
    expect(r?.explanation).toBe(
      'The record has The Harbour Mercury crediting Port Alder Herald for its report, not Kells Courier.',
    );
    expect(
      compare('The Kells Courier is the paper the Harbour Mercury cites for the raid.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare('The Harbour Mercury credited its round-up of the raid to the Port Alder Herald.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});
