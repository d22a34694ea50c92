/**
 * A report read for drafting: the article text as the CLI and the extension
 * collect it (the content script's own walker over linkedom's DOM), the page's
 * metadata, and every sentence read by the engine's typed reader with the
 * world file's names. Mentions inside quotation marks are kept apart: they
 * are the speaker's words, not the report's.
 */
import { findArticleRoot } from '../../extension/content/dom/article-root.ts';
import { collectText } from '../../extension/content/dom/collect-text.ts';
import { isLinkList, splitSentences, type Sentence } from '../../engine/index.ts';
import { quotedStretches } from '../../engine/drafting.ts';
import { readSentence, type Clause, type Gazetteer, type Mention } from '../../engine/drafting.ts';
import { isHtml } from '../analyze-input.ts';
import { htmlDocument } from '../read-html.ts';
import { readMetadata, type ReportMetadata } from './metadata.ts';

export interface ReadSentence {
  /** Index in the report's sentences. */
  index: number;
  text: string;
  /** Asserted, non-question, non-conditional clauses' mentions outside quotation marks. */
  mentions: Mention[];
  clauses: Clause[];
  /** The quoted stretches of the sentence, in order. */
  quotes: string[];
  /** The sentence with quoted stretches blanked (same length). */
  unquoted: string;
}

export interface ReadReport {
  name: string;
  meta: ReportMetadata;
  text: string;
  sentences: ReadSentence[];
  linkShare: number;
}

/** Blanks each quoted stretch (with its marks), keeping offsets. */
function blankQuotes(sentence: string): string {
  return sentence.replace(
    /"[^"]*"|\u201C[^\u201D]*\u201D|\u201E[^\u201C\u201D]*[\u201C\u201D]|\u00AB[^\u00BB]*\u00BB/g,
    (m) => ' '.repeat(m.length),
  );
}

export function readReport(name: string, content: string, gazetteer: Gazetteer): ReadReport {
  let text = content;
  let meta: ReportMetadata = {};
  let linkShare = 0;
  if (isHtml(content)) {
    const doc = htmlDocument(content);
    meta = readMetadata(doc);
    const root = findArticleRoot(doc);
    const collected = root ? collectText(root) : { text: '', linkShare: 0 };
    text = collected.text;
    linkShare = collected.linkShare;
  }
  const sentences = joinQuotedSentences(text, splitSentences(text)).map(
    (s, index): ReadSentence => {
      const unquoted = blankQuotes(s.text);
      const clauses = readSentence(s.text, gazetteer);
      const inQuote = (m: Mention) => unquoted.slice(m.start, m.end).trim() === '';
      const mentions = clauses
        .filter((c) => c.stance === 'asserted')
        .flatMap((c) => c.mentions.filter((m) => !inQuote(m)));
      return { index, text: s.text, mentions, clauses, quotes: quotedStretches(s.text), unquoted };
    },
  );
  return { name, meta, text, sentences, linkShare };
}

/** A quote still open at the sentence's end: more opening marks than closing ones, or an odd count of straight marks. */
const openQuote = (t: string): boolean =>
  (t.match(/\u201C/g)?.length ?? 0) > (t.match(/\u201D/g)?.length ?? 0) ||
  (t.match(/"/g)?.length ?? 0) % 2 === 1;

/**
 * A quote of two or three sentences is one sentence of the report ("“… on the rocks. We need to know why,” Colburn
 * said."): the speaker named after its last sentence spoke all of it. Sentences are joined only within a paragraph.
 */
export function joinQuotedSentences(text: string, split: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < split.length; i++) {
    const first = split[i] as Sentence;
    let j = i;
    let joined = first.text;
    while (
      openQuote(joined) &&
      j + 1 < split.length &&
      j - i < 2 &&
      !text.slice((split[j] as Sentence).end, (split[j + 1] as Sentence).start).includes('\n')
    ) {
      j++;
      joined = text.slice(first.start, (split[j] as Sentence).end);
    }
    if (j > i && !openQuote(joined)) {
      out.push({ start: first.start, end: (split[j] as Sentence).end, text: joined });
      i = j;
    } else out.push(first);
  }
  return out;
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Why this is not a news report, or null when it may be one: a page that is a
 * list of links, a very short page or a stub (a paywall's teaser) has too few
 * sentences of prose to draft a story from.
 */
export function notAReport(report: ReadReport): string | null {
  if (isLinkList(report.linkShare)) return 'the page is mostly links';
  const prose = report.sentences.filter((s) => words(s.text) >= 8);
  const total = words(report.text);
  if (total < 60 || prose.length < 3)
    return `the page has too little prose (${total} words, ${prose.length} full sentences)`;
  const dated = report.sentences.some((s) =>
    s.mentions.some((m) => m.type === 'date' || m.type === 'weekday'),
  );
  if (!dated) return 'no sentence says when anything happened';
  return null;
}
