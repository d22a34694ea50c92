/**
 * The day a page gives a report the record dates only to its month (report-run-day.ts), on the invented story with
 * its reporting (test-story.ts) and a round-up by the Port Alder Herald, dated only "June 2024", that credits the
 * Alder Ledger (which broke the raid story on 11 June) and the Kells Courier (to which Tam Reed gave an interview on
 * Thursday 20 June 2024); the round-up is also one of the story's original reports. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { analyzeText, indexPacks } from '../index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { outletPack } from './test-story.ts';

type Json = { stories: { entities: unknown[]; events: unknown[]; originals: unknown[] }[] };

function roundupPack() {
  const { pack, world } = outletPack();
  const p = JSON.parse(JSON.stringify(pack)) as Json;
  const story = p.stories[0]!;
  story.entities.push(
    {
      id: 'herald',
      kind: 'outlet',
      name: 'Port Alder Herald',
      aliases: ['the Herald'],
      world: 'port-alder-herald',
    },
    { id: 'courier', kind: 'outlet', name: 'Kells Courier', world: 'kells-courier' },
  );
  // The round-up is also an original report of the story, which the record dates only to its month.
  story.originals.push({
    id: 'herald-roundup-page',
    publisher: 'Port Alder Herald',
    headline: 'What the raid coverage said',
    date: '2024-06',
    url: 'https://herald.example/roundup',
    urlConfirmed: false,
    urlNote: 'an invented page',
  });
  const base = { sources: ['ledger'], confidence: 'high' };
  story.events.push(
    {
      ...base,
      id: 'reed-interview',
      label: 'Tam Reed tells the Kells Courier about the raid',
      words: ['interview'],
      date: '2024-06-20',
      participants: [
        { role: 'spoke', entities: ['tam-reed'] },
        { role: 'interviewer', entities: ['courier'] },
      ],
    },
    {
      ...base,
      sources: ['herald-roundup-page'],
      id: 'herald-roundup',
      label: "The Port Alder Herald's round-up of the raid coverage",
      words: ['round-up', 'roundup'],
      date: '2024-06',
      participants: [
        { role: 'reported', entities: ['herald'] },
        { role: 'credited', entities: ['alder-ledger', 'courier'] },
      ],
    },
  );
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { pack: parsed.pack, world };
}

const roundup = roundupPack();
const record = buildStoryRecord(roundup.pack.stories[0]!, roundup.world);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-09-01');

describe('the day a report dated only to its month ran', () => {
  it('is wrong before the latest thing it credits, naming what that was and when', () => {
    const r = compare('The Port Alder Herald published its roundup on June 15, 2024.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual({
      slot: 'date',
      page: 'June 15, 2024',
      record: 'on or after Thursday 20 June 2024 (the record dates the report June 2024)',
    });
    expect(r?.explanation).toBe(
      "Port Alder Herald's report credits Kells Courier for Tam Reed's words of Thursday 20 June 2024, so it cannot have run on June 15, 2024; the record dates the report only to June 2024.",
    );
  });

  it('is only unconfirmed on or after it: the record cannot settle the day (its month agrees, another month does not)', () => {
    expect(compare('The Port Alder Herald published its roundup on June 24, 2024.')?.outcome).toBe(
      'unconfirmed',
    );
    expect(compare('The Port Alder Herald published its roundup on June 20, 2024.')?.outcome).toBe(
      'unconfirmed',
    );
    expect(compare('The Port Alder Herald published its roundup on a Saturday.')?.outcome).toBe(
      'unconfirmed',
    );
    expect(compare('The Port Alder Herald published its roundup in June 2024.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('The Port Alder Herald published its roundup on July 3, 2024.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('names the slot and why: the record dates the report only to its month', () => {
    const r = compare('The Port Alder Herald published its roundup on June 24, 2024.');
    expect(r?.comparisons).toEqual([
      { slot: 'report date', page: 'June 24, 2024', record: 'June 2024' },
    ]);
    expect(r?.explanation).toBe(
      "The record dates Port Alder Herald's report only to June 2024, so it cannot confirm June 24, 2024.",
    );
  });

  it('is shown as unverified on a page even when the sentence matches no claim: the page states a day no one knows', () => {
    const index = indexPacks([roundup.pack], { world: roundup.world });
    const text = `Dawn raid in Port Alder\nHarbor Unit officers raided a warehouse on Quay Street.\n\nThe Port Alder Herald published its roundup on June 24, 2024.`;
    const finding = analyzeText(text, index, { today: '2024-09-01' }).findings.find((f) =>
      f.text.includes('June 24'),
    );
    expect(finding).toMatchObject({ verdict: 'unverified', comparison: [{ slot: 'report date' }] });
  });

  it('does not hold a date after a point word to the report', () => {
    expect(
      compare('The Port Alder Herald published its roundup a week after the raid on June 11, 2024.')
        ?.outcome,
    ).not.toBe('discrepant');
  });

  it('holds "the original" to the same bound when the original is that report', () => {
    const r = compare('The original article ran on June 15, 2024.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain(
      "credits Kells Courier for Tam Reed's words of Thursday 20 June 2024",
    );
    expect(compare('The original article ran on June 24, 2024.')?.outcome).not.toBe('discrepant');
  });
});
