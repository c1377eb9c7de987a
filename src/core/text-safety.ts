/**
 * Characters no text field of fleethub may hold. They are invisible or change how the
 * text around them displays, so a name holding them can pass for another name ("Depot
 * North" + U+202E RIGHT-TO-LEFT OVERRIDE + "txt.exe"), and PostgreSQL cannot store a NUL
 * or an unpaired UTF-16 surrogate at all. See Unicode Technical Report #36 (security
 * considerations) and Unicode Standard Annex #9 (the bidirectional algorithm's controls).
 * Tab, line feed and carriage return stay allowed: free text such as a mechanic's note
 * has lines. Zero-width joiner and non-joiner stay allowed too: Persian, Indic scripts
 * and emoji sequences need them.
 */

/** What is wrong with a piece of text, in words for a "field: problem" message; null when fine. */
export function textProblem(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed pair: an astral character such as an emoji
        continue;
      }
      return `is not valid Unicode text (an unpaired surrogate ${codePoint(c)})`;
    }
    if (c === 0) return "must not contain a NUL character (U+0000)";
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f))
      return `must not contain a control character (${codePoint(c)})`;
    if (BIDI_CONTROLS.has(c))
      return `must not contain a bidirectional control character (${codePoint(c)}), which changes how text displays`;
    if (INVISIBLE_FORMAT.has(c))
      return `must not contain an invisible formatting character (${codePoint(c)})`;
  }
  return null;
}

const codePoint = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

/** Bidi_Control characters (UAX #9): embeddings, overrides, isolates and marks. */
const BIDI_CONTROLS = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/**
 * Invisible characters with no use in names or notes: zero-width space, word joiner and
 * the invisible mathematical operators, the Mongolian vowel separator, the byte-order
 * mark, interlinear annotation controls, and the Hangul fillers that render as blanks.
 */
const INVISIBLE_FORMAT = new Set([
  0x200b, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x180e, 0xfeff, 0xfff9, 0xfffa, 0xfffb, 0x115f,
  0x1160, 0x3164, 0xffa0,
]);
