/**
 * Page-level signals: how a page that retells a known story is made. The
 * patterns are about publishing in general (spam widgets, leftovers of text
 * generators, pasted markup), never about a particular story; story facts
 * (original URLs, dates, name spellings) come from the pack.
 */
import type { Story } from '../pack/schema.ts';
import { hasMarkdownLink } from './markdown-link.ts';
import { foldText } from './normalize.ts';
import { findTerm } from './terms.ts';
import type { PageContext, Signal } from './types.ts';
import { writtenDate } from './dates.ts';

const SPAM =
  /^[\s\-•*–]*(you may also like|also read|read more|watch now|watch:|trending( now| story)?|recommended for you|sponsored|advertisement|promoted|related stories|click here|don't miss)\b/i;
const SPAM_ANYWHERE = /trending story on youtube|most haunted|you won't believe/i;
const GENERATED =
  /(this (article|content|summary) (has been|was|is) (structured|written|generated|designed|optimi[sz]ed)|seo[- ]optimi[sz]ed|seo keywords|conversational tone|as an ai language model|this summary reflects|here is (an|the) (article|rewritten)|i hope this (article|helps)|^`{3})/i;
const IMAGE_FILE = /^[\w.-]+\.(jpe?g|png|gif|webp)$/i;
const COMMENT_FORM = /^(leave a reply|leave a comment|your email address will not be published)/i;
const ARTIFACT: [(line: string) => boolean, string][] = [
  [
    hasMarkdownLink,
    'Markdown link syntax left in the text: the page was pasted from generated or converted text.',
  ],
  [(line) => IMAGE_FILE.test(line), "An image's file name printed as text."],
  [(line) => COMMENT_FORM.test(line), 'Comment-form text inside the article.'],
];

function lines(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) out.push({ line: trimmed, start: start + line.indexOf(trimmed) });
    start += line.length + 1;
  }
  return out;
}

const words = (s: string) => foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** The same story told twice: a later paragraph opening with the same five words as an earlier one, or the headline repeated. */
function duplicated(
  all: { line: string; start: number }[],
): { line: string; start: number } | undefined {
  const openings = new Map<string, number>();
  for (const [i, item] of all.entries()) {
    const w = words(item.line);
    if (w.length >= 12) {
      const opening = w.slice(0, 5).join(' ');
      if (openings.has(opening) && i - (openings.get(opening) as number) > 2) return item;
      if (!openings.has(opening)) openings.set(opening, i);
    }
  }
  const first = all[0];
  const headline = first ? words(first.line).join(' ') : '';
  if (headline.split(' ').length >= 4)
    return all.slice(3).find((item) => words(item.line).join(' ') === headline);
  return undefined;
}

/** Host and path of an http(s) URL (the engine has no URL class: it runs without DOM or Node types). */
const host = (url: string) => {
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(url.trim());
  return m
    ? {
        host: (m[1] as string).toLowerCase().replace(/^www\./, ''),
        path: (m[2] as string).replace(/\/+$/, ''),
      }
    : null;
};

function linksOriginal(links: readonly string[], story: Story): boolean {
  const targets = [...story.originals, ...(story.corroborating ?? [])]
    .flatMap((s) => [s.url, ...(s.alternateUrls ?? [])])
    .map(host);
  return links.some((link) => {
    const l = host(link);
    // A link to the same host counts only if it points below the home page.
    return (
      l &&
      targets.some(
        (t) =>
          t &&
          t.host === l.host &&
          (t.path === l.path ||
            (l.path !== '' && l.path !== '/' && t.path.startsWith('/') && l.path.length > 1)),
      )
    );
  });
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE_IN_TEXT = new RegExp(
  `\\b(${MONTHS})\\.? \\d{1,2},? (19|20)\\d{2}\\b|\\b\\d{1,2} (${MONTHS}) (19|20)\\d{2}\\b|\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b|\\b(${MONTHS}) (19|20)\\d{2}\\b`,
  'i',
);

function daysBetween(a: string, b: string): number {
  const t = (d: string) =>
    Date.UTC(
      Number(d.slice(0, 4)),
      Number(d.slice(5, 7) || '12') - 1,
      Number(d.slice(8, 10) || '28'),
    );
  return (t(b) - t(a)) / 86_400_000;
}

/** Stories this old (in days) read as current news if a page gives no date. */
const OLD_STORY_DAYS = 180;

export function pageSignals(text: string, story: Story, context: PageContext): Signal[] {
  const signals: Signal[] = [];
  const all = lines(text);
  const at = (item: { line: string; start: number }) => ({
    text: item.line,
    start: item.start,
    end: item.start + item.line.length,
  });
  for (const item of all) {
    if (SPAM.test(item.line) || SPAM_ANYWHERE.test(item.line)) {
      signals.push({
        kind: 'spam',
        ...at(item),
        explanation: 'Unrelated promotional text inserted into the article.',
      });
    } else if (GENERATED.test(item.line)) {
      signals.push({
        kind: 'generated-text',
        ...at(item),
        explanation:
          'A leftover of machine-generated writing: a note about how the text was written, not news.',
      });
    } else {
      const artifact = ARTIFACT.find(([found]) => found(item.line));
      if (artifact) signals.push({ kind: 'artifact', ...at(item), explanation: artifact[1] });
    }
  }
  const again = duplicated(all);
  if (again)
    signals.push({
      kind: 'duplicated-story',
      ...at(again),
      explanation:
        'The page tells the same story a second time from here, in other words: a sign of generated filler.',
    });

  const links = context.links ?? text.match(/https?:\/\/[^\s)\]>"']+/g) ?? [];
  if (!linksOriginal(links, story)) {
    const names = story.originals.map((o) => o.publisher).join(', ');
    signals.push({
      kind: 'no-original-link',
      text: '',
      explanation: `The page does not link to the original report, so readers cannot check it. The original: ${names}.`,
    });
  }

  const { today } = context;
  const dated =
    Boolean(context.published) ||
    DATE_IN_TEXT.test(text) ||
    new RegExp(`\\b${story.timeContext.start.slice(0, 4)}\\b`).test(text);
  if (today && !dated && daysBetween(story.timeContext.end, today) > OLD_STORY_DAYS) {
    signals.push({
      kind: 'undated-old-story',
      text: '',
      explanation: `The page gives no date, but the story is from ${writtenDate(story.timeContext.start.slice(0, 7))}; readers may take it for current news. ${story.timeContext.summary}`,
    });
  }

  const folded = foldText(text);
  for (const entity of story.entities ?? []) {
    for (const wrong of entity.misspellings ?? []) {
      const start = findTerm(folded, foldText(wrong));
      if (start !== -1) {
        signals.push({
          kind: 'misspelled-name',
          text: text.slice(start, start + wrong.length),
          start,
          end: start + wrong.length,
          explanation: `"${wrong}" is a misspelling of ${entity.name}.`,
        });
      }
    }
  }
  return signals;
}
