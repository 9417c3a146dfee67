/** Where one window of a longer text starts and ends (offsets into the text). */
export interface TextWindow {
  start: number;
  end: number;
}

// A full stop after a lower-case word, then a space: a sentence's end, never an initial ("John A.
// Smith") or a legal form ("Acme Inc. and"), which end in a capital.
const SENTENCE_END = /\p{Ll}{2}[.!?;]["”’)]*\s/gu;

/**
 * Cuts a text into windows of at most `max` characters, in order and without gaps. The NLP
 * tagger's cost grows with the square of the text it is given (it re-reads a sentence each time
 * it extends one past an abbreviation, and locates every match from the text's start), so a
 * hostile paragraph of a million characters would hold the main process for some twenty
 * minutes. Each window ends, by preference, at the last line break, else after the last
 * sentence's full stop, else at the last space in its second half, so a name is cut only where a
 * text runs half a window with none of these; a text of at most `max` characters is one window.
 */
export function textWindows(text: string, max = 4000): TextWindow[] {
  const out: TextWindow[] = [];
  let start = 0;
  while (text.length - start > max) {
    const from = start + Math.floor(max / 2);
    const limit = start + max;
    let end = text.lastIndexOf('\n', limit - 1) + 1;
    if (end <= from) {
      end = 0;
      const half = text.slice(from, limit);
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(half); m; m = SENTENCE_END.exec(half)) end = from + m.index + m[0].length;
    }
    if (end <= from) {
      end = limit;
      while (end > from && !/\s/.test(text[end - 1]!)) end--;
      if (end <= from) end = limit;
    }
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}
