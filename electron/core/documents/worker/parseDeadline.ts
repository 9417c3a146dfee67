/**
 * When the parse thread is stopped. A fixed limit on the whole parse would refuse a long but
 * healthy contract on a slow or busy laptop (a 150-page exhibit can need a minute there), while a
 * hostile file usually stalls on one step. So the limit applies to each stretch without progress
 * (opening the file, then every page), and the whole parse is still bounded: the limit plus a
 * budget per page, so no file can keep the reader busy indefinitely by creeping forward.
 *
 * A scanned page gets a larger budget. The reader decodes its image at full resolution to hand it
 * to OCR, and OCR of the pages already handed over runs on the same cores while the reader goes
 * on, so a long scan reads several times slower than a text page of the same length. With only
 * the text page's budget, a 34-page scan on a two-core machine with other work running was
 * stopped at page 28 after 94 s, and the OCR already done was thrown away with it.
 */

export interface ParseDeadlineOptions {
  /** Longest stretch without progress: opening the file, or reading one page. */
  stallMs: number;
  /** Added to the whole parse's bound for every page the document has. */
  perPageMs: number;
  /** Added on top of `perPageMs` for every page read as a scan (its image handed to OCR). */
  perScanPageMs?: number;
}

export interface ParseDeadline {
  /** Milliseconds from `now` until the thread must be stopped. */
  remaining(now: number): number;
  /** Records that `done` of `total` pages are read at time `now`; `scanned`: the last one was a scan. */
  progress(done: number, total: number, now: number, scanned?: boolean): void;
  /** Why the thread was stopped, for the user: which limit ran out, and where. */
  reason(): { kind: 'stall' | 'total'; seconds: number; done: number; total?: number };
}

export function createParseDeadline(options: ParseDeadlineOptions, start: number): ParseDeadline {
  let lastProgress = start;
  let done = 0;
  let total: number | undefined;
  let scanBudget = 0;
  const totalBound = (): number =>
    total === undefined ? Infinity : start + options.stallMs + total * options.perPageMs + scanBudget;
  const stallBound = (): number => lastProgress + options.stallMs;
  return {
    remaining(now) {
      return Math.max(0, Math.min(stallBound(), totalBound()) - now);
    },
    progress(pagesDone, pageTotal, now, scanned = false) {
      if (!(pagesDone > done) || !Number.isFinite(pageTotal) || pageTotal < pagesDone) return;
      // Counted once per page that moves the count: a repeated report cannot buy more time.
      if (scanned) scanBudget += (pagesDone - done) * (options.perScanPageMs ?? 0);
      done = pagesDone;
      // The page count is fixed once the file is open; a later different count is ignored.
      total ??= pageTotal;
      lastProgress = now;
    },
    reason() {
      const byTotal = totalBound() <= stallBound();
      return byTotal
        ? { kind: 'total', seconds: Math.round((totalBound() - start) / 1000), done, total }
        : { kind: 'stall', seconds: Math.round(options.stallMs / 1000), done, ...(total !== undefined ? { total } : {}) };
    },
  };
}
