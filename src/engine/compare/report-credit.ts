/**
 * The source an outlet credited for its own report: "The Post picked up the
 * story, crediting its account to X", "The Post's article says the footage
 * came from X", "the Post, crediting X". The crediting outlet is an outlet the
 * sentence names before the credited one (no other outlet between them); the
 * credit is a phrase right before the credited outlet. When the record has a
 * report of the crediting outlet and says whom that report credited (the
 * participant role `credited`), the credited outlet is compared with it; the
 * caller (compare-outlet.ts) calls another outlet the world knows a conflict,
 * as for a first report. Null when the sentence credits no source so, or the
 * record says nothing of whom that outlet credited. The credit may also be
 * told the other way round ("X is the paper Y cites for that statement").
 * The crediting outlet's reports are those the record has it reporting, and
 * those whose source the record read in that outlet's copy (a source's
 * publisher naming it: "Police1 (re-posted by Gov1)"): their credits are that
 * copy's.
 */
import type { Mention } from '../read/types.ts';
import { escapeRegExp } from '../terms.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** Words right before the credited outlet that make it the source another outlet credited (its channel number may come first: "credited Channel 8, KXYZ,"). */
const CREDIT_BEFORE = new RegExp(
  // Both alternatives end right before the outlet: grouped, so the end anchor holds for the first one too.
  '(?:' +
    [
      // "crediting its account of the stop to", "credited the footage to", "credited Magnus's statement to", "crediting"
      String.raw`\bcredit(?:s|ed|ing)?\s+(?:(?:[\p{L}'\u2019-]+\s+){1,7}?to\s+)?`,
      // "credited WHAM, Rochester's ABC affiliate": the credited outlet's own description after its name
      String.raw`\bcredit(?:s|ed|ing)?\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.'\u2019&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'\u2019&-]*){0,3}\s*,\s+(?:[\p{L}'\u2019-]+\s+){0,2}?`,
      // "its account of the stop came from", "their article says the footage came from"
      String.raw`\b(?:account|article|report|reporting|story|piece|footage|video|images|information)\b[^.;:!?]{0,60}?\b(?:came|comes|come|was|were)\s+(?:originally\s+)?from\s+`,
      // Then a channel's number, or a word for the outlet's kind ("to the online magazine X").
    ]
      .map((p) => `(?:${p})`)
      .join('|') +
    ')' +
    String.raw`(?:(?:channel|ch\.|news)\s+\d{1,2}\s*,\s+)?(?:the\s+)?(?:(?:[\p{L}-]+\s+)?(?:newspaper|paper|magazine|site|website|outlet|station|newsroom|channel|network|blog|daily|weekly|tabloid|broadcaster)\s+)?$`,
  'iu',
);

/** "credited the photo to", "crediting its images to": what is credited is a picture, not the report. */
const PICTURE_CREDIT =
  /\bcredit(?:s|ed|ing)?\s+(?:[\p{L}'\u2019-]+\s+){0,4}?(?:photos?|photographs?|images?|pictures?|illustrations?|graphics?|artwork|cartoons?)\s+to\s+(?:the\s+)?$/iu;

/** Between the credited outlet and the crediting one: "X is the paper ", "X, the outlet that ", "X was the source ". */
const CREDITED_IS =
  /^\s*,?\s+(?:(?:is|was)\s+)?(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:paper|newspaper|outlet|site|station|publication|source|daily|weekly)\s+(?:(?:that|which)\s+)?(?:the\s+)?$/iu;
/** After the crediting outlet: "Y cites", "Y credited". */
const CITES = /^\s+(?:cites|cited|credits|credited)\b/i;

/** "X is the paper Y cites for …": the crediting outlet Y named after the credited one, when the clause says so. */
function citedBy(
  sentence: string,
  mentions: readonly Mention[],
  m: Mention & { type: 'outlet' },
): (Mention & { type: 'outlet' }) | undefined {
  return mentions.find(
    (o): o is Mention & { type: 'outlet' } =>
      o.type === 'outlet' &&
      o.start >= m.end &&
      o.start - m.end <= 60 &&
      CREDITED_IS.test(sentence.slice(m.end, o.start)) &&
      CITES.test(sentence.slice(o.end, o.end + 20)),
  );
}

/** Whether a publisher's name (a source's) names an outlet by one of `names`, as whole words. */
const namesOutlet = (publisher: string, names: readonly string[]) =>
  names.some(
    (n) =>
      n.length > 2 &&
      new RegExp(
        `(^|[^\\p{L}\\p{N}])${escapeRegExp(n.toLowerCase().replace(/^the\s+/, ''))}($|[^\\p{L}\\p{N}])`,
        'u',
      ).test(publisher.toLowerCase()),
  );

export interface CreditOf {
  /** The crediting outlet as the page names it, and the outlets the record has its reports crediting. */
  by: string;
  recorded: string[];
  /** The record's reports of the crediting outlet that say whom they credited. */
  reports: IndexedEvent[];
}

/**
 * The outlet (before `m` in the sentence) that the sentence says credited `m` for its report, with the outlets
 * the record has its reports crediting; null when the sentence says no such thing or the record has no credit of it.
 */
export function creditOf(
  record: StoryRecord,
  sentence: string,
  mentions: readonly Mention[],
  m: Mention & { type: 'outlet' },
  canonsOf: (o: Mention & { type: 'outlet' }) => string[],
  outletsIn: (text: string) => { name: string; canons: string[] }[],
  same: (page: readonly string[], canon: string) => boolean,
): CreditOf | null {
  const before = sentence.slice(0, m.start);
  const citing = m.value.writer ? undefined : citedBy(sentence, mentions, m);
  if (!citing && !CREDIT_BEFORE.test(before)) return null;
  // "credited the photo to X": a picture credit, not the report's source; "credits X's Cole Roe": a writer's outlet, not a source.
  if ((!citing && PICTURE_CREDIT.test(before)) || m.value.writer) return null;
  // "credited Channel 8, KXYZ,": the channel's label right before the credited outlet is no outlet of its own.
  const label = (o: Mention) =>
    /^\s+\d{1,2}\s*,\s*(?:the\s+)?$/i.test(sentence.slice(o.end, m.start));
  const outlets = mentions.filter(
    (o): o is Mention & { type: 'outlet' } => o.type === 'outlet' && o.end <= m.start && !label(o),
  );
  const last = citing ?? outlets[outlets.length - 1];
  // In an earlier clause of the sentence ("The Post picked it up, and their article says …"): the last outlet name before.
  const found = last ? { name: last.text, canons: canonsOf(last) } : outletsIn(before).pop();
  if (!found) return null;
  if (!found.canons.length) return null;
  const first = found.canons[0] as string;
  const by =
    (first.startsWith('w:') && !record.outlets.has(first)
      ? record.world?.outlet(first.slice(2))?.name
      : undefined) ??
    (record.nameOf(first) || found.name);
  // Its copy of a report: a source of the report whose publisher names it ("Police1 (re-posted by Gov1)").
  const names = [
    found.name,
    ...found.canons.flatMap((c) => {
      const w = c.startsWith('w:') ? record.world?.outlet(c.slice(2)) : undefined;
      return w ? [w.name, ...(w.aliases ?? [])] : [record.nameOf(c)];
    }),
  ];
  const copied = (e: IndexedEvent) =>
    e.event.sources.some((id) => namesOutlet(record.publishers?.get(id) ?? '', names));
  const reports = record.events.filter(
    (e) =>
      (e.participants.some((p) => p.role === 'reported' && same(found.canons, p.canon)) ||
        copied(e)) &&
      e.credited?.length,
  );
  const recorded = [...new Set(reports.flatMap((e) => e.credited ?? []))];
  // The credited outlet is one that made those reports (a sister site credits the original): no other source.
  const own = canonsOf(m);
  if (reports.some((e) => e.participants.some((p) => p.role === 'reported' && same(own, p.canon))))
    return null;
  return recorded.length ? { by, recorded, reports } : null;
}

/**
 * The other way round: the outlet the sentence says credited `m` ("via the X, which credited WHAM"), when the record
 * has no report of that outlet's crediting anyone but has reports of other outlets crediting `m`: those outlets, and
 * the page's crediting outlet (its name and canons). Null when the sentence credits no source so, or the record has
 * no report crediting `m`.
 */
export function creditersOf(
  record: StoryRecord,
  sentence: string,
  mentions: readonly Mention[],
  m: Mention & { type: 'outlet' },
  canonsOf: (o: Mention & { type: 'outlet' }) => string[],
  outletsIn: (text: string) => { name: string; canons: string[] }[],
  same: (page: readonly string[], canon: string) => boolean,
): { by: { name: string; canons: string[] }; recorded: string[]; reports: IndexedEvent[] } | null {
  const before = sentence.slice(0, m.start);
  if (m.value.writer || !CREDIT_BEFORE.test(before) || PICTURE_CREDIT.test(before)) return null;
  const outlets = mentions.filter(
    (o): o is Mention & { type: 'outlet' } => o.type === 'outlet' && o.end <= m.start,
  );
  const last = outlets[outlets.length - 1];
  // In an earlier clause ("via the X, which credited Y"): the last outlet name before.
  const by = last ? { name: last.text, canons: canonsOf(last) } : outletsIn(before).pop();
  if (!by?.canons.length) return null;
  const own = canonsOf(m);
  // A call sign alone ("WHAM") for a recorded station named with its suffix ("WHAM-TV").
  const call = /^[A-Z0-9]{3,}$/.test(m.value.name.trim())
    ? m.value.name.trim().toLowerCase()
    : undefined;
  const credits = (c: string) =>
    same(own, c) ||
    (call !== undefined &&
      new RegExp(`^${call}(?:[^\\p{L}\\p{N}]|$)`, 'u').test(record.nameOf(c).toLowerCase()));
  const reports = record.events.filter((e) => (e.credited ?? []).some(credits));
  const recorded = [
    ...new Set(
      reports.flatMap((e) =>
        e.participants.filter((p) => p.role === 'reported').map((p) => p.canon),
      ),
    ),
  ];
  return recorded.length ? { by, recorded, reports } : null;
}
