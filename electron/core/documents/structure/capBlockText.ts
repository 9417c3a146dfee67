/**
 * Caps how long one cited block may be. A paragraph of a megabyte (a contract pasted without line
 * breaks, a generated file) becomes many blocks of at most {@link MAX_BLOCK_CHARS} characters, each
 * with its own id, so every later stage (sentence splitting, ranking, chunking, citations) works on
 * bounded pieces and a citation still points at the page and clause the text came from.
 */

/** Longest block text: far above a real paragraph (a long clause runs to a few thousand characters). */
export const MAX_BLOCK_CHARS = 8000;

// A sentence end: terminal punctuation, closing quotes or brackets, then a space.
const SENTENCE_END = /[.!?;]["”’)\]]*\s+/g;

/** An end offset that does not cut a UTF-16 surrogate pair in two. */
function safeEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/**
 * Splits `text` into consecutive pieces of at most `max` characters that concatenate back to it
 * (whitespace at the seams trimmed): at the last sentence end in the second half of each window,
 * else at the last space, else (no spaces at all) at the window's end. Text within `max` is
 * returned as is.
 */
export function capBlockText(text: string, max = MAX_BLOCK_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let pos = 0;
  while (text.length - pos > max) {
    const windowEnd = safeEnd(text, pos + max);
    const from = pos + Math.floor(max / 2);
    const window = text.slice(from, windowEnd);
    let cut = -1;
    SENTENCE_END.lastIndex = 0;
    for (const m of window.matchAll(SENTENCE_END)) cut = from + m.index + m[0].length;
    if (cut < 0) {
      const space = window.lastIndexOf(' ');
      cut = space >= 0 ? from + space + 1 : windowEnd;
    }
    if (cut <= pos) cut = windowEnd;
    const piece = text.slice(pos, cut).trim();
    if (piece) pieces.push(piece);
    pos = cut;
  }
  const last = text.slice(pos).trim();
  if (last) pieces.push(last);
  return pieces;
}
