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

  it('gives each scanned page its own larger budget, once per page', () => {
    const d = createParseDeadline({ ...opts, perScanPageMs: 5000 }, 0);
    // Pages 1-3 scanned, page 4 a text page, and a repeated report of page 3 as a scan.
    // Slow pages, each well inside the stall limit, so only the whole parse's bound can end it.
    d.progress(1, 4, 20_000, true);
    d.progress(2, 4, 40_000, true);
    d.progress(3, 4, 55_000, true);
    d.progress(3, 4, 56_000, true);
    d.progress(4, 4, 65_000, false);
    // 60 s + 4 × 1 s + 3 × 5 s = 79 s in all; without the scans it would be 64 s.
    expect(d.remaining(70_000)).toBe(9_000);
    expect(d.remaining(79_000)).toBe(0);
    expect(d.reason()).toEqual({ kind: 'total', seconds: 79, done: 4, total: 4 });
  });

  it('gives scanned pages nothing extra when no scan budget is set', () => {
    const d = createParseDeadline(opts, 0);
    d.progress(1, 2, 1_000, true);
    d.progress(2, 2, 2_000, true);
    expect(d.remaining(62_000)).toBe(0);
  });
});
