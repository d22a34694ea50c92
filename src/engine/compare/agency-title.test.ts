/**
 * A qualifier before an agency's acronym and a title ("Acting DMPD Chief X", "former DMPD chief X", issue 14):
 * the acronym names the post's body, so the qualifier is the person's and is judged against the world file's
 * term (find-people.ts reads it; compare-values.ts person() matches the title by the office's names). On the
 * invented story (test-story.ts), with an invented Dunmore police chief, Rae Quill (2018-2030, not acting),
 * speaking at the briefing of 12 June 2024.
 */
import { describe, expect, it } from 'vitest';
import baseWorld from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack } from './test-story.ts';

type WorldJson = { agencies: Record<string, unknown>[]; people: unknown[]; offices: unknown[] };
const w = JSON.parse(JSON.stringify(baseWorld)) as WorldJson;
w.agencies = w.agencies.map((a) => (a.id === 'dunmore-pd' ? { ...a, aliases: ['DMPD'] } : a));
w.people.push({ id: 'rae-quill', name: 'Rae Quill', aliases: ['Quill'] });
w.offices.push({
  id: 'dunmore-police-chief',
  title: 'Chief of the Dunmore Police Department',
  aliases: ['DMPD chief', 'Dunmore police chief'],
  jurisdiction: 'dunmore-pd',
  sources: 'Invented for tests',
  holders: [{ person: 'rae-quill', start: '2018-01-01', end: '2030-01-01' }],
});
const parsed = parseWorld(w as unknown);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const world = indexWorld(parsed.world);

const base = raidPack().stories[0]!;
const story = {
  ...base,
  entities: [
    ...base.entities!,
    {
      id: 'dunmore-pd',
      kind: 'agency' as const,
      name: 'Dunmore Police Department',
      aliases: ['DMPD'],
      world: 'dunmore-pd',
    },
    {
      id: 'rae-quill',
      kind: 'person' as const,
      name: 'Rae Quill',
      world: 'rae-quill',
      roles: [
        {
          title: 'police chief',
          office: 'dunmore-police-chief',
          from: '2018-01-01',
          to: '2030-01-01',
        },
      ],
    },
  ],
  events: base.events!.map((e) =>
    e.id === 'briefing'
      ? { ...e, participants: [{ role: 'spoke' as const, entities: ['ida-marsh', 'rae-quill'] }] }
      : e,
  ),
};
const record = buildStoryRecord(story, world);
const outcome = (sentence: string, pageDate = '2024-06-20') =>
  compareSentence(sentence, record, pageDate, { page: sentence })?.outcome ?? null;

describe('a qualifier before an agency acronym and a title', () => {
  it('"acting" for someone who held the post outright is wrong', () => {
    expect(outcome('Acting DMPD Chief Rae Quill spoke at the briefing.')).toBe('discrepant');
    expect(outcome('Acting Dunmore Police Chief Rae Quill spoke at the briefing.')).toBe(
      'discrepant',
    );
  });

  it('"former" while they still held it is wrong; after their term it is not', () => {
    expect(outcome('At the briefing, former DMPD chief Rae Quill spoke.')).toBe('discrepant');
    expect(outcome('At the briefing, former DMPD chief Rae Quill spoke.', '2031-01-01')).not.toBe(
      'discrepant',
    );
  });

  it('no qualifier, or "then-": no alarm', () => {
    expect(outcome('DMPD Chief Rae Quill spoke at the briefing.')).not.toBe('discrepant');
    expect(outcome('At the briefing, DMPD chief Rae Quill spoke.')).not.toBe('discrepant');
  });
});

describe('a post given in a predicate: "X, who was <place>\'s <post> at the time" (role-head.ts)', () => {
  it('a one-holder post of a city none of their posts is', () => {
    expect(
      outcome("Ida Marsh, who was Port Alder's city manager at the time, spoke at the briefing."),
    ).toBe('discrepant');
    expect(outcome("Ida Marsh, who was Port Alder's sheriff then, spoke at the briefing.")).toBe(
      'discrepant',
    );
    expect(outcome("At the briefing, Ida Marsh was Port Alder's county executive.")).toBe(
      'discrepant',
    );
  });

  it('their own post, a later or dated one, a loose title, or a possessive that is no place: no alarm', () => {
    expect(
      outcome("Ida Marsh, who was Port Alder's mayor at the time, spoke at the briefing."),
    ).not.toBe('discrepant');
    expect(outcome("Ida Marsh, who is Port Alder's city manager, spoke at the briefing.")).not.toBe(
      'discrepant',
    );
    expect(
      outcome("Ida Marsh, who was later Port Alder's city manager, spoke at the briefing."),
    ).not.toBe('discrepant');
    expect(
      outcome(
        "Ida Marsh, who was Port Alder's city manager until the spring, spoke at the briefing.",
      ),
    ).not.toBe('discrepant');
    expect(
      outcome(
        "Ida Marsh, who was Port Alder's project manager at the time, spoke at the briefing.",
      ),
    ).not.toBe('discrepant');
    expect(outcome("Ida Marsh, who was the sheriff's guest, spoke at the briefing.")).not.toBe(
      'discrepant',
    );
  });
});
