/**
 * A line (or a bullet's text) that starts with a number and "." or ")" is an ordered-list item in
 * markdown. In a contract summary that number is a clause number copied from the document ("5.
 * COMPLIANCE"), and rendering it as a list renumbers it (5, 6, 7…) or nests a list in a bullet.
 */
const NUMBERED_START = /^([ \t]{0,3}(?:[-*+][ \t]+)?)(\d{1,9})([.)])(?=[ \t]|$)/gm;

/** A line start that may still become a numbered start once more text arrives. */
const MAYBE_NUMBERED = /^[ \t]{0,3}(?:[-*+][ \t]*)?\d{0,9}[.)]?$/;

/** Escapes the list marker of every line (or bullet) that starts with a number: "5. X" → "5\. X". */
export function escapeNumberedLineStarts(markdown: string): string {
  return markdown.replace(NUMBERED_START, '$1$2\\$3');
}

/**
 * The same escaping over streamed text: the start of a line is held back only while it could still
 * be a numbered start ("- 5" waiting for its "."), so the concatenated output equals
 * {@link escapeNumberedLineStarts} of the whole text however it was split.
 */
export function createNumberedLineEscaper(): { push(text: string): string; flush(): string } {
  let held = '';
  // The current line's start is already out: the rest of the line passes through.
  let lineStarted = false;
  return {
    push(text) {
      let out = '';
      for (const part of text.split(/(?<=\n)/)) {
        if (!part) continue;
        if (lineStarted) {
          out += part;
          if (part.endsWith('\n')) lineStarted = false;
          continue;
        }
        held += part;
        if (held.endsWith('\n')) {
          out += escapeNumberedLineStarts(held);
          held = '';
        } else if (!MAYBE_NUMBERED.test(held)) {
          out += escapeNumberedLineStarts(held);
          held = '';
          lineStarted = true;
        }
      }
      return out;
    },
    flush() {
      const out = escapeNumberedLineStarts(held);
      held = '';
      lineStarted = false;
      return out;
    },
  };
}
