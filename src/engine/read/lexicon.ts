/**
 * The reader's general English (lexicon.json) as lookups: phrase tables matched
 * on whole tokens, and word sets. Built once when the module loads.
 */
import raw from './lexicon.json' with { type: 'json' };
import { phraseTokens, type Token } from './tokens.ts';

/** Phrases keyed by their first token; each match is checked token by token, longest first. */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phraseTokens(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, list);
    }
  }

  /** The longest phrase starting at token `i`: its value and the index after its last token. */
  matchAt(tokens: readonly Token[], i: number): { value: V; end: number } | null {
    return this.match(tokens, i, -1);
  }

  /** A phrase starting at token `i` with exactly `length` tokens (any when -1, longest first). */
  private match(
    tokens: readonly Token[],
    i: number,
    length: number,
  ): { value: V; end: number } | null {
    const first = tokens[i];
    const list = first && this.byFirst.get(first.lower);
    if (!list) return null;
    for (const { words, value } of list) {
      if (length !== -1 && words.length !== length) continue;
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[i + k] as Token;
        // A multi-word phrase does not reach over a gap that is not a space ("police. Department").
        ok = t.lower === words[k] && (t.word || !t.spaceBefore || words[k] === '-');
      }
      if (ok) return { value, end: i + words.length };
    }
    return null;
  }

  /** The longest phrase ending at token `end - 1`: its value and its first token; scans back at most the longest phrase. */
  matchEndingAt(
    tokens: readonly Token[],
    end: number,
    maxWords = 6,
  ): { value: V; start: number } | null {
    for (let len = Math.min(maxWords, end); len >= 1; len--) {
      const m = this.match(tokens, end - len, len);
      if (m) return { value: m.value, start: end - len };
    }
    return null;
  }
}

const set = (words: readonly string[]) => new Set(words);

/**
 * A verb phrase in every form of its first word ("take part": takes part, took part, taken part, taking part): the
 * regular -s, -ed and -ing forms, and the irregular ones of verbForms ("took", "taken").
 */
function inflect(phrase: string): string[] {
  const [head = '', ...rest] = phrase.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const y = /[^aeiou]y$/.test(head);
  const e = head.endsWith('e');
  const forms = [
    head,
    y ? `${head.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(head) ? `${head}es` : `${head}s`,
    y ? `${head.slice(0, -1)}ied` : e ? `${head}d` : `${head}ed`,
    e ? `${head.slice(0, -1)}ing` : `${head}ing`,
    ...((raw.verbForms as Record<string, string[]>)[head] ?? []),
  ];
  return forms.map((f) => f + tail);
}
const table = <V>(record: Record<string, V>) => new PhraseTable(Object.entries(record));
const list = (words: readonly string[]) =>
  new PhraseTable(words.map((w) => [w, w] as [string, string]));

export const lexicon = {
  titles: list(raw.titles),
  /** The titles as written, lower case: whether "council" before "president" makes one ("the council's president"). */
  titleNames: new Set(raw.titles.map((t: string) => t.toLowerCase())),
  titleAbbreviations: new Map(Object.entries(raw.titleAbbreviations)),
  honorifics: set(raw.honorifics),
  titleModifiers: set(raw.titleModifiers),
  /** Titles of those elected or appointed to govern a place ("mayor", "governor", "attorney general"), not of a union's or a firm's officers. */
  governmentTitles: set(raw.governmentTitles),
  qualifiers: new Map(Object.entries(raw.qualifiers)),
  hyphenQualifiers: set(raw.hyphenQualifiers),
  speechVerbs: set(raw.speechVerbs),
  // Verbs naming who spoke or printed something that are no speech verbs of the reader ("spoke to", "reported").
  utteranceVerbs: set(raw.utteranceVerbs),
  /** Past forms not ending in -ed of verbs of speech and of a part played ("told", "wrote", "met"). */
  irregularPasts: set(raw.irregularPasts.words),
  /** Verbs before a title held ("served as", "worked as"). */
  roleLeads: set(raw.roleLeads.words),
  /** Every one-word verb of lexicon roleVerbs, whatever the role ("issued", "met", "signed"). */
  roleVerbWords: set(
    Object.entries(raw.roleVerbs).flatMap(([role, words]) =>
      role === '$comment' ? [] : (words as string[]).filter((w) => !w.includes(' ')),
    ),
  ),
  functionWords: set(raw.functionWords),
  notNames: set(raw.notNames),
  institutionWords: set(raw.institutionWords),
  agencyHeads: list(raw.agencyHeads),
  agencyOfHeads: list(raw.agencyOfHeads),
  agencyPersonnel: set(raw.agencyPersonnel),
  genericAgencies: list(raw.genericAgencies),
  placeResidents: list(raw.placeResidents),
  outletHeads: list(raw.outletHeads),
  outletSpokeToBefore: list(raw.outletSpokeToBefore),
  outletSourceBefore: list(raw.outletSourceBefore),
  outletOriginalBefore: list(raw.outletOriginalBefore),
  outletAnyNameBefore: list(raw.outletAnyNameBefore),
  outletSourceAfter: list(raw.outletSourceAfter),
  outletOriginalAfter: list(raw.outletOriginalAfter),
  outletVerbLeads: set(raw.outletVerbLeads),
  outletPieceNouns: list(raw.outletPieceNouns),
  outletStaffNouns: list(raw.outletStaffNouns),
  /** A kind of outlet before its name ("the newspaper X", "the Phoenix newspaper X", "the site X"): the name is an outlet's, whatever its words. */
  outletTypeNouns: list(raw.outletTypeNouns),
  /** Verbs whose subject before a printed thing ("The X ran his op-ed") is an outlet. */
  outletPublishVerbs: list(raw.outletPublishVerbs),
  /** What only a news outlet publishes ("published his op-ed"; anyone may publish a statement or a report). */
  outletNewsPieces: list(raw.outletNewsPieces),
  /** What an outlet prints, beside outletPieceNouns ("ran his statement"). */
  outletPrintedThings: list(raw.outletPrintedThings),
  /** Nouns for a report or a piece of one ("the article", "that roundup"): what quotes people (compare/report-quoted.ts). */
  reportNouns: raw.reportNouns as readonly string[],
  /** Verbs of a report quoting people or statements ("quoted", "cites", "rounded up"). */
  quotingVerbs: raw.quotingVerbs as readonly string[],
  /** Words of one kind for what lasted ("session", "class", "course"): a recorded duration `of` one is also of the others. */
  durationKinds: raw.durationKinds as readonly (readonly string[])[],
  /** Words before "by <name> for X" that make the name a writer and X where the piece appeared ("written by Y for X"). */
  outletWriterWords: list(raw.outletWriterWords),
  /** Phrases after which a name with no "the" is where something was printed ("printed by X", "first appeared in X"). */
  outletPrintCredits: list(raw.outletPrintCredits),
  /** First words of outletSpokeToBefore and outletStaffNouns that credit writing for an outlet, not speaking to it. */
  outletWritingLeads: set(raw.outletWritingLeads),
  outletPiecePrepositions: set(raw.outletPiecePrepositions),
  outletOriginalWords: set(raw.outletOriginalWords),
  outletPieceDeterminers: set(raw.outletPieceDeterminers),
  streetSuffixes: new Map(Object.entries(raw.streetSuffixes)),
  courtWords: set(raw.courtWords),
  streetRelations: new Map(Object.entries(raw.streetRelations)),
  sides: list(raw.sides),
  weekdays: raw.weekdays,
  /** A weekday's abbreviation ("Tue.", "Thurs.") and its day, 0 = Sunday: a weekday only with its dot and a date after it. */
  weekdayAbbreviations: new Map(Object.entries(raw.weekdayAbbreviations)),
  months: raw.months,
  monthAbbreviations: new Map(Object.entries(raw.monthAbbreviations)),
  datePrepositions: new Map(Object.entries(raw.datePrepositions)),
  timeRelations: new Map(Object.entries(raw.timeRelations)),
  dayParts: new Map(Object.entries(raw.dayParts)),
  dayPartLeads: set(raw.dayPartLeads),
  namedTimes: new Map(Object.entries(raw.namedTimes)),
  durationUnits: new Map(
    Object.entries(raw.durationUnits as unknown as Record<string, [string, number]>),
  ),
  durationLeads: set(raw.durationLeads),
  durationSpans: list(raw.durationSpans),
  durationNouns: set(raw.durationNouns),
  clockFractions: new Map(Object.entries(raw.clockFractions)),
  clockDirections: new Map(Object.entries(raw.clockDirections)),
  clockDayParts: table(raw.clockDayParts),
  relativeTimes: table(raw.relativeTimes),
  timeUnits: new Map(Object.entries(raw.timeUnits)),
  timeUnitDirections: new Map(Object.entries(raw.timeUnitDirections)),
  numberWords: new Map(Object.entries(raw.numberWords)),
  numberMultipliers: new Map(Object.entries(raw.numberMultipliers)),
  vagueCounts: table(raw.vagueCounts),
  countModifiers: table(raw.countModifiers),
  irregularPlurals: set(raw.irregularPlurals),
  countNounStops: set(raw.countNounStops),
  outcomes: new PhraseTable(
    Object.entries(raw.outcomes).flatMap(([kind, phrases]) =>
      phrases.map((p) => [p, kind] as [string, string]),
    ),
  ),
  outcomeThingNouns: set(raw.outcomeThingNouns),
  outcomeThingVerbKinds: set(raw.outcomeThingVerbKinds),
  /** Words before an outcome's noun that say what kind of it it was ("a criminal investigation", "an internal probe"). */
  outcomeNatures: new PhraseTable(
    Object.entries(raw.outcomeNatures).flatMap(([nature, phrases]) =>
      phrases.map((p) => [p, nature] as [string, string]),
    ),
  ),
  /** The outcomes a nature is read for. */
  outcomeNatureKinds: set(raw.outcomeNatureKinds),
  bylineNouns: set(raw.bylineNouns),
  negators: set(raw.negators),
  /** Verbs of not doing what follows ("skips any meeting", "declined a meeting"): they deny it as "not" does. */
  notDoingVerbs: set(raw.notDoingVerbs),
  commitmentActions: new PhraseTable(
    Object.entries(raw.commitmentActions).flatMap(([action, phrases]) =>
      phrases.map((p) => [p, action] as [string, string]),
    ),
  ),
  commitmentNouns: new PhraseTable(
    Object.entries(raw.commitmentNouns).flatMap(([action, phrases]) =>
      phrases.map((p) => [p, action] as [string, string]),
    ),
  ),
  commitmentNounLeads: list(raw.commitmentNounLeads),
  commitmentBackupVerbs: set(raw.commitmentBackupVerbs),
  commitmentBackupNouns: set(raw.commitmentBackupNouns),
  commitmentPolicyNouns: set(raw.commitmentPolicyNouns),
  commitmentChangeVerbs: set(raw.commitmentChangeVerbs),
  commitmentFlips: list(raw.commitmentFlips),
  commitmentFuture: list(raw.commitmentFuture),
  commitmentPast: list(raw.commitmentPast),
  commitmentBlockers: list(raw.commitmentBlockers),
  // Composed immigration-enforcement acts (enforcement-acts.ts): a verb's frame, the domain's words by class, scopes.
  enforcementActVerbs: new PhraseTable(
    Object.entries(raw.enforcementActVerbs).flatMap(([frame, phrases]) =>
      phrases.flatMap(inflect).map((p) => [p, frame] as [string, string]),
    ),
  ),
  enforcementActPrepositions: list(raw.enforcementActPrepositions),
  /** What a verb of lending gives ("lend officers to immigration sweeps"; enforcement-acts.ts). */
  enforcementLendNouns: set(raw.enforcementLendNouns),
  /** Verbs of enforcement a helped federal body does, bare after it ("help federal agents round people up"). */
  enforcementBareActs: set(raw.enforcementBareActs),
  /** Bare acts that only immigration enforcement does ("deport"): "find people to deport" is help with it, where "find people to arrest" may be any policing. */
  enforcementOwnActs: set(raw.enforcementOwnActs),
  /** Verbs of growing or shrinking an activity: told of a commitment noun, a change of practice (scaled-change.ts). */
  commitmentScaleVerbs: new PhraseTable(
    raw.commitmentScaleVerbs.flatMap(inflect).map((p) => [p, p] as [string, string]),
  ),
  commitmentScaleSkip: set(raw.commitmentScaleSkip),
  enforcementActPeople: set(raw.enforcementActPeople),
  enforcementDomain: new PhraseTable(
    Object.entries(raw.enforcementDomain).flatMap(([kind, phrases]) =>
      phrases.map((p) => [p, kind] as [string, string]),
    ),
  ),
  enforcementAgencyWords: set(raw.enforcementAgencyWords),
  // Other activities "those efforts" could refer back to: with one in the sentence before, the reference is not sure.
  enforcementAnaphoraRivals: set(raw.enforcementAnaphoraRivals),
  enforcementDomainAfterBreaks: set(raw.enforcementDomainAfterBreaks),
  commitmentStartLeads: list(raw.commitmentStartLeads),
  commitmentScopes: new PhraseTable(
    Object.entries(raw.commitmentScopes).flatMap(([scope, phrases]) =>
      phrases.map((p) => [p, scope] as [string, string]),
    ),
  ),
  contrastLeads: list(raw.contrastLeads),
  contrastSkip: set(raw.contrastSkip),
  clauseBreakWords: set(raw.clauseBreakWords),
  clauseBreakAfterComma: set(raw.clauseBreakAfterComma),
  conditionalLeads: set(raw.conditionalLeads),
  conditionalWords: set(raw.conditionalWords),
  reportedHedges: set(raw.reportedHedges),
  vagueSources: set(raw.vagueSources),
  vagueSourceVerbs: set(raw.vagueSourceVerbs),
};
