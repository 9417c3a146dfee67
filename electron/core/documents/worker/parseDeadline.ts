/**
 * When the parse thread is stopped. A fixed limit on the whole parse would refuse a long but
 * healthy contract on a slow or busy laptop (a 150-page exhibit can need a minute there), while a
 * hostile file usually stalls on one step. So the limit applies to each stretch without progress
 * (opening the file, then every page), and the whole parse is still bounded: the limit plus a
 * budget per page, so no file can keep the reader busy indefinitely by creeping forward.
 */

export interface ParseDeadlineOptions {
  /** Longest stretch without progress: opening the file, or reading one page. */
  stallMs: number;
  /** Added to the whole parse's bound for every page the document has. */
  perPageMs: number;
}

export interface ParseDeadline {
  /** Milliseconds from `now` until the thread must be stopped. */
  remaining(now: number): number;
  /** Records that `done` of `total` pages are read at time `now`. */
  progress(done: number, total: number, now: number): void;
  /** Why the thread was stopped, for the user: which limit ran out, and where. */
  reason(): { kind: 'stall' | 'total'; seconds: number; done: number; total?: number };
}

export function createParseDeadline(options: ParseDeadlineOptions, start: number): ParseDeadline {
  let lastProgress = start;
  let done = 0;
  let total: number | undefined;
  const totalBound = (): number => (total === undefined ? Infinity : start + options.stallMs + total * options.perPageMs);
  const stallBound = (): number => lastProgress + options.stallMs;
  return {
    remaining(now) {
      return Math.max(0, Math.min(stallBound(), totalBound()) - now);
    },
    progress(pagesDone, pageTotal, now) {
      if (!(pagesDone > done) || !Number.isFinite(pageTotal) || pageTotal < pagesDone) return;
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
