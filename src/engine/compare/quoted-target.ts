/**
 * Recorded words given to another target: "The chief said the footage showed “a total lack of urgency” from the
 * Rochester officers themselves", where the record goes on "… on the part of multiple Border Patrol officers". A
 * quoted stretch of a recorded quote, cut where the record says whose the quality was, and followed on the page by
 * the same kind of phrase ("from", "of", "by", "on the part of", "among") naming another agency's people, turns the
 * words against someone else. Both phrases must name an agency the record or the world knows (by name, or a town's
 * people: "Rochester officers" are its police; "his own officers" are the speaker's agency's), also after a denial of
 * another ("not from X, but from Y"); one that is part of the other, or the same, agrees. General English
 * and the record's names; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { perRecord } from './per-record.ts';
import type { StoryRecord } from './story-record.ts';

/** A phrase that says whose a quality or an act was, then up to six words ending at a mark or "themselves". */
const TARGET =
  /^\s*,?\s*(?:on\s+the\s+part\s+of|from|of|by|among)\s+((?:[\p{L}\d'\u2019.-]+\s+){0,5}?[\p{L}\d'\u2019.-]+?)(?=\s+themselves\b|\s+at\s+the\s+scene\b|\s*[,.;:!?)\u201D"]|\s*$)/u;
/** People of an agency named by their town ("Rochester officers", "city police"). */
const PEOPLE = /^(?:officers?|police|cops?|agents?|troopers?|deputies|personnel|patrolmen)$/i;

interface Target {
  text: string;
  agencies: string[];
}

/** The world's local police by the place they serve (a place id of the gazetteer), built once per record. */
const localByPlace = perRecord((record) => {
  const out = new Map<string, string[]>();
  for (const a of record.world?.world.agencies ?? [])
    if (a.level === 'local') out.set(`w:${a.place}`, [...(out.get(`w:${a.place}`) ?? []), a.id]);
  return out;
});

/** The agencies a short phrase names: by name, or a town's officers (the world's local police of that town). */
function agenciesIn(phrase: string, record: StoryRecord): string[] {
  const out = new Set<string>();
  for (const hit of record.gazetteer.find(phrase)) {
    const agency = hit.entries.filter((e) => e.kind === 'agency');
    for (const e of agency) out.add(e.id);
    if (agency.length) continue;
    const next = /^\s+([\p{L}]+)/u.exec(phrase.slice(hit.end))?.[1] ?? '';
    if (!PEOPLE.test(next)) continue;
    for (const place of hit.entries.filter((e) => e.kind === 'place')) {
      const local = localByPlace(record).get(place.id) ?? [];
      if (local.length === 1) out.add(`w:${local[0]}`);
    }
  }
  return [...out];
}

/** "— not from the federal agents, he stressed, but from his own officers": the page's target is the phrase after "but". */
const NOT_BUT =
  /^\s*[,\u2014\u2013-]*\s*not\s+(?:on\s+the\s+part\s+of|from|of|by|among)\s+[^"\u201C\u201D;]{1,80}?\s*,?\s+but\s+(?=(?:on\s+the\s+part\s+of|from|of|by|among)\s)/u;
/** "his own officers": the people of the speaker's own agency. */
const OWN = /^(?:his|her|their|its)\s+own\s+([\p{L}]+)$/u;

function targetAfter(
  text: string,
  record: StoryRecord,
  own: readonly string[] = [],
): Target | null {
  const denied = NOT_BUT.exec(text);
  if (denied) text = text.slice(denied[0].length);
  const m = TARGET.exec(text.slice(0, 120));
  const mine = m ? OWN.exec(m[1]!) : null;
  if (mine && PEOPLE.test(mine[1]!))
    return own.length ? { text: m![1]!, agencies: [...own] } : null;
  // The phrase must name people ("Border Patrol officers", "the RPD"), not a thing of theirs ("RPD footage").
  if (
    !m ||
    !(
      PEOPLE.test(/([\p{L}]+)$/u.exec(m[1]!)?.[1] ?? '') ||
      record.gazetteer
        .find(m[1]!)
        .some((h) => h.end === m[1]!.length && h.entries.some((e) => e.kind === 'agency'))
    )
  )
    return null;
  const agencies = agenciesIn(m[1]!, record);
  return agencies.length
    ? {
        text: m[1]!.replace(/^(?:the|multiple|several|some|many|its|their)\s+/i, '').trim(),
        agencies,
      }
    : null;
}

const words = (s: string) =>
  [...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    w: foldText(m[0]),
    end: m.index + m[0].length,
  }));

/**
 * The recorded target and the page's, when a quoted stretch of `recorded` is followed on the page by another
 * agency's people than the record's words go on to name; null otherwise.
 */
export function quotedTarget(
  sentence: string,
  recorded: string,
  record: StoryRecord,
  speaker?: string,
): { page: string; record: string; quoted: string } | null {
  // "his own officers" are the people of the agencies the record has the words' speaker working for.
  const own = speaker ? (record.people.get(speaker)?.agencies ?? []) : [];
  const rec = words(recorded);
  for (const q of sentence.matchAll(/["\u201C]([^"\u201C\u201D]{3,200})["\u201D]/gu)) {
    const said = words(q[1]!).map((x) => x.w);
    if (said.length < 2) continue;
    // Where the stretch ends in the record, word for word.
    let at = -1;
    for (let i = 0; i + said.length <= rec.length && at === -1; i++)
      if (said.every((w, k) => rec[i + k]!.w === w)) at = i + said.length - 1;
    if (at === -1 || at === rec.length - 1) continue;
    const recordTarget = targetAfter(recorded.slice(rec[at]!.end), record);
    if (!recordTarget) continue;
    const pageTarget = targetAfter(sentence.slice(q.index + q[0].length), record, own);
    if (!pageTarget) continue;
    const related = (a: string, b: string) =>
      a === b || record.ancestors(a).has(b) || record.ancestors(b).has(a);
    if (pageTarget.agencies.some((p) => recordTarget.agencies.some((r) => related(p, r)))) continue;
    return { page: pageTarget.text, record: recordTarget.text, quoted: q[1]! };
  }
  return null;
}
