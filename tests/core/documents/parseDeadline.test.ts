import { describe, expect, it } from 'vitest';
import { createParseDeadline } from '../../../electron/core/documents/worker/parseDeadline';

const opts = { stallMs: 60_000, perPageMs: 1000 };

describe('createParseDeadline', () => {
  it('stops a file that never opens after the stall limit', () => {
    const d = createParseDeadline(opts, 0);
    expect(d.remaining(0)).toBe(60_000);
    expect(d.remaining(59_999)).toBe(1);
    expect(d.remaining(60_000)).toBe(0);
    expect(d.reason()).toEqual({ kind: 'stall', seconds: 60, done: 0 });
  });

  it('lets a long document that keeps moving run past the stall limit', () => {
    const d = createParseDeadline(opts, 0);
    // 150 pages at 0.5 s each: 75 s in all, never 60 s without a page.
    for (let page = 1; page <= 150; page++) d.progress(page, 150, page * 500);
    expect(d.remaining(75_000)).toBeGreaterThan(0);
  });

  it('stops a document stuck on one page, counting from the last page read', () => {
    const d = createParseDeadline(opts, 0);
    d.progress(1, 10, 5_000);
    d.progress(2, 10, 6_000);
    expect(d.remaining(6_000)).toBe(60_000);
    expect(d.remaining(66_000)).toBe(0);
    expect(d.reason()).toEqual({ kind: 'stall', seconds: 60, done: 2, total: 10 });
  });

  it('bounds the whole parse by the stall limit plus a budget per page', () => {
    const d = createParseDeadline(opts, 0);
    // A 10-page file that creeps forward just inside the stall limit on every page.
    for (let page = 1; page <= 9; page++) d.progress(page, 10, page * 59_000);
    // 60 s + 10 × 1 s = 70 s in all, however recent the last page was.
    expect(d.remaining(60_000)).toBe(10_000);
    expect(d.remaining(70_000)).toBe(0);
    expect(d.reason()).toEqual({ kind: 'total', seconds: 70, done: 9, total: 10 });
  });

  it('ignores progress that goes backwards, repeats, or changes the page count', () => {
    const d = createParseDeadline(opts, 0);
    d.progress(3, 4, 10_000);
    d.progress(2, 4, 50_000);
    d.progress(3, 4, 50_000);
    d.progress(4, 1_000_000, 50_000);
    // The last real step was page 4 at 50 s, and the bound still counts 4 pages: 60 + 4 = 64 s.
    expect(d.remaining(50_000)).toBe(14_000);
    d.progress(Number.NaN, 4, 55_000);
    expect(d.remaining(50_000)).toBe(14_000);
  });
});
