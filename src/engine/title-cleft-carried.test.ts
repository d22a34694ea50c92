/**
 * A title in focus of a cleft ("It was the mayor, too, who said he saw “…”") credits the story's one holder of the
 * title, over a speaker a pronoun would carry from the paragraph (match-quote.ts, sole-title.ts). The embedded
 * Rochester story: "a total lack of urgency" is Chief Smith's (sources.md C2); the mayor is Malik Evans.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const PARAGRAPH =
  'At the press conference, Mayor Malik Evans and Police Chief David Smith said the officers appear to have broken the city\u2019s sanctuary policy. "Our policy is crystal clear," the mayor said.';
const verdictOf = (line: string) =>
  analyzeText(`${PARAGRAPH} ${line}`, index, {
    today: '2025-03-29',
    published: '2025-03-29',
  }).findings.find((f) => f.text === line);

describe('a title in a cleft outranks a carried speaker', () => {
  it('credits the mayor, whose words these are not', () => {
    expect(
      verdictOf(
        'It was the mayor, too, who said he saw "a total lack of urgency" on the part of multiple Border Patrol officers at the scene.',
      ),
    ).toMatchObject({ verdict: 'discrepant', explanation: expect.stringContaining('Malik Evans') });
  });
  it('and the chief, whose words they are', () => {
    expect(
      verdictOf(
        'It was the chief who said he saw "a total lack of urgency" on the part of multiple Border Patrol officers at the scene.',
      )?.verdict,
    ).toBe('consistent');
  });
});
