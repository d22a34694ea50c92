/**
 * Outcomes: what happened to people, as verbs, participles and nouns
 * ("detained", "detention", "taken into custody", "fired", "lost their jobs",
 * "put on desk duty", "sued", "lawsuit", "met", "raided", "pulled over"),
 * listed by kind in lexicon.json. "released", "fired" or "charged" with a thing
 * after it ("released a statement", "fired two shots") is not an outcome.
 */
import { Rank, type ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import type { OutcomeKind, OutcomeNature } from './types.ts';
import { placeAt } from './find-origins.ts';
import { findDivested } from './find-divested.ts';

const BE = /^(was|were|been|be|is|are|got|get|gets|getting|gotten|being)$/;

/** "took the city to court", "hauled them into court": a suit, with what was sued between the verb and "court". */
const TO_COURT_VERB =
  /^(take|takes|took|taken|taking|haul|hauls|hauled|hauling|drag|drags|dragged|dragging)$/;
/** At most this many tokens between the verb and "to court". */
const TO_COURT_GAP = 6;

function findToCourt(ctx: ReadContext, i: number): number {
  if (!TO_COURT_VERB.test(ctx.lower(i))) return -1;
  for (let k = i + 2; k <= i + 1 + TO_COURT_GAP && k + 1 < ctx.tokens.length; k++) {
    if (/^(to|into)$/.test(ctx.lower(k)) && courtAfter(ctx, k) !== -1) return k;
    if (/^[.;:!?]$/.test(ctx.lower(k))) return -1;
  }
  return -1;
}

const COURT_KIND =
  /^(the|a|federal|state|district|civil|criminal|county|city|municipal|superior|supreme|appeals|appellate|bankruptcy|family|immigration)$/;

/** "to court", "to federal court", "into U.S. District Court": the index after "court", or -1 (the words between are the court's kind). */
function courtAfter(ctx: ReadContext, to: number): number {
  for (let k = to + 1; k <= to + 4; k++) {
    const t = ctx.token(k);
    if (!t?.word) return -1;
    if (t.lower === 'court') return k + 1;
    // "to the basketball court" is no suit: only a court's kind or a name ("U.S. District") stands between.
    if (!t.cap && !COURT_KIND.test(t.lower)) return -1;
  }
  return -1;
}

const CUSTODY_KIND = /^(federal|state|police|immigration|county|local|government)$/;

/** "in federal custody", "into ICE custody": the index after "custody", or -1. */
function inCustody(ctx: ReadContext, i: number): number {
  if (!/^(in|into)$/.test(ctx.lower(i))) return -1;
  for (let k = i + 1; k <= i + 2; k++) {
    const t = ctx.token(k);
    if (!t?.word || !(t.cap || CUSTODY_KIND.test(t.lower))) return -1;
    if (ctx.lower(k + 1) === 'custody') return k + 2;
  }
  return -1;
}

/**
 * Words in -ly (five letters or more) not to read over: no adverbs ("early", "family", "rally"), or hedges and negators
 * a phrase's reading must not swallow ("allegedly", "hardly", "nearly").
 */
const NOT_ADVERB = new Set([
  'early',
  'family',
  'rally',
  'italy',
  'supply',
  'reply',
  'apply',
  'allegedly',
  'reportedly',
  'supposedly',
  'apparently',
  'possibly',
  'probably',
  'likely',
  'hardly',
  'barely',
  'scarcely',
  'nearly',
]);

/**
 * "sat down briefly with", "put temporarily on desk duty": a phrase of several words with one adverb in -ly inside it,
 * read as the phrase ("did sit down briefly with": up to three words in). Only an adverb after the phrase's first word
 * and before its last; the end is after the phrase.
 */
function outcomeOverAdverb(ctx: ReadContext, i: number): { value: string; end: number } | null {
  for (let j = i + 1; j <= i + 3; j++) {
    const t = ctx.token(j);
    if (
      !t?.word ||
      t.cap ||
      t.lower.length < 5 ||
      !t.lower.endsWith('ly') ||
      NOT_ADVERB.has(t.lower)
    )
      continue;
    const without = [...ctx.tokens.slice(i, j), ...ctx.tokens.slice(j + 1, j + 6)];
    // No phrase matched at i itself, so one that matches without the adverb reaches past it.
    const m = lexicon.outcomes.matchAt(without, 0);
    if (m && m.end > j - i) return { value: m.value, end: i + m.end + 1 };
  }
  return null;
}

const SIT = /^(sat|sit|sits|sitting)$/;
const SPAN_UNIT = /^(hours?|minutes?)$/;

/**
 * "sat down for about an hour with X", "sitting down for 20 minutes with X": a meeting whose length stands between
 * "sat down" and "with". The index after "down", or -1. Without "with" after the length it is no meeting ("sat down
 * for an hour on a bench").
 */
function satDownFor(ctx: ReadContext, i: number): number {
  if (!SIT.test(ctx.lower(i)) || ctx.lower(i + 1) !== 'down' || ctx.lower(i + 2) !== 'for')
    return -1;
  for (let k = i + 3; k <= i + 8; k++) {
    const t = ctx.token(k);
    if (!t?.word) return -1;
    if (SPAN_UNIT.test(ctx.lower(k))) return ctx.lower(k + 1) === 'with' ? i + 2 : -1;
  }
  return -1;
}

/** A title before the one called on ("called on the mayor", "called on Chief Roe"). */
const TITLE_WORD =
  /^(chief|mayor|sheriff|commissioner|governor|senator|president|councilmember|councilwoman|councilman)$/;
/** Days and months are no name: "Police called on Monday at the scene." */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "called on Chief Roe at the station", "called on the mayor for a private talk": a visit to someone, with where or
 * what for right after the one visited (not "called on the mayor to resign", a demand). The index after "on", or -1.
 */
function calledOn(ctx: ReadContext, i: number): number {
  if (!/^(called|calls|calling)$/.test(ctx.lower(i)) || ctx.lower(i + 1) !== 'on') return -1;
  let k = i + 2;
  if (ctx.lower(k) === 'the') k++;
  const titled = TITLE_WORD.test(ctx.lower(k));
  if (titled) k++;
  let names = 0;
  while (names < 4 && /^\p{Lu}/u.test(ctx.token(k)?.text ?? '') && !CALENDAR.test(ctx.lower(k))) {
    k++;
    names++;
  }
  if (!names && !titled) return -1;
  // "called on Mayor X at City Hall to fire the officers": a demand, wherever its "to" comes in the clause.
  for (let j = k; j <= k + 12; j++) {
    const w = ctx.lower(j);
    if (!w || /^[,;.!?:]$/.test(w)) break;
    if (w === 'to' && !/^(the|a|an|his|her|their|its|city|town)$/.test(ctx.lower(j + 1))) return -1;
  }
  const next = ctx.token(k + 1)?.text ?? '';
  if (
    /^(at|in)$/.test(ctx.lower(k)) &&
    (/^(the|his|her|their|city)$/i.test(next) || /^\p{Lu}/u.test(next))
  )
    return i + 2;
  if (ctx.lower(k) === 'for' && /^(a|an)$/.test(ctx.lower(k + 1)))
    for (let j = k + 2; j <= k + 4; j++)
      if (/^(talk|chat|meeting|visit|conversation|sit-down)$/.test(ctx.lower(j))) return i + 2;
  return -1;
}

/** "the suit was dismissed", "the lawsuit was later dismissed": a thing the passive before token i is said of. */
function thingBefore(ctx: ReadContext, i: number): boolean {
  // "it was dismissed": a pronoun for a thing (the suit, the statement), never for a person fired or released.
  for (let be = i - 1; be >= i - 2 && be > 0; be--)
    if (BE.test(ctx.lower(be)))
      return lexicon.outcomeThingNouns.has(ctx.lower(be - 1)) || ctx.lower(be - 1) === 'it';
  return false;
}

const RELATIVE_SUBJECT = /^(he|she|they|we|it|i|you|officials|police)$/;

/**
 * "the statement, which he released", "the statement that the city released", "the video police released": a relative
 * clause whose object is a thing named right before it. The subject is a pronoun, "police"/"officials", or "the" and
 * one word; the relative word is optional only after a pronoun subject.
 */
function thingRelative(ctx: ReadContext, i: number): boolean {
  let k = i - 1;
  let subject = false;
  if (RELATIVE_SUBJECT.test(ctx.lower(k))) {
    k--;
    subject = true;
  } else if (ctx.lower(k - 1) === 'the' && ctx.token(k)?.word) {
    k -= 2;
    subject = true;
  }
  if (!subject) return false;
  const relative = /^(which|that)$/.test(ctx.lower(k));
  if (relative) k--;
  while (k > 0 && !ctx.token(k)?.word) k--;
  return lexicon.outcomeThingNouns.has(ctx.lower(k));
}

export function findOutcomes(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    // The words "to court" stand for the suit, so the name sued between them stays a name of its own.
    const court = findToCourt(ctx, i);
    if (court !== -1)
      ctx.add({
        type: 'outcome',
        from: court,
        to: courtAfter(ctx, court),
        rank: Rank.pattern,
        value: { kind: 'sued' },
      });
    // "flown back to Guatemala", "were sent back to Honduras", "deported to Mexico": removal to a country (find-origins.ts).
    const sentBack = sentBackTo(ctx, i);
    if (sentBack !== -1) {
      ctx.add({
        type: 'outcome',
        from: i,
        to: sentBack,
        rank: Rank.pattern,
        value: { kind: 'deported' },
      });
      i = sentBack - 1;
      continue;
    }
    // "were taken to San Gabriel Regional Medical Center": taken to a hospital named by its name.
    const hospital = takenToNamedHospital(ctx, i);
    if (hospital) {
      ctx.add({
        type: 'outcome',
        from: i,
        to: hospital.to + 1,
        rank: Rank.pattern,
        value: { kind: 'hospitalized' },
      });
      i = hospital.end - 1;
      continue;
    }
    // "in federal custody", "into ICE custody": custody of a holder's kind or name is detention ("child custody" is not).
    const custody = inCustody(ctx, i);
    if (custody !== -1) {
      // Only the word "custody": the holder's name before it stays a name of its own.
      ctx.add({
        type: 'outcome',
        from: custody - 1,
        to: custody,
        rank: Rank.pattern,
        value: { kind: 'detained' },
      });
      i = custody - 1;
      continue;
    }
    // "called on Chief X at the station": a visit that met them.
    const called = calledOn(ctx, i);
    if (called !== -1) {
      ctx.add({ type: 'outcome', from: i, to: called, rank: Rank.pattern, value: { kind: 'met' } });
      i = called - 1;
      continue;
    }
    // "sat down for about an hour with X": a meeting with its length inside the phrase.
    const sat = satDownFor(ctx, i);
    if (sat !== -1) {
      ctx.add({ type: 'outcome', from: i, to: sat, rank: Rank.pattern, value: { kind: 'met' } });
      i = sat - 1;
      continue;
    }
    // "were held at the detention facility", "being held in federal custody": people detained (not "a meeting was held at").
    const held = heldIn(ctx, i);
    if (held !== -1) {
      ctx.add({
        type: 'outcome',
        from: i,
        to: i + 1,
        rank: Rank.pattern,
        value: { kind: 'detained' },
      });
      continue;
    }
    // "took the men to a jail in X", "were sent to prison": a place of holding people were taken to.
    const jail = carriedToJail(ctx, i);
    if (jail !== -1) {
      ctx.add({
        type: 'outcome',
        from: jail,
        to: jail + 1,
        rank: Rank.pattern,
        value: { kind: 'detained' },
      });
      i = jail;
      continue;
    }
    // "were stripped of their badges", "turned in their guns": the tools of the job taken (find-divested.ts).
    const divested = findDivested(ctx, i);
    if (divested !== -1) {
      i = divested - 1;
      continue;
    }
    // "a criminal investigation", "an internal affairs probe": the outcome with its nature, the words of both its text.
    const nature = lexicon.outcomeNatures.matchAt(ctx.tokens, i);
    const natured = nature ? lexicon.outcomes.matchAt(ctx.tokens, nature.end) : null;
    if (nature && natured && lexicon.outcomeNatureKinds.has(natured.value)) {
      ctx.add({
        type: 'outcome',
        from: i,
        to: natured.end,
        rank: Rank.pattern,
        value: { kind: natured.value as OutcomeKind, nature: nature.value as OutcomeNature },
      });
      i = natured.end - 1;
      continue;
    }
    const m = lexicon.outcomes.matchAt(ctx.tokens, i) ?? outcomeOverAdverb(ctx, i);
    if (!m) continue;
    // "released a statement", "fired a shot", "charged the fees": a thing after the verb makes it no outcome for a person.
    if (
      m.end === i + 1 &&
      lexicon.outcomeThingVerbKinds.has(m.value) &&
      !BE.test(ctx.lower(i - 1))
    ) {
      let thing = false;
      for (let k = m.end; k < m.end + 3 && !thing; k++)
        thing = lexicon.outcomeThingNouns.has(ctx.lower(k));
      if (thing) continue;
    }
    // "in a press release", "the news release": the noun of a text put out, no one set free.
    if (ctx.lower(i) === 'release' && /^(?:press|news|media)$/.test(ctx.lower(i - 1))) continue;
    // "The suit was dismissed", "the charges were released": a thing before the passive, not a person it befell.
    if (lexicon.outcomeThingVerbKinds.has(m.value) && thingBefore(ctx, i)) continue;
    // "The statement, which he released on …", "the video the department released": the verb's object is the thing before.
    if (m.end === i + 1 && lexicon.outcomeThingVerbKinds.has(m.value) && thingRelative(ctx, i))
      continue;
    // "stopped at the station", "stopped by the office" (a visit), unless passive ("was stopped at the corner").
    if (
      m.value === 'stopped' &&
      m.end === i + 1 &&
      /^(at|by|in|to|for|off|and|short)$/.test(ctx.lower(m.end)) &&
      !BE.test(ctx.lower(i - 1))
    )
      continue;
    ctx.add({
      type: 'outcome',
      from: i,
      to: m.end,
      rank: Rank.pattern,
      value: { kind: m.value as OutcomeKind },
    });
    i = m.end - 1;
  }
}

const SENT = /^(flown|flew|fly|sent|shipped|deported|removed|returned|repatriated)$/;

/** "flown back to Guatemala", "sent back to Honduras", "deported to Mexico", "were returned to El Salvador": the index after the country, or -1. */
/** Verbs that carry the hurt to a hospital ("taken to", "rushed to", "flown to"). */
const CARRIED = /^(taken|rushed|transported|flown|airlifted|brought|driven)$/;
/** The last words of a hospital's name. */
const HOSPITAL_HEADS = /^(hospital|hospitals|infirmary)$/;
const CENTER = /^(center|centre)$/;
const MEDICAL = /^(medical|health|trauma)$/;

/**
 * "taken to San Gabriel Regional Medical Center", "rushed to Orrin Memorial Hospital", "taken by Orrin County EMS
 * ambulances to …": a carrying verb (and the ambulance or helicopter that carried them), "to", then up to
 * six capitalized words ending in a hospital's head ("Hospital", "Medical Center", "Health Center", "Trauma Center").
 * Returns the token of "to" and the token after the name, or null. ("taken to City Hall", "brought to the Medical Examiner" are not.)
 */
function takenToNamedHospital(ctx: ReadContext, i: number): { to: number; end: number } | null {
  if (!CARRIED.test(ctx.lower(i))) return null;
  let k = i + 1;
  // "taken by Orrin County EMS ambulances to …", "flown by medical helicopter to …".
  if (ctx.lower(k) === 'by') {
    let by = k + 1;
    while (by < k + 6 && ctx.token(by)?.word && ctx.lower(by) !== 'to') by++;
    const vehicle = ctx.tokens
      .slice(k + 1, by)
      .some((t) => /^(ambulances?|helicopters?|ems|medevac)$/.test(t.lower));
    if (!vehicle || ctx.lower(by) !== 'to') return null;
    k = by;
  }
  if (ctx.lower(k) !== 'to') return null;
  const to = k++;
  if (ctx.lower(k) === 'the') k++;
  for (let words = 0; words < 7; words++, k++) {
    const t = ctx.token(k);
    if (!t?.word || !(t.cap || /^(of|and|at)$/.test(t.lower))) return null;
    if (HOSPITAL_HEADS.test(t.lower) && words >= 1) return { to, end: k + 1 };
    if (CENTER.test(t.lower) && words >= 2 && MEDICAL.test(ctx.lower(k - 1)))
      return { to, end: k + 1 };
  }
  return null;
}

function sentBackTo(ctx: ReadContext, i: number): number {
  if (!SENT.test(ctx.lower(i))) return -1;
  let k = i + 1;
  if (ctx.lower(k) === 'back') k++;
  else if (
    !/^(deported|removed|repatriated)$/.test(ctx.lower(i)) &&
    !(ctx.lower(i) === 'returned' && BE.test(ctx.lower(i - 1)))
  )
    return -1;
  if (ctx.lower(k) !== 'to') return -1;
  const place = placeAt(ctx.tokens, k + 1);
  if (!place || place.place.region || place.place.kind !== 'name') return -1;
  const next = ctx.token(place.end);
  // "Guatemala City" is a city.
  if (next?.word && next.cap && next.spaceBefore) return -1;
  return place.end;
}

const HELD_OCCASIONS =
  /^(meetings?|conferences?|hearings?|rall(y|ies)|sessions?|vigils?|protests?|events?|talks|briefings?|elections?|services?|ceremon(y|ies)|trials?|interviews?|roundtables?|forums?|classes|trainings?|press)$/;
const HELD_PLACE = /^(custody|detention|jail|prison|lockup|facility|facilities)$/;

/** "were held at the (federal) detention facility", "held in custody", "being held in jail", "ended up held at": -1 unless so. */
function heldIn(ctx: ReadContext, i: number): number {
  // "were held", "remain held", "ended up held", "wound up held".
  const before = ctx.lower(i - 1);
  const put =
    /^(were|been|being|are|remain|remained|remains)$/.test(before) ||
    (before === 'up' && /^(ended|end|ends|wound)$/.test(ctx.lower(i - 2)));
  if (ctx.lower(i) !== 'held' || !put || !/^(at|in)$/.test(ctx.lower(i + 1))) return -1;
  // "The hearings were held in the detention facility": an occasion, not people.
  for (let k = i - 2; k >= i - 4 && k >= 0; k--) if (HELD_OCCASIONS.test(ctx.lower(k))) return -1;
  for (let k = i + 2; k < i + 7; k++) {
    const t = ctx.token(k);
    if (!t || !t.word) return -1;
    if (HELD_PLACE.test(t.lower)) return k;
  }
  return -1;
}

const CARRY =
  /^(took|taken|take|takes|taking|sent|send|sends|sending|brought|bring|brings|transferred|transported|moved|driven|drove|escorted|hauled|booked)$/;
const JAIL = /^(jail|prison|lockup)$/;
/** "detention center", "holding facility": a word for holding people, then the head noun of a place. */
const HOLDING = /^(detention|holding|processing)$/;
const HOLDING_HEAD = /^(centers?|centres?|facility|facilities|cells?|site)$/;

/** "took the three men to a jail", "were sent to the county jail", "booked into jail": the index of the place of holding, or -1. */
function carriedToJail(ctx: ReadContext, i: number): number {
  if (!CARRY.test(ctx.lower(i))) return -1;
  // People carried: the passive ("were sent to jail") or a word for people as the object ("took the three men to").
  let people = BE.test(ctx.lower(i - 1)) || BE.test(ctx.lower(i - 2));
  for (let k = i + 1; k < i + 7; k++) {
    const t = ctx.token(k);
    if (!t || !t.word) return -1;
    if (t.lower !== 'to' && t.lower !== 'into') {
      people ||= CARRIED_PEOPLE.test(t.lower);
      continue;
    }
    if (!people) return -1;
    for (let j = k + 1; j < k + 5; j++) {
      const w = ctx.token(j);
      if (!w || !w.word) return -1;
      // The head of its phrase: "the prison museum" is no prison.
      const next = ctx.token(j + 1);
      if (JAIL.test(w.lower))
        return next?.word && !next.cap && !lexicon.functionWords.has(next.lower) ? -1 : j;
      // "taken to the federal detention center", "a holding facility": a place of holding named by its kind.
      if (HOLDING.test(w.lower) && next?.word && HOLDING_HEAD.test(next.lower)) return j;
    }
    return -1;
  }
  return -1;
}

const CARRIED_PEOPLE =
  /^(them|him|her|men|man|women|woman|people|persons|father|sons?|daughters?|brothers?|driver|drivers|passengers|occupants|detainees|suspects|immigrants|migrants|workers|family|families|everyone|all)$/;
