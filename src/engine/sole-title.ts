/**
 * "The mayor said": a title alone names the one person of the story who held it while the story happened. A title two
 * people held then (two senators, a US and a council president), or none, names no one. Roles that ended before the
 * story began or started after it ended do not count ("Lovely Warren, mayor until 2021" is no mayor of a 2025 story).
 * Nothing here knows a story: titles are person-names.ts's, roles and dates the pack's.
 */
import type { Entity } from '../pack/schema.ts';
import { foldText } from './normalize.ts';
import { titleForms, titlesOf, TITLES } from './person-names.ts';
import { ownedSpeechBeforeQuote } from './owned-speech.ts';

/** After the title: its possessive and a noun for what was said, then a colon or "that" and the words ("the chief's words: “…”"). */
const OWNED = ownedSpeechBeforeQuote('"').source.slice(1);

/** The last words of a title that name a post. */
const POST_ENDS = new Set([
  ...Object.keys(TITLES),
  'director',
  'manager',
  'superintendent',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chair',
  'coach',
  'marshal',
  'principal',
  'supervisor',
  'administrator',
  'leader',
]);

/** Whether the entity held the title at some time within the story's days (undated roles always count). */
function heldWithin(entity: Entity, title: string, start: string, end: string): boolean {
  const roles = (entity.roles ?? []).filter((r) =>
    titlesOf({ ...entity, role: r.title, roles: [] }).includes(title),
  );
  if (!roles.length) return true;
  return roles.some((r) => (!r.to || r.to > start) && (!r.from || r.from <= end));
}

/** For each person who alone held one of the titles during the story, the folded "the <title>" names ("the mayor", "the police chief"). */
export function soleTitleNames(
  people: readonly Entity[],
  start: string,
  end: string,
): Map<string, string[]> {
  const holders = new Map<string, Entity[]>();
  for (const entity of people) {
    if (entity.kind !== 'person') continue;
    for (const title of titlesOf(entity))
      if (heldWithin(entity, title, start, end))
        holders.set(title, [...(holders.get(title) ?? []), entity]);
  }
  const out = new Map<string, string[]>();
  // A post's own words as the role prints them ("Tamsen Falls fire chief" → "the fire chief"): its last two or three
  // words, for the one person of the story whose roles end so.
  const tails = new Map<string, Entity[]>();
  for (const entity of people) {
    if (entity.kind !== 'person') continue;
    const own = new Set<string>();
    for (const r of entity.roles ?? []) {
      if ((r.to && r.to <= start) || (r.from && r.from > end)) continue;
      const words = foldText(r.title)
        .split(/[^\p{L}]+/u)
        .filter(Boolean);
      // Only a title that ends in its post ("… fire chief"), not "director of public works" nor "… school district".
      if (!POST_ENDS.has(words[words.length - 1] ?? '')) continue;
      for (const n of [2, 3]) if (words.length >= n) own.add(words.slice(-n).join(' '));
    }
    for (const tail of own) tails.set(tail, [...(tails.get(tail) ?? []), entity]);
  }
  for (const [tail, [only, ...more]] of tails)
    if (only && !more.length) out.set(only.id, [...(out.get(only.id) ?? []), `the ${tail}`]);
  for (const title of Object.keys(TITLES)) {
    const [only, ...more] = holders.get(title) ?? [];
    if (!only || more.length) continue;
    out.set(only.id, [
      ...(out.get(only.id) ?? []),
      ...titleForms(title)
        .filter((f) => !f.endsWith('.'))
        .map((f) => `the ${f}`),
    ]);
  }
  return out;
}

const VERB = String.raw`(?:(?:also|then|later|again|just)\s+)?(?:said|says|goes|went|added|adds|replied|answered|declared|told\s+(?:[\p{L}'’]+\s+){1,3}?|was\s+like|is\s+like)`;

/**
 * The frames that credit the quoted words after them to the title's holder, opening the sentence or a clause: "As the
 * mayor (also) put it, “…”", "According to the mayor, “…”", "In the mayor's words: “…”". General English.
 */
const CREDIT_FRAME = String.raw`(?:^|[.;!?]\s+|,\s+|\b(?:and|but)\s+)(?:as\s+the\s+TITLE\s+(?:(?:also|then|later|once|again|just)\s+)?(?:put\s+it|said|says|noted|wrote|explained)|according\s+to\s+the\s+TITLE|in\s+the\s+TITLE['\u2019]s\s+(?:own\s+)?words)`;

/**
 * Whose words the title names as speaking, in the plainest forms only: the title as the subject opening a clause, right
 * before a verb of speech and the quoted words ("Then the mayor said, “…”", "And the mayor goes, “…”", with an aside set off by
 * commas between: "The mayor, for his part, said, “…”"), or right after
 * them ("“…,” said the mayor.", "“…,” the mayor said."). "What the mayor said “…”" or "called the mayor's remarks “…”" name no speaker.
 */
export function soleTitleSpeaker(
  sentence: string,
  titled: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  const text = sentence.toLowerCase().replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"');
  for (const [id, names] of titled) {
    for (const name of names) {
      const { key, before, after, opening } = patternsOf(name);
      if (text.includes(key) && (before.test(text) || after.test(text) || opening.test(text)))
        return id;
    }
  }
  return undefined;
}

/** A title's two patterns, built once, and its first word, which a sentence must hold for either to match. */
const PATTERNS = new Map<string, { key: string; before: RegExp; after: RegExp; opening: RegExp }>();
function patternsOf(name: string): { key: string; before: RegExp; after: RegExp; opening: RegExp } {
  let out = PATTERNS.get(name);
  if (!out) {
    const bare = name.replace(/^the\s+/, '').toLowerCase();
    const title = bare.replace(/\s+/g, String.raw`\s+`);
    out = {
      key: bare.split(/\s+/)[0]!,
      before: new RegExp(
        String.raw`(?:(?:^|[.;!?]\s+|,\s+|\b(?:and|then|but|so|later|finally)\s+)the\s+${title}(?:\s*,\s*[^,"]{1,40},)?\s+${VERB}|${CREDIT_FRAME.split('TITLE').join(title)})\s*[,:]?\s*"|(?:^|[.;!?]\s+|\b(?:and|but|so)\s+)the\s+${title}\s+(?!and\b|or\b)(?:[\p{L}'\u2019]+\s+){0,3}?(?!and\b|or\b)[\p{L}'\u2019]+\s*:\s*"|(?<!['\u2019]s?\s+(?:[\p{L}-]+\s+){1,3}?(?:to|of|on|at|about|for|with|from|by|against|over)\s+)\bthe\s+${title}${OWNED}|\b(?:came|comes|come|was|were|is)\s+(?:(?:straight|directly|first)\s+)?from\s+the\s+${title}\s*:\s*"`,
        'u',
      ),
      // "“…,” said the mayor.", "“…,” the mayor said (at the rally)." and a quote split by them ("“…,” the chief told reporters, “…”"),
      // or going on with a participle ("“…,” the chief said, adding that …").
      after: new RegExp(
        String.raw`"\s*,?\s*(?:(?:said|added|says)\s+the\s+${title}|the\s+${title}\s+(?:(?:also|then|later)\s+)?(?:said|added|says|told(?:\s+[\p{L}'\u2019]+){1,3}?))(?:\s+(?:at|in|on|during|outside|after)\s+[^",;.!?]{1,40}?)?\s*(?:[.,;!?]?\s*$|,\s*"|,\s*(?:adding|noting|saying|explaining|continuing)\b)`,
        'u',
      ),
      // The title opening the sentence as its subject, then the words, then a pronoun speaking ("The mayor also spelled
      // out the rules: “…,” he said").
      // Or a cleft putting the title in focus ("It was the mayor, too, who said he saw “…”").
      opening: new RegExp(
        String.raw`^\s*the\s+${title}\b[^"]{0,80}"[^"]*"\s*,?\s*(?:he|she)\s+(?:(?:also|then|later)\s+)?(?:said|added|says)\b|(?:^|[.;!?]\s+)it\s+(?:was|is)\s+(?:(?:also|only|actually)\s+)?the\s+${title}(?:\s*,\s*(?:too|also|again|in\s+fact)\s*,)?\s+(?:who|that)\s+(?:also\s+)?(?:said|says|told|wrote|added|declared)\b[^"]{0,60}"`,
        'u',
      ),
    };
    if (PATTERNS.size > 500) PATTERNS.clear();
    PATTERNS.set(name, out);
  }
  return out;
}
