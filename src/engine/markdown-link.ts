/**
 * Whether a line holds Markdown link syntax, `[words](https://…)`: what the
 * pattern /\[[^\]\n]{1,200}\]\(https?:\/\/[^)\s]+\)/ finds, in time linear in
 * the line. Run as a pattern, each "[" reads on to the end of an address that
 * never closes, so a line of many "[a](http://" costs the square of its length.
 * Here each "](http(s)://" is found once, the address after it is read once for
 * all the links that share it, and the link text before it is at most 200
 * characters.
 */
const OPENING = /\]\(https?:\/\//g;
const ADDRESS = /[^)\s]*/y;
const MAX_LINK_TEXT = 200;

export function hasMarkdownLink(line: string): boolean {
  OPENING.lastIndex = 0;
  /** Where the address read last ends: an address starting before it ends there too. */
  let addressEnd = -1;
  for (let m = OPENING.exec(line); m; m = OPENING.exec(line)) {
    const address = m.index + m[0].length;
    if (address > addressEnd) {
      ADDRESS.lastIndex = address;
      ADDRESS.exec(line);
      addressEnd = ADDRESS.lastIndex;
    }
    if (addressEnd === address || line[addressEnd] !== ')') continue;
    // The link text: 1 to 200 characters, none of them "]" or a line break, after a "[".
    for (let k = m.index - 1; k >= 0 && k >= m.index - 1 - MAX_LINK_TEXT; k--) {
      const ch = line[k];
      if (ch === '[' && k < m.index - 1) return true;
      if (ch === ']' || ch === '\n') break;
    }
  }
  return false;
}
