/**
 * A page's text as pdf.js reads it, within a bound on how much drawing the reading may take.
 *
 * pdf.js reads a page's text by running its drawing: a form (an XObject: a stamp, a logo, a cell
 * drawn once and placed again) is run again at every place it is drawn. A form that draws another
 * form ten times, which draws another ten times, and so on, is run 10 × 10 × 10 … times: with five
 * levels and a word at the bottom pdf.js took 19 s on one page (a fifth of a millisecond a drawing),
 * with six it would take minutes, and nothing else can run meanwhile, so the parse thread's stall
 * limit ended the whole document.
 */

/**
 * The most pieces a page's text may come in before the page is left unread. pdf.js hands a page's
 * text over in pieces: one at each end of its 20 ms time slices or wait for a font, and one each
 * time a drawn form that shows text ends. The busiest real contract pages came in about 110 pieces;
 * a page that draws a form of text a million times comes in a million. At 5,000 such a page is
 * left after a second or two of drawing, while a real page, whose pieces grow only with its time
 * slices, would need some 100 s of reading to reach it.
 */
export const MAX_PAGE_TEXT_PIECES = 5_000;

/** What pdf.js's text stream hands over: items (runs of text, or marked-content marks without `str`). */
interface TextPiece {
  items: readonly unknown[];
}

interface TextPage {
  streamTextContent(): ReadableStream<TextPiece>;
}

/**
 * The page's text items in pdf.js's order, or, when they come in more than
 * {@link MAX_PAGE_TEXT_PIECES} pieces, `left`: the stream is then left unread, and `left` must be
 * called before the document is closed. A cancel at once would not stop pdf.js's drawing, which
 * would run on to its end beside the next pages; an unread stream makes it wait once its buffer
 * (100 items) is full. Waiting so, it would never end, and closing the document waits for it:
 * `left` cancels the stream, which ends the wait (and closing the document stops a drawing that is
 * still running).
 */
export async function pageTextItems<T>(page: TextPage): Promise<{ items: T[] } | { items?: undefined; left: () => void }> {
  const reader = page.streamTextContent().getReader();
  const items: T[] = [];
  let pieces = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { items };
    if (++pieces > MAX_PAGE_TEXT_PIECES) {
      return {
        left: () => {
          // pdf.js requires an Error as the reason.
          reader.cancel(new Error('The page was left unread.')).catch(() => undefined);
        },
      };
    }
    for (const item of value.items) items.push(item as T);
  }
}
