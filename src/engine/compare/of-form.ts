/** An event's two-word name told the other way round with "of". General English; nothing here knows a story. */

const ofForms = new Map<string, RegExp | null>();

/**
 * An event's words of the form "<owner> <gathering or document>" told with "of": "council meeting" also names "the
 * meeting of the City Council", "a session of the full council" (not "the parish council": only words that say which level or
 * how much of the body).
 */
export function ofForm(term: string): RegExp | null {
  if (ofForms.has(term)) return ofForms.get(term) ?? null;
  const m =
    /^([a-z]+) (meeting|conference|briefing|session|hearing|statement|resolution|interview|report)$/.exec(
      term,
    );
  const re = m
    ? new RegExp(
        `\\b${m[2]}s? of (?:the|its|their|his|her|a) (?:(?:city|town|county|village|state|full|whole|common) )?${m[1]}\\b`,
        'g',
      )
    : null;
  ofForms.set(term, re);
  return re;
}
