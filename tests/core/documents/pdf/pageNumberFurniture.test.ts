import { describe, expect, it } from 'vitest';
import { removeRunningLines, type LaidOutPage, type Line } from '../../../../electron/core/documents/pdf/pdfLayout';
import { PAGE_NUMBER_LINE } from '../../../../electron/core/documents/structure/pageNumberLine';

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

  it('removes the other forms typesetters print a page number in', () => {
    for (const foot of [(n: number) => `~ ${n} ~`, (n: number) => `${n} | Page`, (n: number) => `${n} │ Page`, (n: number) => `Page | ${n}`, (n: number) => `-${n}-`]) {
      expect(keptFoot(foot, 3)).toBe(false);
    }
  });

  it('removes "Page n of m" wherever it stands, and only with n no greater than m', () => {
    // A mid-page line: the page's clause lines run on after it.
    const midPage = (text: string): boolean => {
      const page = pageEnding('Harbor Lane Inc. clause 9.9 on the supply of timber', 1);
      page.lines.splice(6, 0, line(text, 150));
      return removeRunningLines([page])[0]!.lines.some((l) => l.fragments[0]!.text === text);
    };
    expect(midPage('Page 2 of 7')).toBe(false);
    expect(midPage('- Page 2 of 7 -')).toBe(false);
    expect(midPage('Page 9 of 7')).toBe(true);
    expect(midPage('2 of 7')).toBe(true);
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

  it('keeps a word of roman letters that is no roman number', () => {
    expect(keptFoot(() => 'ill', 1, 1)).toBe(true);
    expect(keptFoot(() => 'civil', 1, 1)).toBe(true);
    expect(keptFoot(() => 'iiii', 1, 1)).toBe(true);
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

describe('the shared page-number pattern', () => {
  it('takes the forms typesetters print, with the number in its group', () => {
    const n = (text: string): string | undefined => PAGE_NUMBER_LINE.exec(text)?.groups?.n;
    for (const text of ['4', '- 4 -', '-4-', '~ 4 ~', '[4]', '(4)', 'Page 4', 'PAGE 4', 'Page -4-', 'Page4', 'Page (4)', '4 | Page', 'Page | 4']) expect(n(text)).toBe('4');
    expect(n('1204')).toBe('1204');
    expect(PAGE_NUMBER_LINE.exec('Page 4 of 9')?.groups).toMatchObject({ page: 'Page', n: '4', of: '9' });
    expect(PAGE_NUMBER_LINE.exec('4/9')?.groups).toMatchObject({ n: '4', of: '9' });
    expect(['ii', '- iv -', 'Page xiv', 'xxxix'].map((t) => PAGE_NUMBER_LINE.exec(t)?.groups?.roman)).toEqual(['ii', 'iv', 'xiv', 'xxxix']);
  });

  it('takes no text, label or heading for a page number', () => {
    for (const text of ['', 'Page', 'Pages 1', 'Page 4 of the Nordlicht schedule', '12345', '1.2', '(iv)', 'II', 'ill', 'civil', 'iiii', 'xl', 'pAGE 4', 'Article 4']) {
      expect(PAGE_NUMBER_LINE.test(text)).toBe(false);
    }
  });

  it('reads crafted lines of its own pieces in linear time', () => {
    const pieces = [
      '-'.repeat(100_000),
      ' '.repeat(100_000),
      `${' '.repeat(100_000)}1${' '.repeat(100_000)}x`,
      `1${' '.repeat(100_000)}of${' '.repeat(100_000)}x`,
      `${'- '.repeat(25_000)}Page${' -'.repeat(25_000)}x`,
      `${' '.repeat(100_000)}1 |${' '.repeat(100_000)}x`,
      'Page '.repeat(20_000),
      '1234'.repeat(25_000),
      `${'ii'.repeat(50_000)}x`,
      `${' ~'.repeat(50_000)}x`,
    ];
    const started = performance.now();
    for (const text of pieces) PAGE_NUMBER_LINE.test(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
