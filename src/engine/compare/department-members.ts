/**
 * "Six Department members", "ten police department members", "six members of the department": a count of a police
 * department's members counts its officers. The reader gives such a count the noun "members" (or "police"); here it takes the noun
 * "officers", so the comparer weighs it like "six officers" against the record's count of officers at the event the
 * clause is linked to. Only "members" right after the count with "police", "department" or "police department" before
 * it (no other word: "Fire Department members", "Council members" stay as they are), or "members of the (police)
 * department / force" after it. Nothing here knows a story.
 */
import type { Clause } from '../read/types.ts';

/** After the count: "Department members", "police department members", "police members", or "members of the force". */
const MEMBERS =
  /^\s+(?:(?:police\s+)?department|police)\s+members\b|^\s+members\s+of\s+(?:the|its|their)\s+(?:police\s+)?(?:department|force)\b/i;

/** Nouns the reader gives such a count: "members", or the first word of "police department members". */
const READ_AS = new Set(['members', 'police', 'department']);

export function withDepartmentMembers(clauses: readonly Clause[], sentence: string): Clause[] {
  return clauses.map((c) => {
    let changed = false;
    const mentions = c.mentions.map((m) => {
      if (
        m.type !== 'count' ||
        !READ_AS.has(m.value.noun.toLowerCase()) ||
        !MEMBERS.test(sentence.slice(m.end, m.end + 50))
      )
        return m;
      changed = true;
      return { ...m, value: { ...m.value, noun: 'officers' } };
    });
    return changed ? { ...c, mentions } : c;
  });
}
