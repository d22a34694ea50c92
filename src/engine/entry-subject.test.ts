/**
 * A list entry's sentence with no subject of its own (entry-subject.ts, analyze.ts): the one person the entry's
 * heading line or lead names is its subject. Invented story (test-story.ts outletPack): Mayor Ida Marsh told the
 * Alder Ledger on 13 June 2024 that the raid was lawful; Captain Vera Oakes is with the Harbor Unit.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import { buildStoryRecord } from './compare/story-record.ts';
import { outletPack } from './compare/test-story.ts';
import { entryPerson, withEntrySubject } from './entry-subject.ts';
import { analyzeText, indexPacks } from './index.ts';
import { splitSentences } from './sentences.ts';

function entryPack() {
  const { pack, world } = outletPack();
  const p = JSON.parse(JSON.stringify(pack)) as { stories: { entities: unknown[] }[] };
  p.stories[0]!.entities.push({
    id: 'vera-oakes',
    kind: 'person',
    name: 'Vera Oakes',
    role: 'Captain, Harbor Unit',
  });
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { pack: parsed.pack, world };
}

const { pack, world } = entryPack();
const index = indexPacks([pack], { world });
const record = buildStoryRecord(pack.stories[0]!, world);
const OPENING = [
  'Who is who in the Port Alder raid',
  'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
];
const verdictOf = (lines: string[], last: string) => {
  const page = [...OPENING, ...lines].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
    f.text.includes(last),
  )?.verdict;
};
const named = (lines: string[]) => {
  const text = lines.join('\n');
  const sentences = splitSentences(text);
  return withEntrySubject(text, sentences, sentences.length - 1, record.gazetteer);
};

describe('a subjectless sentence under a heading naming one person', () => {
  it('takes that person as its speaker: the outlet spoken to is checked', () => {
    expect(
      verdictOf(
        [
          'MARSH, Ida',
          'Role: Mayor of Port Alder. Spoke to the press about the raid. Told the Kells Courier on June 13 that it was lawful.',
        ],
        'Told the Kells Courier',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        [
          'MARSH, Ida',
          'Role: Mayor of Port Alder. Spoke to the press about the raid. Told the Alder Ledger on June 13 that it was lawful.',
        ],
        'Told the Alder Ledger',
      ),
    ).not.toBe('discrepant');
  });

  it('takes that person as the holder of a bare title: the agency is checked', () => {
    expect(
      verdictOf(
        [
          'Vera Oakes',
          'ID: Captain with the Dunmore Police Department, which sent officers to the warehouse.',
        ],
        'Captain with the Dunmore',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        ['Vera Oakes', 'ID: Captain with the Harbor Unit, which raided the warehouse.'],
        'Captain with the Harbor',
      ),
    ).not.toBe('discrepant');
  });

  it('carries a "she" to that person when no one else is named in the entry before it', () => {
    expect(
      verdictOf(
        [
          'MARSH, Ida',
          'Role: Mayor of Port Alder.',
          'She told the Kells Courier on June 13 that the raid was lawful.',
        ],
        'She told the Kells',
      ),
    ).toBe('discrepant');
    expect(
      named([
        'MARSH, Ida',
        'Spoke first. Vera Oakes spoke next.',
        'She told the Kells Courier on June 13 that the raid was lawful.',
      ]),
    ).toBeNull();
  });

  it('puts the name in front, for each kind of opening', () => {
    expect(named(['MARSH, Ida', 'ID: Told the Alder Ledger about the raid.'])).toBe(
      'Ida Marsh told the Alder Ledger about the raid.',
    );
    expect(named(['Mayor Ida Marsh', 'Served as mayor of Port Alder from 2020.'])).toBe(
      'Mayor Ida Marsh of Port Alder from 2020.',
    );
    expect(named(['Vera Oakes', 'Police captain with the Harbor Unit.'])).toBe(
      'Police captain Vera Oakes with the Harbor Unit.',
    );
  });
});

describe('a subjectless sentence after a lead naming one person', () => {
  it('takes the lead\'s person ("NAME — …", "Title Name. …")', () => {
    expect(named(['MARSH, Ida \u2014 Told the Kells Courier about the raid.'])).toBe(
      'Ida Marsh told the Kells Courier about the raid.',
    );
    expect(named(['Ida Marsh: Told the Kells Courier about the raid.'])).toBe(
      'Ida Marsh told the Kells Courier about the raid.',
    );
    expect(named(['Captain Vera Oakes. Captain with the Dunmore Police Department.'])).toBe(
      'Captain Vera Oakes with the Dunmore Police Department.',
    );
    expect(
      verdictOf(
        [
          'Captain Vera Oakes. Captain with the Dunmore Police Department, which sent officers to the warehouse.',
        ],
        'Captain with the Dunmore',
      ),
    ).toBe('discrepant');
  });
});

describe('no entry, or no certain person', () => {
  it('leaves a subjectless sentence of running prose as it is', () => {
    expect(
      named([
        'The raid drew a crowd. Told the Kells Courier about the raid, the neighbours were angry.',
      ]),
    ).toBeNull();
    expect(
      verdictOf(
        ['The mayor spoke at noon.', 'Told the Kells Courier on June 13 that it was lawful.'],
        'Told the Kells',
      ),
    ).not.toBe('discrepant');
  });

  it('takes no heading that names two people, no one known, or only a surname', () => {
    expect(
      named(['Ida Marsh and Vera Oakes', 'Told the Kells Courier about the raid.']),
    ).toBeNull();
    expect(named(['Rona Quist', 'Told the Kells Courier about the raid.'])).toBeNull();
    expect(named(['Marsh', 'Told the Kells Courier about the raid.'])).toBeNull();
  });

  it("reads a title with someone else named after it as that one's", () => {
    expect(named(['Ida Marsh', 'Captain of the Harbor Unit Vera Oakes spoke next.'])).toBeNull();
  });

  it('stops at another heading, and reads a verb before its subject as inverted', () => {
    expect(
      named([
        'Ida Marsh',
        'Spoke at noon.',
        'Background',
        'Told the Kells Courier about the raid.',
      ]),
    ).toBeNull();
    expect(named(['Ida Marsh', 'Said the mayor: "It was lawful."'])).toBeNull();
  });

  it('reads a heading or lead as a person only when it is a full name alone', () => {
    expect(entryPerson('MARSH, Ida', record.gazetteer)).toBe('Ida Marsh');
    expect(entryPerson('Mayor Ida Marsh.', record.gazetteer)).toBe('Ida Marsh');
    expect(entryPerson('Ida Marsh speaks', record.gazetteer)).toBeNull();
  });
});
