/**
 * Who reports the speech is not who spoke (the embedded pack): "Reporters said …" opens the sentence with a
 * plural noun, not a surname; "Delgado said Homan spoke at the briefing" gives the recorded speaker his role in
 * what it reports. A stranger named as the one who spoke is still wrong.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head =
  'Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street in March, and Mayor Malik Evans said they broke the sanctuary policy.';
const verdict = (line: string) =>
  analyzeText(`${head}\n${line}`, index, {
    today: '2026-11-21',
    published: '2025-04-30',
  }).findings.find((f) => f.text === line)?.verdict;

describe('who reports a speech', () => {
  it('a plural noun opening the sentence is no surname', () => {
    expect(verdict('Reporters said the mayor would not meet him.')).not.toBe('discrepant');
    expect(verdict('Editors said the czar spoke at a White House briefing on Monday.')).not.toBe(
      'discrepant',
    );
  });

  it('someone reporting that the recorded speaker spoke is not given his part', () => {
    expect(verdict('Maria Delgado said Homan spoke at a White House briefing on Monday.')).not.toBe(
      'discrepant',
    );
  });

  it('a stranger said to have spoken there is still wrong', () => {
    expect(verdict('Maria Delgado spoke at the White House briefing on Monday.')).toBe(
      'discrepant',
    );
  });
});

const chiefs = [
  'Police chiefs push back on Trump immigration plans',
  'Los Angeles Police Chief Charlie Beck told the Los Angeles Times in November 2016 that his officers would not work with Homeland Security on deportation efforts.',
  'Tucson Police Chief Chris Magnus said in a statement that more immigration duties would seriously compromise community trust.',
].join('\n');
const chiefsVerdict = (line: string) =>
  analyzeText(`${chiefs}\n${line}`, index, {
    today: '2026-11-21',
    published: '2017-03-01',
  }).findings.find((f) => f.text === line)?.verdict;

describe('who holds a post when someone speaks', () => {
  it('a person named before "when" is not the speaker after it', () => {
    expect(
      chiefsVerdict(
        'Barack Obama was president when Beck said the LAPD would not work with Homeland Security on deportations.',
      ),
    ).not.toBe('discrepant');
    expect(
      chiefsVerdict(
        'Eric Garcetti was mayor of Los Angeles when Beck told the Times his officers would not help with deportations.',
      ),
    ).not.toBe('discrepant');
  });

  it('"president-elect" is not the office', () => {
    expect(chiefsVerdict('In November 2016, Trump was president-elect.')).not.toBe('discrepant');
    expect(chiefsVerdict('At the time, Trump was president-elect, not president.')).not.toBe(
      'discrepant',
    );
  });
});
