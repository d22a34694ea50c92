/**
 * Bytes to text for the CLI: UTF-8 unless the page declares another character set
 * (the HTTP Content-Type, or the HTML's <meta charset> or <meta http-equiv>), in which
 * case TextDecoder decodes it with that one (windows-1252, ISO-8859-1, Shift_JIS…).
 */

export type TextResult = { ok: true; text: string } | { ok: false; error: string };

export interface DecodeOptions {
  /** What the bytes are, for messages: "the file", "standard input", "the page". */
  what?: string;
  /** Honour a character set the HTML declares (pages to analyse; never packs, which are JSON and so UTF-8). */
  declared?: boolean;
  /** The HTTP Content-Type header, whose charset comes before the page's own. */
  contentType?: string | null;
}

const CHARSET_PARAM = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i;

/** The character set declared for the bytes, if any: the HTTP header's, else the HTML's in its first 4 KB. */
function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | undefined {
  const fromHeader = contentType ? CHARSET_PARAM.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return META_CHARSET.exec(head)?.[1];
}

export function decodeText(
  bytes: Uint8Array,
  { what = 'the file', declared = false, contentType }: DecodeOptions = {},
): TextResult {
  if (bytes.length === 0) return { ok: false, error: `${what} is empty` };
  if (bytes.subarray(0, 65536).includes(0))
    return { ok: false, error: `${what} is binary, not text` };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const charset = declared && !hasBom ? declaredCharset(bytes, contentType) : undefined;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8', { fatal: true });
  } catch {
    return {
      ok: false,
      error: `${what} declares the character set "${charset}", which Sourcelight cannot decode`,
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      ok: false,
      error: charset
        ? `${what} is not valid ${decoder.encoding} text, the character set it declares`
        : `${what} is not UTF-8 text`,
    };
  }
  text = text.replace(/^\uFEFF/, '');
  return text.trim() ? { ok: true, text } : { ok: false, error: `${what} is empty` };
}
