/**
 * Years of a post told in an aside on a person: "Tom Homan (who led ICE in 2017 and 2018)", "Homan — acting ICE
 * director from 2017 to 2018 —", "Beck, who served as chief from 2009 to 2018,". Those years are when the person
 * held the post, not the day of anything the sentence tells: the date candidates are taken out, and the years are
 * given to the title the aside names (on the person or on its own), for the comparer to judge the post on them.
 *
 * Only a year with no month (or two joined as a range, or by "and"), in an aside opened by a comma, a dash or a
 * bracket right after a person's name or title, whose words before the year name a post: a title, or a verb of
 * holding one (led, ran, headed, served, directed, chaired, commanded, oversaw), and which closes after the years
 * (or ends the sentence). "Homan, who visited in 2025," names no post; "who was arrested in 2019" neither.
 * General English; nothing here knows a story.
 */
import type { Candidate } from './context.ts';
import type { Token } from './tokens.ts';

const OPEN = new Set([',', '(', '-', '\u2013', '\u2014', '--']);
const CLOSE = new Set([',', ')', '-', '\u2013', '\u2014', '--', '.', ';']);
const POST_VERB =
  /^(?:led|ran|headed|served|directed|chaired|commanded|oversaw|helmed|held|run|lead|leads|heads|runs)$/;
const COPULA = /^(?:was|is|had|has)$/;
/** Words an aside of a post may hold between its opening and the year. */
const MAX_ASIDE = 12;

type Years = { from: number; to: number };

function isYearOnly(c: Candidate | undefined): c is Candidate & { type: 'date' } {
  return c?.type === 'date' && c.value.year !== undefined && c.value.month === undefined;
}

/** Takes tenure years out of `kept` (sorted by start) and puts them on the aside's title; returns the new list. */
export function markTenureYears(kept: Candidate[], tokens: readonly Token[]): Candidate[] {
  const drop = new Set<number>();
  const give = new Map<number, Years>();
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (!isYearOnly(c) || drop.has(i)) continue;
    // The aside's opening: the nearest mark before the year, within reach.
    let open = -1;
    for (let k = c.from - 1; k >= 0 && k >= c.from - MAX_ASIDE; k--) {
      const t = tokens[k]!;
      if (!t.word && OPEN.has(t.lower)) {
        open = k;
        break;
      }
      if (!t.word && t.lower !== "'" && t.lower !== '.' && t.lower !== '\u2019') break;
    }
    if (open < 1) continue;
    // A person or a title ends right before the opening.
    const head = kept.findIndex(
      (h) => h.to === open && (h.type === 'person' || h.type === 'title'),
    );
    if (head === -1) continue;
    // A post named inside the aside, before the year: a title, or a verb of holding one.
    const inside = kept.findIndex(
      (h, j) =>
        j !== head &&
        h.from > open &&
        h.to <= c.from &&
        (h.type === 'title' || h.type === 'person'),
    );
    const verb = tokens.slice(open + 1, c.from).some((t) => POST_VERB.test(t.lower));
    // (A title opening the aside is the first candidate inside it, so `inside` finds it.)
    const titled = inside !== -1 && kept[inside]!.type === 'title';
    if (!verb && !titled) continue;
    // "who was acting ICE director in 2014": a post told with a copula keeps its year for led-body.ts, which weighs
    // the year against the person's terms.
    if (
      /^(?:who|that)$/.test(tokens[open + 1]?.lower ?? '') &&
      COPULA.test(tokens[open + 2]?.lower ?? '')
    )
      continue;
    // So does ", who ran ICE (as acting director) in 2014," of someone the gazetteer knows: led-body.ts weighs the year
    // against their terms, and takes the body and the year out of the event's values.
    const h0 = kept[head]!;
    if (
      h0.type === 'person' &&
      h0.value.id !== undefined &&
      tokens[open]!.lower === ',' &&
      /^(?:who|that)$/.test(tokens[open + 1]?.lower ?? '') &&
      POST_VERB.test(tokens[open + 2]?.lower ?? '') &&
      kept.some((a) => a.type === 'agency' && a.from === open + 3)
    )
      continue;
    // The years: this one, and a range's other end or one joined by "and".
    const years: Years = { from: c.value.year!, to: c.value.year! };
    let end = c.to;
    const next = kept[i + 1];
    const join = tokens[c.to]?.lower ?? '';
    if (
      isYearOnly(next) &&
      next.from === c.to + 1 &&
      /^(?:to|through|thru|until|till|and|-|\u2013)$/.test(join)
    ) {
      years.to = next.value.year!;
      end = next.to;
      drop.add(i + 1);
    } else if (
      /^(?:to|through|and|-|\u2013)$/.test(join) &&
      tokens[c.to + 1]?.digits &&
      /^\d{4}$/.test(tokens[c.to + 1]!.text)
    ) {
      years.to = Number(tokens[c.to + 1]!.text);
      end = c.to + 2;
    }
    // The aside closes after the years (or the sentence ends there).
    const close = tokens[end];
    if (close !== undefined && !(close.word === false && CLOSE.has(close.lower))) continue;
    if (years.to < years.from) continue;
    drop.add(i);
    // The body a verb of holding a post takes ("who led ICE in 2017") is the post's, no participant of an event.
    if (verb)
      kept.forEach((h, j) => {
        if (h.type === 'agency' && h.from > open && h.to <= c.from) drop.add(j);
      });
    const at = titled ? inside : kept[head]!.type === 'title' ? head : -1;
    if (at !== -1) give.set(at, years);
    // The person's own title read from the same aside ("Homan, acting director of ICE in 2017") has those years too.
    const h = kept[head]!;
    const last = h.type === 'person' ? h.value.title?.split(/\s+/).pop() : undefined;
    if (at !== head && last && tokens.slice(open + 1, c.from).some((t) => t.lower === last))
      give.set(head, years);
  }
  if (!drop.size) return kept;
  return kept.flatMap((c, j) => {
    if (drop.has(j)) return [];
    const years = give.get(j);
    if (years && (c.type === 'title' || (c.type === 'person' && c.value.title)))
      return [{ ...c, value: { ...c.value, during: years } } as Candidate];
    return [c];
  });
}
