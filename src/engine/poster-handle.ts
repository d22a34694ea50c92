/**
 * A poster's handle opening a line of a thread, comment section or chat log ("tenbuckstip: Then the chief …",
 * "u/rocdad_85: …", "@west_side_mike: …"): the name of who posted, not a word of what they say. A handle is one token
 * that starts in lower case or holds a digit, an underscore, a slash or an @, then a colon; a transcript's speaker
 * label ("CHIEF SMITH:", "Mayor Evans:") or a field label ("Detained:") is none. General; nothing here knows a story.
 */
const HANDLE = /^\s*((?:@|u\/)?[\p{L}\d_./-]{2,30}):\s+(?=\S)/u;

/** The line without its poster's handle, or null when it opens on none. */
export function withoutPosterHandle(sentence: string): string | null {
  const m = HANDLE.exec(sentence);
  if (!m) return null;
  const handle = m[1] as string;
  // A year or a number opening a timeline's entry ("1986: …") is no handle: a handle has a letter.
  if (!/\p{L}/u.test(handle) || !/^[@u\p{Ll}]|[\d_/]/u.test(handle) || /^https?$/i.test(handle))
    return null;
  return sentence.slice(m[0].length);
}
