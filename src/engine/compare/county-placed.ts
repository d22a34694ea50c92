/**
 * A place or street of the record put in a county by the words right after it: "Tamsen Falls, in Vernon County",
 * "Bristle Creek Road in Crawford County", "Halvey Springs, a Greene County city". Where the record has that place
 * within a county (its own record's, as a drafted pack gives it, or the world file's), another county's name is a
 * conflict, whatever event the sentence is about: where a recorded place lies is the record's (as in
 * relative-place.ts). Only the plain shapes ("in", "a … city"), not "near", "next to" or "from" (another place is
 * then named beside it), and only for a county named in full ("<Name> County"). Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { placeCanons } from './relative-place.ts';
import type { StoryRecord } from './story-record.ts';
import type { Comparison } from './value-result.ts';

const COUNTY = /^((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3})County$/u;
/** Between the place and the county: "in", ", in", ", a", ", an" (the latter before "city", "town" …). */
const IN = /^\s*,?\s*in\s+$/;
const AN = /^\s*,\s*an?\s+$/;
const TOWN_AFTER = /^\s+(?:city|town|village|community|township|borough)\b/;

/** Right after "in <X> County": the end of the phrase (a mark, a state, or a word that opens another phrase). */
const CLOSED_AFTER =
  /^(?:\s*[,.;:)\u2014\u2013]|\s*$|\s+(?:on|in|at|and|or|was|were|is|are|had|has|early|late|last|this|after|before|when|where|during|for|about|around|to|from|with|by|\p{Lu}))/u;
/** Words that set where a place lay at another time ("until the county lines were redrawn", "at the time"). */
const OTHER_TIME =
  /\b(?:at the time|until|till|back then|formerly|used to|once was|county lines?|redrawn|was part of|were part of|annexed)\b/i;

const countyKey = (name: string) => foldText(name.replace(/\s+County$/i, '')).trim();

/** The counties the record has a canon lying in: drafted places named "<X> County", and the world file's counties. */
function countiesOf(canon: string, record: StoryRecord): string[] {
  return [canon, ...record.ancestors(canon)].filter((c) => {
    if (c.startsWith('w:')) return record.world?.place(c.slice(2))?.kind === 'county';
    return COUNTY.test(record.nameOf(c));
  });
}

export function countyPlacedConflict(
  sentence: string,
  mentions: readonly Mention[],
  record: StoryRecord,
): { comparison: Comparison; explanation: string } | null {
  for (const m of mentions) {
    if (m.type !== 'place' || !COUNTY.test(m.text)) continue;
    const before = mentions.find(
      (p) =>
        (p.type === 'place' || p.type === 'street' || p.type === 'intersection') &&
        p !== m &&
        p.end <= m.start &&
        m.start - p.end <= 6,
    );
    if (!before) continue;
    const gap = sentence.slice(before.end, m.start);
    const after = sentence.slice(m.end, m.end + 40);
    const within = IN.test(gap);
    if (!within && !(AN.test(gap) && TOWN_AFTER.test(after))) continue;
    // The county names a thing after it ("in La Crosse County trucks"), or another time ("at the time", "until …").
    if (within && !CLOSED_AFTER.test(after)) continue;
    if (OTHER_TIME.test(sentence)) continue;
    // Only a place of the story's own record ("of Rochester, Minn." is not the world file's Rochester).
    const antecedent = placeCanons(before, record).filter((c) => record.storyCanons.has(c));
    const counties = [...new Set(antecedent.flatMap((c) => countiesOf(c, record)))];
    if (!counties.length) continue;
    const page = countyKey(m.text);
    if (counties.some((c) => countyKey(record.nameOf(c)) === page)) continue;
    const where = [...new Set(antecedent.map((c) => record.nameOf(c)))].join(' and ');
    const names = counties.map((c) => record.nameOf(c)).join(' and ');
    return {
      comparison: { slot: 'place', page: m.text, record: names },
      explanation: `The record has ${where} in ${names}, not ${m.text}.`,
    };
  }
  return null;
}
