/**
 * Whom a page credits the quoted words of a sentence to: the story's person
 * or body named as the subject of a verb of speech outside the quotation
 * marks ("Evans said", "said Mayor Evans", "according to the union", "Smith:"),
 * or, for "he added" or "she continued", the last speaker of the paragraph
 * (speakerAfter; no other speaker named since). A person named otherwise — the object of the speech
 * ("noting he had told Chief Smith to …") or someone the words are about
 * ("thanked Homan for …") — is not the speaker.
 *
 * Names are the entity's name and aliases, and, generated from it, the surname
 * alone (when no one else in the story or world has it) and the surname after
 * a title taken from the entity's role ("Mayor Evans", "Chief Smith"):
 * person-names.ts.
 */
import type { Entity } from '../pack/schema.ts';
import { foldText } from './normalize.ts';
import { namesOf, sharedSurnames, TITLES, titleForms } from './person-names.ts';
import { speechAfterName } from './cleft-speaker.ts';
import { TEXT_READS, textAuthor } from './text-read-speaker.ts';
import { ownedSpeechBeforeQuote, ownedSpeechCommaBeforeQuote } from './owned-speech.ts';
import { dashCredits } from './dash-credit.ts';

/** Verbs that put words in a speaker's mouth, after the speaker ("Evans said"). */
const SPEECH =
  'said|says|say|told|tells|added|adds|wrote|writes|stated|states|continued|continues|posted|posts|explained|explains|noted|insisted|insists|argued|argues|declared|declares|remarked|warned|warns|asserted|asserts|replied|stressed|emphasized|emphasised|tweeted|claimed|claims|admitted|admits|conceded|concedes|acknowledged|acknowledges|complained|complains|lamented|laments|' +
  // "“…,” he went on.": going on with no verb after, only where the words end (not "went on to praise").
  '(?:went|goes)\\s+on(?=\\s*(?:[,.:;!?\uE000]|$))';
/** Verbs that can come before the speaker ("said Evans", "according to the union"). */
const INVERTED = 'said|says|added|adds|wrote|writes|continued|asked|according to';
/** Words that may stand between an inverted verb and the name: titles and the like. */
const BEFORE_NAME = `also|then|later|again|the|police|city|state|county|former|acting|${Object.keys(
  TITLES,
)
  .flatMap(titleForms)
  .map((t) => t.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|')}`;

/** An adverb between the speaker and the verb ("Evans also said", "she quickly added"). */
const ADVERB = '(?:(?:also|later|then|again|further|\\p{L}+ly)\\s+)?';
/** "Beck is also quoted as saying", "Smith was quoted in the Times saying": the passive that credits the words to the subject. */
const QUOTED_AS = `(?:is|was|are|were|has\\s+been|had\\s+been)\\s+${ADVERB}quoted\\s+(?:(?:in|by)\\s+[^,"\uE000]{1,40}?\\s+)?(?:as\\s+)?(?:saying|stating)`;
/** A verb that takes the verb of speech after it ("went on to say", "chose to add", "have chosen to say", "was quick to tell"), right before the quoted words (at most an object of two words between: "tell reporters"). */
const LEADS_TO_SPEECH = `(?:(?:went|goes|go|has\\s+gone|had\\s+gone)\\s+on|chose|chooses|(?:has|have|had)\\s+chosen|decided|decides|(?:has|have|had)\\s+decided|(?:was|were|is|are)\\s+quick)\\s+to\\s+(?:say|add|write|state|declare|insist|warn|note|tell)(?=\\s*(?:[\\p{L}'\u2019-]+\\s+){0,2}?[,:]?\\s*\uE000)`;
/** "X is the one who said", "X was the person who wrote": a cleft that credits the words to X. */
const ONE_WHO = `,?\\s*(?:is|was)\\s+(?:also\\s+)?the\\s+(?:one|person|man|woman|official)\\s+who\\s+${ADVERB}(?:${SPEECH})`;
/** "spoke of “…”", "described “…”": a verb whose object is the quoted words themselves, right after it. */
const SPOKE_OF = `(?:(?:spoke|speaks|talked|talks)\\s+of|described|describes|decried|decries|denounced|denounces)\\s*[,:]?\\s*\uE000`;
/** "called the mayor's remarks “…”": a verb of naming, its object, then the words (only for the sentence's subject). */
const NAMED_AS = `(?:called|calls|labell?ed|labels|dubbed|dubs|branded|brands|termed|terms)\\s+(?!(?:for|on|in|up|to|out|back|off)\\b)(?:[\\p{L}'\u2019-]+\\s+){1,5}?[,:]?\\s*\uE000`;
const NAMED_AFTER_SUBJECT = new RegExp(`^(?:\\s*,[^,"]{1,80},)?\\s*${ADVERB}${NAMED_AS}`, 'u');
const AFTER_NAME = new RegExp(
  `^(?:\\s*,[^,"]{1,80},|\\s+-\\s[^-"]{1,80}\\s-)?\\s*(?:${ADVERB}(?:${SPEECH})\\b|${ADVERB}${LEADS_TO_SPEECH}\\b|${QUOTED_AS}\\b|${ONE_WHO}\\b|${ADVERB}${SPOKE_OF})`,
  'u',
);
/** "X also expressed, “…”": any verb in the past, then a comma or colon and the quoted words ending the sentence (no credit after them). */
const PAST_BEFORE_QUOTE = new RegExp(
  `^\\s*${ADVERB}\\p{Ll}{3,}ed\\s*[,:]\\s*\uE000\\s*[.!?]?\\s*$`,
  'u',
);
/** Before the name that opens the sentence: nothing, or its title in capitals ("Chief", "Tucson Police Chief"). */
const OPENS_ON_NAME = /^\s*(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+)*$/u;
/** Spoken quotatives, only right before the quoted words ("and the mayor goes, “…”", "Smith was like, “…”"). */
/** The name set off by commas as an appositive of a title before it ("the Tucson chief, Chris Magnus, told …"): the closing comma, then the verb. */
const APPOSED_BEFORE = /\p{L},\s*$/u;
const APPOSED_AFTER = new RegExp(`^\\s*,\\s*${ADVERB}(?:(?:${SPEECH})|${LEADS_TO_SPEECH})\\b`, 'u');
const QUOTATIVE =
  /^\s*(?:goes|went|was\s+like|is\s+like|['\u2019]s\s+like|(?:was|is)\s+all)\s*[,:]?\s*\uE000/u;
const COLON = /^\s*:\s*\uE000/;
/** "Evans's warning that “…”", "the union's reply, “…”": the owner of a speech noun right before the quoted words (owned-speech.ts). */
const OWNED_SPEECH = ownedSpeechBeforeQuote('\\uE000');
/**
 * "Credit the line “…” to X", "The line “…” is credited to X": the page giving the words to X, in the imperative of a
 * note to others or in the passive (not "the Post attributed …", another's credit; not "wrongly credited").
 */
const CREDITED_TO = new RegExp(
  String.raw`(?:^\W*(?:please\s+)?(?:credit|attribute|assign)\s+(?:(?:the|this|that|these|both)\s+(?:line|lines|quote|quotes|words|remark|sentence)\s+)?\uE000|\uE000[\s,]*(?:is|was|are|were|should\s+be|must\s+be)\s+(?:credited|attributed|ascribed))[\s,]*to\s+(?:(?:the|then|former)\s+)?(?:[\p{L}.'\u2019-]+\s+){0,3}$`,
  'iu',
);
/** "Chief X's verdict that afternoon, “…”": with a comma, only from a name that opens the sentence. */
const OWNED_SPEECH_COMMA = ownedSpeechCommaBeforeQuote('\\uE000');
const OPENS_AS_SUBJECT =
  /^\W*(?:(?:the|then)\s+)?(?:(?!(?:After|Before|In|On|At|Since|When|While|Following|During|Despite|Unlike|Like|As|Per|From|To|With|For|Days|Weeks|Hours|Months|By|Of|Once|Until|Over|Under|Amid|Beyond)\b)\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u;
/**
 * A name after a preposition on another's speech noun owns the object, not the words: "Evans's reply to Homan's message
 * was “…”" (but "pointed to Smith's claim that “…”", "According to Evans's statement: “…”" credit Smith and Evans).
 */
const OWNER_OF_OBJECT =
  /(?:['\u2019]s?\s+(?:[\p{L}-]+\s+){1,3}?|\b(?:response|reply|answer|rebuttal|retort|reaction|follow-up)\s+)(?:to|of|on|at|about|for|with|from|by|against|over)\s+(?:the\s+)?$/iu;
/**
 * "Among the lines it carries is Magnus's “…”", "Beck's “…” was widely shared": the owner's possessive right before the
 * quoted words gives them to the owner. Only where the name opens the sentence or follows a copula, a colon or a
 * comma (and a title of up to three words in capitals), and the sentence quotes nothing else: "the union called Evans's
 * “overreaction”", ", the union said Evans's “…”" quote the union; "Smith's “…” echoed Evans's “…”" gives each its own.
 */
const BARE_OWNED = /^['\u2019]s?\s*\uE000/u;
const BEFORE_BARE_OWNER =
  /(?:^\W*|(?:\b(?:is|was|are|were)|[:,])\s+)(?:(?:the|then|former)\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u;
/** "“…,” Evans boasted": a name right after the quoted words, then a verb in the past (any verb: the construction credits them). */
const QUOTE_JUST_BEFORE = /\uE000\s*,?\s*$/;
const PAST_AFTER = /^\s+(?:\p{L}+ly\s+)?\p{Ll}{2,}ed(?![\p{L}'\u2019])/u;
const ENDS = /^\s*(?:of [\p{L} ]{1,40}?)?(?:[,.;:!?]|$)/u;
const PREPOSITION = /^(?:at|to|of|for|with|about|against|on|by|from|over|after)$/;
/** "The list of prohibitions came from Smith: “…”": what was said came from the one named before the colon. */
const CAME_FROM =
  /\b(?:came|comes|come|was|were|is)\s+(?:(?:straight|directly|first)\s+)?from\s+(?:the\s+)?(?:[\p{L}.'\u2019-]+\s+){0,3}$/u;
/** "Smith: “…”" names the speaker only at the start of the sentence. */
const LEADS = /^\s*(?:the\s+)?$/;
const BEFORE = new RegExp(`\\b(?:${INVERTED})\\s+(?:(?:${BEFORE_NAME})\\s+){0,4}$`, 'u');
/** The written forms of the titles, as one alternation. */
const TITLE_FORMS = Object.keys(TITLES)
  .flatMap(titleForms)
  .map((t) => t.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');
/** "said Denver Police Chief", "said Los Angeles County Sheriff": a few words (a place or agency: capitalised, checked on the page's text) then a title. */
const BEFORE_PLACE_TITLE = new RegExp(
  `\\b(?:${INVERTED})\\s+(?:the\\s+)?((?:[^\\s\uE000]+\\s+){1,4}?)(?:(?:${TITLE_FORMS})\\s+)?$`,
  'du',
);
const STARTS_TITLED = new RegExp(`^(?:${TITLE_FORMS})\\s`, 'u');
/** "As Sheriff Smith put it, “…”", "As Smith himself admitted, “…”": the name after "as" (and a title), then "put it", "said it" or a verb of speech and a comma. */
const AS_BEFORE = new RegExp(`(?:^|[^\\p{L}])as\\s+(?:(?:${BEFORE_NAME})\\s+){0,4}$`, 'u');
const AS_PUT = new RegExp(
  `^\\s+(?:(?:himself|herself|themselves)\\s+)?(?:has\\s+|had\\s+)?(?:(?:put|said)\\s+it\\b|(?:${SPEECH})\\s*,)`,
  'u',
);
const BEFORE_WORD = new RegExp(`^(?:${BEFORE_NAME})$`, 'u');
/** A word that may stand before a name as part of a title ("police", "chief", "the"), folded. */
export const isTitleWord = (folded: string): boolean => BEFORE_WORD.test(folded);
/** A pronoun speaking: "he said", "he went on to say", or inverted after the quote ("“…,” said he"; not "the union said they went"). */
const PRONOUN = new RegExp(
  `(?:^|[^\\p{L}])(?:he|she|they|we|i)\\s+(?:${ADVERB}(?:${SPEECH})\\b|${ADVERB}${LEADS_TO_SPEECH})|(?:^|[,\uE000]\\s*)(?:${INVERTED})\\s+(?:he|she|they)\\b`,
  'u',
);

/** The folded names a page may use for an entity: its own, and the surname and title forms generated from it (person-names.ts). */
export function speakerNames(
  entity: Entity,
  all: readonly Entity[],
  shared: ReadonlySet<string> = sharedSurnames(all),
): string[] {
  return [...namesOf(entity, shared), ...townAgencyNames(entity)].filter((n) => n.length >= 3);
}

/** "<Town> Police Department" and the like: the body named by its town. */
const TOWN_AGENCY =
  /^(.+?)\s+(police|sheriff['\u2019]s|fire)\s+(department|office|service|bureau)$/i;

/**
 * A town's agency as pages name it when it speaks: "Aurora's police department", "Aurora's police", "the Aurora police
 * department" for the Aurora Police Department (folded, like every speaker name).
 */
function townAgencyNames(entity: Entity): string[] {
  if (entity.kind !== 'agency') return [];
  const m = TOWN_AGENCY.exec(entity.name);
  if (!m) return [];
  const [town, body, unit] = [foldText(m[1]!), foldText(m[2]!), foldText(m[3]!)];
  const own = `${town}'s ${body} ${unit}`;
  return body === 'police' ? [own, `${town}'s police`, `${town} police`] : [own];
}

export interface Speaker {
  entity: Entity;
  names: string[];
}

/**
 * The sentence, folded (`text`) and in the page's own case (`raw`, offset for offset), with each quoted stretch
 * as one placeholder character (a quote still open runs to the end; one closed first began before).
 */
function unquotedBoth(sentence: string): { text: string; raw: string } {
  const folded = foldText(sentence);
  let out = '';
  let raw = '';
  let inside = false;
  let first = true;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i] as string;
    if ('"\u201C\u201D\u201E\u00AB\u00BB'.includes(ch)) {
      const closing =
        ch === '\u201D' ||
        ch === '\u00BB' ||
        (ch === '"' && i > 0 && !/[\s([\u2014-]/.test(sentence[i - 1] as string));
      if (first && closing) out = raw = '\uE000';
      else {
        if (!inside) {
          out += '\uE000';
          raw += '\uE000';
        }
        inside = !inside;
      }
      first = false;
      continue;
    }
    if (!inside) {
      out += folded[i];
      raw += sentence[i];
    }
  }
  return { text: out, raw };
}

/**
 * "said Denver Police Chief" before the name: the words between the verb and the title each a capitalised name's
 * or a title's word; the title one of the titles, or ending in a word of the entity's own role ("Border Czar").
 */
function placeTitled(text: string, raw: string, at: number, end: number, entity: Entity): boolean {
  const m = BEFORE_PLACE_TITLE.exec(text.slice(0, at));
  const [from, to] = m?.indices?.[1] ?? [0, 0];
  if (to <= from) return false;
  const words = raw.slice(from, to).trim().split(/\s+/);
  const last = foldText(words[words.length - 1] ?? '');
  const ownTitle = () =>
    /^\p{Lu}/u.test(words[words.length - 1] ?? '') && roleWords(entity).has(last);
  // The title ends the words before the name, or starts the name ("police chief bo park").
  if (!(text.slice(to, at).trim() || STARTS_TITLED.test(text.slice(at, end)) || ownTitle()))
    return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || BEFORE_WORD.test(foldText(w)));
}

/** The folded words of an entity's role and role titles ("border", "czar"). */
const roleWordsCache = new WeakMap<Entity, Set<string>>();
function roleWords(entity: Entity): Set<string> {
  let out = roleWordsCache.get(entity);
  if (!out) {
    out = new Set(
      foldText([entity.role ?? '', ...(entity.roles ?? []).map((r) => r.title)].join(' '))
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 2),
    );
    roleWordsCache.set(entity, out);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit at `i` is a letter or digit: ASCII by its code (the scans below test every character), the rest by WORD_CHAR. */
function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i] as string);
}

/** Where the run of word characters starting at `i` ends (`i` itself when `text[i]` is none). */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordAt(text, j)) j++;
  return j;
}

/**
 * Every name of a list of speakers, by its first word, longest first (so "chief david smith" wins over "smith"),
 * built once per list. A name matches only where the text's word there is its first word (the match ends on a
 * word's end), so a scan looks at the few names of that word, not at every name of its first letter ("rochester
 * chief", "rochester's mayor", … of the place-title speakers). `firsts` holds the names' first characters.
 */
const patterns = new WeakMap<
  readonly Speaker[],
  { firsts: Set<string>; byWord: Map<string, string[]>; byName: Map<string, Speaker> }
>();
function patternOf(speakers: readonly Speaker[]): {
  firsts: Set<string>;
  byWord: Map<string, string[]>;
  byName: Map<string, Speaker>;
} {
  let out = patterns.get(speakers);
  if (!out) {
    const byName = new Map<string, Speaker>();
    for (const speaker of speakers)
      for (const name of speaker.names) if (name && !byName.has(name)) byName.set(name, speaker);
    const byWord = new Map<string, string[]>();
    const firsts = new Set<string>();
    for (const name of byName.keys()) {
      firsts.add(name[0] as string);
      const word = name.slice(0, wordEnd(name, 0));
      const list = byWord.get(word);
      if (list) list.push(name);
      else byWord.set(word, [name]);
    }
    // Longest first; the sort is stable, so names of one length keep the speakers' order.
    for (const list of byWord.values()) list.sort((a, b) => b.length - a.length);
    out = { firsts, byWord, byName };
    patterns.set(speakers, out);
  }
  return out;
}

/** A transcript's speaker label in capitals at the start of a line ("CHIEF SMITH:", "MAYOR MALIK EVANS:"), one to four words. */
const TRANSCRIPT_LABEL =
  /^\s*((?:\p{Lu}[\p{Lu}.'\u2019-]*\s+){0,3}\p{Lu}[\p{Lu}.'\u2019-]+)\s*:\s/u;

/**
 * The one speaker of the story a transcript's label names ("CHIEF SMITH:" is David Smith), read folded, on a line
 * with no quotation marks; undefined when there is no label or it names no one of the story or several ("REPORTER:").
 */
function transcriptSpeaker(sentence: string, speakers: readonly Speaker[]): Speaker | undefined {
  // A line that quotes ("CHIEF SMITH: As the mayor put it, “…”") passes on someone's words: the label is not theirs.
  if (/["\u201C\u201D]/.test(sentence)) return undefined;
  const label = TRANSCRIPT_LABEL.exec(sentence)?.[1];
  if (!label || label.length < 3) return undefined;
  const found = new Set(mentions(foldText(label), speakers).map((m) => m.speaker));
  return found.size === 1 ? [...found][0] : undefined;
}

/** Where the speakers' names occur in a folded text, as whole words, left to right, none overlapping. */
function mentions(
  text: string,
  speakers: readonly Speaker[],
): { speaker: Speaker; start: number; end: number }[] {
  const { firsts, byWord, byName } = patternOf(speakers);
  const out: { speaker: Speaker; start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!firsts.has(text[i] as string) || (i > 0 && isWordAt(text, i - 1))) continue;
    const list = byWord.get(text.slice(i, wordEnd(text, i)));
    const name = list?.find((n) => text.startsWith(n, i) && !isWordAt(text, i + n.length));
    if (!name) continue;
    out.push({ speaker: byName.get(name) as Speaker, start: i, end: i + name.length });
    i += name.length - 1;
  }
  return out;
}

/** A title in capitals before a name, "the" allowed first ("State Senate Republican Leader", "the Fire Chief"). */
const capitalisedTitle = (words: string): boolean =>
  /^(?:[Tt]he\s+)?\p{Lu}/u.test(words) &&
  words
    .split(/\s+/)
    .every((w, i) => /^\p{Lu}[\p{L}.'\u2019-]*$/u.test(w) || (i === 0 && /^the$/i.test(w)));

/** The quoted words opening the sentence, then "was how" / "is what" before who said them. */
const WAS_HOW = /^\s*\uE000[\s,]*(?:was|is|were|are)\s+(?:how|what)\s+/u;
/** "Chief Magnus went further and said …", "The union, …, answered the same afternoon and called X “…”": a predicate of a few lowercase words, then "and" and a verb of speech (the name opening the sentence). */
const AND_SPEECH = new RegExp(
  `^(?:\\s*,[^,"]{1,80},)?\\s+(?:\\p{Ll}+\\s+){1,3}?and\\s+${ADVERB}(?:(?:${SPEECH})\\b|${SPOKE_OF}|${NAMED_AS})`,
  'u',
);
/** "“…” is word for word from Smith's remarks", "“…” was taken verbatim from the chief's statement": the owner of the words the quote is said to come from. */
const FROM_OWNER_BEFORE =
  /\uE000[\s,]*(?:is|was|are|were|comes?|came)\s+(?:(?:taken|lifted|drawn|quoted|copied|word\s+for\s+word|verbatim|straight|directly|exactly|all|right)\s+){0,3}from\s+(?:the\s+)?$/u;
const FROM_OWNER_AFTER =
  /^['\u2019]s?\s+(?:own\s+)?(?:\p{L}+\s+)?(?:remarks|words|statement|speech|comments|answer|reply|response|interview|post|tweet|letter|testimony)\b/u;

/**
 * The speaker the sentence credits its quoted words to: `undefined` when it
 * names no one as speaking (the caller then knows nothing of who is meant),
 * `null` when a pronoun speaks and the sentence before names no speaker.
 */
export function creditedSpeaker(
  sentence: string,
  previous: string,
  speakers: readonly Speaker[],
  carried?: Speaker | null,
): Speaker | null | undefined {
  const { text, raw } = unquotedBoth(sentence);
  const own = namedSpeaker(text, speakers, raw);
  if (own !== undefined) return own;
  // "CHIEF SMITH: I learned of it …": a transcript's label says who speaks a line that credits no one itself.
  const labelled = transcriptSpeaker(sentence, speakers);
  if (labelled) return labelled;
  // "“Help is coming!” was how X signed off": the one named right after "was how" (a title in capitals may come first).
  const how = WAS_HOW.exec(text);
  if (how) {
    const first = mentions(text.slice(how[0].length), speakers)[0];
    const lead = first ? raw.slice(how[0].length, how[0].length + first.start).trim() : '';
    if (
      first &&
      (lead === '' ||
        (lead.replace(/^the\s+/, '').split(/\s+/).length <= 6 && capitalisedTitle(lead)))
    )
      return first.speaker;
  }
  // "It read, “…”": the one author the sentence before names (text-read-speaker.ts).
  if (previous && TEXT_READS.test(text)) {
    const before = unquotedBoth(previous).text;
    return textAuthor(text, mentions(before, speakers), before);
  }
  // "The statement talks about practices built up “…”": the text told of before goes on; its author is the paragraph's
  // last speaker, else the one the sentence before names as its subject.
  if (TEXT_SAYS.test(text)) {
    if (carried !== undefined && carried !== null) return carried;
    if (previous) {
      const before = unquotedBoth(previous).text;
      const author = textAuthor(text, mentions(before, speakers), before);
      if (author) return author;
    }
    return undefined;
  }
  if (!PRONOUN.test(text)) return undefined;
  // The paragraph's last speaker, when the caller follows it (speakerAfter); otherwise the one the sentence before names.
  if (carried !== undefined) return carried;
  if (!previous) return null;
  const before = unquotedBoth(previous);
  return namedSpeaker(before.text, speakers, before.raw) ?? null;
}

/** A text told of before that says or tells of the quoted words ("The statement talks about practices built up “…”"). */
const TEXT_SAYS =
  /^\s*(?:and\s+)?(?:it|this|the\s+(?:statement|release|letter|post|message|memo|note))\s+(?:also\s+|then\s+)?(?:talks\s+about|speaks\s+of|mentions|refers\s+to|describes|says|said|adds|added|goes\s+on\s+to\s+(?:say|mention|describe))\b[^\uE000.;]{0,60}\uE000/iu;

/** A pronoun going on speaking ("he added", "she went on", "they also continued"), outside the quoted words. */
const GOES_ON =
  /(?:^|[^\p{L}])(he|she|they)\s+(?:also\s+|then\s+)?(?:added|adds|continued|continues|went\s+on)\b/u;

/**
 * Whether a sentence opening a paragraph ("He added, “…”") goes on with the words of `last`, the one the last
 * paragraph's last sentence credits: it names no speaker itself, and a pronoun that fits `last` goes on speaking
 * ("he" or "she" for a person, "they" for a body).
 */
export function goesOnSpeaking(
  sentence: string,
  speakers: readonly Speaker[],
  last: Speaker,
): boolean {
  const { text } = unquotedBoth(sentence);
  const m = GOES_ON.exec(text);
  if (!m || mentions(text, speakers).length) return false;
  return (m[1] === 'they') === (last.entity.kind !== 'person');
}

/**
 * The paragraph's speaker after a sentence, given the one before it: the one
 * the sentence credits with speaking; else, when it names another of the
 * speakers (who might be the next "he"), no one; else still the one before
 * ("he added" two sentences on). Start each paragraph with null.
 */
export function speakerAfter(
  sentence: string,
  speakers: readonly Speaker[],
  carried: Speaker | null,
): Speaker | null {
  const { text, raw } = unquotedBoth(sentence);
  const own = namedSpeaker(text, speakers, raw);
  if (own) return own;
  const labelled = transcriptSpeaker(sentence, speakers);
  if (labelled) return labelled;
  const giver = giverOfWords(text, speakers);
  if (giver) return giver;
  return mentions(text, speakers).some((m) => m.speaker !== carried) ? null : carried;
}

/** Right after the subject (an aside allowed): a verb of putting out words ("put out a written statement", "issued his remarks"). */
const GAVE_WORDS =
  /^(?:\s*,[^,;:]{1,40},|\s*,)?\s+(?:also\s+|then\s+|later\s+|first\s+)?(?:put\s+out|issued|released|wrote|posted|gave|delivered|read\s+out|sent\s+out)\s+(?:a|an|his|her|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|remarks|message|letter|post|announcement|declaration)\b/u;

/**
 * Right after the subject (an apposition allowed): a verb of the past that does something ("spoke", "took", "attacked"),
 * not a second subject ("and", "or", "with"), a copula or an auxiliary ("Park was not there" leaves the speaker open).
 */
const SUBJECT_VERB =
  /^(?:\s*,[^,;:]{1,40},|\s*,)?\s+(?!(?:and|or|with|nor|who|whose|whom|which|that|of|in|at|on|for|to|from|by|was|is|were|are|has|had|have|would|could|did|does)\b)(?:also\s+|then\s+|later\s+|first\s+|again\s+)?\p{Ll}[\p{Ll}'\u2019-]*(?:ed|oke|ook|ent|ame|old|aid|ote|ave|ught)\b/u;

/**
 * "Chris Magnus put out a written statement on Wednesday.", "Chief Smith took questions next.": the one speaker a
 * sentence opens on as the subject of a verb of putting out words or of doing something, so "He said …" after it in the
 * paragraph is theirs. Only one speaker named, within the first few words (an apposition's title before the name
 * allowed), after no preposition; not after a copula or an auxiliary.
 */
function giverOfWords(text: string, speakers: readonly Speaker[]): Speaker | undefined {
  const found = mentions(text, speakers);
  const first = found[0];
  if (!first || found.some((m) => m.speaker !== first.speaker)) return undefined;
  const lead = text.slice(0, first.start).replace(/,/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (lead.length > 5 || lead.some((w) => PREPOSITION.test(w))) return undefined;
  const after = text.slice(first.end);
  return GAVE_WORDS.test(after) || SUBJECT_VERB.test(after) ? first.speaker : undefined;
}

/**
 * The speaker a sentence opens with, as the subject of what follows ("The
 * union called the remarks “…”", "Evans had called it “…”"): named within its
 * first few words, not as an owner ("Evans's critics"), after no preposition,
 * with no other of the speakers named before the quote. A looser reading than
 * creditedSpeaker, for short quoted phrases only.
 */
export function subjectSpeaker(
  sentence: string,
  speakers: readonly Speaker[],
): Speaker | undefined {
  const { text, raw } = unquotedBoth(sentence);
  const quote = text.indexOf('\uE000');
  if (quote < 0) return undefined;
  const found = mentions(text.slice(0, quote), speakers);
  const first = found[0];
  if (!first || found.some((m) => m.speaker !== first.speaker)) return undefined;
  const lead = text.slice(0, first.start).trim().split(/\s+/).filter(Boolean);
  // A title in capitals before the name ("State Senate Republican Leader Rob Ortt") is no lead of its own.
  const titled = lead.length > 3 && capitalisedTitle(raw.slice(0, first.start).trim());
  if ((lead.length > 3 && !titled) || lead.some((w) => PREPOSITION.test(w) || /[,;:]$/.test(w)))
    return undefined;
  return /^['\u2019]s\b/.test(text.slice(first.end)) ? undefined : first.speaker;
}

/**
 * The speaker a pronoun opening the sentence stands for, as the subject of a short quoted phrase ("They also
 * called the remarks “…”" after "The union says …"): the one the sentence before (in the paragraph) credits
 * with speaking, or at a paragraph's start `carried`, the one the last paragraph's last sentence credits;
 * "he"/"she" only for a person, "they" only for a body. No speaker named before the quote. For short quoted
 * phrases only, as subjectSpeaker.
 */
export function pronounSubject(
  sentence: string,
  previous: string,
  speakers: readonly Speaker[],
  carried?: Speaker | null,
): Speaker | undefined {
  const { text } = unquotedBoth(sentence);
  const quote = text.indexOf('\uE000');
  const m = /^\s*(he|she|they)\s/u.exec(text);
  if (
    quote < 0 ||
    !m ||
    mentions(text.slice(0, quote), speakers).length ||
    /[;:]/.test(text.slice(0, quote))
  )
    return undefined;
  // The sentence just before must name it as speaking: a speaker two sentences back may not be whom "they" means.
  let prior: Speaker | null | undefined = previous ? undefined : carried;
  if (previous) {
    const before = unquotedBoth(previous);
    prior = namedSpeaker(before.text, speakers, before.raw);
  }
  if (!prior) return undefined;
  return (m[1] === 'they') === (prior.entity.kind !== 'person') ? prior : undefined;
}

/**
 * The speakers a text credits, per list of speakers and exact text: a page's sentence is asked again as the
 * sentence before, as the paragraph's last and by the quote matcher. Bounded; cleared when full.
 */
const credited = new WeakMap<readonly Speaker[], Map<string, Speaker | undefined>>();
const CREDITED_MAX = 500;

function namedSpeaker(text: string, speakers: readonly Speaker[], raw = text): Speaker | undefined {
  let done = credited.get(speakers);
  if (!done) credited.set(speakers, (done = new Map()));
  const key = `${text}\u0000${raw}`;
  if (done.has(key)) return done.get(key);
  const speaker = namedSpeakerFresh(text, speakers, raw);
  if (done.size >= CREDITED_MAX) done.clear();
  done.set(key, speaker);
  return speaker;
}

function namedSpeakerFresh(
  text: string,
  speakers: readonly Speaker[],
  raw: string,
): Speaker | undefined {
  const found = mentions(text, speakers);
  // "said Evans" names the speaker only where the clause ends ("…,” said Evans." but not "critics said Evans abandoned …").
  const inverted = (m: { speaker: Speaker; start: number; end: number }) =>
    BEFORE.test(text.slice(0, m.start)) || placeTitled(text, raw, m.start, m.end, m.speaker.entity);
  const credited = found.filter(
    (m) =>
      AFTER_NAME.test(text.slice(m.end)) ||
      (OPENS_ON_NAME.test(raw.slice(0, m.start)) && PAST_BEFORE_QUOTE.test(text.slice(m.end))) ||
      (APPOSED_BEFORE.test(text.slice(0, m.start)) && APPOSED_AFTER.test(text.slice(m.end))) ||
      QUOTATIVE.test(text.slice(m.end)) ||
      AFTER_NAME.test(text.slice(speechAfterName(text, raw, m.start, m.end))) ||
      (QUOTE_JUST_BEFORE.test(text.slice(0, m.start)) && PAST_AFTER.test(text.slice(m.end))) ||
      (AS_BEFORE.test(text.slice(0, m.start)) &&
        AS_PUT.test(text.slice(speechAfterName(text, raw, m.start, m.end)))) ||
      (COLON.test(text.slice(m.end)) &&
        (LEADS.test(text.slice(0, m.start)) || CAME_FROM.test(text.slice(0, m.start)))) ||
      (OWNED_SPEECH.test(text.slice(m.end)) && !OWNER_OF_OBJECT.test(text.slice(0, m.start))) ||
      CREDITED_TO.test(text.slice(0, m.start)) ||
      (OWNED_SPEECH_COMMA.test(text.slice(m.end)) &&
        OPENS_AS_SUBJECT.test(raw.slice(0, m.start))) ||
      (OPENS_ON_NAME.test(raw.slice(0, m.start)) && AND_SPEECH.test(text.slice(m.end))) ||
      (OPENS_AS_SUBJECT.test(raw.slice(0, m.start)) &&
        NAMED_AFTER_SUBJECT.test(text.slice(m.end))) ||
      (FROM_OWNER_BEFORE.test(text.slice(0, m.start)) &&
        FROM_OWNER_AFTER.test(text.slice(m.end))) ||
      dashCredits(text, raw, m.start, m.end, isTitleWord) ||
      (BARE_OWNED.test(text.slice(m.end)) &&
        BEFORE_BARE_OWNER.test(raw.slice(0, m.start)) &&
        text.split('\uE000').length === 2) ||
      (inverted(m) && ENDS.test(text.slice(m.end))),
  );
  const ids = new Set(credited.map((m) => m.speaker.entity.id));
  // Two speakers credited in one sentence: whose words are quoted is not for this reading to say.
  if (ids.size) return ids.size === 1 ? credited[0]?.speaker : undefined;
  // "Chris Magnus was just as blunt: “…”": the first named in the clause that a colon ends before the quote.
  // "Mayor Evans went further, telling reporters, “…”": or that a participle of saying ends.
  const end = /:\s*\uE000/.exec(text) ?? PARTICIPLE_BEFORE_QUOTE.exec(text);
  if (!end) return undefined;
  const clause =
    Math.max(text.lastIndexOf(';', end.index), text.lastIndexOf('\uE000', end.index - 1)) + 1;
  // Before a participle, a name owning a noun ("Evans's police chief went further, telling …") is not the subject;
  // before a colon it is the owner of the words ("Ortt's sharpest line: “…”").
  const participle = end[0].startsWith(',');
  const within = found
    .filter(
      (m) =>
        m.start >= clause &&
        m.end <= end.index &&
        !(participle && /^['\u2019]s?\b/.test(text.slice(m.end))),
    )
    .sort((a, b) => a.start - b.start);
  const first = within[0];
  // The participle's clause names no one else ("Evans praised Smith, saying “…”" leaves it open), nor do the words
  // between the participle and the quote ("…, saying Beck would not “…”").
  const spoken = end.index + end[0].length;
  if (
    !first ||
    (participle &&
      (within.some((m) => m.speaker !== first.speaker) ||
        found.some((m) => m.start > end.index && m.end < spoken)))
  )
    return undefined;
  // Only the clause's subject: a few words at most before it, none a preposition ("hit back at Evans:" is not Evans speaking).
  const lead = text.slice(clause, first.start).trim().split(/\s+/).filter(Boolean);
  return lead.length <= 3 && !lead.some((w) => PREPOSITION.test(w)) ? first.speaker : undefined;
}

/** A participle of saying after a comma, then at most a short object ("reporters", "the council") and a reporting "he did not", right before the quote. */
const PARTICIPLE_BEFORE_QUOTE =
  /,\s*(?:telling|saying|adding|noting|declaring|insisting|warning|explaining|stressing|arguing|writing|vowing|promising)(?:\s+[\p{L}'\u2019]+){0,6}?\s*[,:]?\s*\uE000/u;
