/**
 * The quote perturbation suite: from every recorded quote of the pack (verified or single-source,
 * credited to a known speaker), true versions (verbatim, cut at both ends, elided, bracketed, a listed
 * transcription) and false ones (one word reworded, recorded sentences stitched with no ellipsis,
 * the words credited to another of the story's people), each inside a short carrier sentence
 * ("“…,” Name said."); for a person, also "“…,” he added." after a sentence naming the speaker (or
 * another person: reassigned), and with another person named as the object ("noting he had told …"), analysed as the second paragraph of a page whose first is the story's carrier
 * (eval/perturb/stories.json). Also: how the words were given, where the record says (a quote's medium: "Speaking to
 * reporters, X said" for a post, "In a written memo, X wrote" for spoken words: swapped), the speaker by a place and a post only ("Springfield's chief put it: …";
 * another of the story's places: reassigned), a body's short phrase carried by "They called it “…”". Unknown words
 * credited to a known speaker (a sentence of them, or four inside a paraphrase) should be unverified.
 * Figures are reported, no target yet.
 */
import { analyzeInput } from '../../../src/cli/analyze-input.ts';
import type { PackIndex } from '../../../src/engine/index.ts';
import type { Entity, Quote } from '../../../src/pack/schema.ts';
import { pick, rng } from './prng.ts';
import { pageOf, verdictOn, type Got, type Tally } from './score.ts';
import { loadStories } from './suite.ts';

export const QUOTE_CASES = [
  'verbatim',
  'cut',
  'elided',
  'bracketed',
  'transcription',
  'carried',
  'carried-far',
  'object',
  'titled',
  'place-titled',
  'place-only',
  'short',
  'carried-short',
  'reworded',
  'short-reworded',
  'carried-short-reworded',
  'rewritten',
  'stitched',
  'stitched-three',
  'reassigned',
  'place-reassigned',
  'carried-reassigned',
  'carried-far-reassigned',
  'retitled',
  'place-only-reassigned',
  'unknown',
  'unknown-few',
  'cleft',
  'cleft-reassigned',
  'body-issued',
  'body-reassigned',
  'owned',
  'owned-reassigned',
  'dashed',
  'dash-reassigned',
  'byline',
  'byline-reassigned',
  'title-owned',
  'title-owned-reassigned',
  'medium',
  'medium-swapped',
] as const;
export type QuoteCase = (typeof QUOTE_CASES)[number];

/** What each case should get: the speaker's words (not discrepant), altered (discrepant), or words on no record (unverified). */
const EXPECT: Record<QuoteCase, 'true' | 'discrepant' | 'unverified'> = {
  verbatim: 'true',
  cut: 'true',
  elided: 'true',
  bracketed: 'true',
  transcription: 'true',
  carried: 'true',
  'carried-far': 'true',
  object: 'true',
  titled: 'true',
  'place-titled': 'true',
  'place-only': 'true',
  short: 'true',
  'carried-short': 'true',
  reworded: 'discrepant',
  'short-reworded': 'discrepant',
  'carried-short-reworded': 'discrepant',
  rewritten: 'discrepant',
  stitched: 'discrepant',
  'stitched-three': 'discrepant',
  reassigned: 'discrepant',
  'place-reassigned': 'discrepant',
  'carried-reassigned': 'discrepant',
  'carried-far-reassigned': 'discrepant',
  retitled: 'discrepant',
  'place-only-reassigned': 'discrepant',
  unknown: 'unverified',
  'unknown-few': 'unverified',
  cleft: 'true',
  'cleft-reassigned': 'discrepant',
  'body-issued': 'true',
  'body-reassigned': 'discrepant',
  owned: 'true',
  'owned-reassigned': 'discrepant',
  dashed: 'true',
  'dash-reassigned': 'discrepant',
  byline: 'true',
  'byline-reassigned': 'discrepant',
  'title-owned': 'true',
  'title-owned-reassigned': 'discrepant',
  medium: 'true',
  'medium-swapped': 'discrepant',
};

/** Replacement words for a reworded quote: general words, none a story's. */
const REWORDS = [
  'certainly',
  'nobody',
  'entirely',
  'sometimes',
  'everywhere',
  'seriously',
  'remarkable',
  'ordinary',
  'questions',
  'neighbors',
];
/** Words a speaker never said on record, for the unknown case. */
const UNKNOWN = 'We will meet again next week to talk about the budget and the new parks';
const UNKNOWN_FEW = 'a bigger parks budget';

interface QuoteCaseResult {
  id: string;
  story: string;
  quote: string;
  kind: QuoteCase;
  text: string;
  got: Got;
}

export interface QuoteReport {
  quotes: number;
  byCase: (Tally & { kind: QuoteCase; expect: 'true' | 'discrepant' | 'unverified' })[];
  cases: QuoteCaseResult[];
  errors: string[];
}

/** The sentences of a quote as words (with their punctuation), split after . ! ? */
function sentencesOf(text: string): string[][] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.split(/\s+/).filter(Boolean))
    .filter((s) => s.length);
}
const strip = (words: string[]) => words.join(' ').replace(/[.,;:!?]+$/, '');

/** The name a page would credit an entity with: a person by name, a body with "the". */
const creditName = (e: Entity) => (e.kind === 'person' ? e.name : `the ${e.name}`);
const said = (words: string, who: string) => `\u201C${words},\u201D ${who} said.`;

/** A case: the test paragraph, and where in it the quote's sentence starts (a sentence before it names who speaks). */
interface Case {
  kind: QuoteCase;
  text: string;
  at?: number;
}

/** "Name said … . “words,” he added." — the quote's speaker carried from the sentence before. */
function carried(kind: QuoteCase, lead: Entity, words: string, tail = '', between = ''): Case {
  const before = `${lead.name} said the matter was closed. ${between}`;
  return { kind, text: `${before}\u201C${words},\u201D he added${tail}.`, at: before.length };
}

/** Posts one person holds, in general English: a title naming one of them is the holder's. */
const POSTS = [
  'mayor',
  'chief',
  'sheriff',
  'governor',
  'senator',
  'president',
  'judge',
  'commissioner',
  'director',
  'czar',
];
const titleWords = (t: string) => t.toLowerCase().split(/\s+/);
const titleCase = (t: string) => t.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
/** The posts the record gives a person (its roles and free-text role). */
/** A role written as a capitalised place then a post: "Tucson Police Chief", "Mayor" after "Springfield". */
const PLACE_TITLE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}(?:Police\\s+)?(?:${POSTS.map(titleCase).join('|')})$`,
  'u',
);
const postsOf = (e: Entity) =>
  POSTS.filter((w) =>
    [...(e.roles ?? []).map((r) => r.title), e.role ?? ''].some((t) =>
      new RegExp(`\\b${w}\\b(?!['\u2019]s)`, 'i').test(t),
    ),
  );

function casesOf(
  q: Quote,
  speaker: Entity,
  others: Entity[],
  random: () => number,
  places: Entity[] = [],
  bodies: Entity[] = [],
): Case[] {
  const out: Case[] = [];
  const sentences = sentencesOf(q.text);
  const longest = [...sentences].sort((a, b) => b.length - a.length)[0] ?? [];
  const who = creditName(speaker);
  if (longest.length < 6) return out;
  out.push({ kind: 'verbatim', text: said(strip(longest), who) });
  // How the words were given, where the record says (a quote's medium): a way that fits it, and one that cannot.
  if (q.medium) {
    const spoken = `Speaking to reporters, ${who} said: \u201C${strip(longest)}.\u201D`;
    const written =
      q.medium === 'written'
        ? `In a written statement, ${who} said: \u201C${strip(longest)}.\u201D`
        : `In a written memo, ${who} wrote: \u201C${strip(longest)}.\u201D`;
    out.push({ kind: 'medium', text: q.medium === 'written' ? written : spoken });
    out.push({ kind: 'medium-swapped', text: q.medium === 'written' ? spoken : written });
  }
  if (longest.length >= 8) out.push({ kind: 'cut', text: said(strip(longest.slice(2, -2)), who) });
  if (longest.length >= 10) {
    const from = 3 + Math.floor(random() * (longest.length - 8));
    out.push({
      kind: 'elided',
      text: said(`${strip(longest.slice(0, from))} \u2026 ${strip(longest.slice(from + 2))}`, who),
    });
  }
  // An editor's case change at a cut start, and an editor's "(sic)".
  const cut = longest.slice(2);
  const first = cut[0] ?? '';
  if (cut.length >= 5)
    out.push({
      kind: 'bracketed',
      text: said(`[${first.charAt(0).toUpperCase()}]${first.slice(1)} ${strip(cut.slice(1))}`, who),
    });
  if (longest.length >= 6)
    out.push({
      kind: 'bracketed',
      text: said(`${longest.slice(0, 4).join(' ')} [sic] ${strip(longest.slice(4))}`, who),
    });
  for (const v of q.variants ?? []) {
    const words = sentencesOf(v.text).flat();
    if (v.kind === 'transcription' && words.length >= 6)
      out.push({ kind: 'transcription', text: said(strip(words), who) });
  }
  // One word of five letters or more, changed for one the quote does not have.
  const long = longest
    .map((w, i) => [w, i] as const)
    .filter(([w]) => /^[a-z]{5,}[,.]?$/.test(w) && !/^(their|there|which|would|about)/.test(w));
  const [target] = pick(long, 1, random);
  if (target) {
    const [word, at] = target;
    const replacement =
      pick(
        REWORDS.filter((r) => !q.text.toLowerCase().includes(r)),
        1,
        random,
      )[0] ?? 'nobody';
    const changed = [...longest];
    changed[at] = replacement + word.replace(/^[a-z]+/, '');
    out.push({ kind: 'reworded', text: said(strip(changed), who) });
  }
  // Several words changed and a few left out, in a sentence of eighteen words or more: "…not to be doing pat frisks…" → "…not to be arresting anyone…".
  // Here four words changed, and five before the last four left out.
  if (longest.length >= 18) {
    const at = 3 + Math.floor(random() * (longest.length - 16));
    const fourNew = pick(
      REWORDS.filter((r) => !q.text.toLowerCase().includes(r)),
      4,
      random,
    );
    const changed = [
      ...longest.slice(0, at),
      ...fourNew,
      ...longest.slice(at + 4, -9),
      ...longest.slice(-4),
    ];
    out.push({ kind: 'rewritten', text: said(strip(changed), who) });
  }
  // A three-word phrase of the record with a long word at one end, as a scare quote ("X called it “…”"), and with its middle word changed.
  const bare = longest.map((w) => w.replace(/[^\p{L}'\u2019-]+/gu, ''));
  const starts = bare
    .map((_, i) => i)
    .filter(
      (i) =>
        i + 2 < bare.length &&
        bare.slice(i, i + 3).every(Boolean) &&
        ((bare[i] as string).length >= 7 || (bare[i + 2] as string).length >= 7),
    );
  const [from3] = pick(starts, 1, random);
  if (from3 !== undefined) {
    const phrase = bare.slice(from3, from3 + 3);
    const lead = who.charAt(0).toUpperCase() + who.slice(1);
    out.push({ kind: 'short', text: `${lead} called it \u201C${phrase.join(' ')}.\u201D` });
    const swap =
      pick(
        REWORDS.filter((r) => !q.text.toLowerCase().includes(r)),
        1,
        random,
      )[0] ?? 'ordinary';
    out.push({
      kind: 'short-reworded',
      text: `${lead} called it \u201C${phrase[0]} ${swap} ${phrase[2]}.\u201D`,
    });
    // A body named in one sentence, then "They called it “…”" in the next: the pronoun carries the body.
    if (speaker.kind !== 'person') {
      const before = `${lead} said the matter was closed. `;
      out.push({
        kind: 'carried-short',
        text: `${before}They called it \u201C${phrase.join(' ')}.\u201D`,
        at: before.length,
      });
      out.push({
        kind: 'carried-short-reworded',
        text: `${before}They called it \u201C${phrase[0]} ${swap} ${phrase[2]}.\u201D`,
        at: before.length,
      });
    }
  }
  if (sentences.length >= 3)
    out.push({
      kind: 'stitched',
      text: said(`${(sentences[0] as string[]).join(' ')} ${strip(sentences[2] as string[])}`, who),
    });
  // One quote over three recorded sentences, the third not the one that follows the second in the record.
  // (Not when the record's own ellipsis starts the third: the page's copy of it marks the words left out, honestly.)
  if (sentences.length >= 4 && !/^(?:\u2026|\.\.\.)/.test(sentences[3]?.[0] ?? ''))
    out.push({
      kind: 'stitched-three',
      text: said(
        `${(sentences[0] as string[]).join(' ')} ${(sentences[1] as string[]).join(' ')} ${strip(sentences[3] as string[])}`,
        who,
      ),
    });
  const other = pick(others, 1, random)[0];
  if (other) out.push({ kind: 'reassigned', text: said(strip(longest), creditName(other)) });
  // Credited to another of the story's people under a place and a title ("said Springfield Police Chief …").
  const otherTitle = other?.roles?.[0]?.title;
  if (other && otherTitle)
    out.push({
      kind: 'place-reassigned',
      text: `\u201C${strip(longest)},\u201D said Springfield ${titleCase(otherTitle)} ${other.name}.`,
    });
  if (other && speaker.kind === 'person') {
    out.push(carried('carried', speaker, strip(longest)));
    out.push(
      carried('object', speaker, strip(longest), `, noting he had told ${other.name} about it`),
    );
    out.push(carried('carried-reassigned', other, strip(longest)));
    // Two sentences naming no one between the speaker and "he added".
    const between = 'The question came up again later that week. It drew a long silence. ';
    out.push(carried('carried-far', speaker, strip(longest), '', between));
    out.push(carried('carried-far-reassigned', other, strip(longest), '', between));
  }
  // The speaker under the post the record gives them, and under another person's post they did not hold.
  const own = speaker.roles?.[0]?.title;
  if (speaker.kind === 'person' && own)
    out.push({
      kind: 'titled',
      text: `\u201C${strip(longest)},\u201D said ${titleCase(own)} ${speaker.name}.`,
    });
  // The record's own role when it is a place and a title ("Tucson Police Chief"): a place before the title, true.
  if (speaker.kind === 'person' && speaker.role && PLACE_TITLE.test(speaker.role))
    out.push({
      kind: 'place-titled',
      text: `\u201C${strip(longest)},\u201D said ${speaker.role} ${speaker.name}.`,
    });
  const post = others
    .flatMap((o) => o.roles ?? [])
    .map((r) => r.title)
    .find(
      (t) =>
        !postsOf(speaker).some((w) => titleWords(t).includes(w)) &&
        POSTS.some((w) => titleWords(t).includes(w)),
    );
  if (speaker.kind === 'person' && post && postsOf(speaker).length)
    out.push({
      kind: 'retitled',
      text: `\u201C${strip(longest)},\u201D said ${titleCase(post)} ${speaker.name}.`,
    });
  // A place and a post with no name ("Springfield's chief put it plainly: “…”"): the story's place the speaker's role names (true), another of its places (reassigned).
  const placeName = (p: Entity) => (p.name.split(',')[0] ?? p.name).trim();
  const inRole = (p: Entity) =>
    new RegExp(`\\b${placeName(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(
      speaker.role ?? '',
    );
  const ownPlace = places.find(inRole);
  const ownPost = postsOf(speaker)[0];
  if (speaker.kind === 'person' && ownPlace && ownPost) {
    out.push({
      kind: 'place-only',
      text: `${placeName(ownPlace)}'s ${ownPost} put it plainly: \u201C${strip(longest)}.\u201D`,
    });
    out.push({
      kind: 'place-only',
      text: `\u201C${strip(longest)},\u201D said the ${placeName(ownPlace)} ${ownPost}.`,
    });
    const elsewhere = pick(
      places.filter(
        (p) =>
          !inRole(p) &&
          placeName(p).length > 3 &&
          !/\b(?:Building|Hall|Street|Avenue|Center|side)\b/.test(placeName(p)) &&
          !placeName(ownPlace).includes(placeName(p)) &&
          !placeName(p).includes(placeName(ownPlace)),
      ),
      1,
      random,
    )[0];
    if (elsewhere)
      out.push({
        kind: 'place-only-reassigned',
        text: `${placeName(elsewhere)}'s ${ownPost} put it plainly: \u201C${strip(longest)}.\u201D`,
      });
  }
  out.push({ kind: 'unknown', text: said(UNKNOWN, who) });
  // A few words (four) on no record, quoted inside the speaker's paraphrase.
  out.push({
    kind: 'unknown-few',
    text: `${who.charAt(0).toUpperCase()}${who.slice(1)} said the city would see \u201C${UNKNOWN_FEW}\u201D next week.`,
  });
  // A cleft naming the speaker as the focus ("It was X who said, “…”"): the speaker (true), another of the story's people (reassigned).
  out.push({ kind: 'cleft', text: `It was ${who} who said, \u201C${strip(longest)}.\u201D` });
  if (other)
    out.push({
      kind: 'cleft-reassigned',
      text: `It was ${creditName(other)} who said, \u201C${strip(longest)}.\u201D`,
    });
  // The speaker as the owner of a noun for what they said ("A banner carries X's warning that “…”"): the speaker (true), another of the story's people (reassigned).
  out.push({
    kind: 'owned',
    text: `A banner carries ${creditName(speaker)}'s warning that \u201C${strip(longest)}.\u201D`,
  });
  if (other)
    out.push({
      kind: 'owned-reassigned',
      text: `A banner carries ${creditName(other)}'s warning that \u201C${strip(longest)}.\u201D`,
    });
  // A dash attribution after the words, as under a pull quote: on the same line, and on a line of its own (a byline).
  // The speaker under their own post (true); another of the story's people (reassigned).
  const dashName = (e: Entity) =>
    e.kind === 'person' && e.role && PLACE_TITLE.test(e.role) ? `${e.role} ${e.name}` : e.name;
  out.push({ kind: 'dashed', text: `\u201C${strip(longest)}.\u201D \u2014 ${dashName(speaker)}` });
  out.push({ kind: 'byline', text: `\u201C${strip(longest)}.\u201D\n\u2014 ${dashName(speaker)}` });
  if (other) {
    out.push({
      kind: 'dash-reassigned',
      text: `\u201C${strip(longest)}.\u201D - ${dashName(other)}`,
    });
    out.push({
      kind: 'byline-reassigned',
      text: `\u201C${strip(longest)}.\u201D\n\u2014 ${dashName(other)}`,
    });
  }
  // The words credited to a post by its possessive ("what she called the mayor's words: “…”"): the speaker's own post
  // (true), and a post one other of the story's speakers alone holds, which the speaker does not (reassigned).
  const ownTitlePost = postsOf(speaker)[0];
  if (speaker.kind === 'person' && ownTitlePost)
    out.push({
      kind: 'title-owned',
      text: `A parent read out what she called the ${ownTitlePost}'s words: \u201C${strip(longest)}.\u201D`,
    });
  const soleOther = POSTS.find(
    (w) =>
      !postsOf(speaker).includes(w) && others.filter((o) => postsOf(o).includes(w)).length === 1,
  );
  if (speaker.kind === 'person' && soleOther)
    out.push({
      kind: 'title-owned-reassigned',
      text: `A parent read out what she called the ${soleOther}'s words: \u201C${strip(longest)}.\u201D`,
    });
  // A body's statement, issued by the body (true) and by another agency of the story (reassigned).
  if (speaker.kind !== 'person') {
    out.push({
      kind: 'body-issued',
      text: `The ${speaker.name} issued a statement saying \u201C${strip(longest)}.\u201D`,
    });
    const body = pick(
      bodies.filter((b) => b.id !== speaker.id),
      1,
      random,
    )[0];
    if (body)
      out.push({
        kind: 'body-reassigned',
        text: `The ${body.name} issued a statement saying \u201C${strip(longest)}.\u201D`,
      });
  }
  return out;
}

const emptyTally = (): Tally => ({ n: 0, discrepant: 0, unverified: 0, consistent: 0, none: 0 });

export function runQuotePerturbations(index: PackIndex, today: string): QuoteReport {
  const errors: string[] = [];
  const cases: QuoteCaseResult[] = [];
  let quotes = 0;
  for (const story of loadStories()) {
    const indexed = index.stories.find((s) => s.story.id === story.story);
    if (!indexed) {
      errors.push(`quote suite: story ${story.story} is in no pack`);
      continue;
    }
    const entities = new Map((indexed.story.entities ?? []).map((e) => [e.id, e]));
    const speakers = [...new Set((indexed.story.quotes ?? []).map((q) => q.speaker))]
      .map((id) => entities.get(id))
      .filter((e): e is Entity => e?.kind === 'person');
    for (const q of indexed.story.quotes ?? []) {
      const speaker = entities.get(q.speaker);
      if (!speaker || (q.status !== 'verified' && q.status !== 'single-source')) continue;
      quotes++;
      const random = rng(`quote:${q.id}`);
      casesOf(
        q,
        speaker,
        speakers.filter((p) => p.id !== speaker.id),
        random,
        (indexed.story.entities ?? []).filter((e) => e.kind === 'place'),
        (indexed.story.entities ?? []).filter((e) => e.kind === 'agency'),
      ).forEach((c, n) => {
        const page = pageOf(story.carrier, c.text);
        page.start += c.at ?? 0;
        const analysis = analyzeInput(page.text, index, { today }).analysis;
        if (analysis.story?.storyId !== story.story)
          errors.push(
            `quote suite: ${q.id}/${c.kind}: page recognised as ${analysis.story?.storyId ?? 'no story'}`,
          );
        cases.push({
          id: `${q.id}/${c.kind}/${n}`,
          story: story.key,
          quote: q.id,
          kind: c.kind,
          text: c.text,
          got: verdictOn(analysis, page.start, page.end),
        });
      });
    }
  }
  const byCase = QUOTE_CASES.map((kind) => {
    const t = { kind, expect: EXPECT[kind], ...emptyTally() };
    for (const c of cases.filter((x) => x.kind === kind)) {
      t.n++;
      t[c.got]++;
    }
    return t;
  });
  return { quotes, byCase, cases, errors };
}

/** Did the engine do what the case asks? True words: not discrepant; altered: discrepant; unknown: unverified. */
export function quoteCaught(kind: QuoteCase, got: Got): boolean {
  const expect = EXPECT[kind];
  return expect === 'true' ? got !== 'discrepant' : got === expect;
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, n = 8) => String(x).padStart(n);
const rate = (a: number, b: number) =>
  b === 0 ? '     n/a' : `${((a / b) * 100).toFixed(1)}%`.padStart(8);

export function formatQuoteReport(r: QuoteReport, verbose: boolean): string {
  const out = [
    `Quote perturbation suite (${r.quotes} recorded quotes, ${r.cases.length} cases; reported, no target yet)`,
  ];
  out.push(
    `  ${pad('', 34)}${['n', 'disc', 'unver', 'silent', 'CONSIST', 'caught'].map((h) => h.padStart(8)).join('')}`,
    `  ${'-'.repeat(82)}`,
  );
  for (const t of r.byCase) {
    const good = r.cases.filter((c) => c.kind === t.kind && quoteCaught(c.kind, c.got)).length;
    const label = `${t.kind} (${t.expect === 'true' ? 'true' : t.expect})`;
    out.push(
      `  ${pad(label, 34)}${num(t.n)}${num(t.discrepant)}${num(t.unverified)}${num(t.none)}${num(t.consistent)}${rate(good, t.n)}${t.expect === 'true' ? '   <- disc = false alarms' : ''}`,
    );
  }
  out.push(
    '',
    '  true rows: caught = not called discrepant (disc = false alarms); discrepant rows: caught = discrepant; unknown: caught = unverified.',
  );
  if (verbose) {
    const wrong = r.cases.filter((c) => !quoteCaught(c.kind, c.got));
    out.push(
      '',
      `Quote cases the engine got wrong (${wrong.length}):`,
      ...wrong.map((c) => `  ${c.got.toUpperCase().padEnd(11)} ${c.id}: ${c.text}`),
    );
  }
  return out.join('\n');
}
