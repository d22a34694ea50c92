/**
 * Where the recorded people are from, said in a sentence of its own whose subject goes on with them from the sentence
 * before (compare/origin-carried.ts), against the embedded pack: the three men taken into custody were a father and
 * his two sons from Guatemala (sources.md B12).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Rochester police answer Border Patrol call',
  'On March 24, 2025, Border Patrol agents stopped a van on Lyell Avenue in Rochester and asked Rochester police for backup.',
];
/** The finding of the last sentence of `paragraph`, read after the page's opening. */
function last(paragraph: string) {
  const findings = analyzeText([...head, paragraph].join('\n'), index, {
    today: '2025-04-30',
  }).findings;
  const sentence = paragraph.split(/(?<=\.)\s+/).pop()!;
  return findings.find((f) => f.text === sentence);
}

describe('an origin said of the people the sentence before told of', () => {
  it.each([
    'Three men ended up in federal custody in Batavia. They are from Ecuador.',
    'Three of them, a father and two sons, were held at the Batavia detention center. They are all from Ecuador, from what the neighbours say.',
    'Border Patrol agents detained three men that night. The men are natives of Ecuador.',
    'Federal agents arrested three men on Lyell Avenue. All three hail from Ecuador.',
    'Three men were detained that evening. They are Ecuadorian nationals.',
  ])('is discrepant when another country: %s', (paragraph) => {
    expect(last(paragraph)).toMatchObject({
      verdict: 'discrepant',
      comparison: [
        { slot: 'origin', page: expect.stringMatching(/^Ecuador/), record: 'Guatemala' },
      ],
    });
  });

  it.each([
    'Three men ended up in federal custody in Batavia. They are from Guatemala.',
    'Three men ended up in federal custody in Batavia. They are from Central America.',
    'Three men ended up in federal custody in Batavia. They are from South America.',
  ])('says nothing when the country agrees or a region cannot say: %s', (paragraph) => {
    expect(last(paragraph)?.verdict).not.toBe('discrepant');
  });

  it.each([
    // "They" may be the agents.
    'Border Patrol agents detained three men that night. They are from Ecuador.',
    // Hedged as reported, denied, or someone else's words.
    'Three men ended up in federal custody in Batavia. They are reportedly from Ecuador.',
    'Three men ended up in federal custody in Batavia. They are not from Ecuador.',
    'Three men ended up in federal custody in Batavia. Some neighbours say they are from Ecuador.',
    // No origin of the people: a place of work.
    'Three men ended up in federal custody in Batavia. They came from the Ecuador office.',
    // People of no recorded origin.
    'Ten officers handcuffed people in the van. They are from Ecuador.',
    // What the group said befell someone else.
    'Three men told reporters that agents had detained their father. They are from Ecuador.',
    // "All three" when the sentence before counts two groups of three.
    'Three agents detained three men. All three are from Ecuador.',
  ])('is never discrepant when the subject or the claim is unsure: %s', (paragraph) => {
    expect(last(paragraph)?.verdict).not.toBe('discrepant');
  });
});
