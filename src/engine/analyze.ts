import { foldText } from './normalize.ts';
import type { IndexedStory, PackIndex } from './pack-index.ts';
import { recognizeStory } from './recognize.ts';
import { splitSentences } from './sentences.ts';
import { hasAnyTerm } from './terms.ts';
import type { Analysis, Finding } from './types.ts';

/** Sentences longer than this are not checked (bounded work per sentence). */
const MAX_SENTENCE = 2000;

function checkSentence(folded: string, story: IndexedStory): IndexedStory['checks'][number] | undefined {
  // First applicable check wins: pack authors order checks from the most specific.
  return story.checks.find(
    ({ when, unless }) => when.every((group) => hasAnyTerm(folded, group)) && !hasAnyTerm(folded, unless),
  );
}

/**
 * Recognises the story a text retells and compares each of its sentences with
 * the story's checks. A text that retells no known story gets no findings.
 */
export function analyzeText(text: string, index: PackIndex): Analysis {
  const foldedPage = foldText(text);
  const recognized = recognizeStory(foldedPage, index);
  if (!recognized) return { story: null, findings: [] };
  const { story, match } = recognized;
  const sources = new Map([...story.story.originals, ...(story.story.corroborating ?? [])].map((s) => [s.id, s]));
  const findings: Finding[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentence.end - sentence.start > MAX_SENTENCE) continue;
    const hit = checkSentence(foldedPage.slice(sentence.start, sentence.end), story);
    if (!hit) continue;
    const { check } = hit;
    findings.push({
      verdict: check.verdict,
      kind: check.kind,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      checkId: check.id,
      original: check.original,
      explanation: check.explanation,
      sources: check.sources.flatMap((id) => sources.get(id) ?? []),
    });
  }
  return { story: match, findings };
}

/** Counts findings per verdict. */
export function countVerdicts(findings: readonly Finding[]): Record<Finding['verdict'], number> {
  const counts = { discrepant: 0, consistent: 0, unverified: 0 };
  for (const finding of findings) counts[finding.verdict]++;
  return counts;
}
