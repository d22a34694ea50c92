/**
 * A county body named for another county than the one the record has ("a captain with the Marsh County Sheriff's
 * Office" for someone the record has with the Kells County Sheriff's Office): two county bodies of the same kind whose
 * county names differ are two bodies, even when the world file lists neither county. Only for a county name of plain
 * capitalised words (an abbreviation such as "L.A." or "LA" may be the record's county in short) and only when every
 * recorded body of that kind names its county. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';

/** "<Name> County Sheriff's Office", "<Name> County Sheriff's Department", "<Name> County Police": the county and the kind. */
const COUNTY_BODY =
  /^(?:the\s+)?(\p{Lu}\p{Ll}[\p{L}'\u2019-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'\u2019-]*){0,3})\s+County\s+(Sheriff['\u2019]?s?\s+(?:Department|Office)|Police(?:\s+Department)?)$/u;

function countyBody(name: string): { county: string; kind: string } | null {
  const m = COUNTY_BODY.exec(name.trim());
  return m
    ? {
        county: foldText(m[1] as string),
        kind: foldText(m[2] as string)
          .replace(/sheriff\W*s?\s+/, 'sheriff ')
          .replace(/department|office/, 'body'),
      }
    : null;
}

/** The recorded county body's name when the page names one of the same kind for another county; null otherwise. */
export function otherCounty(pageName: string, recordedNames: readonly string[]): string | null {
  const page = countyBody(pageName);
  if (!page) return null;
  const same = recordedNames
    .map((n) => ({ n, body: countyBody(n) }))
    .filter((r) => r.body?.kind === page.kind);
  if (!same.length || same.some((r) => r.body?.county === page.county)) return null;
  return same[0]!.n;
}
