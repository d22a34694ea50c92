/**
 * The party of a bare title ("the mayor is a Republican", "the governor, a
 * Democrat,"): the title stands for the world file's one holder of its office
 * at the page's date (present tense), else on every day of the story's central events (all its events when it names
 * none); a party word opening the title ("our Republican mayor") is said of it too;
 * compared as party.ts compares a named person. Nothing when the holder is not
 * one person or has no recorded party.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';

/** "the mayor is a Republican", "the mayor, a Democrat,", "the mayor (a Republican, …)": the party said of the title. */
const SAID =
  /^\s*(?:(is|was)\s+(?:a|an)\s+|(?:,|\(|\u2014|\u2013|--)\s*(?:a|an)\s+)(Republican|Democrat)(?=\s*(?:[,.;:!?)\u2014\u2013]|--|$)|\s+(?:and|who|which|like)\b)/;

/** Before a bare title: "the", "our", "their" ("the state's governor" may be another state's). */
const OWNER_BEFORE = /\b(?:the|our|their|its)\s+$/i;
/** A capitalised owner right before the title ("Rochester's mayor"). */
const PLACE_OWNER_BEFORE = /(?:^|\s)\p{Lu}[\p{L}.-]*['\u2019]s\s+$/u;
/** A place after the title: the office is that place's. */
const ELSEWHERE = /^\s+(?:of|from|in|for)\s+(?:the\s+)?\p{Lu}/u;
/** A party word opening a title ("republican mayor"). */
const PARTY_WORD = /^(republican|democratic|democrat)\s+/;

/** Whether the office's jurisdiction holds one of the story's places and every place or state the sentence names. */
function coversPlaces(record: StoryRecord, office: string, mentions: readonly Mention[]): boolean {
  const world = record.world;
  const area = world?.office(office)?.jurisdiction;
  if (!world || !area) return false;
  const inside = (id: string) => id === area || world.within(id, area);
  const storyPlaces = [...record.storyCanons]
    .filter((c) => c.startsWith('w:') && world.place(c.slice(2)) !== undefined)
    .map((c) => c.slice(2));
  if (!storyPlaces.some(inside)) return false;
  return mentions.every((m) => {
    if (m.type !== 'place' && m.type !== 'state') return true;
    const ids = record.gazetteer
      .lookup(m.value.name)
      .filter((g) => g.id.startsWith('w:'))
      .map((g) => g.id.slice(2));
    return ids.length > 0 && ids.some(inside);
  });
}

/** The world office a title names, when it names one. */
function officeOf(record: StoryRecord, title: string): string | undefined {
  const ids = [
    ...new Set(
      record.gazetteer
        .lookup(title)
        .filter((g) => g.kind === 'office')
        .map((g) => g.id),
    ),
  ];
  return ids.length === 1 ? ids[0] : undefined;
}

export function titlePartyConflicts(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
  pageDate?: string,
): { comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world) return [];
  const out: { comparison: Comparison; explanation: string }[] = [];
  for (const m of mentions) {
    if (m.type !== 'title' || m.negated) continue;
    // A bare title after "the" (or "our", "the city's") with no name after it ("the mayor", not "the mayor, Jane Roe,").
    const lead = sentence.slice(Math.max(0, m.start - 20), m.start);
    // "Rochester's mayor": a place owning the title, whose office must be the story's (checked below).
    const placeOwned = PLACE_OWNER_BEFORE.test(lead);
    if (
      (!OWNER_BEFORE.test(lead) && !placeOwned) ||
      mentions.some((p) => p.type === 'person' && p.start >= m.start && p.start <= m.end + 2)
    )
      continue;
    // "the Republican mayor of Greece": a title of another place's.
    if (ELSEWHERE.test(sentence.slice(m.end, m.end + 40))) continue;
    // The party as the title's own first word ("our Republican mayor"), or said of it after.
    const inTitle = PARTY_WORD.exec(m.value.title);
    const id = inTitle ? officeOf(record, m.value.title.slice(inTitle[0].length)) : m.value.id;
    const said: readonly (string | undefined)[] | null = inTitle
      ? [inTitle[0], undefined, inTitle[1] === 'republican' ? 'Republican' : 'Democrat']
      : SAID.exec(sentence.slice(m.end, m.end + 40));
    if (!said || !id?.startsWith('w:')) continue;
    const office = id.slice(2);
    // A party word in the title names the story's own office-holder only where the office covers the story's places
    // and every place the sentence names ("In Tucson, the Republican governor" is Arizona's, not New York's).
    if ((inTitle || placeOwned) && !coversPlaces(record, office, mentions)) continue;
    const days =
      said[1] === 'is' && pageDate
        ? [pageDate.slice(0, 10)]
        : (record.central.length ? record.central : record.events).map((e) => e.event.date);
    // A party word in the title is said of the holder now, and of the story's time: both must be the one person
    // ("our Republican president" on a page of 2017 about speech of 2016 names no one surely).
    const when = inTitle && pageDate ? [...days, pageDate.slice(0, 10)] : days;
    const holders = new Set(
      when.flatMap((d) => world.holdersOn(office, d).map((h) => h.person.id)),
    );
    if (holders.size !== 1) continue;
    const holder = [...holders][0] as string;
    const party = record.people.get(`w:${holder}`)?.party ?? world.person(holder)?.party;
    const page = said[2] === 'Republican' ? 'republican' : 'democratic';
    if (!party || party === page) continue;
    const name = world.person(holder)?.name ?? holder;
    const recorded = party === 'republican' ? 'Republican' : 'Democrat';
    out.push({
      comparison: { slot: 'party', page: said[2] as string, record: recorded },
      explanation: inTitle
        ? `The ${m.text.slice(inTitle[0].length)} (${name}) is a ${recorded}, not a ${said[2]}.`
        : `The ${m.text} (${name}) is a ${recorded}, not a ${said[2]}.`,
    });
  }
  return out;
}
