/**
 * Who the page says wrote or said something, where the reader sees no verb:
 * the owner of words ("Roe's post on X ended with …", "Roe's statement"),
 * the one "as Roe put it", and the byline of a piece ("a piece by Jane Roe").
 * Someone outside the story there (a full name no one of the story has, the
 * world file's people included, or a surname the page never gives a first
 * name) conflicts when the one linked event with people in that part names
 * them. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import type { Role } from './clause-roles.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { stranger } from './person-post.ts';
import { listNames } from './record-values.ts';

type Person = Mention & { type: 'person' };

/** Nouns of words someone put out: "X's post", "X's statement". */
const OWNED_WORDS =
  /^['\u2019]s\s+(?:\p{Ll}+\s+)?(?:post|posts|statement|statements|remarks|comments|words|tweet|tweets|message|letter|announcement|testimony)\b/u;
/** A capitalised name of one to three words right before the possessive. */
const OWNER = /(?:^|[^\p{L}'\u2019])((?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+)$/u;

/** The people the page puts in a part by these shapes. */
const OWNERS = new WeakSet<Mention>();

/** "a piece by", "an article written by", "the story, by": what someone wrote, then "by". */
const BYLINE =
  /\b(?:piece|article|story|report|column|op-ed|essay|editorial|feature|profile|commentary|write-up|reporting)\s+(?:[\p{L}-]+\s+){0,2}?(?:written\s+)?by\s+$/iu;

/** Whether the words before a person make them a piece's byline ("a piece by", "an article written by"). */
function byline(sentence: string, m: Mention): boolean {
  return BYLINE.test(sentence.slice(Math.max(0, m.start - 60), m.start));
}

/**
 * Adds the owner of words ("Roe's post") to the clause it is in, as a person,
 * when the reader has no mention there (an agency, a place or an outlet
 * keeps its own reading). `inQuote` tells offsets inside quotation marks.
 */
export function withOwners(
  clauses: readonly Clause[],
  sentence: string,
  inQuote: (at: number) => boolean,
): Clause[] {
  return clauses.map((c) => {
    const added: Mention[] = [];
    for (const match of sentence.slice(c.start, c.end).matchAll(/['\u2019]s\s/gu)) {
      const at = c.start + match.index;
      if (!OWNED_WORDS.test(sentence.slice(at, at + 40)) || inQuote(at)) continue;
      const owner = OWNER.exec(sentence.slice(Math.max(c.start, at - 60), at));
      if (!owner) continue;
      const name = owner[1] as string;
      const start = at - name.length;
      if (c.mentions.some((m) => m.start < at && m.end > start)) continue;
      const m: Mention = {
        type: 'person',
        text: name,
        start,
        end: at,
        negated: false,
        value: { name },
      };
      OWNERS.add(m);
      added.push(m);
    }
    return added.length
      ? { ...c, mentions: [...c.mentions, ...added].sort((a, b) => a.start - b.start) }
      : c;
  });
}

/** "As Sheriff Jim Roe put it, …", "as Roe noted": an attribution with no verb of speech the reader knows. */
const AS_BEFORE = /(?:^|[\s,;:(\u201C"])as\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}$/iu;
const PUT_IT_AFTER = /^\s+(?:put|puts|phrased|summed)\s+it\b/i;

/** The part the page gives the person by these shapes, or undefined. */
function partOf(ctx: CompareContext, m: Person): Role | undefined {
  if (OWNERS.has(m)) return 'spoke';
  const before = ctx.sentence.slice(Math.max(0, m.start - 40), m.start);
  if (AS_BEFORE.test(before) && PUT_IT_AFTER.test(ctx.sentence.slice(m.end, m.end + 20)))
    return 'spoke';
  return byline(ctx.sentence, m) ? 'reported' : undefined;
}

/** A full name, or a surname the page never introduced, of no one in the story (the world file may know them). */
function outsider(ctx: CompareContext, m: Person): boolean {
  if (stranger(ctx, m)) return true;
  const page = canonsNamed(ctx, m.value.name, ['person']);
  return (
    page.length > 0 &&
    /^\p{Lu}\S*\s+(?:\p{Lu}\.?\s+)?\p{Lu}/u.test(m.value.name) &&
    !page.some((c) => ctx.record.storyCanons.has(c) || ctx.record.people.has(c))
  );
}

/** A stranger as the owner of words or a piece's byline, where the record names who; null otherwise. */
export function compareAuthor(ctx: CompareContext, m: Person): ValueResult | null {
  const part = partOf(ctx, m);
  if (!part || ctx.linkedByPlace) return null;
  const { record } = ctx;
  // A body the record knows, read as the owner of words ("the Locust Club's statement"), is no stranger person.
  const folded = foldText(m.value.name);
  if (
    record.organizationNames.some((n) => n === folded || folded.endsWith(` ${n}`)) ||
    record.gazetteer.lookup(m.value.name).some((g) => g.kind !== 'person')
  )
    return null;
  const roles = part === 'spoke' ? ['spoke', 'reported'] : ['reported'];
  const events = ctx.events.filter((e) =>
    e.participants.some((p) => roles.includes(p.role) && record.people.has(p.canon)),
  );
  if (events.length !== 1) return null;
  const people = [
    ...new Set(
      events[0]!.participants
        .filter((p) => roles.includes(p.role) && record.people.has(p.canon))
        .map((p) => p.canon),
    ),
  ];
  if (
    canonsNamed(ctx, m.value.name, ['person']).some((c) => people.includes(c)) ||
    !outsider(ctx, m)
  )
    return null;
  const names = listNames(people.map(record.nameOf));
  const did = part === 'spoke' ? 'said it' : 'wrote it';
  return result(
    'conflict',
    'person',
    m.text,
    names,
    `The record names ${names} as who ${did}, not ${m.value.name}.`,
  );
}
