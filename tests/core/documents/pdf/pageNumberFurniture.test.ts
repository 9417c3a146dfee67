import { describe, expect, it } from 'vitest';
import { removeRunningLines, type LaidOutPage, type Line } from '../../../../electron/core/documents/pdf/pdfLayout';

const line = (text: string, y: number): Line => ({ y, fontSize: 10, fragments: [{ text, x: 72, right: 72 + text.length * 5, box: { x0: 72, y0: y - 8, x1: 72 + text.length * 5, y1: y + 2 } }] });

/** One full page: twelve clause lines of its own, then `foot` as its last line. */
const pageEnding = (foot: string, n: number): LaidOutPage => ({
  width: 612,
  height: 792,
  lines: [...Array.from({ length: 12 }, (_, i) => line(`Harbor Lane Inc. clause ${n}.${i} on the supply of timber`, 72 + i * 14)), line(foot, 740)],
});

/** Whether the last line of the `n`th of `count` pages, each ending in `foot(n)`, is kept. */
const keptFoot = (foot: (n: number) => string, n: number, count = 6): boolean => {
  const pages = Array.from({ length: count }, (_, i) => pageEnding(foot(i + 1), i + 1));
  return removeRunningLines(pages)[n - 1]!.lines.some((l) => l.fragments[0]!.text === foot(n));
};

describe('page numbers at the foot of a page', () => {
  it('removes page numbers in the forms the structure builder takes for one', () => {
    for (const foot of [(n: number) => `${n}`, (n: number) => `- ${n} -`, (n: number) => `[${n}]`, (n: number) => `Page ${n}`, (n: number) => `(${n})`]) {
      expect(keptFoot(foot, 3)).toBe(false);
    }
  });

  it('removes a page number the word "Page" runs into', () => {
    expect(keptFoot((n) => `Page -${n}-`, 3)).toBe(false);
    expect(keptFoot((n) => `Page${n}`, 3)).toBe(false);
    expect(keptFoot((n) => `PAGE (${n})`, 3)).toBe(false);
  });

  it('keeps a line the word "Page" opens that is not a page number', () => {
    expect(keptFoot(() => 'Page -1- of the Nordlicht schedule', 1, 1)).toBe(true);
    expect(keptFoot(() => 'Pages 1', 1, 1)).toBe(true);
  });

  it('keeps a number far from the page it stands on', () => {
    expect(keptFoot(() => '250', 3)).toBe(true);
  });

  it('removes a front matter page number in lower-case roman, bare or between dashes', () => {
    const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];
    expect(keptFoot((n) => roman[n - 1]!, 2)).toBe(false);
    expect(keptFoot((n) => `- ${roman[n - 1]!} -`, 4)).toBe(false);
    expect(keptFoot((n) => `Page ${roman[n - 1]!}`, 5)).toBe(false);
  });

  it('keeps an item label in brackets and an article number in capitals alone on their line', () => {
    // "(iv)" hung alone above its text, and "II" over an article's title, are the text's own labels.
    expect(keptFoot(() => '(iv)', 1, 1)).toBe(true);
    expect(keptFoot(() => 'II', 1, 1)).toBe(true);
  });

  it('reads a crafted line of dashes and spaces around a number in linear time', () => {
    // (The reader collapses runs of spaces; lines made by other callers need not.)
    const pieces = [
      '-'.repeat(100_000),
      ' '.repeat(100_000),
      `${'- '.repeat(50_000)}ii${' -'.repeat(50_000)}x`,
      `${' '.repeat(100_000)}iv${' '.repeat(100_000)}c`,
      `Page${' -'.repeat(50_000)}x`,
      `Page 1${' '.repeat(100_000)}x`,
      'page '.repeat(20_000),
    ];
    const started = performance.now();
    for (const foot of pieces) keptFoot(() => foot, 1, 1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
