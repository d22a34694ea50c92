/**
 * A body of the story named by what it is, then another name in apposition: "The union that represents city officers,
 * the Harbor Officers Association, said …" where the story's one body whose role is a union is another. The descriptor
 * (the role's head noun, with only words of that role or general words of the job before it, or a relative clause of
 * lower-case words after it) points at the story's body of that role; the name in apposition is an organisation's
 * (one of its words an organisation's: Association, Club, Order, …) and neither that body's name nor any other of
 * the story's bodies' or people's (a place's may be in it: "the <Town> Police Benevolent Association"). The name may
 * come first ("<Name>, the officers' union,") or in brackets ("the union (<Name>)"). Then the page gives the body's role to another organisation. Nothing here knows a story.
 */
import type { Entity } from '../pack/schema.ts';
import { foldText } from './normalize.ts';

/** A word of an organisation's name (general English). */
const ORG_END =
  /^(?:Association|Associations|Club|Union|Federation|Guild|Alliance|Brotherhood|Lodge|Order|Conference|League|Society|Committee|Coalition|Council|Organization|Organisation|Foundation|Institute|Caucus|Network|Group)$/;
/** General words of a job's body that may stand before the head noun without naming another body. */
const GENERAL = new Set([
  'police',
  'officers',
  "officers'",
  'officer',
  "officer's",
  'city',
  "city's",
  'local',
  'own',
  'rank-and-file',
  "department's",
  'its',
  'their',
  'the',
  'main',
  'largest',
]);

export interface ApposedBody {
  /** The story's body the descriptor points at. */
  entity: Entity;
  /** The name the page gives it. */
  page: string;
}

/** The head noun of a role: its first word after an article and any possessive ("the union of …": union). */
function headOf(role: string): string | undefined {
  const words = foldText(role)
    .split(/[^\p{L}'-]+/u)
    .filter(Boolean);
  return words.find((w) => !/^(?:the|a|an)$/.test(w) && !/'s?$/.test(w));
}

/**
 * The name when it is an organisation's (two words or more, one an organisation's word), neither the body's own (`own`,
 * folded) nor another of the story's (`names`); undefined otherwise.
 */
function otherBody(
  name: string,
  own: readonly string[],
  names: readonly string[],
): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.some((w) => ORG_END.test(w))) return undefined;
  const folded = foldText(name);
  // The body's own name in it, or it in one, word for word ("the Locust Club" for the Rochester Police Locust Club);
  // another name of the story only whole ("Rochester Police", a department's, is in many names that are not its).
  if (
    own.some(
      (n) =>
        n.length >= 3 && (` ${folded} `.includes(` ${n} `) || ` ${n} `.includes(` ${folded} `)),
    )
  )
    return undefined;
  return names.includes(folded) ? undefined : name;
}

/** What apposedBody reads of a story's entities, once per list (a page asks for each sentence with a comma). */
interface StoryBodies {
  bodies: Entity[];
  heads: (string | undefined)[];
  names?: string[];
  placeWords?: Set<string>;
}
const storyBodies = new WeakMap<readonly Entity[], StoryBodies>();

/** The sentence gives the role of one of the story's bodies (`entities`) to an organisation the story does not have. */
export function apposedBody(
  sentence: string,
  entities: readonly Entity[],
): ApposedBody | undefined {
  // The pattern below needs a comma (or a bracket) after the descriptor and the role's head noun as it is written: most sentences
  // have neither, and then the story's names are never folded.
  if (!sentence.includes(',') && !sentence.includes('(')) return undefined;
  let story = storyBodies.get(entities);
  if (!story) {
    const bodies = entities.filter((e) => e.kind === 'organization' || e.kind === 'agency');
    story = { bodies, heads: bodies.map((b) => (b.role ? headOf(b.role) : undefined)) };
    storyBodies.set(entities, story);
  }
  const { bodies, heads } = story;
  for (const [i, body] of bodies.entries()) {
    const head = heads[i];
    if (
      !head ||
      head.length < 4 ||
      !sentence.includes(head) ||
      heads.filter((h) => h === head).length !== 1
    )
      continue;
    // Names of the story's bodies and people, not its places: "the <Town> Police Benevolent Association" has the town's
    // name in it and is still another body.
    const names = (story.names ??= entities
      .filter((e) => e.kind !== 'place')
      .flatMap((e) => [e.name, ...(e.aliases ?? [])].map(foldText)));
    const placeWords = (story.placeWords ??= new Set(
      entities
        .filter((e) => e.kind === 'place')
        .flatMap((e) => foldText(e.name).split(/[^\p{L}]+/u)),
    ));
    const ownNames = [body.name, ...(body.aliases ?? [])].map(foldText);
    const roleWords = new Set(
      foldText(`${body.role ?? ''} ${body.name} ${(body.aliases ?? []).join(' ')}`).split(
        /[^\p{L}'-]+/u,
      ),
    );
    const re = new RegExp(
      String.raw`(?:^|[^\p{L}])[Tt]he\s+((?:[\p{L}'\u2019-]+\s+){0,3}?)${head}((?:\s+(?:that|which|who)\s+[\p{Ll}'\u2019-]+(?:\s+[\p{L}'\u2019-]+){0,5})?)(?:,\s+|\s*\(\s*)(?:the\s+)?((?:\p{Lu}[\p{L}.'\u2019-]*[\s)]+){1,5})`,
      'gu',
    );
    // The name first: "The <Name>, the officers' union, said …", "<Name> (the officers' union)".
    const reversed = new RegExp(
      String.raw`((?:\p{Lu}[\p{L}.'\u2019-]*)(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}.'\u2019-]*){1,6})(?:,\s+|\s*\(\s*)the\s+((?:[\p{L}'\u2019-]+\s+){0,3}?)${head}\s*[,)]`,
      'gu',
    );
    for (const m of sentence.matchAll(reversed)) {
      const before = foldText(m[2] ?? '')
        .split(/\s+/)
        .filter(Boolean);
      if (
        !before.length ||
        !before.every((w) => GENERAL.has(w) || roleWords.has(w) || placeWords.has(w))
      )
        continue;
      const name = (m[1] as string).replace(/^The\s+/, '');
      const found = otherBody(name, ownNames, names);
      if (found) return { entity: body, page: found };
    }
    for (const m of sentence.matchAll(re)) {
      const before = foldText(m[1] ?? '')
        .split(/\s+/)
        .filter(Boolean);
      if (!before.every((w) => GENERAL.has(w) || roleWords.has(w) || placeWords.has(w))) continue;
      // A relative clause: lower-case words, or the story's own places.
      const clause = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
      if (!clause.every((w) => /^\p{Ll}/u.test(w) || placeWords.has(foldText(w)))) continue;
      // The name: capitalised words ("of", "for" between) up to the next lower-case word or punctuation; one an organisation's word.
      const rest = sentence.slice((m.index ?? 0) + m[0].length - (m[3] ?? '').length);
      const name =
        /^((?:\p{Lu}[\p{L}.'\u2019-]*)(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}.'\u2019-]*){0,6})/u.exec(
          rest,
        )?.[1];
      if (!name) continue;
      const found = otherBody(name, ownNames, names);
      if (found) return { entity: body, page: found };
    }
  }
  return undefined;
}
