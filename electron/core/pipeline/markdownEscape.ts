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

// Document text placed inline in markdown: shared, so the model-free summary (terms/) escapes it too.
export { escapeMarkdownText } from '../../../shared/markdownText';

/**
 * Redaction markers that a model copies from the document ("[***]", "[ * * ]"): never the model's
 * own markdown, and two of them in one sentence pair up as emphasis and eat the brackets. Markers
 * already escaped are left alone.
 */
const REDACTION_MARKER = /(?<!\\)\[([ \t]*\*[* \t]*)\]/g;
/** A tail that may still become a redaction marker once more text arrives (or a "\\" that escapes one). */
const MAYBE_MARKER = /(?:(?<!\\)\[[* \t]*|\\)$/;

/** Escapes the redaction markers in model-written markdown: "[***]" → "\[\*\*\*\]". */
export function escapeRedactionMarkers(markdown: string): string {
  return markdown.replace(REDACTION_MARKER, (_whole, inner: string) => `\\[${inner.replace(/\*/g, '\\*')}\\]`);
}

/**
 * The same escaping over streamed text: a tail that could still become a marker ("[*" waiting for
 * "*]") is held back, so the concatenated output equals {@link escapeRedactionMarkers} of the whole.
 */
export function createRedactionMarkerEscaper(): { push(text: string): string; flush(): string } {
  let held = '';
  return {
    push(text) {
      const all = held + text;
      const tail = MAYBE_MARKER.exec(all);
      // A very long run of "*" after "[" is not a marker worth holding the stream for.
      const cut = tail && all.length - tail.index <= 64 ? tail.index : all.length;
      held = all.slice(cut);
      return escapeRedactionMarkers(all.slice(0, cut));
    },
    flush() {
      const out = escapeRedactionMarkers(held);
      held = '';
      return out;
    },
  };
}
