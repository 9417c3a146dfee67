/**
 * Lazy sentence and word segmentation over bounded slices of a text.
 *
 * `Intl.Segmenter` over a whole document is a trap: on Node 20 every segment object keeps its own
 * copy of the input, so spreading the segments of a 1 MB paragraph costs gigabytes. Here the
 * segmenter only ever sees a window of a few kilobytes; the last segment of a window (which may
 * run on past it) is held back and read again at the start of the next window, so boundaries are
 * found with context on both sides. The pieces always concatenate back to the input exactly.
 */

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Characters the segmenter sees at once. Small enough to be cheap, large enough for real sentences. */
export const SEGMENT_WINDOW = 4096;

/** An end offset that does not cut a UTF-16 surrogate pair in two. */
export function safeCut(text: string, end: number): number {
  if (end <= 0 || end >= text.length) return Math.max(0, Math.min(end, text.length));
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

function* segmentsOf(text: string, segmenter: Intl.Segmenter, window: number): Generator<string> {
  let pos = 0;
  while (pos < text.length) {
    const end = safeCut(text, pos + window);
    const slice = text.slice(pos, end > pos ? end : pos + 2);
    if (pos + slice.length >= text.length) {
      for (const s of segmenter.segment(slice)) yield s.segment;
      return;
    }
    let held: string | undefined;
    let heldAt = 0;
    for (const s of segmenter.segment(slice)) {
      if (held !== undefined) yield held;
      held = s.segment;
      heldAt = s.index;
    }
    if (heldAt > 0) {
      // The last segment may continue past the window: read it again with what follows.
      pos += heldAt;
    } else {
      // One segment fills the whole window (a sentence or word longer than it): hand on the window.
      yield slice;
      pos += slice.length;
    }
  }
}

/** Sentences of `text`, lazily, each at most `window` characters (a longer sentence comes in pieces). */
export function sentencesOf(text: string, window = SEGMENT_WINDOW): Generator<string> {
  return segmentsOf(text, sentenceSegmenter, window);
}

/** Words and the spaces between them, lazily, each at most `window` characters. */
export function wordsOf(text: string, window = SEGMENT_WINDOW): Generator<string> {
  return segmentsOf(text, wordSegmenter, window);
}
