import { foldText } from './normalize.ts';
import { contentWords, type IndexedQuote, type StoryChecks } from './pack-index.ts';
import { containsKey, quoteKey } from './quote-key.ts';
import { quotedStretches } from './quoted-stretches.ts';
import { markBalance } from './quote-marks.ts';
import { relayedAt } from './relayed.ts';
import { leadInAltered } from './lead-in-quote.ts';
import { hasAnyTerm } from './terms.ts';
import type { Verdict } from './types.ts';
import { writtenDate } from './dates.ts';
import {
  alignStretch,
  MIN_VERBATIM_WORDS,
  NEAR_SHARE,
  recordWords,
  stretchTokens,
  type Alignment,
  type RecordWords,
  type StretchToken,
} from './quote-align.ts';
import {
  creditedSpeaker,
  goesOnSpeaking,
  isTitleWord,
  pronounSubject,
  speakerAfter,
  speakerNames,
  subjectSpeaker,
  type Speaker,
} from './quote-speaker.ts';
import { dashAttribution } from './dash-credit.ts';
import { quoteDurationChange } from './quote-duration.ts';
import { deniesWords } from './denied-wording.ts';
import { reversedQuote } from './reversed-quote.ts';
import { splitSentences } from './sentences.ts';
import { soleTitleNames, soleTitleSpeaker } from './sole-title.ts';
import { openingTitle } from './title-subject.ts';
import { titlesOf } from './person-names.ts';
import { readShortQuote } from './short-quote.ts';
import { quoteMediumConflict } from './quote-medium.ts';
import { creditsSomeoneElse, placeTitledSpeaker } from './place-title-speaker.ts';
import type { Entity, Quote } from '../pack/schema.ts';

/** A change as a reader reads it: "in conjunction →" is words left out, "→ both" words added. */
const readableChange = (change: string) =>
  change.replace(/^(.+) →$/, '“$1” left out').replace(/^→ (.+)$/, '“$1” added');

export interface QuoteMatch {
  verdict: Verdict;
  kind: 'quote' | 'misattributed-quote' | 'time-context';
  claimId: string;
  explanation: string;
  original: string;
  /** For quoted words that differ from the record: each change, the record's words → the page's ("help → assist"). */
  diff?: string[];
  /**
   * For words on record read with no speaker, where another of the story's people is named beside them: why they are
   * not vouched for, if nothing around them is found wrong (analyze.ts).
   */
  beside?: string;
}

/** Short pieces ("Help is coming!") count only inside quotation marks. */
const SHORT_PIECE = 6;

/**
 * The quoted stretches of a sentence as written, including a quote that runs
 * on into the next sentence or began in the previous one (an unbalanced mark).
 */
function quotedTexts(sentence: string): string[] {
  const parts = quotedStretches(sentence);
  const { open, close } = unbalanced(sentence);
  if (open !== undefined) parts.push(open);
  if (close !== undefined) parts.push(close);
  return parts.filter((p) => quoteKey(p));
}

/** The words of a quote still open at the end of a sentence, and of one closed in it that began before. */
function unbalanced(sentence: string): { open?: string; close?: string } {
  const { curly, guillemet, straightOdd } = markBalance(sentence);
  const opens = straightOdd || curly > 0 || guillemet > 0;
  const closes = straightOdd || curly < 0 || guillemet < 0;
  const firstClose = Math.min(
    ...['"', '\u201D', '\u00BB'].map((m) => sentence.indexOf(m)).filter((i) => i >= 0),
  );
  return {
    ...(opens
      ? {
          open: sentence.slice(
            Math.max(
              sentence.lastIndexOf('"'),
              sentence.lastIndexOf('\u201C'),
              sentence.lastIndexOf('\u00AB'),
            ) + 1,
          ),
        }
      : {}),
    ...(closes ? { close: sentence.slice(0, firstClose) } : {}),
  };
}

function describe(q: IndexedQuote): string {
  const { quote, speaker } = q;
  const who = speaker ? speaker.name : quote.speaker;
  const role = quote.role ?? speaker?.role;
  return `${who}${role ? `, ${role}` : ''} \u2014 ${quote.occasion}${occasionDate(quote)}: \u201C${quote.text}\u201D`;
}

/** The date in words after the occasion, and only once: an occasion such as "his statement of 16 November 2016" already has it. */
const occasionDate = (quote: Quote): string =>
  quote.occasion.includes(quote.date.slice(0, 4)) ? '' : `, ${writtenDate(quote.date)}`;

function ownVerdict(q: IndexedQuote): { verdict: Verdict; explanation: string } {
  const who = q.speaker?.name ?? q.quote.speaker;
  switch (q.quote.status) {
    case 'verified':
      return {
        verdict: 'consistent',
        explanation: `The quote matches ${who}'s words as reported.`,
      };
    case 'single-source':
      return {
        verdict: 'consistent',
        explanation: `The quote matches ${who}'s words as reported; only one outlet was found to report them.${q.quote.note ? ` ${q.quote.note}` : ''}`,
      };
    case 'unverified':
      return {
        verdict: 'unverified',
        explanation: q.quote.note ?? `Sourcelight could not confirm that ${who} said these words.`,
      };
    case 'fabricated':
      return {
        verdict: 'discrepant',
        explanation: q.quote.note ?? `No report records ${who} saying these words.`,
      };
  }
}

/** Before quoted words: a noun naming a work or a part of one, or "titled" ("module 7 (", "a lecture titled "); not "called" or "talk", which may be speech. */
const WORK_BEFORE =
  /\b(?:module|chapter|episode|unit|lesson|course|seminar|lecture|workshop|book|essay|paper|slide|section|titled|entitled)\s*(?:\d+\s*)?[(:,\u2014-]?\s*[\u201C"(]*\s*$/i;

/** Whether the quoted words stand where a work's name stands. */
function namesAWork(sentence: string, quoted: string): boolean {
  const at = sentence.indexOf(quoted);
  return at > 0 && WORK_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}

/**
 * Finds the known quote a sentence contains, if any, and judges it: its
 * wording (a known misquote or a transcription variant), where it is placed,
 * and whom it is credited to.
 */
/** A quoted stretch this close (share of words in common) to a recorded sentence is that sentence, reworded. */
const ALTERED = 0.6;
/** Over all words (function words too), with at least six in common: rewording that keeps the sentence's frame. */
const ALTERED_ALL_WORDS = 0.7;
/** The same, when the sentence (or the one before it) names the speaker. */
const ALTERED_NAMED = 0.4;
/** Quoted stretches shorter than this are too short to compare wording or to call unknown. */
const MIN_QUOTED_WORDS = 6;

const stem = (w: string) => (w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w);

/** Share of words two quoted texts have in common (0 below `minShared` shared words), over content words or all words. */
function wordOverlap(a: string, b: string, allWords = false, minShared = 3): number {
  const set = (t: string) =>
    new Set([...(allWords ? new Set(t.split(' ')) : contentWords(t))].map(stem));
  const aw = set(a);
  const bw = set(b);
  let shared = 0;
  for (const w of aw) if (bw.has(w)) shared++;
  return shared < minShared ? 0 : shared / Math.max(aw.size, bw.size);
}

/**
 * How close a quoted stretch is to a recorded sentence. Stricter when the
 * sentence names nobody who said it; looser when it names the speaker, since
 * then the page plainly offers the words as that person's.
 */
function closeEnough(stretch: string, piece: string, speakerNamed: boolean): boolean {
  if (
    wordOverlap(stretch, piece) >= ALTERED ||
    wordOverlap(stretch, piece, true, 6) >= ALTERED_ALL_WORDS
  )
    return true;
  return (
    speakerNamed &&
    (wordOverlap(stretch, piece) >= ALTERED_NAMED ||
      wordOverlap(stretch, piece, true, 5) >= ALTERED)
  );
}

/** The one person of the story, not the quote's speaker nor one who speaks for it, named outside the quotes of a sentence that does not name the speaker. */
function otherPersonBeside(
  sentence: string,
  q: IndexedQuote,
  story: StoryChecks,
): Speaker | undefined {
  let outside = sentence;
  for (const part of quotedTexts(sentence)) outside = outside.split(part).join(' ');
  const folded = foldText(outside);
  const speakers = speakersOf(story);
  const own = speakers.find((p) => p.entity.id === q.speaker!.id);
  if (!own || hasAnyTerm(folded, own.names)) return undefined;
  // One who speaks for the speaker is named ("through spokesman X"): the words are credited to the body.
  if (speakers.some((p) => speaksFor(p.entity, q.speaker!) && hasAnyTerm(folded, p.names)))
    return undefined;
  // A name as an owner ("a day after Beck's interview") credits nothing.
  const owned = foldText(outside.replace(/\b[\p{L}.-]+['\u2019]s\b/gu, ' '));
  const others = speakers.filter(
    (p) =>
      p.entity.id !== q.speaker!.id &&
      p.entity.kind === 'person' &&
      !speaksFor(p.entity, q.speaker!) &&
      hasAnyTerm(owned, p.names),
  );
  return others.length === 1 ? others[0] : undefined;
}

/** The story's speakers (its people, and every body a quote is credited to) with the names a page may call them by. */
const speakerCache = new WeakMap<StoryChecks, Speaker[]>();
function speakersOf(story: StoryChecks): Speaker[] {
  let out = speakerCache.get(story);
  if (!out) {
    const entities = new Map<string, Entity>();
    for (const p of story.people) entities.set(p.entity.id, p.entity);
    for (const q of story.quotes) if (q.speaker) entities.set(q.speaker.id, q.speaker);
    const all = [...entities.values()];
    out = all.map((entity) => ({ entity, names: speakerNames(entity, all, story.sharedSurnames) }));
    speakerCache.set(story, out);
  }
  return out;
}

/** The titles only one of the story's people held in its days, by person (sole-title.ts), read once per story. */
const titledCache = new WeakMap<StoryChecks, Map<string, string[]>>();
function soleTitlesOf(story: StoryChecks): Map<string, string[]> {
  let titled = titledCache.get(story);
  if (!titled) {
    const { start, end } = story.story.timeContext;
    titled = soleTitleNames(
      story.people.map((p) => p.entity),
      start,
      end,
    );
    titledCache.set(story, titled);
  }
  return titled;
}

/**
 * "Then the mayor said, “…”": the story's one holder of the title in its days, named by the title alone (sole-title.ts);
 * else the title read as the holder's name in the frames a name is ("The chief told reporters that the officers “…”",
 * "It was the chief who said …"; quote-speaker.ts).
 */
function titledSpeaker(sentence: string, story: StoryChecks): Speaker | undefined {
  const id = soleTitleSpeaker(sentence, soleTitlesOf(story));
  if (id) return speakersOf(story).find((s) => s.entity.id === id);
  // Only a title that opens the sentence, or a cleft's focus: "the mayor" inside what was said is someone spoken of.
  const lower = sentence.toLowerCase();
  const opening = TITLE_OPENS.exec(lower) ?? TITLE_AFTER_QUOTE.exec(lower);
  if (!opening) return undefined;
  const forms = [`the ${opening[1]}`, ...(opening[2] ? [`the ${opening[1]} ${opening[2]}`] : [])];
  const all = titlesAsNames(story);
  const speakers = all.filter((s) => forms.some((f) => s.names.includes(f)));
  if (speakers.length !== 1) return undefined;
  // "The chief said the mayor had told him “…”", "… said Evans had told him “…”": another of the story's titled speakers,
  // or any name, named before the words (not a denied rival, "It was the mayor, not the chief, who …") may be theirs.
  const mark = lower.search(/["\u201C\u2018]/u);
  const between = (mark === -1 ? sentence : sentence.slice(0, mark)).slice(opening[0].length);
  const before = between.toLowerCase();
  if (
    /['\u2019]s\s+(?:own\s+)?(?:statement|words|post|letter|tweet|release|line|message|memo|email)\b/u.test(
      before,
    ) ||
    (between.match(/(?<!\bnot\s+)\b\p{Lu}[\p{L}'\u2019.-]*/gu) ?? []).some(
      (w) => !NOT_A_NAME.test(w),
    ) ||
    all.some(
      (s) =>
        s !== speakers[0] &&
        s.names.some((n) => new RegExp(`(?<!\\bnot\\s)\\b${n}\\b`, 'u').test(before)),
    )
  )
    return undefined;
  return creditedSpeaker(sentence, '', speakers) ?? undefined;
}

/** Capitalised words that name no one: days, months, and "I". */
const NOT_A_NAME =
  /^(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * "The chief …" opening the sentence, or "It was the chief who/that …": the title as the subject that may speak. A
 * word of sequence may come first ("Then the chief …", "Later, the chief …").
 */
const TITLE_OPENS =
  /^\W*(?:(?:then|later|next|afterwards?|finally|and|but|so)\b,?\s+)?(?:it\s+(?:was|is|['\u2019]s)\s+)?the\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
/** "“…,” the chief said": the title credited right after the quote that opens the sentence. */
const TITLE_AFTER_QUOTE =
  /^\W*["\u201C][^"\u201C\u201D]+["\u201D]\s*,?\s*the\s+(\p{L}+)(?:\s+(\p{L}+))?(?=\s+(?:said|says|added|adds|continued|went\s+on|told|wrote|insisted|declared|explained)\b)/u;

/** The story's sole title holders, each with its titles ("the chief") as its only names, read once per story. */
const titleNamesCache = new WeakMap<StoryChecks, Speaker[]>();
function titlesAsNames(story: StoryChecks): Speaker[] {
  let out = titleNamesCache.get(story);
  if (!out) {
    const titled = soleTitlesOf(story);
    out = speakersOf(story).flatMap((s) => {
      const names = titled.get(s.entity.id);
      return names?.length ? [{ ...s, names }] : [];
    });
    titleNamesCache.set(story, out);
  }
  return out;
}

/** The story's agencies but one (the quote's own speaker), as bodies a statement may be credited to. */
const agencyCache = new WeakMap<StoryChecks, Map<string, Speaker[]>>();
function agenciesOf(story: StoryChecks, except: string): Speaker[] {
  let byExcept = agencyCache.get(story);
  if (!byExcept) agencyCache.set(story, (byExcept = new Map()));
  let out = byExcept.get(except);
  if (!out) {
    const all = (story.story.entities ?? []).filter((e) => e.kind === 'agency');
    out = all
      .filter((e) => e.id !== except)
      .map((entity) => ({ entity, names: speakerNames(entity, all, story.sharedSurnames) }));
    byExcept.set(except, out);
  }
  return out;
}

/** A body that issued the quoted words: credited as a speaker, or the subject of "issued / released / put out a statement" before them. */
function creditedBody(sentence: string, bodies: readonly Speaker[]): Speaker | undefined {
  const named = creditedSpeaker(sentence, '', bodies);
  if (named) return named;
  const before = foldText(sentence.split(/["\u201C]/)[0] ?? '');
  const hits = bodies.filter((b) =>
    b.names.some((n) =>
      new RegExp(
        `(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:also\\s+)?(?:issued|released|put out|sent out|published|posted)\\s+(?:a|an|its)\\s+(?:\\p{L}+\\s+)?statement\\b`,
        'u',
      ).test(before),
    ),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/** Between two joined speakers: "and" (a comma, "the", "the city's" allowed). */
const JOINED_BY = /^\s*,?\s*(?:and|&)\s+(?:(?:the|its|his|her|their)\s+)?(?:city['\u2019]s\s+)?$/u;
/** Anywhere before the quote: the word that JOINED_BY needs between the pair. */
const JOINING = /(?:^|[^\p{L}])and(?![\p{L}])|&/u;
/** After the joined speakers and before the quote: a verb or participle of saying. */
const SAYING =
  /(?:^|[^\p{L}])(?:said|say|says|saying|stated|stating|states|told|telling|declared|declaring|called|calling|insisted|insisting|described|describing|argued|arguing|warned|warning|added|adding|wrote|writing)(?![\p{L}])/u;

/**
 * The other speaker of "X and Y (both) said “…”", "Both the mayor and the police chief condemned it, stating “…”": the
 * quoted words are on record as `q`'s speaker's, and the sentence credits them to that speaker joined with another of
 * the story's speakers (by name, or by a title only one of the story's people held) none of whose recorded words hold
 * them. Only before the first quotation mark, with a verb of saying between the pair and the quote and no third speaker.
 */
function jointlyCredited(
  sentence: string,
  q: IndexedQuote,
  story: StoryChecks,
): Speaker | undefined {
  const mark = sentence.search(/["\u201C\u201D\u00AB]/);
  if (mark < 0) return undefined;
  const text = foldText(sentence.slice(0, mark));
  // Both are needed below (a joining "and" and a verb of saying): most quoted sentences have neither.
  if (!JOINING.test(text) || !SAYING.test(text)) return undefined;
  const titled = soleTitlesOf(story);
  const found: { speaker: Speaker; start: number; end: number }[] = [];
  for (const speaker of speakersOf(story)) {
    const titles = (titled.get(speaker.entity.id) ?? []).map((t) => t.replace(/^the /, ''));
    for (const name of [...speaker.names, ...titles]) {
      if (!text.includes(name)) continue;
      const re = new RegExp(
        `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
        'gu',
      );
      for (const m of text.matchAll(re))
        found.push({ speaker, start: m.index, end: m.index + m[0].length });
    }
  }
  // Longest first at each place ("police chief" over "chief"), then left to right, no overlaps.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans = found.filter(
    (f, i) => !found.slice(0, i).some((g) => g.start <= f.start && g.end >= f.end && g !== f),
  );
  if (new Set(spans.map((f) => f.speaker.entity.id)).size !== 2) return undefined;
  const pair = spans.findIndex(
    (f, i) =>
      i + 1 < spans.length &&
      JOINED_BY.test(text.slice(f.end, spans[i + 1]!.start)) &&
      f.speaker !== spans[i + 1]!.speaker,
  );
  if (pair < 0 || spans.length !== 2) return undefined;
  const [a, b] = [spans[pair]!, spans[pair + 1]!];
  if (/[;:]/.test(text.slice(b.end)) || !SAYING.test(text.slice(b.end))) return undefined;
  const other =
    a.speaker.entity.id === q.speaker?.id
      ? b.speaker
      : b.speaker.entity.id === q.speaker?.id
        ? a.speaker
        : undefined;
  if (!other) return undefined;
  const key = quoteKey(q.quote.text);
  const theirs = story.quotes.filter((o) => o.speaker?.id === other.entity.id);
  const quoted = quotedTexts(sentence).map(quoteKey).filter(Boolean);
  if (
    !quoted.length ||
    theirs.some((o) => quoted.some((k) => containsKey(quoteKey(o.quote.text), k)))
  )
    return undefined;
  return key ? other : undefined;
}

/** The world's people who are none of the story's, each by their full names only (no surname alone: too many share one). */
const strangerCache = new WeakMap<StoryChecks, Speaker[]>();
function strangersOf(story: StoryChecks): Speaker[] {
  let out = strangerCache.get(story);
  if (!out) {
    out = story.strangers.map((entity) => ({
      entity,
      names: [entity.name, ...(entity.aliases ?? [])].map(foldText),
    }));
    strangerCache.set(story, out);
  }
  return out;
}

type Variant = NonNullable<Quote['variants']>[number];

/**
 * "X said “…”; Y had put it as “…”": the part of the sentence, between semicolons outside quotation marks, whose quoted
 * words hold the recorded quote's, when the sentence has more than one part with quoted words; else the sentence.
 */
/** The parts of a sentence between semicolons outside quotation marks that hold a quote ("X said “…”; Y said “…”"). */
/** After a comma: "and", "but" or "while", then a capitalised name of up to four words and a verb of saying. */
const AND_NAMED_SAYS =
  /^\s+(?:and|but|while|whereas)\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}(?:said|says|added|told|wrote|called|insisted|declared|stated)\b/u;

function quotingParts(sentence: string): string[] {
  return sentenceParts(sentence).filter((p) => quotedTexts(p).length);
}

/** Every part of a sentence, cut at semicolons and before a second speaker's clause, quoted or not. */
function sentenceParts(sentence: string): string[] {
  const parts: string[] = [];
  let open = false;
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i] as string;
    if (c === '\u201C') open = true;
    else if (c === '\u201D' || (c === '"' && open)) {
      open = false;
      // "X said, “…,” and Y said, “…”": the comma inside the closing mark; the second speaker's part starts after it.
      if (AND_NAMED_SAYS.test(sentence.slice(i + 1, i + 80))) {
        parts.push(sentence.slice(from, i + 1));
        from = i + 1;
      }
    } else if (c === '"') open = true;
    else if (c === ';' && !open) {
      parts.push(sentence.slice(from, i + 1));
      from = i + 1;
    } else if (c === ',' && !open && AND_NAMED_SAYS.test(sentence.slice(i + 1, i + 80))) {
      // "X said “…”, and Magnus said “…”": a second speaker named in a clause of their own.
      parts.push(sentence.slice(from, i + 1));
      from = i + 1;
    }
  }
  parts.push(sentence.slice(from));
  return parts;
}

/**
 * "Evans was blunt: “…,” and Smith said the officers went too far": the one part of the sentence that quotes, when it
 * opens the sentence and another speaker's clause is cut from it; else null.
 */
function oneQuotingPart(sentence: string): string | null {
  const parts = sentenceParts(sentence);
  const quoting = parts.filter((p) => quotedTexts(p).length);
  return quoting.length === 1 &&
    parts.length > 1 &&
    parts[0] === quoting[0] &&
    AND_NAMED_SAYS.test(sentence.slice(quoting[0]!.length))
    ? quoting[0]!
    : null;
}

function partHolding(sentence: string, q: IndexedQuote): string {
  const alone = oneQuotingPart(sentence);
  if (alone) return alone;
  const quoting = quotingParts(sentence);
  if (quoting.length < 2) return sentence;
  const key = quoteKey(q.quote.text);
  // The part holding the most of the words: "went “lights and sirens”; … responded “under lights and sirens”" is the second's.
  const held = quoting.map((p) =>
    Math.max(
      0,
      ...quotedTexts(p).map((t) => {
        const k = quoteKey(t);
        return k !== '' && containsKey(key, k) ? k.length : 0;
      }),
    ),
  );
  const most = Math.max(...held);
  const holding = quoting.filter((_, i) => most > 0 && held[i] === most);
  return holding.length === 1 ? (holding[0] as string) : sentence;
}

function judgeKnown(
  sentence: string,
  q: IndexedQuote,
  variant: Variant | undefined,
  story: StoryChecks,
  previous: string,
  carried: Speaker | null | undefined,
): QuoteMatch {
  const claimId = `quote:${q.quote.id}`;
  const original = describe(q);
  const folded = foldText(sentence);
  if (variant) {
    const distorted = variant.kind !== 'transcription';
    // "X did not say "…"", ""…" is a misquote": the page denies the misquote (denied-wording.ts).
    if (distorted && deniesWords(sentence, variant.text))
      return {
        verdict: 'consistent',
        kind: 'quote',
        claimId,
        original,
        explanation: `The page rightly denies these words: ${variant.note}`,
      };
    // "The aggregator's version had him promising “…”": another text's wording, relayed (relayed.ts), is not the page's.
    const opening = folded.indexOf('"');
    if (distorted && opening >= 0 && relayedAt(folded, opening + 1))
      return {
        verdict: 'unverified',
        kind: 'quote',
        claimId,
        original,
        explanation: `The page relays another text's version of these words. ${variant.note}`,
      };
    return {
      verdict: distorted ? 'discrepant' : 'consistent',
      kind: 'quote',
      claimId,
      original,
      explanation: variant.note,
    };
  }
  const misplaced = q.misplaced.find((m) => m.when.every((g) => hasAnyTerm(folded, g)));
  if (misplaced)
    return {
      verdict: 'discrepant',
      kind: 'time-context',
      claimId,
      original,
      explanation: misplaced.explanation,
    };
  // Whom the page credits the words to: the one it names as speaking, or, for "he added", the speaker before.
  // None of the story's people credited: someone else the world file knows, named in full ("said Sheriff Jim McDonnell")?
  // A title the sentence itself credits in an explicit frame ("It was the mayor who said he saw “…”") outranks a
  // pronoun's speaker carried from before: the pronoun is then the title holder's.
  // Two quotes set apart by a semicolon, each with its own speaker: the part that holds these words names theirs.
  const part = partHolding(sentence, q);
  const inSentence = creditedSpeaker(part, '', speakersOf(story));
  const framed = inSentence ? undefined : soleTitleSpeaker(part, soleTitlesOf(story));
  const named =
    inSentence ??
    (framed ? speakersOf(story).find((x) => x.entity.id === framed) : undefined) ??
    creditedSpeaker(part, previous, speakersOf(story), carried) ??
    (q.speaker
      ? (creditedSpeaker(sentence, '', strangersOf(story)) ?? titledSpeaker(sentence, story))
      : undefined);
  // Or a place and a post with no name ("Denver's chief put it: …"): its holder on record, or someone the record does not hold (place-title-speaker.ts).
  const placed =
    named === undefined && q.speaker
      ? placeTitledSpeaker(sentence, story.story.entities ?? [])
      : undefined;
  const credited =
    named ??
    (placed?.holder ? speakersOf(story).find((s) => s.entity.id === placed.holder?.id) : undefined);
  if (placed && q.speaker && creditsSomeoneElse(placed, q.speaker, story.story.entities ?? [])) {
    return {
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId,
      original,
      explanation: `The page credits these words to ${placed.place}'s ${placed.post}, but they are ${q.speaker.name}'s (${q.speaker.role ?? q.speaker.name}).`,
    };
  }
  // A body's spokesman credited with its statement speaks for it ("Denver police spokesman Doug Schepman said …").
  if (
    credited &&
    q.speaker &&
    credited.entity.id !== q.speaker.id &&
    !speaksFor(credited.entity, q.speaker)
  ) {
    // Words the record holds only as credited to someone (not confirmed as said): whoever said them, the page moves them.
    const owner =
      q.quote.status === 'unverified'
        ? `the record has them only as credited to ${q.speaker.name} (${q.quote.occasion})`
        : `they are ${q.speaker.name}'s`;
    return {
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId,
      original,
      explanation: `The page credits these words to ${credited.entity.name}, but ${owner}.`,
    };
  }
  // A body's statement credited to another body of the story ("the Aurora Police Department issued a statement that it
  // “has not participated …”" for the Denver department's words): no one named speaks, another agency does.
  const body =
    named == null && !placed && q.speaker && q.speaker.kind !== 'person'
      ? creditedBody(sentence, agenciesOf(story, q.speaker.id))
      : undefined;
  if (body && q.speaker) {
    return {
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId,
      original,
      explanation: `The page credits these words to ${body.entity.name}, but they are ${q.speaker.name}'s.`,
    };
  }
  const own = ownVerdict(q);
  // "Speaking to reporters, Homan said “…”" for words of his post on X: the words are his, given another way (quote-medium.ts).
  const medium =
    own.verdict === 'consistent'
      ? quoteMediumConflict(part, q.quote, story.story.quotes ?? [])
      : null;
  if (medium) {
    const given = `the record has them from ${medium.record}: ${q.speaker?.name ?? q.quote.speaker}'s ${q.quote.occasion}${occasionDate(q.quote)}`;
    // A phrase of a few words may have been said again elsewhere: the page's occasion is not confirmed, nor shown wrong.
    return medium.short
      ? {
          verdict: 'unverified',
          kind: 'time-context',
          claimId,
          original,
          explanation: `The words are on record, but ${given}; the record does not have them given \u201C${medium.page}\u201D.`,
        }
      : {
          verdict: 'discrepant',
          kind: 'time-context',
          claimId,
          original,
          explanation: `The page presents these words as given \u201C${medium.page}\u201D, but ${given}.`,
        };
  }
  // "“…” — Jane Roe": a dash credits the words to one the story's record does not have (no speaker read above): not vouched for.
  const dashed =
    own.verdict === 'consistent' && named === undefined && !placed && !body
      ? dashAttribution(sentence, isTitleWord)
      : undefined;
  if (dashed) {
    return {
      verdict: 'unverified',
      kind: 'quote',
      claimId,
      original,
      explanation: `The page credits these words to ${dashed}; the record has ${q.speaker?.name ?? q.quote.speaker} saying them.`,
    };
  }
  // "The mayor and the chief both said “…”": words on record as one speaker's, credited to two together (joint-credit below).
  const joint =
    own.verdict === 'consistent' && named === undefined && q.speaker
      ? jointlyCredited(sentence, q, story)
      : undefined;
  if (joint && q.speaker) {
    return {
      verdict: 'unverified',
      kind: 'quote',
      claimId,
      original,
      explanation: `The page credits these words to ${q.speaker.name} and ${joint.entity.name} together; the record has only ${q.speaker.name} saying them.`,
    };
  }
  // No speaker read, and outside the quotes the sentence names another of the story's people and not the speaker ("the
  // line Evans gave: “…”" for the chief's words): the page may credit them to that person, so they are not vouched for
  // (unless the words around them are found wrong: analyze.ts).
  const other =
    own.verdict === 'consistent' && named === undefined && !placed && q.speaker
      ? otherPersonBeside(sentence, q, story)
      : undefined;
  if (other && q.speaker)
    return {
      kind: 'quote',
      claimId,
      original,
      ...own,
      beside: `The sentence names ${other.entity.name} beside these words; the record has ${q.speaker.name} saying them.`,
    };
  // The record's own words, denied as the speaker's ("X never said "…""): not vouched for.
  if (own.verdict === 'consistent' && deniesWords(sentence, q.quote.text)) {
    return {
      verdict: 'unverified',
      kind: 'quote',
      claimId,
      original,
      explanation: `The page denies words the record has ${q.speaker?.name ?? q.quote.speaker} saying.`,
    };
  }
  return { kind: 'quote', claimId, original, ...own };
}

/** A quote's texts to align with: the record's own wording, then each variant's. */
const textsCache = new WeakMap<
  IndexedQuote,
  { variant: Variant | undefined; record: RecordWords; words: Set<string> }[]
>();
function textsOf(
  q: IndexedQuote,
): { variant: Variant | undefined; record: RecordWords; words: Set<string> }[] {
  let out = textsCache.get(q);
  if (!out) {
    out = [undefined, ...(q.quote.variants ?? [])].map((variant) => {
      const record = recordWords(variant?.text ?? q.quote.text);
      return { variant, record, words: new Set(record.words) };
    });
    textsCache.set(q, out);
  }
  return out;
}

interface Aligned {
  q: IndexedQuote;
  variant: Variant | undefined;
  alignment: Alignment;
}

/** Best first: the record's own words verbatim, a transcription, a distortion; then stitched; then altered, fewest changes first. */
function rank(a: Aligned): number {
  const { outcome, diff, matched } = a.alignment;
  const v = !a.variant ? 0 : a.variant.kind === 'transcription' ? 1 : 2;
  if (outcome === 'verbatim') return v;
  if (outcome === 'stitched') return 3 + v;
  return 10 + diff.length * 10 + v - matched / 1000;
}

/** Recorded sentences joined in one quote with no ellipsis over the words the record has between them. */
function stitchedFinding(q: IndexedQuote): QuoteMatch {
  return {
    verdict: 'discrepant',
    kind: 'quote',
    claimId: `quote:${q.quote.id}`,
    original: describe(q),
    explanation: `The quote joins sentences ${q.speaker?.name ?? q.quote.speaker} said apart, with no ellipsis for the words between.`,
  };
}

/**
 * Aligns each quoted stretch (of at least a few of the speaker's words) with
 * every recorded quote of the story and each of its variants, and keeps the
 * best. The same verbatim words in two speakers' records say nothing of whose
 * they are.
 */
/**
 * One utterance interrupted by its credit: two quoted stretches with only a credit between them ("“…,” he went on,
 * “…”", "“…,” Beck said. “…”"), not two wordings set side by side ("said “…,” not “…”").
 */
const CREDIT_BETWEEN =
  /^["\u201D]\s*,?\s*(?:he|she|they|the\s+\p{L}+|\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})\s+(?:also\s+|then\s+)?(?:went\s+on|added|continued|said|says|wrote|writes|told\s+\p{L}+)(?:\s*,?\s*and(?:\s+[\p{L}'\u2019]+){1,4}?)?\s*[,.:]?\s*["\u201C]$/u;
/** Words between two quoted stretches that set them side by side ("said X, not Y", "X rather than Y", "X or Y"). */
const CONTRAST_BETWEEN =
  /\b(?:not|never|rather|instead|versus|vs|unlike|compared|contrast|whereas|while|but|or|nor|than)\b/i;
/** A verb of going on speaking ("adding that officers are “…”", "continuing, “…”"). */
const GOES_ON_SAYING = /\b(?:adding|added|continuing|continued|going\s+on|went\s+on)\b/i;
function interruptedQuote(sentence: string): boolean {
  const marks = [...sentence.matchAll(/["\u201C\u201D]/g)].map((m) => m.index);
  if (marks.length !== 4) return false;
  const between = sentence.slice(marks[1]!, marks[2]! + 1);
  // "“X,” the chief told reporters, adding that officers are “Y”": the same speaker going on, no contrast drawn.
  // (Not across a semicolon: "… would see Beck say “X”; he said “Y”" sets two wordings side by side.)
  return (
    CREDIT_BETWEEN.test(between) ||
    (between.length <= 90 &&
      !between.includes(';') &&
      GOES_ON_SAYING.test(between) &&
      !CONTRAST_BETWEEN.test(between))
  );
}

function alignQuoted(
  texts: readonly string[],
  story: StoryChecks,
  interrupted = false,
): Aligned | null {
  let best: Aligned | null = null;
  const all: Aligned[] = [];
  for (const text of texts) {
    const top = alignOne(text, story);
    if (!top) continue;
    all.push(top);
    if (!best || rank(top) < rank(best)) best = top;
  }
  // "“That is not our job,” he went on, “nor will we make it our job.”": another stretch of the same recorded quote
  // that is a known misquote, or altered, makes the quote so, whatever the word-for-word stretch beside it.
  if (interrupted && best && best.alignment.outcome === 'verbatim' && !best.variant) {
    const worse = all.find(
      (a) =>
        a !== best &&
        a.q === best!.q &&
        ((a.variant !== undefined && a.variant.kind !== 'transcription') ||
          a.alignment.outcome === 'altered'),
    );
    if (worse) return worse;
  }
  // "… who “answered the call from <another body>,” and he signed off with “Help is coming!”": a stretch of the same
  // speaker's recorded words changed is altered, whatever the stretch quoted word for word beside it.
  if (best && best.alignment.outcome === 'verbatim' && !best.variant) {
    const changed = all.find(
      (a) =>
        a !== best &&
        a.alignment.outcome === 'altered' &&
        !a.variant &&
        a.q.quote.speaker === best!.q.quote.speaker,
    );
    if (changed) return changed;
  }
  return best;
}

/** The last stretches aligned, per story: a quote running over sentences is aligned again with its neighbours. */
const alignedCache = new WeakMap<StoryChecks, Map<string, Aligned | null>>();
const ALIGNED_KEPT = 4;

/** The best alignment of one quoted stretch with the story's quotes. */
function alignOne(text: string, story: StoryChecks): Aligned | null {
  let cache = alignedCache.get(story);
  if (!cache) alignedCache.set(story, (cache = new Map()));
  const kept = cache.get(text);
  if (kept !== undefined) return kept;
  const found = alignFresh(text, story);
  if (cache.size >= ALIGNED_KEPT) cache.clear();
  cache.set(text, found);
  return found;
}

/**
 * Every text of the story's quotes (textsOf, quote by quote), and for each word the texts that have it: a stretch's
 * words are counted against all texts at once, not text by text. Once per story.
 */
const quoteTextsCache = new WeakMap<
  StoryChecks,
  {
    texts: { q: IndexedQuote; variant: Variant | undefined; record: RecordWords }[];
    byWord: Map<string, number[]>;
  }
>();
function quoteTexts(story: StoryChecks): {
  texts: { q: IndexedQuote; variant: Variant | undefined; record: RecordWords }[];
  byWord: Map<string, number[]>;
} {
  let out = quoteTextsCache.get(story);
  if (!out) {
    const texts: { q: IndexedQuote; variant: Variant | undefined; record: RecordWords }[] = [];
    const byWord = new Map<string, number[]>();
    for (const q of story.quotes) {
      for (const { variant, record, words } of textsOf(q)) {
        for (const w of words) {
          const list = byWord.get(w);
          if (list) list.push(texts.length);
          else byWord.set(w, [texts.length]);
        }
        texts.push({ q, variant, record });
      }
    }
    out = { texts, byWord };
    quoteTextsCache.set(story, out);
  }
  return out;
}

function alignFresh(text: string, story: StoryChecks): Aligned | null {
  const tokens = stretchTokens(text);
  const whole = alignTokens(tokens, story);
  if (whole?.alignment.outcome === 'verbatim' || !tokens.some((t) => t.kind === 'gap'))
    return whole;
  return acrossGaps(tokens, story) ?? whole;
}

/** A stretch's pieces between its ellipses, each with the tokens it holds (gaps left out). */
function piecesOf(tokens: readonly StretchToken[]): StretchToken[][] {
  const pieces: StretchToken[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'gap') pieces.push([]);
    else pieces[pieces.length - 1]!.push(t);
  }
  return pieces.filter((p) => p.some((t) => t.kind === 'word'));
}

/** The fewest words a piece between ellipses may have and still be known as part of a recorded quote of the occasion. */
const MIN_PIECE_WORDS = 3;

/** Where `run` first occurs in `words` as consecutive words, or -1. */
function runAt(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++)
    if (run.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

/**
 * "“Sanctuary policies endanger our police and the public. Help is coming!”": the end of one recorded quote and the
 * start of another that its source printed after it with words left out between (the pack's `elidedAfter`), run
 * together over two of the page's sentences with no ellipsis. Each piece must be word for word its quote's (the end of
 * the first, the start of the second), of one speaker. Returns the second quote, or null.
 */
function elidedJoin(running: string, closing: string, story: StoryChecks): IndexedQuote | null {
  const head = stretchTokens(running);
  const tail = stretchTokens(closing);
  if ([...head, ...tail].some((t) => t.kind === 'gap')) return null;
  const a = alignOne(running, story) ?? shortPieceOf(head, story);
  const b = alignOne(closing, story) ?? shortPieceOf(tail, story);
  if (!a || !b || a.variant || b.variant) return null;
  if (a.alignment.outcome !== 'verbatim' || b.alignment.outcome !== 'verbatim') return null;
  if (b.q.quote.elidedAfter !== a.q.quote.id || b.q.quote.speaker !== a.q.quote.speaker)
    return null;
  const wordsOf = (t: readonly StretchToken[]) =>
    t.filter((x) => x.kind === 'word').map((x) => x.word);
  const first = textsOf(a.q)[0]!.record.words;
  const second = textsOf(b.q)[0]!.record.words;
  const [hw, tw] = [wordsOf(head), wordsOf(tail)];
  return hw.length &&
    tw.length &&
    runAt(first, hw) === first.length - hw.length &&
    runAt(second, tw) === 0
    ? b.q
    : null;
}

/** The pieces joined again with an ellipsis between each two, as one stretch. */
const joinPieces = (pieces: readonly StretchToken[][]): StretchToken[] =>
  pieces.flatMap((p, k) => (k ? [{ kind: 'gap' as const, word: '' }, ...p] : p));

/**
 * "“Sanctuary policies endanger our police and the public. … Help is coming!”": an ellipsis may leave out whole
 * sentences between two recorded quotes of one occasion, so the stretch is aligned in groups of pieces, each group word
 * for word part of one recorded quote (or a transcription of it), with its own ellipses inside. Verbatim only when
 * every group is of the same speaker on the same day and occasion, each gap between groups falls between sentences of
 * the record (no sentence spliced to another's middle: "They responded, then they got disciplined … for flouting
 * immigration law"), and the groups come in the order the story lists its quotes. Otherwise the stretch is judged
 * whole, as one quote.
 */
function acrossGaps(tokens: readonly StretchToken[], story: StoryChecks): Aligned | null {
  const pieces = piecesOf(tokens);
  if (pieces.length < 2) return null;
  if (pieces.some((p) => p.filter((t) => t.kind === 'word').length < MIN_PIECE_WORDS)) return null;
  const groups: { from: number; to: number; top: Aligned }[] = [];
  for (let k = 0; k < pieces.length;) {
    let best: { to: number; top: Aligned } | null = null;
    for (let to = k + 1; to <= pieces.length; to++) {
      const group = joinPieces(pieces.slice(k, to));
      const words = group.filter((t) => t.kind === 'word').length;
      const top =
        words >= MIN_VERBATIM_WORDS ? alignTokens(group, story) : shortPieceOf(group, story);
      if (top?.alignment.outcome !== 'verbatim') break;
      if (top.variant && top.variant.kind !== 'transcription') break;
      best = { to, top };
    }
    if (!best) return null;
    groups.push({ from: k, to: best.to, top: best.top });
    k = best.to;
  }
  if (groups.length < 2) return null;
  const first = groups[0]!.top;
  const sameOccasion = ({ top: a }: { top: Aligned }) =>
    a.q.quote.speaker === first.q.quote.speaker &&
    a.q.quote.date === first.q.quote.date &&
    a.q.quote.occasion === first.q.quote.occasion;
  if (!groups.every(sameOccasion)) return null;
  const wordsOf = (piece: readonly StretchToken[]) =>
    piece.filter((t) => t.kind === 'word').map((t) => t.word);
  for (const [g, { from, to, top }] of groups.entries()) {
    const record = textsOf(top.q).find((t) => t.variant === top.variant)!.record;
    const head = wordsOf(pieces[from]!);
    const tail = wordsOf(pieces[to - 1]!);
    const starts = runAt(record.words, head);
    const ends = runAt(record.words, tail);
    if (starts < 0 || ends < 0) return null;
    if (g > 0 && !record.sentenceStart[starts]) return null;
    const after = ends + tail.length;
    if (g < groups.length - 1 && after < record.words.length && !record.sentenceStart[after])
      return null;
  }
  const order = groups.map(({ top }) => story.quotes.indexOf(top.q));
  if (order.some((o, g) => g > 0 && o <= order[g - 1]!)) return null;
  const best = groups.reduce((a, b) => (b.top.alignment.words > a.top.alignment.words ? b : a)).top;
  const sum = (k: 'matched' | 'words') => groups.reduce((n, { top }) => n + top.alignment[k], 0);
  return {
    ...best,
    alignment: { ...best.alignment, matched: sum('matched'), words: sum('words') },
  };
}

/** A piece of a few words after an ellipsis: the recorded quote it is word for word part of, if only one speaker's. */
function shortPieceOf(piece: readonly StretchToken[], story: StoryChecks): Aligned | null {
  if (piece.some((t) => t.kind !== 'word')) return null;
  const words = piece.map((t) => t.word);
  const found: Aligned[] = [];
  for (const { q, variant, record } of quoteTexts(story).texts) {
    if (variant || runAt(record.words, words) < 0) continue;
    const alignment: Alignment = {
      outcome: 'verbatim',
      matched: words.length,
      words: words.length,
      diff: [],
      endingsOnly: false,
      stitches: 0,
    };
    found.push({ q, variant, alignment });
  }
  return found.length && found.every((f) => f.q.quote.speaker === found[0]!.q.quote.speaker)
    ? found[0]!
    : null;
}

function alignTokens(tokens: readonly StretchToken[], story: StoryChecks): Aligned | null {
  const own = tokens.filter((t) => t.kind === 'word');
  if (own.length < MIN_VERBATIM_WORDS) return null;
  const found: Aligned[] = [];
  // A stretch matches (verbatim or near) only a text that has most of its words: the rest are not worth a table.
  const needed = Math.max(MIN_VERBATIM_WORDS, Math.ceil(NEAR_SHARE * own.length));
  const { texts, byWord } = quoteTexts(story);
  // How many of the stretch's words (each time it has one) each text has.
  const shared = new Uint32Array(texts.length);
  for (const t of own) for (const i of byWord.get(t.word) ?? []) shared[i]!++;
  for (const [i, { q, variant, record }] of texts.entries()) {
    if (needed > record.words.length) continue;
    if (shared[i]! < needed) continue;
    const alignment = alignStretch(tokens, record);
    if (alignment.outcome !== 'none') found.push({ q, variant, alignment });
  }
  found.sort((a, b) => rank(a) - rank(b));
  const top = found[0];
  if (!top) return null;
  if (
    top.alignment.outcome === 'verbatim' &&
    found.some(
      (f) => f.alignment.outcome === 'verbatim' && f.q.quote.speaker !== top.q.quote.speaker,
    )
  )
    return null;
  return top;
}

const MARKS = /["\u201C\u201D\u00AB\u00BB]/;

/**
 * The recorded quote whose words a quote running from the previous sentence
 * into this one splits apart: each side is a verbatim part of the same
 * recorded text (the record's own words), but the two together are not, and
 * no ellipsis stands at the join, so the record has other words between them
 * (or has them the other way round). The side before is the previous
 * sentence's open quote, or the whole previous sentence when it has no marks
 * and this one closes the quote; the side after is this sentence's words up
 * to the closing mark, or the whole sentence when it has no marks and the
 * quote is still open.
 */
function splitAcross(
  previous: string,
  sentence: string,
  running: string | undefined,
  closing: string | undefined,
  story: StoryChecks,
): IndexedQuote | null {
  const ends = unbalanced(sentence);
  const before =
    running ??
    (!MARKS.test(previous) && ends.close !== undefined && ends.open === undefined
      ? previous
      : undefined);
  const after =
    closing ?? (running === undefined ? ends.close : !MARKS.test(sentence) ? sentence : undefined);
  if (before === undefined || after === undefined) return null;
  const a = alignOne(before, story);
  const b = alignOne(after, story);
  if (
    !a ||
    !b ||
    a.q !== b.q ||
    a.variant ||
    b.variant ||
    a.alignment.outcome !== 'verbatim' ||
    b.alignment.outcome !== 'verbatim'
  )
    return null;
  if (a.q.quote.status !== 'verified' && a.q.quote.status !== 'single-source') return null;
  const tokens = [...stretchTokens(before), ...stretchTokens(after)];
  const join = stretchTokens(before).length;
  // An ellipsis at the join is the page's honest mark over the words left out.
  if (tokens[join - 1]?.kind === 'gap' || tokens[join]?.kind === 'gap') return null;
  const record = textsOf(a.q)[0]?.record;
  return record && alignStretch(tokens, record).outcome !== 'verbatim' ? a.q : null;
}

/** Words that tell of borrowing another's words ("echoed the mayor's", "repeated", "in Evans's phrase"). */
const BORROWED =
  /\b(?:echo\w*|repeat\w*|borrow\w*|quot\w*|cit(?:e|ed|es|ing)|paraphras\w*|phrase|words|line|mimic\w*|parrot\w*|mock\w*)\b/;

/**
 * A short phrase of three or more words, every one a content word ("distraction, division, distortion"), that is part
 * of exactly one recorded quote and it another person's, credited by name in the sentence to a speaker none of whose
 * recorded words hold it: theirs, not the credited speaker's. Not when the sentence names the words' owner or tells of
 * borrowing words (BORROWED), nor for a speaker known only by a pronoun.
 */
function distinctPart(
  page: string,
  sentence: string,
  who: Speaker,
  story: StoryChecks,
): IndexedQuote | undefined {
  const words = page.split(' ');
  if (words.length < 3 || words.some((w) => !contentWords(w).has(w))) return undefined;
  const speakers = speakersOf(story);
  const named = creditedSpeaker(sentence, '', speakers) ?? subjectSpeaker(sentence, speakers);
  if (named?.entity.id !== who.entity.id) return undefined;
  const holding = story.quotes.filter(
    (q) => q.speaker && containsKey(quoteKey(q.quote.text), page),
  );
  const owner = holding[0];
  if (holding.length !== 1 || !owner?.speaker || owner.speaker.id === who.entity.id)
    return undefined;
  if (owner.quote.status !== 'verified' && owner.quote.status !== 'single-source') return undefined;
  const outside = foldText(sentence.replace(/["\u201C][^"\u201D]*["\u201D]?/g, ' '));
  if (
    BORROWED.test(outside) ||
    hasAnyTerm(outside, owner.speakerTerms) ||
    titlesOf(owner.speaker).some((t) => new RegExp(`\\b${t}\\b`).test(outside))
  )
    return undefined;
  return owner;
}

/** A short phrase of three or more words, on record as one speaker's only, credited to that speaker and another together. */
function jointShort(
  sentence: string,
  story: StoryChecks,
  texts: readonly string[],
): QuoteMatch | null {
  for (const text of texts) {
    const page = quoteKey(text);
    if (page.split(' ').length < 3) continue;
    const holding = story.quotes.filter(
      (q) =>
        q.speaker &&
        (q.quote.status === 'verified' || q.quote.status === 'single-source') &&
        containsKey(quoteKey(q.quote.text), page),
    );
    const owner = holding[0];
    if (!owner?.speaker || holding.some((q) => q.speaker?.id !== owner.speaker?.id)) continue;
    const other = jointlyCredited(sentence, owner, story);
    if (other) {
      return {
        verdict: 'unverified',
        kind: 'quote',
        claimId: `quote:${owner.quote.id}`,
        original: describe(owner),
        explanation: `The page credits these words to ${owner.speaker.name} and ${other.entity.name} together; the record has only ${owner.speaker.name} saying them.`,
      };
    }
  }
  return null;
}

/**
 * The sentence's short quoted phrases (every quoted stretch under four words),
 * read against the recorded quotes of the speaker the sentence credits or
 * opens with: theirs word for word (consistent), one word changed or added
 * (discrepant, with the diff), or more than one recorded place it could come
 * from (unverified). Null when none says anything.
 */
function shortQuoted(
  sentence: string,
  previous: string,
  carried: Speaker | null | undefined,
  story: StoryChecks,
  texts: readonly string[],
  lastParagraph?: Speaker | null,
): QuoteMatch | null {
  // "Smith said officers went “…”; the union said they responded “…”": each part's phrases are its own speaker's;
  // "Homan's post ended, “…” and Ortt said …": the one quoting part, cut from another speaker's clause.
  const alone = oneQuotingPart(sentence);
  if (alone) return shortInPart(alone, previous, carried, story, texts, lastParagraph);
  const parts = quotingParts(sentence);
  if (parts.length > 1) {
    const found = parts.map((part) =>
      shortInPart(
        part,
        previous,
        carried,
        story,
        texts.filter((t) => part.includes(t)),
        lastParagraph,
      ),
    );
    return (
      found.find((f) => f?.verdict === 'discrepant') ??
      found.find((f) => f?.verdict === 'unverified') ??
      found.find((f) => f) ??
      null
    );
  }
  return shortInPart(sentence, previous, carried, story, texts, lastParagraph);
}

function shortInPart(
  sentence: string,
  previous: string,
  carried: Speaker | null | undefined,
  story: StoryChecks,
  texts: readonly string[],
  lastParagraph?: Speaker | null,
): QuoteMatch | null {
  // Short as written: a hyphenated compound ("body-worn") is one word.
  const written = (t: string) =>
    Math.min(
      stretchTokens(t).filter((x) => x.kind === 'word').length,
      t
        .trim()
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    );
  if (!texts.length || texts.some((t) => written(t) >= MIN_VERBATIM_WORDS)) return null;
  const speakers = speakersOf(story);
  const who =
    creditedSpeaker(sentence, previous, speakers, carried) ??
    subjectSpeaker(sentence, speakers) ??
    pronounSubject(sentence, previous, speakers, lastParagraph) ??
    titledSpeaker(sentence, story);
  if (!who) return jointShort(sentence, story, texts);
  const theirs = story.quotes.filter((q) => q.speaker?.id === who.entity.id);
  // A short recorded quote in full, three words or more, that only another person of the story said ("Ortt tweeted
  // 'Help is coming!'", the record's words of Homan's): not the credited speaker's.
  for (const text of texts) {
    const page = quoteKey(text);
    if (page.split(' ').length < 3 || theirs.some((q) => quoteKey(q.quote.text).includes(page)))
      continue;
    const whole = story.quotes.filter(
      (q) =>
        q.speaker &&
        q.speaker.id !== who.entity.id &&
        (q.quote.status === 'verified' || q.quote.status === 'single-source') &&
        quoteKey(q.quote.text) === page,
    );
    const only =
      whole.length === 1
        ? whole[0]
        : whole.length
          ? undefined
          : distinctPart(page, sentence, who, story);
    if (only?.speaker) {
      return {
        verdict: 'discrepant',
        kind: 'misattributed-quote',
        claimId: `quote:${only.quote.id}`,
        original: describe(only),
        explanation: `The page credits these words to ${who.entity.name}, but they are ${only.speaker.name}'s.`,
      };
    }
  }
  let found: QuoteMatch | null = null;
  for (const text of texts) {
    const reading = readShortQuote(text, theirs, story.quotes);
    if (!reading) continue;
    if (reading.outcome === 'altered') {
      return {
        verdict: 'discrepant',
        kind: 'quote',
        claimId: `quote:${reading.q.quote.id}`,
        original: describe(reading.q),
        diff: reading.diff,
        explanation: `The quoted words differ from what ${who.entity.name} is recorded as saying: ${reading.diff.map(readableChange).join('; ')}.`,
      };
    }
    if (reading.outcome === 'ambiguous') {
      found = {
        verdict: 'unverified',
        kind: 'quote',
        claimId: `person:${who.entity.id}`,
        original: `No recorded statement of ${who.entity.name} contains these words.`,
        explanation: `These few words are close to more than one thing ${who.entity.name} is recorded as saying; Sourcelight cannot tell which is meant.`,
      };
    } else
      found ??= {
        kind: 'quote',
        claimId: `quote:${reading.q.quote.id}`,
        original: describe(reading.q),
        ...ownVerdict(reading.q),
      };
  }
  return found;
}

/**
 * Finds the known quote a sentence contains, if any, and judges it: its
 * wording (exact, a known variant, or reworded), where it is placed, and whom
 * it is credited to. Quoted words that match nothing on record, in a sentence
 * naming someone the story knows, are unverified: no record is not proof of
 * invention. `carried` is the paragraph's last speaker (paragraphSpeaker), for
 * "he added"; without it, the speaker the previous sentence names. `lastParagraph`: at a paragraph's start, the
 * speaker the last paragraph's last sentence names, for a pronoun opening a short quoted phrase only.
 */
export function matchQuote(
  sentence: string,
  story: StoryChecks,
  previous = '',
  carried?: Speaker | null,
  lastParagraph?: Speaker | null,
): QuoteMatch | null {
  const key = quoteKey(sentence);
  if (!key) return null;
  // "He added, “…”" in a paragraph of its own: the one the last paragraph's last sentence credits goes on speaking.
  if (
    !carried &&
    !previous &&
    lastParagraph &&
    goesOnSpeaking(sentence, speakersOf(story), lastParagraph)
  )
    carried = lastParagraph;
  const context = foldText(`${previous} ${sentence}`);
  // A body's words are named by its spokesman's name too ("It came through the spokesman, Doug Schepman. It read, …").
  const names = (q: IndexedQuote) =>
    hasAnyTerm(context, q.speakerTerms) ||
    (q.speaker !== undefined &&
      speakersOf(story).some(
        (p) => speaksFor(p.entity, q.speaker!) && hasAnyTerm(context, p.names),
      ));
  let quoted: string[] | undefined;
  let texts: string[] | undefined;
  const quotedRaw = () => (texts ??= quotedTexts(sentence));
  const quotedParts = () => (quoted ??= quotedRaw().map(quoteKey));
  const inQuotes = (pieceKey: string) => quotedParts().some((k) => containsKey(k, pieceKey));
  let alignedOnce: Aligned | null | undefined;
  const aligned = () =>
    alignedOnce === undefined
      ? (alignedOnce = quotedRaw().length
          ? alignQuoted(quotedRaw(), story, quotedRaw().length === 2 && interruptedQuote(sentence))
          : null)
      : alignedOnce;
  // A quote running on from the sentence before: its two parts together may join recorded sentences said apart.
  const running = previous ? unbalanced(previous).open : undefined;
  const closing = running !== undefined ? unbalanced(sentence).close : undefined;
  const across =
    running !== undefined && closing !== undefined
      ? alignOne(`${running} ${closing}`, story)
      : null;
  if (
    across?.alignment.outcome === 'stitched' &&
    !across.variant &&
    (across.q.quote.status === 'verified' || across.q.quote.status === 'single-source')
  ) {
    return stitchedFinding(across.q);
  }
  // Two recorded quotes the source printed with words left out between, joined here with no ellipsis (elidedJoin).
  const elided =
    running !== undefined && closing !== undefined ? elidedJoin(running, closing, story) : null;
  if (elided) return stitchedFinding(elided);
  // A quote over three or more of the page's sentences: a sentence with no marks between its opening and its closing is quoted whole.
  const joined = previous ? splitAcross(previous, sentence, running, closing, story) : null;
  if (joined) return stitchedFinding(joined);
  // Quoted phrases too short to align, credited to one of the story's speakers (short-quote.ts).
  const short = shortQuoted(sentence, previous, carried, story, quotedRaw(), lastParagraph);
  if (short && short.verdict !== 'consistent') return short;
  // A length of time changed inside the record's words ("over the past two decades" for "the past decade"): quote-duration.ts.
  const changed = quotedRaw().length
    ? durationFinding(quotedRaw(), sentence, previous, story)
    : null;
  if (changed) return changed;
  // Two or more quoted stretches, one word for word and a later one going on otherwise (goesOnOtherwise).
  // Only quotes opened and closed inside the sentence: one running over sentences has its parts told apart above.
  const marks = (sentence.match(/["\u201C\u201D]/g) ?? []).length;
  let goesOn =
    quotedRaw().length > 1 && running === undefined && marks >= 4 && marks % 2 === 0
      ? goesOnOtherwise(quotedRaw(), aligned(), story)
      : null;
  // Only words the page gives to the recorded speaker, or to no one it names: another's are judged as such below.
  if (goesOn) {
    const own = aligned()?.q.speaker?.id;
    const who = creditedSpeaker(sentence, previous, speakersOf(story), carried);
    const outside = foldText(quotedRaw().reduce((rest, t) => rest.replace(t, ' '), sentence));
    if (
      (who && who.entity.id !== own) ||
      speakersOf(story).some((sp) => sp.entity.id !== own && hasAnyTerm(outside, sp.names))
    )
      goesOn = null;
  }
  if (goesOn) return goesOn;
  const hits: { q: IndexedQuote; piece: IndexedQuote['pieces'][number] }[] = [];
  for (const q of story.quotes) {
    const piece = q.pieces.find(
      (p) => containsKey(key, p.key) && (p.words >= SHORT_PIECE || inQuotes(p.key)),
    );
    if (piece) hits.push({ q, piece });
  }
  const first = hits[0];
  if (first) {
    const own = hits.filter((h) => !h.piece.variant);
    const second = own.find(
      (h) => h.q.quote.speaker !== first.q.quote.speaker || h.q.quote.date !== first.q.quote.date,
    );
    // One quotation holding both ("X said “A. B.”"), not two quotations each credited on its own ("X said “A”; Y said “B”").
    const joined =
      second !== undefined &&
      quotedParts().some(
        (k) => containsKey(k, first.piece.key) && containsKey(k, second.piece.key),
      );
    if (own.length > 1 && second && second !== first && joined) {
      return {
        verdict: 'discrepant',
        kind: 'quote',
        claimId: `quote:${first.q.quote.id}`,
        original: `${describe(first.q)} / ${describe(second.q)}`,
        explanation: 'The page joins words said on different occasions into one quote.',
      };
    }
    // Whole recorded sentences, but joined with no ellipsis over the record's words between them, or going on in
    // words that differ from the record: stitched or altered (below).
    const { q, alignment } = aligned() ?? {};
    const onRecord =
      first.q.quote.status === 'verified' || first.q.quote.status === 'single-source';
    if (
      first.piece.variant ||
      !onRecord ||
      // Another stretch of the same speaker's words changed (alignQuoted) is judged below, as altered.
      (q !== first.q &&
        !(alignment?.outcome === 'altered' && q?.quote.speaker === first.q.quote.speaker)) ||
      (alignment?.outcome !== 'stitched' && alignment?.outcome !== 'altered')
    ) {
      return judgeKnown(sentence, first.q, first.piece.variant, story, previous, carried);
    }
  }
  // Each quoted stretch aligned word by word with the record: a verbatim part (cut at either end, with honest marks), stitched, or altered.
  const best0 = aligned();
  if (best0) {
    const { q, variant, alignment } = best0;
    const who = q.speaker?.name ?? q.quote.speaker;
    const claimId = `quote:${q.quote.id}`;
    if (alignment.outcome === 'verbatim')
      return judgeKnown(sentence, q, variant, story, previous, carried);
    const onRecord = q.quote.status === 'verified' || q.quote.status === 'single-source';
    if (
      alignment.outcome === 'stitched' &&
      onRecord &&
      (!variant || variant.kind === 'transcription')
    ) {
      return stitchedFinding(q);
    }
    // Another outlet's transcription of the same words is the speaker's words too: a near match with it, changed, is altered.
    const own = !variant || variant.kind === 'transcription';
    // Only word endings differ ("supervisor → supervisors"): how outlets' transcriptions differ, not a changed quote.
    if (alignment.outcome === 'altered' && onRecord && own && alignment.endingsOnly) {
      return {
        verdict: 'unverified',
        kind: 'quote',
        claimId,
        original: describe(q),
        diff: alignment.diff,
        explanation: `${who}'s words but for word endings (${alignment.diff.join('; ')}), as transcriptions differ; not on record in this wording.`,
      };
    }
    if (alignment.outcome === 'altered' && onRecord && own) return alteredFinding(best0);
  }
  // A recorded sentence begun in the page's words and finished in quoted words that are not the record's (lead-in-quote.ts).
  const led = best0 ? null : leadInAltered(sentence, story.quotes);
  if (led) {
    const who = led.q.speaker?.name ?? led.q.quote.speaker;
    return {
      verdict: 'discrepant',
      kind: 'quote',
      claimId: `quote:${led.q.quote.id}`,
      original: describe(led.q),
      explanation: `The words before the quote are ${who}'s on record, and the record goes on \u201C${led.theirs}\u201D, not \u201C${led.said}\u201D.`,
    };
  }
  // Quoted words that turn a recorded sentence round ("I intend on doing everything differently"): reversed-quote.ts.
  // Not the name of a work ("module 7 (“Local police and federal immigration law”)", "a talk titled “…”"): no one's words.
  const reversed = reversedQuote(
    quotedRaw()
      .filter((q) => !namesAWork(sentence, q))
      .map(quoteKey),
    story.quotes,
  );
  if (reversed) {
    const said =
      splitSentences(reversed.q.quote.text).find((s) => quoteKey(s.text) === reversed.sentence)
        ?.text ?? reversed.sentence;
    return {
      verdict: 'discrepant',
      kind: 'quote',
      claimId: `quote:${reversed.q.quote.id}`,
      original: describe(reversed.q),
      explanation: `The quoted words turn round what ${reversed.q.speaker?.name ?? reversed.q.quote.speaker} is recorded as saying: \u201C${said.trim()}\u201D`,
    };
  }
  const stretches = quotedParts().filter((k) => k.split(' ').length >= MIN_QUOTED_WORDS);
  if (!stretches.length) {
    // A few words (four or five) credited to a speaker the story knows, in no record of anyone: unverified, as longer ones.
    const few =
      !short && quotedParts().some((k) => k.split(' ').length >= MIN_VERBATIM_WORDS) && !aligned();
    const who = few ? creditedSpeaker(sentence, previous, speakersOf(story), carried) : undefined;
    return who ? unrecorded(who) : short;
  }
  let best: { q: IndexedQuote; overlap: number } | null = null;
  for (const q of story.quotes) {
    if (q.quote.status === 'fabricated') continue;
    for (const piece of q.pieces) {
      if (piece.variant || piece.words < MIN_QUOTED_WORDS) continue;
      for (const stretch of stretches) {
        if (!closeEnough(stretch, piece.key, names(q))) continue;
        const overlap = Math.max(
          wordOverlap(stretch, piece.key),
          wordOverlap(stretch, piece.key, true, 5),
        );
        if (!best || overlap > best.overlap) best = { q, overlap };
      }
    }
  }
  if (best) {
    const who = best.q.speaker?.name ?? best.q.quote.speaker;
    return {
      verdict: 'discrepant',
      kind: 'quote',
      claimId: `quote:${best.q.quote.id}`,
      original: describe(best.q),
      explanation: `The quoted words differ from what ${who} is recorded as saying.`,
    };
  }
  // Words the page credits to a speaker the story knows (not merely names: words about a person are not theirs).
  const named = creditedSpeaker(sentence, previous, speakersOf(story), carried);
  // Unless the record holds all the speaker said on the occasion the page names (or on their only occasion): then these words are not theirs.
  const theirs = named ? story.quotes.filter((q) => q.speaker?.id === named.entity.id) : [];
  const whole = theirs.find(
    (q) =>
      q.quote.complete &&
      (theirs.every(
        (o) => o.quote.occasion === q.quote.occasion && o.quote.date === q.quote.date,
      ) ||
        foldText(sentence).includes(foldText(q.quote.occasion))),
  );
  if (named && whole) {
    return {
      verdict: 'discrepant',
      kind: 'quote',
      claimId: `quote:${whole.quote.id}`,
      original: describe(whole),
      explanation: `The record holds all that ${named.entity.name} said (${whole.quote.occasion}), and these words are not in it.`,
    };
  }
  return named ? unrecorded(named) : null;
}

/** Recorded words changed: what the page quotes against what the speaker is recorded as saying. */
function alteredFinding({ q, alignment }: Aligned): QuoteMatch {
  const who = q.speaker?.name ?? q.quote.speaker;
  return {
    verdict: 'discrepant',
    kind: 'quote',
    claimId: `quote:${q.quote.id}`,
    original: describe(q),
    diff: alignment.diff,
    explanation: `The quoted words differ from what ${who} is recorded as saying: ${alignment.diff.map(readableChange).join('; ')}.`,
  };
}

/**
 * Among a sentence's quoted stretches, one that goes on from another given word for word, in words the record does not
 * have there ("That is not our job," Beck went on, "unless Washington makes it our job." where the record goes on "nor
 * will I make it our job"): altered when it ends as the record's next words do (its last two words within them);
 * otherwise the words are not on record (unverified). Null when every stretch is on record or none is word for word.
 */
function goesOnOtherwise(
  texts: readonly string[],
  best: Aligned | null,
  story: StoryChecks,
): QuoteMatch | null {
  if (!best || best.alignment.outcome !== 'verbatim' || best.variant) return null;
  const { q } = best;
  if (q.quote.status !== 'verified' && q.quote.status !== 'single-source') return null;
  const recorded = ` ${quoteKey(q.quote.text)} `;
  const keys = texts.map(quoteKey);
  const at = keys.findIndex((k) => k && recorded.includes(` ${k} `));
  if (at === -1) return null;
  const who = q.speaker?.name ?? q.quote.speaker;
  const after = recorded
    .slice(recorded.indexOf(` ${keys[at]} `) + keys[at]!.length + 2)
    .trim()
    .split(' ')
    .filter(Boolean);
  // The stretch right after the one given word for word: the record's next words are what it is held to.
  for (let k = at + 1; k < Math.min(keys.length, at + 2); k++) {
    const key = keys[k]!;
    const words = key.split(' ');
    // On record in any wording of anyone's (another sentence of the speaker's, a transcription): judged as such, not here.
    if (words.length < 4 || recorded.includes(` ${key} `) || alignOne(texts[k]!, story)) continue;
    const said = (texts[k] ?? key).trim().replace(/[\s,.;:!?]+$/u, '');
    // The record's next words, a little longer than the page's stretch (its words may be fewer).
    const next = after.slice(0, words.length + 2);
    const tail = words.slice(-2).join(' ');
    const end = ` ${next.join(' ')} `.indexOf(` ${tail} `);
    const claimId = `quote:${q.quote.id}`;
    if (end !== -1) {
      const folded = next.join(' ').slice(0, end + tail.length);
      // In the record's own letters where they can be found ("nor will I make it our job").
      const theirs =
        new RegExp(
          folded
            .split(' ')
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join(String.raw`[^\p{L}\p{N}]+`),
          'iu',
        ).exec(q.quote.text)?.[0] ?? folded;
      return {
        verdict: 'discrepant',
        kind: 'quote',
        claimId,
        original: describe(q),
        explanation: `The quoted words differ from what ${who} is recorded as saying next: \u201C${theirs}\u201D, not \u201C${said}\u201D.`,
      };
    }
    return {
      verdict: 'unverified',
      kind: 'quote',
      claimId,
      original: describe(q),
      explanation: `Part of the quote is ${who}'s words on record; \u201C${said}\u201D is not in them.`,
    };
  }
  return null;
}

/** Quoted words credited to one of the story's speakers that no record of theirs holds: unverified, never discrepant. */
function unrecorded(named: Speaker): QuoteMatch {
  return {
    verdict: 'unverified',
    kind: 'quote',
    claimId: `person:${named.entity.id}`,
    original: `No recorded statement of ${named.entity.name} contains these words.`,
    explanation: `Sourcelight found no record of ${named.entity.name} saying these words; that does not show they are invented.`,
  };
}

/** A length of time changed inside the record's words (quote-duration.ts), as a finding. */
function durationFinding(
  texts: readonly string[],
  sentence: string,
  previous: string,
  story: StoryChecks,
): QuoteMatch | null {
  const changed = quoteDurationChange(texts, sentence, previous, story);
  if (!changed) return null;
  return {
    verdict: 'discrepant',
    kind: 'quote',
    claimId: `quote:${changed.q.quote.id}`,
    original: describe(changed.q),
    diff: [changed.diff],
    explanation: `The quoted words differ from what ${changed.q.speaker?.name ?? changed.q.quote.speaker} is recorded as saying: ${changed.diff}.`,
  };
}

/**
 * A paragraph that opens on "He" or "She" and quotes words with a length of time changed, after a paragraph whose last
 * sentence names the speaker without crediting words ("Chief X put out a statement on Wednesday." / "He said the rules
 * of "the past two decades" …"): the sentence before, in the paragraph before, names who "he" is.
 */
export function durationAcrossParagraph(
  sentence: string,
  before: string,
  story: StoryChecks,
): QuoteMatch | null {
  if (!before || !/^\s*(?:he|she)\s/i.test(sentence)) return null;
  const texts = quotedTexts(sentence);
  return texts.length ? durationFinding(texts, sentence, before, story) : null;
}

/** The paragraph's speaker after a sentence, from the one before it (null at a paragraph's start): see speakerAfter. */
export function paragraphSpeaker(
  sentence: string,
  story: StoryChecks,
  carried: Speaker | null,
): Speaker | null {
  const after = speakerAfter(sentence, speakersOf(story), carried);
  if (after !== carried) return after;
  // "“…,” the Senate Republican leader said.": the story's one holder of the title speaks, and goes on ("He added …").
  const id = soleTitleSpeaker(sentence, soleTitlesOf(story));
  const holder = (id: string | undefined) => speakersOf(story).find((s) => s.entity.id === id);
  if (id) return holder(id) ?? after;
  // "The chief was more specific.": the title's one holder is the next "he"; a title no one alone holds, no one known.
  const subject = openingTitle(sentence);
  if (!subject) return after;
  const named = [...soleTitlesOf(story)].find(([, names]) => names.includes(subject));
  return named ? (holder(named[0]) ?? null) : null;
}

/** Words of a post that speaks for a body rather than for oneself. */
const SPOKES =
  /\b(?:spokes(?:man|woman|person)|press secretary|public information officer|press officer|communications director)\b/i;

/** Whether the record's role for `person` is speaking for `body` ("Denver Police Department spokesman"). */
function speaksFor(person: Entity, body: Entity): boolean {
  if (
    person.kind !== 'person' ||
    body.kind === 'person' ||
    !person.role ||
    !SPOKES.test(person.role)
  )
    return false;
  const role = person.role.toLowerCase();
  return [body.name, ...(body.aliases ?? [])].some(
    (n) => n.length > 3 && role.includes(n.toLowerCase()),
  );
}
