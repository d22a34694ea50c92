/**
 * A world office named by its bare title ("the mayor", "then-Mayor", "the police chief", "Council President") in a
 * story whose people held it: the bare words name that office when it is the only office of the story's people
 * (a person of the story among its holders, at any time) that the words name. "The mayor" in a story of one city's
 * mayor is that city's; "the chief" in a story of three cities' chiefs is no one office, and names nothing here.
 * A bare title with a word of another body before it ("Buffalo's mayor", "the fire chief", "Council President"
 * read as "President") or after it ("the mayor of Buffalo", "of a town in Ohio", "the mayor's office") is not the bare title: the caller
 * asks barePlace() before using a hit. World knowledge and the record's people; nothing here knows a story.
 */
import type { Office } from '../../world/schema.ts';
import type { StoryRecord } from './story-record.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An office named by bare words: each form's words (lower case) and, in the same order, its pattern. */
type BareOffice = { office: Office; words: string[][]; forms: RegExp[] };

const CACHE = new WeakMap<StoryRecord, BareOffice[]>();

/** The story's offices named by bare words alone (each alias made of `generic` words only), with their patterns. */
export function bareStoryOffices(record: StoryRecord, generic: ReadonlySet<string>): BareOffice[] {
  let out = CACHE.get(record);
  if (out) return out;
  out = [];
  const world = record.world;
  if (world) {
    const ofStory = world.world.offices.filter((o) =>
      (o.holders ?? []).some((h) => record.people.has(`w:${h.person}`)),
    );
    // Each office's names made only of generic words, read once (compared below between every pair of offices).
    const bare = new Map(
      ofStory.map((o) => [
        o,
        [o.title, ...(o.aliases ?? [])]
          .filter((f) =>
            f
              .toLowerCase()
              .split(/\s+/)
              .every((w) => generic.has(w)),
          )
          .map((f) => f.toLowerCase()),
      ]),
    );
    for (const office of ofStory) {
      // Words another office of the story's people is also called by name neither.
      const own = bare
        .get(office)!
        .filter((f) => !ofStory.some((o) => o !== office && bare.get(o)!.includes(f)))
        .sort((x, y) => y.length - x.length);
      // Compiled on first use: only a sentence with one of bareOfficeWords() asks for the patterns.
      let forms: RegExp[] | undefined;
      if (own.length)
        out.push({
          office,
          words: own.map((f) => f.split(/\s+/)),
          get forms() {
            return (forms ??= own.map(
              (f) =>
                new RegExp(
                  String.raw`(?<![\p{L}\p{N}])${f
                    .split(/\s+/)
                    .map(escape)
                    .join(String.raw`\s+`)}(?![\p{L}\p{N}])`,
                  'giu',
                ),
            ));
          },
        });
    }
  }
  CACHE.set(record, out);
  return out;
}

const WORDS = new WeakMap<StoryRecord, string[]>();

/** The last word of every bare form (lower case): a sentence with none of them names no bare office, and a plain search says so. */
export function bareOfficeWords(
  record: StoryRecord,
  generic: ReadonlySet<string>,
): readonly string[] {
  let out = WORDS.get(record);
  if (!out) {
    out = [
      ...new Set(
        bareStoryOffices(record, generic)
          .flatMap(({ office }) =>
            [office.title, ...(office.aliases ?? [])].map(
              (f) => f.toLowerCase().split(/\s+/).pop() ?? '',
            ),
          )
          .filter(Boolean),
      ),
    ];
    WORDS.set(record, out);
  }
  return out;
}

/** Words that may stand right before a bare title that still names the story's office ("the", "then-", "was"). */
const BEFORE =
  /(?:^|[,;:("\u201C\u2014]|\b(?:the|then|was|is|as|its|city['\u2019]s|Democratic|Republican|democratic|republican))[\s-]*$/u;

/**
 * Whether the bare title at [a, b) of `sentence` stands alone: no name of another body before it (a capitalised
 * word, a possessive, a lower-case modifier: "fire chief"), no "of <Name>" or possessive after it.
 */
export function barePlace(sentence: string, a: number, b: number): boolean {
  if (!BEFORE.test(sentence.slice(Math.max(0, a - 30), a))) return false;
  const after = sentence.slice(b, b + 30);
  return (
    !/^(?:['\u2019]s?\b|\s+(?:of|for)\b|\s+in\s+(?:the\s+)?\p{Lu})/u.test(after) &&
    !/^-elect\b/.test(after)
  );
}
