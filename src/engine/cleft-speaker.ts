/**
 * Two constructions that put a named speaker before a verb of speech with words between them, read by
 * quote-speaker.ts as crediting the name:
 * - a cleft: "It was Evans who said …", "It is the union that wrote …", "Evans was the one who said …" (the
 *   name is the clause's focus, the relative clause's verb its speech);
 * - the speaker's place or body after "of": "Chris Magnus of Tucson wrote …", "Smith of the Rochester Police
 *   Department said …" (capitalised words only, so "Evans of all people" or "Smith of course said" are not read).
 * The text is the folded sentence, `raw` the same offsets in the page's case. Nothing here knows a story.
 */

/** "It was" / "it is" / "it's" / "it had been" right before the name (a title or "the" may stand between). */
const CLEFT_BEFORE =
  /(?:^|[^\p{L}])it\s+(?:was|is|['\u2019]s|had\s+been|has\s+been)\s+(?:(?:actually|really|in\s+fact|indeed|not|only|also)\s+)?(?:the\s+)?(?:[\p{L}.]+\s+){0,3}$/u;
/** "who"/"that" right after the name in a cleft (", too," may come between). */
const CLEFT_AFTER = /^\s*(?:,\s*(?:too|also|again|in\s+fact)\s*,\s*)?(?:who|that)\s+/u;
/** "was the one who" / "was the person who" / "is the one that" after the name. */
const ONE_WHO =
  /^\s*(?:was|is|had\s+been)\s+(?:(?:actually|really|in\s+fact|also)\s+)?the\s+(?:one|person|man|woman|official|body|group)\s+(?:who|that)\s+/u;

/** "of Tucson", "of the Denver Police Department": one to five capitalised words (or "of", "the", "and" between them). */
const OF_PLACE =
  /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:(?:of|the|and)\s+)?\p{Lu}[\p{L}.'\u2019-]*){0,4}/u;

/**
 * Where the words that may credit the name begin, past what the constructions above put after it: the offset after
 * "who"/"that" in a cleft (when the words before the name open one), after "of <Place>", or `end` itself.
 */
export function speechAfterName(text: string, raw: string, start: number, end: number): number {
  let at = end;
  const place = OF_PLACE.exec(raw.slice(at));
  if (place) at += place[0].length;
  const rest = text.slice(at);
  const cleft = CLEFT_AFTER.exec(rest);
  if (cleft && CLEFT_BEFORE.test(text.slice(0, start))) return at + cleft[0].length;
  const one = ONE_WHO.exec(rest);
  if (one) return at + one[0].length;
  return at;
}
