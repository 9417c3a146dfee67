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
 * The page's text items in pdf.js's order, or undefined when they come in more than
 * {@link MAX_PAGE_TEXT_PIECES} pieces. The stream is then left unread but not cancelled: a cancel
 * does not stop pdf.js's drawing, which would run on to its end beside the next pages, whereas an
 * unread stream makes it wait once its buffer (100 items) is full, until the document is closed.
 */
export async function pageTextItems<T>(page: TextPage): Promise<T[] | undefined> {
  const reader = page.streamTextContent().getReader();
  const items: T[] = [];
  let pieces = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return items;
    if (++pieces > MAX_PAGE_TEXT_PIECES) {
      reader.releaseLock();
      return undefined;
    }
    for (const item of value.items) items.push(item as T);
  }
}
