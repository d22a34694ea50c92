/**
 * A world office's title in a sentence that links nothing of its own but points back at the events of the sentence
 * before it (office-back.ts, office-at-event.ts through analyze.ts), on the invented story (test-story.ts) with an
 * invented office: the Harbor Unit's commander, Ava Lund until March 2022 and Rex Dale since; the Harbor Unit raided
 * the warehouse on Quay Street on 11 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../index.ts';
import { commanderWorld, raidPack } from './test-story.ts';

const index = indexPacks([raidPack()], { world: commanderWorld() });

const HEAD = 'Warehouse raid on Quay Street in Port Alder';
const RAID =
  'Harbor Unit officers raided the warehouse on Quay Street in Port Alder on June 11, 2024.';
/** The finding on `line`, the last line of a page whose paragraph opens on `before`. */
const finding = (before: string, line: string, apart = false) =>
  analyzeText(`${HEAD}\n${before}${apart ? '\n' : ' '}${line}`, index, {
    today: '2024-06-20',
  }).findings.find((f) => f.text.includes(line.slice(0, 30)));

describe('a title in a sentence that points back at the event before it', () => {
  it.each([
    'The operation order went out under Commander Ava Lund, whose initials are on each page.',
    'Its warrant request carried the signature of Commander Ava Lund.',
    'It was signed off by Commander Ava Lund.',
  ])('the holder at the event was another: %s', (line) => {
    const f = finding(RAID, line);
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain(
      "At the time of the record's \u201CHarbor Unit officers raid a warehouse on Quay Street\u201D (Tuesday 11 June 2024), the Commander of the Harbor Unit was Rex Dale; Ava Lund held it",
    );
  });

  it.each([
    // The holder then.
    'The operation order went out under Commander Rex Dale, whose initials are on each page.',
    // Another time said so.
    'The operation order went out under former Commander Ava Lund.',
    'The operation order echoed ones Commander Ava Lund had drawn up years before.',
    'The same plan was first written in 2019 by Commander Ava Lund.',
    'That approach dates back to Commander Ava Lund.',
    // The title comes first: no subject pointing back.
    "Commander Ava Lund wrote the unit's handbook.",
  ])('nothing wrong said: %s', (line) => {
    expect(finding(RAID, line)?.verdict).not.toBe('discrepant');
  });

  it('a sentence before with no event, or in another paragraph, lends no time', () => {
    const line =
      'The operation order went out under Commander Ava Lund, whose initials are on each page.';
    expect(finding('Port Alder sits on a quiet bay with a busy quay.', line)?.verdict).not.toBe(
      'discrepant',
    );
    expect(finding(RAID, line, true)?.verdict).not.toBe('discrepant');
  });

  it('a stranger under the bare title, where the world file has another in the office then: unverified, saying who held it', () => {
    const f = finding(RAID, 'Its warrant request carried the signature of Commander Oren Vask.');
    expect(f?.verdict).toBe('unverified');
    expect(f?.comparison).toContainEqual({
      slot: 'person',
      page: 'Oren Vask',
      record: 'Rex Dale (Commander of the Harbor Unit)',
    });
    expect(f?.explanation).toContain(
      'the world file has Rex Dale as Commander of the Harbor Unit; Sourcelight does not know Oren Vask as holding that office',
    );
    // A name with the holder's surname may be the holder's own; the holder by name is right.
    expect(
      finding(RAID, 'Its warrant request carried the signature of Commander Rexford Dale.')
        ?.verdict,
    ).toBeUndefined();
    expect(
      finding(RAID, 'Its warrant request carried the signature of Commander Rex Dale.')?.verdict,
    ).toBeUndefined();
  });
});
