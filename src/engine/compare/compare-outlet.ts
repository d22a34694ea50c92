/**
 * Compares an outlet a clause names with the record, by the outlet's role in
 * the clause (read by ../read/find-organizations.ts):
 *
 * - `spoke-to` (the outlet a speaker spoke to or wrote for): when the events
 *   the clause is about record the outlet their speakers spoke to
 *   (`interviewer`) or the outlet their writer wrote for (`reported` beside a
 *   reporting person), another outlet the world knows, or one named for a
 *   place far from the recorded outlet's, is a conflict; any other is
 *   unconfirmed.
 * - `source` (credited as a report's source or publisher): many outlets
 *   re-report a story, so another outlet is only unconfirmed; but when the
 *   page credits it as the first or original report and the record says who
 *   first reported the events (`first-reported`), another outlet is a
 *   conflict, on the same terms.
 * - any other mention: agrees when the story's record names it.
 *
 * Zero false alarms first: an outlet the world does not know may be another
 * name of the recorded one, so it conflicts only when named for a place the
 * recorded outlets do not serve; and an outlet the same speaker spoke to at
 * another of the story's events is only unconfirmed.
 */
import { sameOrNested } from './story-record.ts';
import { lexicon } from '../read/lexicon.ts';
import { tokenize } from '../read/tokens.ts';
import type { Mention } from '../read/types.ts';
import type { CompareContext, ValueResult } from './value-result.ts';
import { knownInStory, mayBeStoryOutlet, reportersOf, surelyNotInStory } from './outlet-credit.ts';
import { compareHeadline } from './headline-outlet.ts';
import { alteredHeadline, turnedHeadline } from './headline-turned.ts';
import { compareOwner } from './outlet-owner.ts';
import { compareOwnerCompany } from './owner-company.ts';
import { listNames } from './record-values.ts';
import { creditsQuotedWords } from './quoted-credit.ts';
import { creditersOf, creditOf } from './report-credit.ts';
import { staffOf } from './staff-outlet.ts';
import { interviewed, printersOf, saysPrinted, tellsReprinting } from './statement-print.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

type Outcome = ValueResult | null;

const agrees: ValueResult = { status: 'agrees' };

const bare = (name: string) => name.replace(/^the\s+/i, '').trim();

/** Canonical ids of the outlet a page names ("The Guardian", "the Guardian"; bare "Guardian" only when the world lists it so). */
function pageCanons(ctx: CompareContext, m: Mention & { type: 'outlet' }): string[] {
  const { record } = ctx;
  const name = bare(m.value.name);
  const the =
    /\bthe\s+$/i.test(ctx.sentence.slice(Math.max(0, m.start - 4), m.start)) ||
    name !== m.value.name.trim();
  const ids = [name, ...(the ? [`the ${name}`] : [])].flatMap((n) =>
    record.gazetteer
      .lookup(n)
      .filter((g) => g.kind === 'outlet')
      .map((g) => g.id),
  );
  if (m.value.id) ids.push(m.value.id);
  // "the Post" in a story whose record has one outlet called "… Post".
  if (!ids.length) ids.push(...storyOutletByHead(record, name));
  return [...new Set(ids)];
}

/** The outlet a canon names, in the world file, when it is there. */
function worldOutlet(record: StoryRecord, canon: string) {
  return canon.startsWith('w:') ? record.world?.outlet(canon.slice(2)) : undefined;
}

/** A canon and the outlet it is part of (a regional channel of a brand). */
function withParent(record: StoryRecord, canon: string): Set<string> {
  const out = new Set([canon]);
  const parent = worldOutlet(record, canon)?.partOf;
  if (parent) out.add(`w:${parent}`);
  return out;
}

/** The page's outlet is one of the recorded ones, part of one, or one is part of it. */
function matches(
  record: StoryRecord,
  page: readonly string[],
  recorded: readonly string[],
): boolean {
  return page.some((p) =>
    recorded.some((r) => p === r || withParent(record, r).has(p) || withParent(record, p).has(r)),
  );
}

/** The page's outlet is a network a recorded station belongs to, or a station of a recorded network: not the same newsroom, not another story either. */
function affiliated(
  record: StoryRecord,
  page: readonly string[],
  recorded: readonly string[],
): boolean {
  const of = (c: string) => (worldOutlet(record, c)?.affiliations ?? []).map((a) => `w:${a}`);
  return page.some((p) => recorded.some((r) => of(r).includes(p) || of(p).includes(r)));
}

function isOutlet(record: StoryRecord, canon: string): boolean {
  return record.outlets.has(canon) || worldOutlet(record, canon) !== undefined;
}

/** The story outlet whose name ends in the page's one word ("the Post" for the New York Post), when exactly one does. */
function storyOutletByHead(record: StoryRecord, name: string): string[] {
  const word = bare(name).toLowerCase();
  if (!word || /\s/.test(word)) return [];
  const hits = [...record.outletNames].filter((n) => n.split(/\s+/).pop() === word);
  const ids = [
    ...new Set(
      hits.flatMap((n) =>
        record.gazetteer
          .lookup(n)
          .filter((g) => g.kind === 'outlet')
          .map((g) => g.id),
      ),
    ),
  ];
  return ids.length === 1 ? ids : [];
}

/** Capitalised names in a text that are outlets of the story or the world ("the Post", "WHAM-TV"), left to right. */
function outletNamesIn(record: StoryRecord, text: string): { name: string; canons: string[] }[] {
  const out: { name: string; canons: string[] }[] = [];
  for (const m of text.matchAll(
    /(?:\p{Lu}[\p{L}\p{N}&.-]*)(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}\p{N}&.-]*){0,3}/gu,
  )) {
    const name = m[0].replace(/['\u2019]s$/, '');
    const canons = [
      ...new Set([
        ...record.gazetteer
          .lookup(name)
          .filter((g) => g.kind === 'outlet')
          .map((g) => g.id),
        ...storyOutletByHead(record, name),
      ]),
    ];
    if (canons.length) out.push({ name, canons });
  }
  return out;
}

/** The story's record names the outlet (a source's publisher, an outlet entity). */
function inStory(
  record: StoryRecord,
  m: Mention & { type: 'outlet' },
  page: readonly string[],
): boolean {
  return (
    page.some((c) => record.outlets.has(c)) ||
    record.outletNames.has(bare(m.value.name).toLowerCase()) ||
    storyOutletByHead(record, m.value.name).length > 0
  );
}

/**
 * An outlet spoken to that the record cannot judge by the clause's events:
 * it agrees only when an event of the story has it beside the clause's
 * speaker (or, naming nobody, when one of the clause's events has it).
 */
function spokeToInStory(ctx: CompareContext, page: readonly string[]): boolean {
  const { record } = ctx;
  const has = (e: IndexedEvent) => e.participants.some((p) => matches(record, page, [p.canon]));
  const named = speakersNamed(ctx);
  if (named.count === 0 && !named.canons.size) return ctx.events.some(has);
  return ctx.allEvents.some(
    (e) => has(e) && e.participants.some((p) => isSpeaker(ctx, named, p.canon)),
  );
}

/**
 * An outlet the world does not know, named for a place ("<Place> <Globe>")
 * that no recorded outlet serves or is named for: surely another outlet.
 */
function placeNamedElsewhere(
  ctx: CompareContext,
  name: string,
  recorded: readonly string[],
): boolean {
  const { record } = ctx;
  // Surely an outlet: its name ends in an outlet's word ("Globe", "Morning News"), not "City Council".
  const tokens = tokenize(bare(name));
  if (!lexicon.outletHeads.matchEndingAt(tokens, tokens.length, 3)) return false;
  const words = bare(name).split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const prefix = words.slice(0, k).join(' ');
    const where = record.gazetteer
      .lookup(prefix)
      .filter((g) => g.kind === 'place' || g.kind === 'state')
      .map((g) => g.id);
    if (!where.length) continue;
    const near = (a: string, b: string) => sameOrNested(record, a, b);
    return recorded.every((r) => {
      const locality = worldOutlet(record, r)?.locality;
      if (locality) return !where.some((w) => near(w, `w:${locality}`));
      // A national outlet: another only when its names do not hold the place's name.
      const names = [record.nameOf(r), ...(worldOutlet(record, r)?.aliases ?? [])].map((n) =>
        n.toLowerCase(),
      );
      return !names.some((n) => n.includes(prefix.toLowerCase()));
    });
  }
  return false;
}

/** Persons and agencies the clause names, as canons or bare surnames. */
function speakersNamed(ctx: CompareContext): {
  canons: Set<string>;
  surnames: Set<string>;
  count: number;
} {
  const canons = new Set<string>();
  const surnames = new Set<string>();
  let count = 0;
  for (const m of ctx.mentions ?? []) {
    if (m.type !== 'person' && m.type !== 'agency') continue;
    if (m.type === 'agency' && !/^\p{Lu}/u.test(m.text)) continue;
    if (m.type === 'person') count++;
    for (const g of ctx.record.gazetteer.lookup(m.value.name)) canons.add(g.id);
    if (m.type === 'person')
      surnames.add(m.value.name.trim().split(/\s+/).pop()?.toLowerCase() ?? '');
  }
  return { canons, surnames, count };
}

function isSpeaker(
  ctx: CompareContext,
  named: ReturnType<typeof speakersNamed>,
  canon: string,
): boolean {
  if (named.canons.has(canon)) return true;
  const surname = ctx.record.nameOf(canon).trim().split(/\s+/).pop()?.toLowerCase();
  return surname !== undefined && named.surnames.has(surname);
}

/** Who spoke or wrote at an event (not outlets), and the outlets they spoke to or wrote for. */
function spokeTo(record: StoryRecord, e: IndexedEvent): { speakers: string[]; outlets: string[] } {
  const interviewers = e.participants
    .filter((p) => p.role === 'interviewer' && isOutlet(record, p.canon))
    .map((p) => p.canon);
  const reporting = e.participants.filter((p) => p.role === 'reported');
  const writers = reporting.filter((p) => !isOutlet(record, p.canon)).map((p) => p.canon);
  // A reporting person beside a reporting outlet: the outlet they wrote for.
  const publishers = writers.length
    ? reporting.filter((p) => isOutlet(record, p.canon)).map((p) => p.canon)
    : [];
  const speakers = e.participants
    .filter((p) => (interviewers.length && p.role === 'spoke') || writers.includes(p.canon))
    .map((p) => p.canon);
  return { speakers, outlets: [...new Set([...interviewers, ...publishers])] };
}

function conflictOrUnconfirmed(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
  page: readonly string[],
  recorded: readonly string[],
  explain: (names: string) => string,
): ValueResult {
  const names = listNames(recorded.map(ctx.record.nameOf));
  // A writer's piece credited to another of the story's outlets: it may have re-posted it (outlet-credit.ts).
  const reposted =
    m.value.writer === true && (inStory(ctx.record, m, page) || knownInStory(ctx.record, page));
  const known =
    page.some((c) => worldOutlet(ctx.record, c) !== undefined) &&
    !affiliated(ctx.record, page, recorded) &&
    !reposted;
  if (
    known ||
    (!page.length &&
      (placeNamedElsewhere(ctx, m.value.name, recorded) || surelyNotInStory(ctx.record, m)))
  ) {
    return {
      status: 'conflict',
      comparison: { slot: 'outlet', page: m.text, record: names },
      explanation: explain(names),
    };
  }
  return {
    status: 'unconfirmed',
    comparison: { slot: 'outlet', page: m.text, record: names },
    explanation: `The record has ${names}; it does not confirm \u201C${m.text}\u201D.`,
  };
}

/**
 * A writer's piece credited to an outlet ("written by X for Y", "X, writing
 * for Y"), the clause naming a writer the record has at any of the story's
 * events: the outlets the record has them writing for, compared as in
 * conflictOrUnconfirmed; an outlet their piece credited as a source is none of those (a conflict).
 */
function compareWriter(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
  page: readonly string[],
): Outcome {
  const { record } = ctx;
  const named = speakersNamed(ctx);
  const rows = ctx.allEvents
    .map((e) => {
      const reporting = e.participants.filter((p) => p.role === 'reported');
      const writers = reporting
        .filter((p) => !isOutlet(record, p.canon) && isSpeaker(ctx, named, p.canon))
        .map((p) => p.canon);
      return {
        writers,
        outlets: writers.length
          ? reporting.filter((p) => isOutlet(record, p.canon)).map((p) => p.canon)
          : [],
        credited: writers.length ? (e.credited ?? []) : [],
      };
    })
    .filter((r) => r.outlets.length);
  if (!rows.length) return null;
  const recorded = [...new Set(rows.flatMap((r) => r.outlets))];
  if (matches(record, page, recorded)) return agrees;
  const who = listNames([...new Set(rows.flatMap((r) => r.writers))].map(record.nameOf));
  // An outlet the writer's own piece credited as a source ("Cole Roe of the X", where Roe's round-up quoted the X):
  // the source of the piece, not where its writer works or where it was re-posted.
  const sources = [...new Set(rows.flatMap((r) => r.credited))].filter(
    (c) => !recorded.includes(c),
  );
  if (page.length && sources.length && matches(record, page, sources)) {
    const names = listNames(recorded.map(record.nameOf));
    return {
      status: 'conflict',
      comparison: { slot: 'outlet', page: m.text, record: names },
      explanation: `The record has ${who} writing for ${names}, not ${m.text}, which is a source the piece credited.`,
    };
  }
  return conflictOrUnconfirmed(
    ctx,
    m,
    page,
    recorded,
    (names) => `The record has ${who} writing for ${names}, not ${m.text}.`,
  );
}

/**
 * An outlet named plainly as a journalist's employer ("X's Jane Roe", "X reporter Jane Roe"; staff-outlet.ts),
 * for someone the record has writing or interviewing for outlets at the story's events: those outlets. Any clause.
 */
export function compareStaff(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
  page = pageCanons(ctx, m),
): Outcome {
  const { record } = ctx;
  const staff = staffOf(ctx.sentence, ctx.mentions ?? [], m);
  const who = staff ? [...new Set(personIds(record.gazetteer, staff.value.name))] : [];
  if (who.length !== 1) return null;
  const canon = who[0]!;
  const working = (p: { role: string }) => p.role === 'reported' || p.role === 'interviewer';
  const recorded = [
    ...new Set(
      ctx.allEvents.flatMap((e) =>
        e.participants.some((p) => p.canon === canon && working(p))
          ? e.participants
              .filter((p) => working(p) && isOutlet(record, p.canon))
              .map((p) => p.canon)
          : [],
      ),
    ),
  ];
  if (!recorded.length) return null;
  if (matches(record, page, recorded)) return agrees;
  // Said plainly to be on its staff, the outlet is no re-poster of their piece.
  const { writer: _writer, ...plain } = m.value;
  return conflictOrUnconfirmed(
    ctx,
    { ...m, value: plain },
    page,
    recorded,
    (names) => `The record has ${record.nameOf(canon)} working for ${names}, not ${m.text}.`,
  );
}

/** A sentence whose subject is a personal pronoun: "He gave those remarks …", "She told X", "In an interview with X he said". */
const PRONOUN_SUBJECT =
  /^\s*(?:(?:in|during|on|at)\b[^,.;:"\u201C]{0,60}?,?\s+)?(?:he|she|they)\b/i;

/**
 * "Cole Roe of the X" in a clause no event links ("The writer was Cole Roe of the X"): the outlet the record has that
 * writer writing for (compareWriter); null when no writer the record has is named right before the outlet.
 */
export function comparePersonsOutlet(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
): Outcome {
  // "Cole Roe wrote for the X", "Cole Roe wrote about the chiefs for the X": the clause's writer's outlet too.
  return (m.value.role === 'spoke-to' ? m.value.writer === true : personOf(ctx, m))
    ? compareWriter(ctx, { ...m, value: { ...m.value, writer: true } }, pageCanons(ctx, m))
    : null;
}

/** `spoke-to`: the outlet the clause's speaker spoke to or wrote for. */
function compareSpokeTo(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
  page: readonly string[],
): Outcome {
  const { record } = ctx;
  const named = speakersNamed(ctx);
  const recordedEvents = ctx.events.map((e) => ({ e, ...spokeTo(record, e) }));
  // The events whose record says whom their speaker spoke to, and whose speaker the clause names
  // ("he told X", "a spokesman told X": the record cannot say who that is).
  // "He gave those remarks in an interview with X" about the events the sentence before told of: he is their speaker.
  const pronoun =
    ctx.carried === true &&
    named.count === 0 &&
    !named.canons.size &&
    PRONOUN_SUBJECT.test(ctx.sentence);
  const mine = recordedEvents.filter(
    (r) =>
      r.outlets.length &&
      (pronoun ? r.speakers.length : r.speakers.some((s) => isSpeaker(ctx, named, s))),
  );
  if (!mine.length) return toldPrinter(ctx, m, page, named);
  const recorded = [...new Set(mine.flatMap((r) => r.outlets))];
  if (matches(record, page, recorded)) return agrees;
  // The same speaker spoke to this outlet at another of the story's events: not wrong, not confirmed either.
  const speakers = new Set(mine.flatMap((r) => r.speakers));
  const elsewhere = ctx.allEvents
    .filter((e) => e.participants.some((p) => speakers.has(p.canon)))
    .flatMap((e) => [
      ...spokeTo(record, e).outlets,
      ...e.participants.filter((p) => isOutlet(record, p.canon)).map((p) => p.canon),
    ]);
  if (matches(record, page, elsewhere))
    return {
      status: 'unconfirmed',
      comparison: { slot: 'outlet', page: m.text, record: listNames(recorded.map(record.nameOf)) },
      explanation: `The record has ${listNames(recorded.map(record.nameOf))} for this; it does not confirm \u201C${m.text}\u201D here.`,
    };
  const who = [
    ...new Set(mine.flatMap((r) => r.speakers.filter((x) => pronoun || isSpeaker(ctx, named, x)))),
  ];
  const writing = mine.some((r) =>
    r.e.participants.some((p) => p.role === 'reported' && who.includes(p.canon)),
  );
  return conflictOrUnconfirmed(
    ctx,
    m,
    page,
    recorded,
    (names) =>
      `The record has ${listNames(who.map(record.nameOf))} ${writing ? 'writing for' : 'speaking to'} ${names}, not ${m.text}.`,
  );
}

/**
 * "X told the Y" of a written statement the clause names its speaker giving, with no interviewer on record: Y is said
 * to have been given the words, so it is set against the few outlets the record has printing them (statement-print.ts
 * printersOf). A story's own outlet, or a sentence that tells of re-printing, stays unconfirmed (conflictOrUnconfirmed).
 */
function toldPrinter(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
  page: readonly string[],
  named: ReturnType<typeof speakersNamed>,
): Outcome {
  const { record } = ctx;
  if (m.value.writer || tellsReprinting(ctx.sentence) || !ctx.events.length) return null;
  // A written statement only: words spoken (a press conference) may have been heard by any outlet there.
  const spoke = (e: IndexedEvent) =>
    e.event.medium === 'written' &&
    e.participants.some((p) => p.role === 'spoke' && isSpeaker(ctx, named, p.canon));
  if (!ctx.events.every(spoke)) return null;
  const printers = printersOf(record, ctx.events);
  if (!printers) return null;
  if (matches(record, page, printers)) return agrees;
  if (knownInStory(record, page)) return null;
  const who = listNames(
    [
      ...new Set(
        ctx.events.flatMap((e) =>
          e.participants
            .filter((p) => p.role === 'spoke' && isSpeaker(ctx, named, p.canon))
            .map((p) => p.canon),
        ),
      ),
    ].map(record.nameOf),
  );
  return conflictOrUnconfirmed(
    ctx,
    m,
    page,
    printers,
    (names) => `The record has ${who}'s words printed by ${names}, not ${bare(m.value.name)}.`,
  );
}

/** `source` credited as the first or original report. */
function compareOriginal(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
  page: readonly string[],
): Outcome {
  const { record } = ctx;
  const firsts = ctx.events.map((e) =>
    e.participants.filter((p) => p.role === 'first-reported').map((p) => p.canon),
  );
  // Every event the clause is about must say who first reported it.
  if (!firsts.length || firsts.some((f) => !f.length)) return null;
  const recorded = [...new Set(firsts.flat())];
  if (matches(record, page, recorded)) return agrees;
  return conflictOrUnconfirmed(
    ctx,
    m,
    page,
    recorded,
    (names) => `The record has it first reported by ${names}, not ${m.text}.`,
  );
}

/** "X's editorial", "an op-ed in X": the outlet's own opinion, not its report of the events. */
const OPINION =
  /^(?:['\u2019]s)?\s+(?:own\s+)?(?:editorial|editorials|op-ed|op-eds|opinion|column|columnist|commentary|editorial board)\b/i;

/**
 * `source` credited with reporting the events (outlet-credit.ts): another
 * outlet than the record's reporters of them, surely none of the story's
 * outlets, is unconfirmed (a credit as the first report, an interview or a
 * writer's piece is where the record can say it is wrong). Null when the record says nothing of who reported
 * the events, the clause is linked by a place alone, or the outlet may be one
 * of the story's (it may have re-reported them).
 */
function compareCredit(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
  page: readonly string[],
): Outcome {
  const { record } = ctx;
  if (ctx.linkedByPlace || OPINION.test(ctx.sentence.slice(m.end, m.end + 30))) return null;
  const reporters = reportersOf(record, ctx.events);
  if (!reporters.length) return null;
  if (matches(record, page, reporters)) return agrees;
  if (knownInStory(record, page) || affiliated(record, page, [...record.outlets, ...reporters]))
    return null;
  const sure = page.length
    ? page.some((c) => worldOutlet(record, c) !== undefined)
    : surelyNotInStory(record, m) ||
      (placeNamedElsewhere(ctx, m.value.name, reporters) &&
        !mayBeStoryOutlet(record, m.value.name));
  if (!sure) return null;
  const names = listNames(reporters.map(record.nameOf));
  // Another outlet said to have printed a statement the record has few outlets printing (statement-print.ts).
  // "As X reported, he wrote: “…”": an outlet credited in a sentence quoting the recorded words printed them (quoted-credit.ts).
  const said =
    saysPrinted(ctx.sentence, m) ??
    (ctx.quoteOccasion && creditsQuotedWords(ctx.sentence, m) ? 'reported' : null);
  // What someone told another outlet, any outlet may report: for an interview, only "X ran (printed, carried) it".
  const printers =
    said && !(said === 'reported' && interviewed(ctx.events))
      ? printersOf(record, ctx.events)
      : null;
  // The sentence names a recorded printer too: the other outlet printed the words after it.
  if (
    printers &&
    !outletNamesIn(record, ctx.sentence.replace(/\bThe\s+/g, 'the ')).some((o) =>
      matches(record, o.canons, printers),
    )
  ) {
    const printed = listNames(printers.map(record.nameOf));
    const what = interviewed(ctx.events) ? 'the interview given to' : 'the statement printed by';
    return {
      status: 'conflict',
      comparison: { slot: 'outlet', page: m.text, record: printed },
      explanation: `The record has ${what} ${printed}, not ${bare(m.value.name)}.`,
    };
  }
  // Many outlets re-report a story, and the record cannot list them all: a credit it lacks is not confirmed, never wrong.
  return {
    status: 'unconfirmed',
    comparison: { slot: 'outlet', page: m.text, record: names },
    explanation: `The record has it reported by ${names}; it does not show ${m.text} reporting it (many outlets re-report a story).`,
  };
}

/**
 * The source another outlet credited for its own report ("…, crediting its account to X"), when the record says
 * whom that outlet's report credited (report-credit.ts): another outlet the world knows is a conflict, as for a
 * first report. With the record's reports that say so; null when the clause credits no source so.
 */
export function compareReportCredit(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
): { r: ValueResult; reports: IndexedEvent[] } | null {
  const { record } = ctx;
  // "X is owned by Y": Y against the owners the world has for X (outlet-owner.ts).
  const owner = compareOwner(record, ctx.sentence, ctx.mentions, m);
  if (owner) return { r: owner, reports: [] };
  // "X, a site owned by the Y newspaper chain": a company named as its owner (owner-company.ts).
  const company = compareOwnerCompany(record, ctx.sentence, m, ctx.mentions ?? []);
  if (company) return { r: company, reports: [] };
  const credit = creditOf(
    record,
    ctx.sentence,
    ctx.mentions,
    m,
    (o) => pageCanons(ctx, o),
    (text) => outletNamesIn(record, text),
    (p, c) => matches(record, p, [c]),
  );
  if (!credit) return crediterConflict(ctx, m);
  const page = pageCanons(ctx, m);
  if (matches(record, page, credit.recorded)) return { r: agrees, reports: credit.reports };
  return {
    r: conflictOrUnconfirmed(
      ctx,
      m,
      page,
      credit.recorded,
      (names) => `The record has ${credit.by} crediting ${names} for its report, not ${m.text}.`,
    ),
    reports: credit.reports,
  };
}

/**
 * "via the X, which credited WHAM" where the record has another outlet's report crediting WHAM and none of X's: the
 * crediting outlet is wrong when the world knows it and the story never mentions it (report-credit.ts creditersOf).
 * A sentence that tells of re-printing ("also credited") stays unjudged.
 */
function crediterConflict(
  ctx: CompareContext,
  m: Mention & { type: 'outlet' },
): { r: ValueResult; reports: IndexedEvent[] } | null {
  const { record } = ctx;
  if (tellsReprinting(ctx.sentence)) return null;
  const found = creditersOf(
    record,
    ctx.sentence,
    ctx.mentions ?? [],
    m,
    (o) => pageCanons(ctx, o),
    (text) => outletNamesIn(record, text),
    (p, c) => matches(record, p, [c]),
  );
  if (!found) return null;
  if (matches(record, found.by.canons, found.recorded))
    return { r: agrees, reports: found.reports };
  if (
    knownInStory(record, found.by.canons) ||
    !found.by.canons.some((c) => worldOutlet(record, c) !== undefined) ||
    affiliated(record, found.by.canons, found.recorded)
  )
    return null;
  const names = listNames(found.recorded.map(record.nameOf));
  return {
    r: {
      status: 'conflict',
      comparison: { slot: 'outlet', page: found.by.name, record: names },
      explanation: `The record has ${names} crediting ${bare(m.value.name)}, not ${bare(found.by.name)}.`,
    },
    reports: found.reports,
  };
}

/** "Cole Roe of the X", "Cole Roe, of X", "Cole Roe of the news site X": a person named right before the outlet, as its staff. */
const PERSON_OF = /^\s*,?\s*(?:of|from|at)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/** The outlet is a person's ("<Name> of the X"): the person named right before it, when there is one. */
function personOf(ctx: CompareContext, m: Mention & { type: 'outlet' }): boolean {
  return (ctx.mentions ?? []).some(
    (p) =>
      p.type === 'person' &&
      p.end <= m.start &&
      m.start - p.end <= 40 &&
      (PERSON_OF.test(ctx.sentence.slice(p.end, m.start)) ||
        // "an article by Cole Roe in the X": a byline's writer and where the piece ran.
        (BYLINE_BEFORE.test(ctx.sentence.slice(Math.max(0, p.start - 40), p.start)) &&
          /^\s*,?\s*in\s+(?:the\s+)?$/.test(ctx.sentence.slice(p.end, m.start)))),
  );
}

/** Right before a name: a piece's noun and "by" ("an article by", "a piece written by"). */
const BYLINE_BEFORE =
  /\b(?:article|piece|story|column|report|roundup|write-up|op-ed)\s+(?:(?:written|published)\s+)?by\s+$/i;

export function compareOutlet(ctx: CompareContext, m: Mention & { type: 'outlet' }): Outcome {
  const { record } = ctx;
  const page = pageCanons(ctx, m);
  const role = m.value.role;
  // "X ran it under the headline “…”", "the headline “…” first appeared on X": the outlet whose report the record has
  // under that headline, whatever the outlet's role in the clause (headline-outlet.ts).
  const headline = compareHeadline(
    record,
    ctx.sentence,
    ctx.mentions ?? [],
    m,
    outletCanonsOf(record),
    (p, c) => matches(record, p, [c]),
  );
  if (headline) return headline;
  // "written for X, a publication of Y": who owns X is the world's to judge, whatever X's role in the clause (only
  // what differs is taken here; an owner that agrees leaves the role's own comparison to be made).
  if (role === 'spoke-to' || m.value.writer) {
    const owner =
      compareOwner(record, ctx.sentence, ctx.mentions, m) ??
      compareOwnerCompany(record, ctx.sentence, m, ctx.mentions ?? []);
    if (owner && owner.status !== 'agrees') return owner;
  }
  // "told X's Jane Roe", "X reporter Jane Roe": the outlet the record has that journalist working for (staff-outlet.ts).
  const staff = compareStaff(ctx, m, page);
  if (staff) return staff;
  // "an article by Cole Roe of the X": the outlet the record has that writer writing for.

  if (role !== 'spoke-to' && personOf(ctx, m)) {
    const writer = compareWriter(ctx, { ...m, value: { ...m.value, writer: true } }, page);
    if (writer) return writer;
  }
  // "credited that statement to X": "statement to" reads as spoken to, but the credit is the report's (report-credit.ts).
  if (role === 'spoke-to' && !m.value.writer) {
    const credited = compareReportCredit(ctx, m);
    if (credited) return credited.r;
  }
  // A writer the record has writing for an outlet: that outlet, before whom the clause's events have speaking.
  const wrote = role === 'spoke-to' && m.value.writer ? compareWriter(ctx, m, page) : null;
  if (wrote && wrote.status !== 'unconfirmed') return wrote;
  if (role === 'spoke-to')
    return (
      compareSpokeTo(ctx, m, page) ??
      (m.value.writer ? compareWriter(ctx, m, page) : null) ??
      (spokeToInStory(ctx, page) ? agrees : null)
    );
  const judged = role === 'source' && m.value.original ? compareOriginal(ctx, m, page) : null;
  if (judged) return judged;
  const credited = compareReportCredit(ctx, m);
  if (credited) return credited.r;
  if (inStory(record, m, page)) return agrees;
  // "his statement in X", "X's story on his remarks": the outlet carried the words, though no verb says it credited.
  return role === 'source' || (role === undefined && saysPrinted(ctx.sentence, m))
    ? compareCredit(ctx, m, page)
    : null;
}

/** An outlet name's canonical ids, as the headline readers ask for them: its bare name, with "the", or a story outlet's head word. */
const outletCanonsOf =
  (record: StoryRecord) =>
  (name: string): string[] => {
    const named = [
      ...new Set(
        [bare(name), `the ${bare(name)}`]
          .flatMap((n) =>
            record.gazetteer
              .lookup(n)
              .filter((g) => g.kind === 'outlet')
              .map((g) => g.id),
          )
          .concat(storyOutletByHead(record, name)),
      ),
    ];
    // A record's publisher written with its re-poster ("Police1 (re-posted by Gov1)"): every outlet named in it.
    return named.length
      ? named
      : [
          ...new Set(
            record.gazetteer
              .find(name)
              .flatMap((hit) => hit.entries.filter((g) => g.kind === 'outlet').map((g) => g.id)),
          ),
        ];
  };

/** "X ran it under the headline “Why Cops Are Backing …”" for the record's "… Against …" on X's report (headline-turned.ts); linked to an event or not. */
export function turnedHeadlineOf(
  record: StoryRecord,
  sentence: string,
  m: Mention & { type: 'outlet' },
): ValueResult | null {
  return turnedHeadline(record, sentence, m, outletCanonsOf(record), (p, c) =>
    matches(record, p, [c]),
  );
}

/** "… under the headline “…”" with the record's headline on that outlet's report quoted with its words changed (headline-turned.ts). */
export function alteredHeadlineOf(
  record: StoryRecord,
  sentence: string,
  m: Mention & { type: 'outlet' },
  outlets: readonly Mention[],
): ValueResult | null {
  return alteredHeadline(record, sentence, m, outlets, outletCanonsOf(record), (p, c) =>
    matches(record, p, [c]),
  );
}
