/**
 * A surname alone that the page never introduces (never gives a first name) and that is no misspelling of a
 * surname of the story's people: a stranger.
 */
import { foldText } from '../normalize.ts';
import { TITLES, titleForms, wordsOf } from '../person-names.ts';
import type { CompareContext } from './value-result.ts';

/** Whether a surname alone is never given a first name on the page (a stranger the page never introduced). */
export function neverIntroduced(page: string | undefined, name: string): boolean {
  if (page === undefined || /\s/.test(name.trim())) return false;
  return !introducedOn(page).has(foldText(name.trim()));
}

/**
 * The words a page puts right after a capitalised word that is no title, on one line, with at most a middle
 * initial between ("Tom Rudd", "Tom J. Rudd", "TOM RUDD:"; not "Mayor Rudd", not "… Alder.\nRudd said"), folded:
 * read once per page.
 */
let introducedPage: string | undefined;
let introducedNames = new Set<string>();
function introducedOn(page: string): ReadonlySet<string> {
  if (page === introducedPage) return introducedNames;
  const names = new Set<string>();
  for (const m of page.matchAll(
    /(\p{Lu}[\p{L}'\u2019-]*)[ \t\u00A0]+(?:\p{Lu}\.[ \t\u00A0]+)?(?=(\p{Lu}[\p{L}'\u2019-]*))/gu,
  )) {
    if (!isTitleWord(m[1] as string))
      names.add(foldText((m[2] as string).replace(/(?:['\u2019]s?|-)+$/u, '')));
  }
  introducedPage = page;
  introducedNames = names;
  return names;
}

const isTitleWord = (word: string) => {
  const w = foldText(word).replace(/\.$/, '');
  return (
    Object.keys(TITLES).some((t) => titleForms(t).some((f) => wordsOf(f).includes(w))) ||
    /^(mr|mrs|ms|dr|officer|agent|detective|sgt|sergeant|lt|lieutenant|spokes(?:man|woman|person)|the|and|said|says|told|by|of|with|to)$/.test(
      w,
    )
  );
};

/** A surname alone the page never gives a first name, and no misspelling of a surname of the story's people. */
export function strangerSurname(ctx: CompareContext, name: string): boolean {
  if (!neverIntroduced(ctx.page, name)) return false;
  const folded = foldText(name);
  return ![...ctx.record.people.values()].some((p) =>
    near(folded, foldText(p.name).split(/\s+/).pop() ?? ''),
  );
}

/** Within two edits, for words of five letters or more (one below that). */
function near(a: string, b: string): boolean {
  if (!a || !b || Math.abs(a.length - b.length) > 2) return false;
  const limit = Math.min(a.length, b.length) >= 5 ? 2 : 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return (row[b.length] as number) <= limit;
}
