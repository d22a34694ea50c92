/**
 * Typed perturbations of the true sentences of pages written by others (the new-voice pages, most of them
 * written blind): each true sentence the engine reads is changed in one typed value found by general
 * patterns and lists (a weekday, a month and day, a year, a clock time, a count in digits or words, an agency,
 * a street, a city, a person of the story by another name), inside its own page, and the page is read again.
 * The sentences are in voices nobody here wrote, so this measures whether a *kind* of error is caught in any
 * wording; nothing here is tuned to a page. A value is changed only where the change surely makes the sentence
 * wrong in general terms (the sentence was true; another weekday, another agency, three times the count is
 * not); sentences that deny or correct a value ("not X", "rather than") are left alone, since there a changed
 * value may stay true.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInput } from '../../../src/cli/analyze-input.ts';
import type { PackIndex } from '../../../src/engine/index.ts';
import type { ClaimPack } from '../../../src/pack/schema.ts';
import { loadLabels, NEW_VOICE_PAGES_NO_TARGET_YET, ROOT, type PageLabels } from '../labels.ts';
import type { Got } from './score.ts';
import { loadLists } from './suite.ts';
import { MONTHS, numberWords, parseCount, WEEKDAYS } from './values.ts';

const PAGE_KINDS = [
  'weekday',
  'date',
  'year',
  'time',
  'count',
  'agency',
  'street',
  'city',
  'person',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

interface PageCase {
  page: string;
  anchor: string;
  kind: PageKind;
  from: string;
  to: string;
  /** The engine's answer on the true sentence, then on the changed one. */
  before: Got;
  got: Got;
}

interface Lists {
  agencies: string[];
  streets: string[];
  cities: string[];
  first: string[];
  last: string[];
}

/** Words that make a changed value possibly still true: a denial, a correction, a contrast, a hypothesis. */
const GUARDED =
  /\b(?:not|never|no|nor|rather than|instead of|unlike|wrong(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?|misstat\w*|corrected|correction|if|whether|had (?:\w+ )?been|would have|claimed|falsely|myth|rumou?r)\b|n't\b/i;
/** Nouns a count may count that are no number of people or things at the story's events (units of time, ages, money, documents). */
const NOT_COUNTED =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|per|times?|year-old|-year-old|%|dollars?|cents?|million|billion|points?|pages?|words?|p\.m\.|a\.m\.|o'clock|th|st|nd|rd)\b/i;

const MONTH_AFTER = new RegExp(`^(?:${MONTHS.join('|')})$`);
/** A block's end between two offsets of the HTML: they are in different paragraphs, items or headings. */
const BLOCK_END = /<\/(?:p|li|h\d|td|th|div|title|blockquote|dd|dt)>/i;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');

/** The values of each kind in a sentence, with what to put instead: one change per kind, the first one found. */
export function changesOf(
  sentence: string,
  lists: Lists,
  people: readonly string[],
): { kind: PageKind; from: string; to: string }[] {
  const out: { kind: PageKind; from: string; to: string }[] = [];
  if (GUARDED.test(sentence)) return out;
  const add = (kind: PageKind, from: string, to: string) => {
    if (
      !out.some((c) => c.kind === kind) &&
      !out.some((c) => c.from === from) &&
      sentence.split(from).length === 2
    )
      out.push({ kind, from, to });
  };
  for (const m of sentence.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'))) {
    const day = WEEKDAYS.indexOf(m[1] as string);
    add('weekday', m[1] as string, WEEKDAYS[(day + 3) % 7] as string);
  }
  for (const m of sentence.matchAll(
    new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b(?!:)`, 'g'),
  )) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    add('date', m[0], `${m[1]} ${day > 20 ? day - 9 : day + 9}`);
  }
  // A day of the month alone ("on the 24th"), read in the month of what the sentence tells of.
  for (const m of sentence.matchAll(/\bthe (\d{1,2})(?:st|nd|rd|th)\b/g)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const to = day > 20 ? day - 9 : day + 9;
    const suffix =
      to % 10 === 1 && to !== 11
        ? 'st'
        : to % 10 === 2 && to !== 12
          ? 'nd'
          : to % 10 === 3 && to !== 13
            ? 'rd'
            : 'th';
    add('date', m[0], `the ${to}${suffix}`);
  }
  for (const m of sentence.matchAll(/\b(?:in|since|of|by|until|from) (19[5-9]\d|20[0-4]\d)\b/g))
    add('year', m[1] as string, String(Number(m[1]) - 3));
  for (const m of sentence.matchAll(/\b(\d{1,2}):(\d{2})\s*([ap])\.?m\.?/gi)) {
    const hour = Number(m[1]);
    add('time', `${m[1]}:${m[2]}`, `${hour >= 10 ? hour - 3 : hour + 2}:${m[2]}`);
  }
  // A count: digits or a number word before a noun that is no unit, not part of a date, a time, an age or a name.
  for (const m of sentence.matchAll(
    /(?<![\d,.:$#-])\b(\d{1,3}(?:,\d{3})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b(?![\d:.,]\d)\s+(?!of\b)([a-z][\w-]*)/gi,
  )) {
    const word = (m[1] as string).toLowerCase();
    const after = m[2] as string;
    if (
      NOT_COUNTED.test(after) ||
      MONTH_AFTER.test(after) ||
      word === '911' ||
      /^[a-z]$|^(?:de|del|la|el)$/i.test(after) ||
      /^\d{4}$/.test(word) ||
      /^(?:one|dozen)$/.test(word)
    )
      continue;
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    if (
      new RegExp(
        `(?:${MONTHS.join('|')}|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)\\s*$|\\b(?:No\\.|number|Order|Route|Unit|Resolution|at)\\s*$`,
        'i',
      ).test(before)
    )
      continue;
    const n = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : (parseCount(word) ?? 0);
    if (n < 2) continue;
    const to = n * 3;
    // In words up to twenty, in digits above.
    const shown = /^\d/.test(word)
      ? to.toLocaleString('en-US')
      : to <= 20
        ? numberWords(to)
        : String(to);
    const cased = /^[A-Z]/.test(m[1] as string)
      ? shown.charAt(0).toUpperCase() + shown.slice(1)
      : shown;
    add('count', `${m[1]} ${after}`, `${cased} ${after}`);
  }
  for (const a of lists.agencies) {
    if (new RegExp(`\\b${escape(a)}\\b`).test(sentence)) {
      const to =
        lists.agencies.find(
          (x) =>
            x !== a &&
            !sentence.includes(x) &&
            /Secret Service|Marshals|Coast Guard|Park Police|Postal/.test(x),
        ) ?? 'the Secret Service';
      add('agency', a, to);
    }
  }
  for (const s of sentence.matchAll(/\b((?:[A-Z][a-z]+ ){1,2})(Street|Avenue|Road|Boulevard)\b/g)) {
    const to = lists.streets.find((x) => !sentence.includes(x) && !x.startsWith(s[1] as string));
    if (to) add('street', s[0], to);
  }
  for (const c of ['Rochester', 'Los Angeles', 'Denver', 'Tucson']) {
    const re = new RegExp(
      `\\b${c}\\b(?!['\u2019]s|\\s+(?:Police|police|Times|City|Post|Democrat|Museum|Review|County|Sheriff|Fire|Unified|Public|Mayor|mayor|PD|Chief|chief|Department|department|Locust))`,
    );
    if (re.test(sentence))
      add('city', c, lists.cities.find((x) => !sentence.includes(x)) ?? 'Buffalo');
  }
  for (const p of people) {
    if (sentence.includes(p))
      add(
        'person',
        p,
        `${lists.first[p.length % lists.first.length]} ${lists.last[(p.length * 7) % lists.last.length]}`,
      );
  }
  return out;
}

/**
 * The anchor as it reads in the changed sentence: the value replaced; an anchor that ends on the start of the value, or
 * starts on its end ("Back on March 24, Border" for "Border Patrol"), loses that part when enough is left to find the
 * sentence by, else it would match nothing (the changed sentence was counted as given no answer).
 */
export function changedAnchor(anchor: string, from: string, to: string): string {
  if (anchor.includes(from)) return anchor.replace(from, to);
  for (let k = from.length - 1; k > 0; k--) {
    const head = anchor.slice(0, -k).trimEnd();
    const tail = anchor.slice(k).trimStart();
    // What is left must still be long enough to find one sentence.
    if (
      anchor.endsWith(from.slice(0, k)) &&
      /\W$/.test(anchor.slice(0, -k) || 'x') &&
      head.length >= 12
    )
      return head;
    if (
      anchor.startsWith(from.slice(-k)) &&
      /^\W/.test(anchor.slice(k) || 'x') &&
      tail.length >= 12
    )
      return tail;
  }
  return anchor;
}

/** The engine's answer for the sentence holding `anchor` on a page. */
function answerOf(html: string, anchor: string, index: PackIndex, today: string): Got {
  const { analysis } = analyzeInput(html, index, { today });
  const f = analysis.findings.find((x) => fold(x.text).includes(fold(anchor)));
  return (f?.verdict as Got | undefined) ?? 'none';
}

/**
 * Runs the perturbations over the labelled pages `pages` (files under `dir`): every `true` label whose sentence
 * the engine reads (consistent, unverified or silent), each kind once per sentence.
 */
function runPagePerturbations(
  pages: readonly PageLabels[],
  dir: string,
  index: PackIndex,
  today: string,
  lists: Lists,
  people: readonly string[],
): PageCase[] {
  const out: PageCase[] = [];
  for (const page of pages) {
    const html = readFileSync(join(dir, page.file), 'utf8');
    const { analysis } = analyzeInput(html, index, { today });
    for (const label of page.labels) {
      if (label.label !== 'true') continue;
      const finding = analysis.findings.find((x) => fold(x.text).includes(fold(label.anchor)));
      if (!finding || finding.verdict === 'discrepant') continue;
      const at = html.indexOf(label.anchor, Math.max(0, html.search(/<body\b/i)));
      if (at === -1) continue;
      for (const change of changesOf(fold(finding.text), lists, people)) {
        // The value nearest the anchor in the page's HTML, inside the sentence's reach.
        const lo = Math.max(0, at - 300);
        const window = html.slice(lo, at + 300);
        const hits = [...window.matchAll(new RegExp(`\\b${escape(change.from)}\\b`, 'g'))]
          .map((m) => lo + (m.index ?? 0))
          .filter(
            (k) =>
              !BLOCK_END.test(html.slice(Math.min(k, at), Math.max(k, at))) &&
              !/[.!?]["\u201D']?\s+\p{Lu}/u.test(html.slice(Math.min(k, at), Math.max(k, at))),
          );
        if (!hits.length) continue;
        const pos = hits.reduce((a, b) => (Math.abs(b - at) < Math.abs(a - at) ? b : a));
        const changed = html.slice(0, pos) + change.to + html.slice(pos + change.from.length);
        const anchor = changedAnchor(label.anchor, change.from, change.to);
        out.push({
          page: page.file,
          anchor: label.anchor,
          kind: change.kind,
          from: change.from,
          to: change.to,
          before: finding.verdict as Got,
          got: answerOf(changed, anchor, index, today),
        });
      }
    }
  }
  return out;
}

export interface PageSuiteReport {
  /** Pages perturbed per block: the new voices (most written blind) and the red-team pages of true sentences. */
  blocks: { name: 'new voices' | 'red-team'; pages: number; cases: PageCase[] }[];
}

/**
 * The suite over the development pages: every new-voice page and every red-team page, with the general lists of
 * eval/perturb/lists; a replacement city is never one the pack names (the story's own region is no error).
 */
export function runPageSuite(index: PackIndex, pack: ClaimPack, today: string): PageSuiteReport {
  const lists = loadLists();
  const named = JSON.stringify(pack).toLowerCase();
  const general = {
    agencies: [
      ...lists.agencies.immigration.flat(),
      ...lists.agencies.federal,
      ...lists.agencies.state,
      ...lists.agencies.local,
    ],
    streets: lists.streets,
    cities: lists.cities.filter((c) => !named.includes(c.toLowerCase())),
    first: lists.names.first,
    last: lists.names.last,
  };
  const people = pack.stories.flatMap((s) =>
    (s.entities ?? [])
      .filter((e) => e.kind === 'person' && e.name.includes(' '))
      .map((e) => e.name),
  );
  const pages = loadLabels(join(ROOT, 'eval/labels/pages.json'));
  const dir = join(ROOT, 'eval/pages');
  const newVoices = pages.filter((p) => NEW_VOICE_PAGES_NO_TARGET_YET.includes(p.file));
  const redTeam = pages.filter(
    (p) => /-redteam-/.test(p.file) && !NEW_VOICE_PAGES_NO_TARGET_YET.includes(p.file),
  );
  return {
    blocks: [
      {
        name: 'new voices',
        pages: newVoices.length,
        cases: runPagePerturbations(newVoices, dir, index, today, general, people),
      },
      {
        name: 'red-team',
        pages: redTeam.length,
        cases: runPagePerturbations(redTeam, dir, index, today, general, people),
      },
    ],
  };
}

/** A table per block: by kind, how often the changed sentence was called discrepant, unverified, consistent or nothing. */
export function formatPageReport(report: PageSuiteReport, verbose: boolean): string {
  const lines = [
    'Perturbed true sentences of the development pages (each changed in one typed value; reported, no target yet):',
  ];
  for (const block of report.blocks) {
    lines.push(
      `  ${block.name} (${block.pages} pages)`,
      '    kind       n  discrepant  unverified  consistent  none',
    );
    for (const kind of [...PAGE_KINDS, 'all'] as const) {
      const c = block.cases.filter((x) => kind === 'all' || x.kind === kind);
      if (!c.length) continue;
      const n = (v: Got) => String(c.filter((x) => x.got === v).length).padStart(10);
      lines.push(
        `    ${kind.padEnd(8)}${String(c.length).padStart(4)}  ${n('discrepant')}  ${n('unverified')}  ${n('consistent')}${n('none').slice(4)}`,
      );
    }
    // Verbose: every changed sentence not called discrepant, worst first (a green mark, then silence, then unverified).
    if (verbose) {
      for (const got of ['consistent', 'none', 'unverified'] as const) {
        for (const x of block.cases.filter((k) => k.got === got))
          lines.push(`    ${got}: ${x.page} "${x.anchor}" ${x.kind} ${x.from} -> ${x.to}`);
      }
    }
  }
  return lines.join('\n');
}
