/**
 * A writer placed at an outlet ("The writer was Tam Reed of the X") in a clause no event links, on the invented
 * story (test-story.ts outletPack) whose Tam Reed wrote the Alder Ledger's account of the raid; here that account
 * also credits the Port Alder Herald as a source (compare-outlet.ts comparePersonsOutlet).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { outletPack } from './test-story.ts';

function writerStory() {
  const { pack, world } = outletPack();
  const p = JSON.parse(JSON.stringify(pack)) as {
    stories: { entities: unknown[]; events: { id: string; participants?: unknown[] }[] }[];
  };
  const story = p.stories[0]!;
  story.entities.push({
    id: 'herald',
    kind: 'outlet',
    name: 'Port Alder Herald',
    world: 'port-alder-herald',
  });
  story.events
    .find((e) => e.id === 'ledger-report')!
    .participants!.push({ role: 'credited', entities: ['herald'] });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, world);
}

const record = writerStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a writer placed at an outlet, in a clause no event links', () => {
  it('is wrong at a source the piece credited, or at another outlet the world knows', () => {
    expect(compare('The writer was Tam Reed of the Port Alder Herald.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Port Alder Herald', record: 'Alder Ledger' }],
    });
    expect(compare('The writer was Tam Reed of the Kells Courier.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', record: 'Alder Ledger' }],
    });
  });

  it('leaves the outlet the record has alone, and a source named apart from the writer', () => {
    expect(compare('The writer was Tam Reed of the Alder Ledger.')?.outcome).not.toBe('discrepant');
    expect(compare('Tam Reed quoted the Port Alder Herald.')?.outcome).not.toBe('discrepant');
    expect(
      compare('The writer was Tam Reed, and the Port Alder Herald followed up.')?.outcome,
    ).not.toBe('discrepant');
  });
});
