import { describe, expect, it } from 'vitest';
import { removeRunningLines, type LaidOutPage, type Line } from '../../../../electron/core/documents/pdf/pdfLayout';
import { EXHIBIT_NAME_BEFORE_LETTER, PAGE_NUMBER_LINE } from '../../../../electron/core/documents/structure/pageNumberLine';

const line = (text: string, y: number): Line => ({ y, fontSize: 10, fragments: [{ text, x: 72, right: 72 + text.length * 5, box: { x0: 72, y0: y - 8, x1: 72 + text.length * 5, y1: y + 2 } }] });

/** A full page: `head` (when given) as its first line, twelve clause lines of its own, then `foot` (when given) as its last line. */
const page = (n: number, foot?: string, head?: string): LaidOutPage => ({
  width: 612,
  height: 792,
  lines: [
    ...(head !== undefined ? [line(head, 50)] : []),
    ...Array.from({ length: 12 }, (_, i) => line(`Harbor Lane Inc. clause ${n}.${i} on the supply of timber`, 72 + i * 14)),
    ...(foot !== undefined ? [line(foot, 740)] : []),
  ],
});

/** The texts of the lines removeRunningLines keeps on each page that are not clause lines. */
const keptFurniture = (pages: LaidOutPage[]): string[][] =>
  removeRunningLines(pages).map((p) => p.lines.map((l) => l.fragments[0]!.text).filter((t) => !t.startsWith('Harbor Lane')));

describe("an exhibit's page numbers in the margin", () => {
  it('removes letter numbers that run on with the pages, at the foot or at the top', () => {
    // Twenty pages of contract numbered 1-20, then exhibit B numbered B-1 to B-3.
    const pages = [...Array.from({ length: 20 }, (_, i) => page(i + 1, `${i + 1}`)), page(21, 'B-1'), page(22, 'B-2'), page(23, 'B-3')];
    expect(keptFurniture(pages).slice(20)).toEqual([[], [], []]);
    const heads = [...Array.from({ length: 20 }, (_, i) => page(i + 1, `${i + 1}`)), page(21, undefined, 'C-1-1'), page(22, undefined, 'C-1-2')];
    expect(keptFurniture(heads).slice(20)).toEqual([[], []]);
  });

  it("removes an exhibit's name with the word Page, on a page of its own", () => {
    const pages = [...Array.from({ length: 20 }, (_, i) => page(i + 1, `${i + 1}`)), page(21, 'Schedule 2, Page 4 of 9'), page(22, 'Exhibit A - Page 3')];
    expect(keptFurniture(pages).slice(20)).toEqual([[], []]);
  });

  it('keeps an item label alone at a page edge whose neighbours are not numbered by the pages', () => {
    // Schedule items A-1 … A-30 over three pages, ten to a page: the labels at the same edge of
    // successive pages run on by ten, and the last of one page and the first of the next (which do
    // run on by one) stand at opposite edges.
    const pages = [...Array.from({ length: 20 }, (_, i) => page(i + 1, `${i + 1}`)), page(21, 'A-10'), page(22, 'A-20', 'A-11'), page(23, undefined, 'A-21')];
    expect(keptFurniture(pages).slice(20)).toEqual([['A-10'], ['A-11', 'A-20'], ['A-21']]);
  });

  it("removes letter numbers with the exhibit's name under the pages' text, where they run on", () => {
    const pages = [...Array.from({ length: 20 }, (_, i) => page(i + 1, `${i + 1}`)), page(21, 'Exhibit C-1'), page(22, 'Exhibit C-2'), page(23, 'Exhibit C-3')];
    expect(keptFurniture(pages).slice(20)).toEqual([[], [], []]);
  });

  it('keeps a letter number alone in the document, and exhibit headings over the text though they run on', () => {
    const pages = [...Array.from({ length: 20 }, (_, i) => page(i + 1, `${i + 1}`)), page(21, 'D-1', 'EXHIBIT D-1'), page(22, undefined, 'EXHIBIT D-2')];
    expect(keptFurniture(pages).slice(20)).toEqual([['EXHIBIT D-1', 'D-1'], ['EXHIBIT D-2']]);
  });

  it('keeps a letter number in the middle of a page', () => {
    const mid = (n: number, text: string): LaidOutPage => {
      const p = page(n, `${n}`);
      p.lines.splice(6, 0, line(text, 150));
      return p;
    };
    const pages = [...Array.from({ length: 20 }, (_, i) => page(i + 1, `${i + 1}`)), mid(21, 'B-1'), mid(22, 'B-2')];
    expect(keptFurniture(pages).slice(20)).toEqual([['B-1'], ['B-2']]);
  });
});

describe("the shared pattern's exhibit forms", () => {
  const groups = (text: string): Record<string, string | undefined> | undefined => {
    const g = PAGE_NUMBER_LINE.exec(text)?.groups;
    return g && Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined));
  };

  it('reads the letter and the name forms into their groups', () => {
    expect(groups('A-1')).toEqual({ part: 'A', n: '1' });
    expect(groups('- B-12 -')).toEqual({ part: 'B', n: '12' });
    expect(groups('C-1-3')).toEqual({ part: 'C-1', n: '3' });
    expect(groups('Exhibit A - Page 3')).toEqual({ part: 'Exhibit A', page: 'Page', n: '3' });
    expect(groups('Schedule 2, Page 4 of 9')).toEqual({ part: 'Schedule 2', page: 'Page', n: '4', of: '9' });
    expect(groups('ANNEX 1 PAGE 2')).toEqual({ part: 'ANNEX 1', page: 'PAGE', n: '2' });
  });

  it('takes no heading, range, reference or label with text for one', () => {
    for (const text of ['EXHIBIT A-1', 'Exhibit B', 'Schedule 2 Page', '2-3', 'a-1', 'ABC-1', 'A-', 'A-1 The Supplier shall deliver', 'Exhibit A - Page 3 of the Nordlicht order']) {
      expect(PAGE_NUMBER_LINE.test(text)).toBe(false);
    }
  });

  it('reads crafted lines of its exhibit pieces in linear time', () => {
    const pieces = [
      'A-'.repeat(50_000),
      'A'.repeat(100_000),
      `Exhibit A${' '.repeat(100_000)}x`,
      `Exhibit A${' -'.repeat(50_000)}x`,
      `Schedule 2,${' ,'.repeat(50_000)}Page 1x`,
      'A-1-'.repeat(25_000),
      `${'-'.repeat(100_000)}A-1x`,
      'EXHIBIT A PAGE '.repeat(7_000),
      'Exhibit '.repeat(12_500),
      `Exhibit${' '.repeat(100_000)}A-1`,
      `${'- '.repeat(50_000)}Exhibit A-`,
    ];
    const started = performance.now();
    for (const text of pieces) {
      PAGE_NUMBER_LINE.test(text);
      EXHIBIT_NAME_BEFORE_LETTER.test(text);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
