/**
 * What a clause says about a court case, in general legal English: which
 * court (its level, tier and district: "state court", "a federal judge",
 * "the Western District of Ohio", "an appeals court"), how the case ended
 * ("dismissed", "thrown out", "tossed", "with / without prejudice", "as
 * moot", or a ruling on the merits: "struck down", "upheld", "sided with",
 * "ruled … unconstitutional", "in favour of"), and whom a suit names ("names
 * X and Y as defendants", "sued X"). Pure, no story words: the comparer
 * (compare/compare-legal.ts) decides what the record makes of them.
 */

type CourtLevel = 'federal' | 'state';
type CourtTier = 'trial' | 'appeals' | 'supreme';

export interface CourtPhrase {
  start: number;
  end: number;
  text: string;
  level?: CourtLevel;
  tier?: CourtTier;
  /** "western" for the Western District of X. */
  district?: string;
  /** The state of a district ("North Carolina"), as written. */
  state?: string;
}

export interface DispositionPhrase {
  start: number;
  end: number;
  text: string;
  /** `merits`: a ruling that decided the case; `dismissed`: thrown out; `moot`; `prejudice`: with or without. */
  kind: 'merits' | 'dismissed' | 'moot' | 'prejudice';
  /** For `prejudice`: with (true) or without (false). */
  prejudice?: boolean;
  /** Denied, asked for or only possible ("did not rule on the merits", "asked the court to strike down"): not what happened. */
  denied: boolean;
  /** A court or a judge does it: named before it ("a federal judge struck down"), or after "by" ("was thrown out by a judge"). Only a court rules ("Ortt sided with the officers" is no ruling). */
  byCourt: boolean;
}

export interface LegalReading {
  courts: CourtPhrase[];
  dispositions: DispositionPhrase[];
  /** Spans whose people the clause says the suit names as defendants. */
  naming: { start: number; end: number }[];
}

const DIRECTIONS = 'Northern|Southern|Eastern|Western|Middle|Central';
const STATE_NAME = String.raw`(?:(?:New|North|South|West|Rhode)\s+)?[A-Z][a-z]+`;

interface CourtPattern {
  re: RegExp;
  level?: CourtLevel;
  tier?: CourtTier;
  /** Group numbers of the district's direction and state. */
  district?: number;
  state?: number;
}

/** Most precise first: a phrase inside one already found is not read again. */
const COURTS: CourtPattern[] = [
  {
    re: new RegExp(String.raw`\b(${DIRECTIONS})\s+District\s+of\s+(${STATE_NAME})\b`, 'g'),
    level: 'federal',
    tier: 'trial',
    district: 1,
    state: 2,
  },
  {
    re: new RegExp(
      String.raw`\b(${DIRECTIONS.toLowerCase()})\s+district\s+of\s+(${STATE_NAME})\b`,
      'g',
    ),
    level: 'federal',
    tier: 'trial',
    district: 1,
    state: 2,
  },
  {
    re: /\b(?:U\.\s?S\.|US|United\s+States)\s+Supreme\s+Court\b|\bSupreme\s+Court\s+of\s+the\s+United\s+States\b|\b(?:the\s+)?nation's\s+highest\s+court\b/gi,
    level: 'federal',
    tier: 'supreme',
  },
  {
    re: /\b(?:state|state's)\s+(?:supreme|high|highest)\s+court\b/gi,
    level: 'state',
    tier: 'supreme',
  },
  {
    re: /\b(?:U\.\s?S\.|US|United\s+States|federal)\s+(?:court\s+of\s+appeals|appeals\s+court|appellate\s+court)\b|\b\d+(?:st|nd|rd|th)\s+(?:U\.S\.\s+)?Circuit(?:\s+Court\s+of\s+Appeals)?\b/gi,
    level: 'federal',
    tier: 'appeals',
  },
  {
    re: /\b(?:U\.\s?S\.|US|United\s+States|federal)\s+district\s+(?:court|judge)\b/gi,
    level: 'federal',
    tier: 'trial',
  },
  {
    re: /\b(?:federal|U\.\s?S\.)\s+(?:court|courts|judge|judges|bench)\b|\bin\s+federal\s+court\b/gi,
    level: 'federal',
  },
  {
    re: /\b(?:state|county|municipal|city|family|town)\s+(?:court|courts|judge|judges|trial\s+court)\b|\bstate's\s+courts?\b/gi,
    level: 'state',
  },
  {
    re: /\b(?:court\s+of\s+appeals|appeals\s+court|appellate\s+court|circuit\s+court\s+of\s+appeals)\b/gi,
    tier: 'appeals',
  },
  { re: /\b(?:the\s+)?Supreme\s+Court\b/g, tier: 'supreme' },
];

/** A state's or place's own supreme court ("the Arizona Supreme Court") is no U.S. Supreme Court. */
const NAMED_BEFORE_SUPREME = /\b(?!U\.|US\b|United\b|The\b)[A-Z][a-z]+(?:\s+State)?\s+$/;

function readCourts(text: string): CourtPhrase[] {
  const out: CourtPhrase[] = [];
  for (const p of COURTS) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      const phrase: CourtPhrase = { start, end, text: m[0] };
      let level = p.level;
      if (
        p.tier === 'supreme' &&
        !p.level &&
        NAMED_BEFORE_SUPREME.test(text.slice(Math.max(0, start - 30), start))
      )
        level = 'state';
      if (level) phrase.level = level;
      if (p.tier && !(p.tier === 'supreme' && level === 'state' && !p.level)) phrase.tier = p.tier;
      if (p.district) phrase.district = (m[p.district] as string).toLowerCase();
      if (p.state) phrase.state = (m[p.state] as string).replace(/\s+/g, ' ');
      out.push(phrase);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface DispositionPattern {
  re: RegExp;
  kind: DispositionPhrase['kind'];
}

const DISPOSITIONS: DispositionPattern[] = [
  { re: /\bwith\s+prejudice\b/gi, kind: 'prejudice' },
  { re: /\bwithout\s+prejudice\b/gi, kind: 'prejudice' },
  { re: /\bmoot(?:ness)?\b/gi, kind: 'moot' },
  {
    re: /\b(?:dismiss(?:ed|es|al|ing)?|thr(?:ew|own|ows|owing)\s+(?:\w+\s+){0,3}?out|toss(?:ed|es|ing)?(?:\s+out)?)\b/gi,
    kind: 'dismissed',
  },
  // A ruling that decided the case one way.
  {
    re: /\bstr(?:uck|ikes?|iking)\s+(?:\w+\s+){0,2}?down\b|\buph(?:eld|olds?|olding)\b|\bsid(?:ed|es|ing)\s+with\b|\b(?:ruled?s?|ruling|decided|decides|found|finds|judgment|judgement)\s+(?:\w+\s+){0,2}?(?:in\s+favou?r\s+of|for\s+the|against\s+the)\b|\b(?:ruled?s?|ruling|decided|decides)\s+on\s+the\s+merits\b/gi,
    kind: 'merits',
  },
  {
    re: /\b(?:ruled?s?|ruling|found|finds|declared|declares|deemed|deems)\b[^.;:]{0,60}?\b(?:unconstitutional|constitutional|unlawful|lawful|illegal|invalid|void)\b/gi,
    kind: 'merits',
  },
  // A ruling that something broke or was overridden by a law ("ruled that the policy violated federal law", "found it preempted").
  {
    re: /\b(?:ruled?s?|ruling|found|finds|finding|declared|declares|deemed|deems)\b[^.;:]{0,60}?\b(?:violat(?:ed|es|e|ing)|in\s+violation\s+of|(?:was|were|is|are|be|been)\s+preempted|ran\s+afoul\s+of|runs?\s+afoul\s+of|conflict(?:ed|s)?\s+with)\b/gi,
    kind: 'merits',
  },
];

/** Before a ruling: denied, asked for, or only possible. */
const NOT_A_RULING_BEFORE =
  /\b(?:not|never|no|without|n't|to|asking|asked|asks|ask|seeks?|sought|seeking|wants?|wanted|urged?|would|could|might|(?<!\b(?:in|by|of|early|late|mid|since|until|last|this|next|during|through)\s+)may(?!\s+\d)|should|will|if)\s+(?:\w+\s+){0,3}$/i;

const CASE_NOUNS = String.raw`(?:law)?suits?|case|cases|complaint|claims?|charges?|it|petition|challenge|action`;
/** A case named just before a dismissal ("the suit was dismissed", "Suit tossed:"). */
const CASE_BEFORE = new RegExp(
  String.raw`\b(?:${CASE_NOUNS})\b(?:\s+(?:was|were|is|has|had|been|got|later|quickly|eventually|finally|then))*\s*$|\b(?:${CASE_NOUNS})\s*$`,
  'i',
);
/** A case named just after it ("dismissed the state attorney general's lawsuit", "tossed it"). */
const CASE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:the|a|an|its|this|that|their|his|her)\s+)?(?:[\p{L}.'\u2019-]+\s+){0,3}?(?:${CASE_NOUNS})\b`,
  'iu',
);
/** A case named inside the phrase ("threw the case out"). */
const CASE_IN = new RegExp(String.raw`\b(?:${CASE_NOUNS})\b`, 'i');
/** Who alone rules on a case. */
const COURT_OR_JUDGE = /\b(?:judges?|courts?|justices|bench|panel|magistrates?)\b/i;
const BY_COURT_AFTER =
  /^(?:\s+[\p{L}'\u2019-]+){0,6}?\s+by\s+(?:a|an|the)?\s*(?:[\p{L}.-]+\s+){0,2}?(?:judges?|courts?|justices|bench|panel|magistrates?)\b/iu;

function readDispositions(text: string): DispositionPhrase[] {
  const out: DispositionPhrase[] = [];
  for (const p of DISPOSITIONS) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      // "ruled the case moot" is a dismissal, not a ruling on the merits.
      if (p.kind === 'merits' && /\bmoot\b/i.test(m[0])) continue;
      // "dismissed three officers" is no dismissal of a case: a case must be named next to it ("the suit was dismissed", "tossed it").
      if (
        p.kind === 'dismissed' &&
        !/^dismissal/i.test(m[0]) &&
        !CASE_IN.test(m[0]) &&
        !CASE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
        !CASE_AFTER.test(text.slice(end, end + 40))
      )
        continue;
      const denied = NOT_A_RULING_BEFORE.test(text.slice(Math.max(0, start - 40), start));
      const byCourt =
        COURT_OR_JUDGE.test(text.slice(0, start)) || BY_COURT_AFTER.test(text.slice(end, end + 80));
      const phrase: DispositionPhrase = { start, end, text: m[0], kind: p.kind, denied, byCourt };
      if (p.kind === 'prejudice') phrase.prejudice = !/^without/i.test(m[0]);
      out.push(phrase);
    }
  }
  // "threw the case out for good", "permanently dismissed": a dismissal said to be final is one with prejudice.
  for (const d of [...out]) {
    if (d.kind !== 'dismissed' || out.some((o) => o.kind === 'prejudice')) continue;
    const after = FINAL_AFTER.exec(text.slice(d.end, d.end + 70));
    const before = after ? null : FINAL_BEFORE.exec(text.slice(Math.max(0, d.start - 20), d.start));
    if (!after && !before) continue;
    const start = after
      ? d.end + after.index + after[0].length - after[1]!.length
      : d.start - before![0].length;
    const end = after
      ? d.end + after.index + after[0].length
      : d.start - before![0].length + before![1]!.length;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'prejudice',
      prejudice: true,
      denied: d.denied,
      byCourt: d.byCourt,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that make a dismissal final. */
export const FINAL = String.raw`for\s+good|permanently|once\s+and\s+for\s+all|for\s+keeps|forever|for\s+all\s+time`;
/** Right after the dismissal, or after a clause that goes on from it ("…, and that closed the matter for good"). */
const FINAL_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}'\u2019-]+){0,2}?(?:\s*,?\s+and\s+(?:that|this|it)\s+(?:closed|ended|settled|finished)\s+(?:the|that|this)\s+(?:matter|case|suit|lawsuit|book|chapter)(?:\s+on\s+it)?)?\s+(${FINAL})\b`,
  'iu',
);
/** A clause going on from a dismissal that makes it final ("…, and that closed the matter for good"). */
export const CLOSED_FOR_GOOD = new RegExp(
  String.raw`^\s*,?\s*(?:and\s+)?(?:that|this|it|which)\s+(?:closed|ended|settled|finished)\s+(?:the|that|this)\s+(?:matter|case|suit|lawsuit|book|chapter)(?:\s+on\s+it)?\s+(${FINAL})\b`,
  'i',
);
/** Right before it ("permanently dismissed", "tossed once and for all"). */
const FINAL_BEFORE = new RegExp(String.raw`(${FINAL})\s+$`, 'i');

/** Where the list of people a suit names ends: a preposition or the end of the clause. */
const LIST_END =
  /\s(?:as|over|for|in|on|at|after|before|during|since|until|following|amid|ahead|prior|despite|because|to|with|by|from|about|under|while|when|which|who|alleging|claiming|saying|seeking|arguing)\s|[.;:?!(]/;
/** "named" after these names the defendants ("the suit named X"); after a noun it names someone ("a man named X"). */
const NAMED_AFTER =
  /\b(?:suit|lawsuit|complaint|case|filing|it|which|that|also|has|have|had|and|department|government|administration|office)\s+$/i;

function readNaming(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // A list of defendants is short: looking 200 characters on keeps the reading linear.
  const list = (from: number) => {
    const rest = text.slice(from, from + 200);
    const stop = LIST_END.exec(rest);
    spans.push({ start: from, end: from + (stop ? stop.index : rest.length) });
  };
  for (const m of text.matchAll(
    /\b(?:names|naming|named|lists|listed|listing|sued|sues|suing|(?:lawsuit|suit|complaint|case)\s+against)\s/gi,
  )) {
    if (/^named/i.test(m[0]) && !NAMED_AFTER.test(text.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    list(m.index + m[0].length);
  }
  // "took X to court", "hauled X into federal court": X is whom the suit names.
  for (const m of text.matchAll(
    /\b(?:took|takes|take|taking|hauled|hauls|haul|hauling|dragged|drags|drag|dragging)\s+((?:[\p{L}.'\u2019-]+\s+){0,6}?[\p{L}.'\u2019-]+)\s+(?:to|into|before)\s+(?:(?:a|the)\s+)?(?:(?:federal|state|district|U\.S\.)\s+)*(?:district\s+)?court\b/giu,
  )) {
    const from = m.index + m[0].indexOf(m[1] as string, m[0].search(/\s/));
    spans.push({ start: from, end: from + (m[1] as string).length });
  }
  // The list after the role: "Named as defendants are X and Y", "The defendants were X and Y", "Defendants: X, Y".
  for (const m of text.matchAll(
    /\b(?:named\s+as\s+(?:the\s+)?(?:co-?)?defendants?|(?:co-?)?defendants?)\s*(?:(?:are|were|include|included|named\s+are|named\s+were)\s+|:\s*)/gi,
  ))
    list(m.index + m[0].length);
  // "X and Y were named as defendants", "X and Y as defendants".
  for (const m of text.matchAll(
    /\b(?:(?:were|was|are|is|been)\s+(?:also\s+)?named\s+)?as\s+(?:co-?)?defendants?\b|\b(?:were|was|are|is|been)\s+(?:also\s+)?(?:named|sued)\b/gi,
  )) {
    // After a naming verb ("names X and Y as defendants") the list is that verb's.
    if (spans.some((s) => s.end <= m.index && /^\s*$/.test(text.slice(s.end, m.index)))) continue;
    const window = Math.max(0, m.index - 200);
    const before = text.slice(window, m.index);
    const from = window + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
    spans.push({ start: from, end: m.index });
  }
  return spans;
}

/** The court, disposition and naming phrases of a clause's text (offsets in `text`). */
export function legalIn(text: string): LegalReading {
  return {
    courts: readCourts(text),
    dispositions: readDispositions(text),
    naming: readNaming(text),
  };
}
