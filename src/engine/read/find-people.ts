/**
 * People and titles: "Mayor Jane Doe", "former Police Chief John Roe",
 * "Sen. Ann Lee", "ex-chief Roe", "Jane Doe, the mayor of X", "the police
 * chief", "the city's spokesman, John Roe,", "Jane Doe said", and people the
 * gazetteer knows. A title becomes its own mention; the person carries it
 * (and its qualifier) in its value.
 */
import { MAX_RUN, Rank, type ReadContext } from './context.ts';
import { isDash } from './clauses.ts';
import { lexicon } from './lexicon.ts';
import type { Qualifier } from './types.ts';

interface TitleMatch {
  from: number;
  to: number;
  title: string;
  qualifier?: Qualifier;
  /** An honorific (Mr., Dr.): a person follows, but it is no title. */
  honorific?: boolean;
  /** The title names its body from a possessive before it ("the council's president" → "council president"). */
  ofBody?: boolean;
}

/** Words after which a run of capitals is a place, an organisation or a work rather than a person. */
const AFTER_NO_NAME =
  /^(the|a|an|from|to|in|at|of|near|into|across|outside|inside|toward|towards|through|around|on|for|via)$/;

/** Verbs of a statement made that are no speech verb: a name before one, with "his" or "her" after, is a person. */
const STATED = new Set([
  'issued',
  'released',
  'defended',
  'criticized',
  'criticised',
  'condemned',
  'pledged',
  'vowed',
  'promised',
  'repeated',
  'reiterated',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'whose',
  'this',
  'that',
  'former',
  'new',
  'then',
]);

/** A qualifier at token i: "former", "acting", "interim", or "ex-"/"then-"; returns it and where the title would start. */
function qualifierAt(ctx: ReadContext, i: number): { qualifier: Qualifier; next: number } | null {
  const w = ctx.lower(i);
  if (lexicon.hyphenQualifiers.has(w) && ctx.is(i + 1, '-') && !ctx.token(i + 1)!.spaceBefore) {
    return { qualifier: lexicon.qualifiers.get(w) as Qualifier, next: i + 2 };
  }
  const q = lexicon.qualifiers.get(w);
  if (q && !lexicon.hyphenQualifiers.has(w)) return { qualifier: q as Qualifier, next: i + 1 };
  return null;
}

/** Words that join or point, never a post's body: "former home of the director" names no director's post. */
const NOT_BODY = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'in',
  'for',
  'with',
  'at',
  'by',
  'his',
  'her',
  'their',
  'its',
]);

/**
 * After a qualifier and its modifiers, right before a title, a lowercase word that may name the post's body ("former
 * utilities director", "former county health officer"); the head of a body may be capitalised ("Former County Board
 * Chairman").
 */
/** A capitalised word of a post's body ("Former Emergency Management Director"): letters only, not all capitals. */
const capitalised = (ctx: ReadContext, k: number): boolean => {
  const t = ctx.token(k);
  return !!t && t.cap && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !AGENCY_WORDS.has(t.lower);
};
/** An agency's head word: "former Dunmore Police Department spokesman" is the agency's spokesman, read as such. */
const AGENCY_WORDS: ReadonlySet<string> = new Set([
  'department',
  'office',
  'bureau',
  'agency',
  'service',
  'administration',
  'patrol',
  'force',
  'guard',
]);

/** A title starting within `n` tokens of k, every word before it capitalised. */
const titleWithin = (ctx: ReadContext, k: number, n: number): boolean => {
  for (let j = k; j < k + n && j < ctx.tokens.length; j++) {
    if (lexicon.titles.matchAt(ctx.tokens, j)) return true;
    if (!capitalised(ctx, j)) return false;
  }
  return false;
};

/** Heads of a body that holds seats, not an agency (an agency's name is read as an agency: "former Dunmore Police Department spokesman"). */
const BODY_HEADS: ReadonlySet<string> = new Set(['board', 'commission', 'council', 'committee']);
const bodyWord = (ctx: ReadContext, k: number): boolean => {
  const t = ctx.token(k);
  return !!t && !t.cap && /^\p{Ll}{3,}$/u.test(t.lower) && !NOT_BODY.has(t.lower);
};

/** A title starting at token i (its qualifier and modifiers included), or an honorific. */
function titleAt(ctx: ReadContext, i: number): TitleMatch | null {
  const q = qualifierAt(ctx, i);
  const start = q ? q.next : i;
  const w = ctx.lower(start);
  if (!q && lexicon.honorifics.has(w) && ctx.token(start)!.cap) {
    return { from: i, to: ctx.dotAfter(start) ? start + 2 : start + 1, title: '', honorific: true };
  }
  const abbr = lexicon.titleAbbreviations.get(w);
  if (abbr && ctx.token(start)!.cap && ctx.dotAfter(start)) {
    return { from: i, to: start + 2, title: abbr, ...(q && { qualifier: q.qualifier }) };
  }
  // Up to three modifiers ("Senate Republican leader", "deputy police chief") before a title.
  for (let k = start; k < start + (q ? 6 : 4) && k < ctx.tokens.length; k++) {
    const m = lexicon.titles.matchAt(ctx.tokens, k);
    if (m) {
      const words: string[] = [];
      for (let j = start; j < m.end; j++) words.push(ctx.lower(j));
      const title = words.join(' ').replace(/ - /g, '-');
      return { from: i, to: m.end, title, ...(q && { qualifier: q.qualifier }) };
    }
    // After a qualifier, a place or an agency the gazetteer knows names the post's body ("former Tucson police chief", "acting FBI director").
    const place = q
      ? (ctx.knownAt(k, 'place')[0] ?? ctx.knownAt(k, 'state')[0] ?? ctx.knownAt(k, 'agency')[0])
      : undefined;
    if (place) k = place.to - 1;
    else if (
      !lexicon.titleModifiers.has(ctx.lower(k)) &&
      !(
        q &&
        (((bodyWord(ctx, k) || BODY_HEADS.has(ctx.lower(k))) &&
          lexicon.titles.matchAt(ctx.tokens, k + 1)) ||
          // "Former Coulee County Emergency Management Director": capitalised words of the body up to the title.
          (capitalised(ctx, k) && titleWithin(ctx, k + 1, 3)))
      )
    )
      break;
  }
  return null;
}

/** Name tokens from i: 1 to 3 capitalised words, none an institution word ("Officer Down Memorial" is no person). */
function nameRun(ctx: ReadContext, i: number): number {
  const end = ctx.runFrom(i, (k) => ctx.isNameWord(k), 3);
  if (end === i) return i;
  for (let k = i; k < end; k++) if (lexicon.institutionWords.has(ctx.lower(k))) return i;
  // "Officer Down Memorial": a capitalised word after the run that is not a name word makes it a name of something else.
  const after = ctx.token(end);
  if (after && after.cap && after.spaceBefore && lexicon.institutionWords.has(after.lower))
    return i;
  // A street, agency or outlet word right after ("Mayor Street", "Chief Smith Police") makes it no person.
  if (
    after &&
    after.cap &&
    (lexicon.streetSuffixes.has(after.lower) || lexicon.agencyHeads.matchAt(ctx.tokens, end))
  )
    return i;
  return hyphenatedEnd(ctx, end);
}

/** "Okafor-Briggs", "Smith-Jones": a capitalised name word joined by a hyphen, with no space, to the run's last word is part of it. */
function hyphenatedEnd(ctx: ReadContext, end: number): number {
  let e = end;
  while (
    ctx.is(e, '-') &&
    !ctx.token(e)!.spaceBefore &&
    ctx.token(e + 1)?.cap &&
    !ctx.token(e + 1)!.spaceBefore &&
    ctx.isNameWord(e + 1)
  )
    e += 2;
  return e;
}

function personId(ctx: ReadContext, from: number, to: number): string | undefined {
  return ctx.lookup(ctx.text(from, to), 'person')?.id;
}

/** "president-elect", "mayor-elect": an office not yet taken is not the office. */
const elect = (ctx: ReadContext, to: number): boolean =>
  ctx.is(to, '-') && ctx.lower(to + 1) === 'elect';

function addTitle(ctx: ReadContext, t: TitleMatch, rank: number): void {
  if (t.honorific || elect(ctx, t.to)) return;
  const id = ctx.lookup(
    t.ofBody
      ? t.title
      : ctx.text(t.qualifier ? t.from + (ctx.is(t.from + 1, '-') ? 2 : 1) : t.from, t.to),
    'office',
  )?.id;
  ctx.add({
    type: 'title',
    from: t.from,
    to: t.to,
    rank,
    value: { title: t.title, ...(id && { id }), ...(t.qualifier && { qualifier: t.qualifier }) },
  });
}

function addPerson(ctx: ReadContext, from: number, to: number, rank: number, t?: TitleMatch): void {
  const id = personId(ctx, from, to);
  const name = ctx.text(from, to);
  ctx.add({
    type: 'person',
    from,
    to,
    rank,
    value: {
      name,
      ...(id && { id }),
      ...(t && t.title && { title: t.title }),
      ...(t?.qualifier && { qualifier: t.qualifier }),
    },
  });
}

/** Words of time between a title and its copula ("the chief at the time was", "the mayor then was"). */
const COPULA_TIME = [
  ['at', 'the', 'time'],
  ['back', 'then'],
  ['then'],
  ['at', 'that', 'time'],
  ['in', 'those', 'days'],
];

/** After a title at `k`: an optional time, "was" or "is", and a name of two or three words (or one the gazetteer knows) ending the clause. */
function copulaHolder(ctx: ReadContext, k: number): { from: number; to: number } | null {
  const time = COPULA_TIME.find((w) => w.every((x, j) => ctx.lower(k + j) === x));
  if (time) k += time.length;
  if (ctx.is(k, ',')) k++;
  if (ctx.lower(k) !== 'was' && ctx.lower(k) !== 'is') return null;
  const from = k + 1;
  const to = nameRun(ctx, from);
  if (to === from) return null;
  const close = ctx.token(to);
  if (
    close &&
    !/^[,.;:!?)]$/.test(close.text) &&
    !['and', 'who', 'when', 'until', 'at', 'in'].includes(close.lower)
  )
    return null;
  if (to - from < 2 && !personId(ctx, from, to)) return null;
  return { from, to };
}

/** Whether the words from `from` to `end` are all in capitals, one of them longer than an initial. */
function inCapitals(ctx: ReadContext, from: number, end: number): boolean {
  let long = false;
  for (let k = from; k < end; k++) {
    const text = ctx.token(k)!.text;
    if (!/\p{L}/u.test(text)) continue;
    if (text !== text.toUpperCase()) return false;
    if (text.length > 1) long = true;
  }
  return long;
}

/** Whether a title at i stands after a determiner or possessive ("the chief", "the city's mayor", "its former director"). */
function determined(ctx: ReadContext, from: number): boolean {
  const prev = ctx.lower(from - 1);
  return (
    DETERMINERS.has(prev) ||
    ctx.isPossessiveS(from - 1) ||
    (ctx.isCapWord(from - 1) && ctx.isPossessiveS(from - 1))
  );
}

/** Words that open a phrase set before a clause's subject ("Speaking of the chief, Ortt said"; "Asked about the mayor, …"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  ...['of', 'about', 'on', 'like', 'unlike', 'after', 'before', 'with', 'for', 'besides', 'beside'],
  ...['speaking', 'asked', 'referring', 'talking', 'writing', 'responding', 'turning', 'praising'],
  ...['criticizing', 'criticising', 'defending', 'addressing', 'thanking', 'blaming'],
]);

/** Words that may stand between an opening phrase's first word and its title ("of the mayor and the chief"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set([
  'of',
  'about',
  'to',
  'the',
  'a',
  'an',
  'and',
  'both',
]);

/**
 * Whether a title at `from` ends a phrase that opens the sentence with no comma before it: "Speaking of the mayor and
 * the chief, Ortt said …" puts the chief in the phrase, not before Ortt as his post. Only for a name followed by its
 * verb (an apposition closed by a comma, "the chief, David Smith, said", is one whatever comes before).
 */
function endsOpeningPhrase(ctx: ReadContext, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && ctx.token(k)!.text !== ',' && !/^[.!?;:\u2014]$/.test(ctx.token(k)!.text)) k--;
  if (k >= 0 && ctx.token(k)!.text === ',') return false;
  if (!PHRASE_OPENERS.has(ctx.lower(k + 1))) return false;
  // Only the phrase's own words up to the title: "of the mayor and the", not a time or another thing ("On Wednesday the
  // police chief, X said", "After the stop the mayor, X said" keep the apposition).
  for (let j = k + 2; j < from; j++)
    if (
      !PHRASE_WORDS.has(ctx.lower(j)) &&
      !lexicon.titleModifiers.has(ctx.lower(j)) &&
      !lexicon.titles.matchAt(ctx.tokens, j)
    )
      return false;
  return true;
}

/** The name of a run of 1 to 3 name words ending just before `end`, or null. Single words only when the gazetteer knows the person. */
/** Words capitalised only because they open a sentence or a headline ("Unlike Jane Doe, …"): never a name's first word. */
export const OPENERS: ReadonlySet<string> = new Set([
  'unlike',
  'like',
  'with',
  'without',
  'after',
  'before',
  'as',
  'while',
  'when',
  'for',
  'from',
  'despite',
  'including',
  'besides',
  'per',
  'via',
  'meanwhile',
  'unless',
  'although',
  'though',
  'because',
  'since',
  'until',
  'among',
  'against',
  'under',
  'during',
  'by',
  'to',
  'of',
  'in',
  'on',
  'at',
  'and',
  'but',
  'or',
  'if',
  'then',
  'also',
  'even',
  'only',
  'both',
  'whereas',
  'whatever',
  'where',
  'whether',
  'nor',
  'neither',
  'once',
  'following',
]);

function nameEndingAt(ctx: ReadContext, end: number, minWords: number): number | null {
  let start = ctx.runBefore(end, (k) => ctx.isNameWord(k), 3);
  while (start < end - 1 && OPENERS.has(ctx.lower(start))) start++;
  if (start === end) return null;
  // "Machinist Ray Pellegrini said": a known full name after the run's first word is the person; the word describes them.
  if (
    end - start >= 3 &&
    !ctx.lookup(ctx.text(start, end), 'person') &&
    ctx.lookup(ctx.text(start + 1, end), 'person')
  )
    start++;
  // "County Executive Jane Roe said": the run's first word ends a title begun before it; the name is after it.
  const title = lexicon.titles.matchEndingAt(ctx.tokens, start + 1, 4);
  if (title && title.start < start) start++;
  if (start === end) return null;
  // "Okafor-Briggs said": the name word joined by a hyphen before the run's first word.
  while (
    ctx.is(start - 1, '-') &&
    !ctx.token(start - 1)!.spaceBefore &&
    !ctx.token(start)!.spaceBefore &&
    ctx.token(start - 2)?.cap &&
    ctx.isNameWord(start - 2)
  )
    start -= 2;
  for (let k = start; k < end; k++)
    if (
      lexicon.institutionWords.has(ctx.lower(k)) ||
      lexicon.agencyHeads.matchAt(ctx.tokens, k) ||
      lexicon.outletHeads.matchAt(ctx.tokens, k)
    )
      return null;
  // "Whitney Street, whose …": a street's name is no person's.
  if (lexicon.streetSuffixes.has(ctx.lower(end - 1))) return null;
  if (ctx.lookup(ctx.text(start, end), 'person')) return start;
  // A single word in capitals is an acronym ("FBI said"), not a surname.
  if (
    end - start === 1 &&
    ctx.token(start)!.text.length > 1 &&
    ctx.token(start)!.text === ctx.token(start)!.text.toUpperCase()
  )
    return null;
  // A run the gazetteer knows as something else (an agency, a place) is not a person.
  if (ctx.gazetteer.lookup(ctx.text(start, end)).length > 0) return null;
  return end - start >= minWords ? start : null;
}

/**
 * "Reporters said", "Editors said": one unknown word ending in -s that opens the sentence is capitalised by its
 * place, not as a name, and reads as a plural noun; no surname is read there (a known person still is: "Evans said").
 */
function pluralOpening(ctx: ReadContext, start: number, end: number): boolean {
  if (
    end - start !== 1 ||
    !/^\p{Lu}\p{Ll}+s$/u.test(ctx.token(start)!.text) ||
    ctx.lookup(ctx.text(start, end), 'person')
  )
    return false;
  for (let k = start - 1; k >= 0; k--) if (ctx.token(k)!.word) return false;
  return true;
}

export function findPeople(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = ctx.token(i)!.word ? titleAt(ctx, i) : null;
    if (t) {
      // A title cannot start inside another title ("police chief" after "former").
      let end = t.to;
      if (t.to < n && ctx.token(t.to)!.spaceBefore) end = nameRun(ctx, t.to);
      // In a title-case headline ("Border Czar Rallies Behind …") only a known name follows a title.
      // Nor in capitals ("CHIEF SOT", a script's slug; "CHIEF Q&A"): a word in capitals there is an abbreviation or a label.
      if (ctx.titleCase || inCapitals(ctx, t.to, end))
        while (end > t.to && !ctx.lookup(ctx.text(t.to, end), 'person')) end--;
      if (end > t.to) {
        addTitle(ctx, t, Rank.strong);
        addPerson(ctx, t.to, end, Rank.strong, t);
        i = end - 1;
        continue;
      }
      if (!t.honorific && (determined(ctx, t.from) || t.qualifier)) {
        // "the city's spokesman, Doug Roe," — an apposition names the holder; so does "the former chief of police of Tucson, Chris Magnus,".
        let comma = t.to;
        if ((ctx.lower(comma) === 'of' || ctx.lower(comma) === 'in') && ctx.isCapWord(comma + 1)) {
          comma += 1;
          while (comma < n && ctx.isCapWord(comma) && comma - t.to <= 4) comma++;
        }
        if (ctx.is(comma, ',')) {
          const nameEnd = nameRun(ctx, comma + 1);
          const close = ctx.token(nameEnd);
          // A run the gazetteer knows as something else is the place's state or the like ("the police chief in Tucson, Arizona").
          const other = ctx.gazetteer
            .lookup(ctx.text(comma + 1, nameEnd))
            .some((e) => e.kind !== 'person');
          if (
            nameEnd > comma + 1 &&
            !other &&
            (!close ||
              close.text === ',' ||
              close.text === '.' ||
              (lexicon.speechVerbs.has(close.lower) && !endsOpeningPhrase(ctx, t.from)))
          ) {
            addTitle(ctx, t, Rank.strong);
            addPerson(ctx, comma + 1, nameEnd, Rank.strong, t);
            i = nameEnd - 1;
            continue;
          }
        }
        // "the LAPD chief at the time was Jane Roe": a copula names the holder, at the clause's time.
        const holder = copulaHolder(ctx, t.to);
        if (holder && determined(ctx, t.from)) {
          addTitle(ctx, t, Rank.strong);
          addPerson(ctx, holder.from, holder.to, Rank.strong, t);
          i = holder.to - 1;
          continue;
        }
        if (determined(ctx, t.from) || t.qualifier) addTitle(ctx, t, Rank.pattern);
        i = t.to - 1;
        continue;
      }
    }
    // "Jane Doe, the mayor of X" / "Jane Doe, police chief of X": the title follows the name (after a comma, a dash
    // or a bracket opening the aside: "Jane Doe — at the time acting director — said").
    if (ctx.is(i, ',') || isDash(ctx.tokens, i) || ctx.is(i, '(')) {
      const nameStart = nameEndingAt(ctx, i, 2);
      if (nameStart !== null) {
        let k = i + 1;
        // "Jane Doe, then the mayor,", "Jane Doe, at the time acting director,": the post at the time told of.
        if (ctx.lower(k) === 'then') k++;
        else if (ctx.lower(k) === 'at' && ctx.lower(k + 1) === 'the' && ctx.lower(k + 2) === 'time')
          k += 3;
        if (DETERMINERS.has(ctx.lower(k)) && !lexicon.qualifiers.has(ctx.lower(k))) k++;
        let found: TitleMatch | null = null;
        for (let skip = 0; skip < 4 && k + skip < n && !found; skip++) {
          found = titleAt(ctx, k + skip);
          if (
            !found &&
            !(
              ctx.isCapWord(k + skip) ||
              lexicon.titleModifiers.has(ctx.lower(k + skip)) ||
              ctx.isPossessiveS(k + skip) ||
              ctx.is(k + skip, "'") ||
              (ctx.is(k + skip + 1, "'") && ctx.isPossessiveS(k + skip + 2))
            )
          )
            break;
        }
        // "Jane Doe, the president's border czar,": the owner's title is not hers; the title it owns is.
        if (found && ctx.is(found.to, "'") && ctx.isPossessiveS(found.to + 1))
          found = titleAt(ctx, found.to + 2);
        // "Jane Doe, the council's president,": the body's possessive before the title names the post ("council president").
        if (
          found &&
          !found.honorific &&
          !found.qualifier &&
          ctx.isPossessiveS(found.from - 1) &&
          ctx.token(found.from - 3) &&
          !ctx.token(found.from - 3)!.cap
        ) {
          const post = `${ctx.lower(found.from - 3)} ${found.title}`;
          if (lexicon.titleNames.has(post))
            found = { ...found, from: found.from - 3, title: post, ofBody: true };
        }
        if (found && !found.honorific) {
          const after = ctx.lower(found.to);
          if (
            after === '' ||
            after === 'of' ||
            after === ',' ||
            after === '.' ||
            after === 'who' ||
            after === 'for' ||
            after === 'in' ||
            after === 'and' ||
            after === ')' ||
            isDash(ctx.tokens, found.to)
          ) {
            // An aside opened by a bracket or a dash is the name's only when the title closes it ("X (then the mayor)
            // said"); "X (the mayor, Y, stayed away)" gives the title to another.
            const closer = ctx.is(i, '(') ? ')' : ctx.is(i, ',') ? null : '-';
            // Past the body the title is of ("director of ICE", "chief of the Tucson Police").
            let close = found.to;
            if (ctx.lower(close) === 'of') {
              close++;
              if (ctx.lower(close) === 'the') close++;
              while (close < n && ctx.isCapWord(close)) close++;
            }
            if (
              closer !== null &&
              !(closer === ')' ? ctx.is(close, ')') : isDash(ctx.tokens, close))
            )
              continue;
            addPerson(ctx, nameStart, i, Rank.pattern, found);
            addTitle(ctx, found, Rank.strong);
            i = found.to - 1;
            continue;
          }
        }
      }
    }
    // "Jane Doe said", "Doe said": name words before a speech verb.
    if (lexicon.speechVerbs.has(ctx.lower(i)) && i > 0) {
      const nameStart = nameEndingAt(ctx, i, 1);
      if (nameStart !== null && !pluralOpening(ctx, nameStart, i))
        addPerson(ctx, nameStart, i, i - nameStart > 1 ? Rank.pattern : Rank.weak);
    }
    // "Doe issued his statement", "Doe defended her decision": a verb of a statement made, with "his" or "her" after it.
    if (
      STATED.has(ctx.lower(i)) &&
      i > 0 &&
      [1, 2, 3].some((k) => ctx.lower(i + k) === 'his' || ctx.lower(i + k) === 'her')
    ) {
      const nameStart = nameEndingAt(ctx, i, 1);
      if (nameStart !== null && !pluralOpening(ctx, nameStart, i))
        addPerson(ctx, nameStart, i, i - nameStart > 1 ? Rank.pattern : Rank.weak);
    }
    // "Jane Doe came to …": two or three name words, not after "the", before a lower-case word (weakest: any other reading wins).
    if (
      !ctx.titleCase &&
      ctx.isNameWord(i) &&
      !ctx.isNameWord(i - 1) &&
      !AFTER_NO_NAME.test(ctx.lower(i - 1)) &&
      !ctx.isPossessiveS(i - 1)
    ) {
      const end = nameRun(ctx, i);
      const after = ctx.token(end);
      let plain = true; // no acronym and nothing the gazetteer knows as something else inside
      for (let k = i; k < end && plain; k++)
        plain =
          ctx.token(k)!.text !== ctx.token(k)!.text.toUpperCase() &&
          ctx.knownAt(k).every((s) => s.entries.some((e) => e.kind === 'person')) &&
          // "Machinist Ray Pellegrini": a known name after the run's first word is the person; the word describes them.
          (k === i ||
            !ctx
              .knownAt(k)
              .some((s) => s.to === end && s.entries.some((e) => e.kind === 'person')));
      // Not before a title ("White House border czar"), nor before "council", "officials", "police" (a place's).
      const describes =
        titleAt(ctx, end) !== null ||
        lexicon.placeResidents.matchAt(ctx.tokens, end) !== null ||
        lexicon.agencyPersonnel.has(ctx.lower(end));
      if (
        plain &&
        !describes &&
        end - i >= 2 &&
        after &&
        after.word &&
        !after.cap &&
        !after.digits &&
        !lexicon.functionWords.has(after.lower) &&
        nameEndingAt(ctx, end, 2) === i
      ) {
        addPerson(ctx, i, end, Rank.weak);
      }
      // "Doe and Police Chief John Roe": one name coordinated with a titled person.
      if (
        end === i + 1 &&
        ctx.lower(end) === 'and' &&
        titleAt(ctx, end + 1) &&
        nameEndingAt(ctx, end, 1) === i
      )
        addPerson(ctx, i, end, Rank.weak);
    }
    // "said Jane Doe", "Jane Doe, who …", "Jane Doe, whose …"
    if (lexicon.speechVerbs.has(ctx.lower(i)) && ctx.token(i + 1)?.spaceBefore) {
      const end = nameRun(ctx, i + 1);
      if (end - (i + 1) >= 2 && nameEndingAt(ctx, end, 2) === i + 1)
        addPerson(ctx, i + 1, end, Rank.pattern);
    }
    if (ctx.is(i, ',') && (ctx.lower(i + 1) === 'who' || ctx.lower(i + 1) === 'whose')) {
      const start = nameEndingAt(ctx, i, 2);
      if (start !== null) addPerson(ctx, start, i, Rank.pattern);
    }
    // "a piece by Jane Doe": a byline.
    if (ctx.lower(i) === 'by' && lexicon.bylineNouns.has(ctx.lower(i - 1))) {
      const end = nameRun(ctx, i + 1);
      if (
        end - (i + 1) >= 2 &&
        ctx.gazetteer.lookup(ctx.text(i + 1, end)).every((e) => e.kind === 'person')
      )
        addPerson(ctx, i + 1, end, Rank.pattern);
    }
  }
  // People the gazetteer knows, wherever they are.
  for (const [from, spans] of ctx.known) {
    for (const s of spans) {
      const person = s.entries.find((e) => e.kind === 'person');
      if (person && s.to - from <= MAX_RUN) {
        // A known name that starts with its title ("Chief David Smith"), perhaps after a qualifier ("Former Chief David Smith").
        const own = titleAt(ctx, from);
        const before = from > 0 ? titleAt(ctx, from - 1) : null;
        const t = own && own.to < s.to ? own : null;
        const qualifier = before?.qualifier && before.to > from ? before.qualifier : t?.qualifier;
        ctx.add({
          type: 'person',
          from,
          to: s.to,
          rank: Rank.gazetteer,
          value: {
            name: ctx.text(from, s.to),
            id: person.id,
            ...(t && t.title ? { title: t.title } : {}),
            ...(qualifier ? { qualifier } : {}),
          },
        });
      }
      const office = s.entries.find((e) => e.kind === 'office');
      if (office && !elect(ctx, s.to))
        ctx.add({
          type: 'title',
          from,
          to: s.to,
          rank: Rank.gazetteer,
          value: { title: ctx.text(from, s.to).toLowerCase(), id: office.id },
        });
    }
  }
}
