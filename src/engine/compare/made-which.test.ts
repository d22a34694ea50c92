/**
 * When a named act was made, told without the event's verb linking it (made-which.ts, not-until.ts,
 * dating-verb.ts), on the invented story of test-story.ts and three more events: Mayor Ida Marsh signs the
 * emergency orders (Thursday 20 June 2024), the harbor police issue Harbor Order 12 (May 2019), and Port Alder
 * first adopts the harbor charter (1991). All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../index.ts';
import { parsePack } from '../../pack/parse-pack.ts';
import { outletPack } from './test-story.ts';

type Json = { stories: { entities: unknown[]; events: unknown[] }[] };

function datedPack() {
  const { pack, world } = outletPack();
  const p = JSON.parse(JSON.stringify(pack)) as Json;
  const story = p.stories[0]!;
  const base = { sources: ['ledger'], confidence: 'high' };
  story.events.push(
    {
      ...base,
      id: 'emergency-orders',
      label: 'Mayor Ida Marsh signs the emergency orders',
      words: ['emergency order', 'emergency orders'],
      date: '2024-06-20',
      participants: [{ role: 'acted', entities: ['ida-marsh'] }],
    },
    {
      ...base,
      id: 'order-12',
      label: 'The harbor police issue Harbor Order 12',
      words: ['harbor order 12', 'harbor order'],
      date: '2019-05',
    },
    {
      ...base,
      id: 'charter',
      label: 'Port Alder first adopts the harbor charter',
      words: ['first adopted', 'harbor charter'],
      date: '1991',
    },
  );
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { pack: parsed.pack, world };
}

const { pack, world } = datedPack();
const index = indexPacks([pack], { world });
/** The verdict on the page's last line, after a headline and a line on the raid. */
function verdict(line: string): string | undefined {
  const text = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street on June 11, 2024.',
    line,
  ].join('\n');
  return analyzeText(text, index, { today: '2024-08-01' }).findings.find((f) =>
    f.text.includes(line),
  )?.verdict;
}

describe('", which he signed in <time>": the time its antecedent was made', () => {
  it.each([
    'The raid came before the emergency orders, which the mayor signed in May 2024.',
    "Marsh's emergency orders, which were issued on June 2, 2024, changed little.",
    'Few had read the emergency orders, which she put out in July 2024.',
    'Critics pointed to the emergency orders, which Mayor Ida Marsh had signed back in April 2024.',
  ])('%s is discrepant', (line) => {
    expect(verdict(line)).toBe('discrepant');
  });

  it.each([
    // The record's own time, said in other ways.
    'The raid came before the emergency orders, which the mayor signed on June 20, 2024.',
    "Marsh's emergency orders, which were issued in June 2024, changed little.",
    'Few had read the emergency orders, which she put out on Thursday.',
    // A later act of the thing, not its making; a time counted from something else; no event named before the comma.
    'The emergency orders, which were challenged in court in July 2024, still stand.',
    'The emergency orders, which she signed days after the raid, still stand.',
    'Marsh spoke about the harbor, which she visited in May 2024.',
    // A denied clause.
    'The emergency orders, which no one signed in May 2024, were drafted later.',
  ])('%s is not discrepant', (line) => {
    expect(verdict(line)).not.toBe('discrepant');
  });
});

describe('"did not come until <date>": the date it happened', () => {
  it.each([
    'The emergency orders did not come until June 25, 2024.',
    'The emergency orders would not come until July 2024.',
    'The emergency orders were not signed until May 30, 2024.',
    "The mayor's emergency orders didn't arrive until Friday, June 28, 2024.",
  ])('%s is discrepant', (line) => {
    expect(verdict(line)).toBe('discrepant');
  });

  it.each([
    'The emergency orders did not come until June 20, 2024.',
    'The emergency orders would not come until June 2024.',
    "Marsh didn't sign the emergency orders until June 20, 2024.",
    // A condition, and a span with its start.
    'If the council objects, the emergency orders would not come until July 2024.',
    'The emergency orders were not in force from June 1 until June 19, 2024.',
  ])('%s is not discrepant', (line) => {
    expect(verdict(line)).not.toBe('discrepant');
  });
});

describe('"dates from <year>", "the year … was <year>": a year without a time preposition', () => {
  it.each([
    'Harbor Order 12 dates from 2015.',
    'Harbor Order 12 itself dates back to 2015.',
    'The harbor charter, dating to 1995, is still law.',
    'The year Port Alder first adopted the harbor charter was 1995.',
    'Trivia: the year the city first adopted the harbor charter is 1988.',
  ])('%s is discrepant', (line) => {
    expect(verdict(line)).toBe('discrepant');
  });

  it.each([
    'Harbor Order 12 dates from 2019.',
    'The harbor charter dates back to 1991.',
    'The harbor charter, dating to 1991, is still law.',
    'The year Port Alder first adopted the harbor charter was 1991.',
    // A thing an event's word does not head, and a year of no event.
    'The harbor order binder dates from 2015.',
    'The year was 1995, and the harbor was quiet.',
  ])('%s is not discrepant', (line) => {
    expect(verdict(line)).not.toBe('discrepant');
  });
});
