/**
 * "The call came from X" after a sentence telling of a request for help: X
 * against who asked there (compare/request-back.ts), on the embedded pack's
 * Rochester story (Border Patrol dispatch called 911; HSI, part of ICE, and
 * Border Patrol made the stop). The sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Rochester police officers face discipline for helping federal agents at a traffic stop',
  'On March 24, 2025, federal agents pulled over a van on Whitney Street, off Lyell Avenue, on the west side of Rochester.',
  'Mayor Malik Evans and Police Chief David Smith said the officers appeared to have broken the city sanctuary policy.',
].join('\n');
const asked = 'Shortly after 6 p.m., a call for emergency backup went out to the 911 center.';
const findingOf = (line: string) =>
  analyzeText(`${head}\n${asked} ${line}`, index, {
    today: '2025-04-01',
    published: '2025-04-01',
  }).findings.find((f) => f.text === line);

describe('who made a request told of in the sentence before', () => {
  it('a body that took part, but not as the one who asked, or the larger body of those who did: imprecise, flagged as unverified', () => {
    for (const line of [
      'The call came from ICE, not from anyone local.',
      'That call was made by HSI agents.',
      'The call was placed by HSI agents.',
    ]) {
      expect(findingOf(line)?.verdict, line).toBe('unverified');
    }
  });

  it('an agency that had no part in it: discrepant', () => {
    expect(findingOf('The call came from the New York State Police.')?.verdict).toBe('discrepant');
  });

  it('the one who asked, in other words, is never flagged', () => {
    for (const line of [
      'The call came from Border Patrol.',
      'The call came from Border Patrol dispatchers, not from the city.',
      'That request was made by the U.S. Border Patrol.',
      'The call came from the agents at the stop.',
    ]) {
      expect(findingOf(line)?.verdict, line).not.toBe('discrepant');
      expect(findingOf(line)?.verdict, line).not.toBe('unverified');
    }
  });
});
