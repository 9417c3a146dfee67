import { describe, expect, it } from 'vitest';
import { buildLines, findGutter, pageSpacing, paragraphs, removeRunningLines, type LaidOutPage, type Line, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

// Layout over crafted runs no real page holds: it must give a well-formed result, never fail.
describe('layout of crafted runs', () => {
  it('joins a stretched line of 200,000 single words without overflowing the stack', () => {
    // Every word a cell gap apart, all gaps equal: a justified line, read as one fragment.
    const runs: TextRun[] = Array.from({ length: 200_000 }, (_, i) => ({ text: 'ab', x: 20 + i * 40, y: 100, width: 10, fontSize: 10 }));
    const lines = buildLines(runs);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.fragments).toHaveLength(1);
    expect(lines[0]!.fragments[0]!.text.split(' ')).toHaveLength(200_000);
    expect(lines[0]!.fragments[0]!.box).toMatchObject({ x0: 20, x1: 20 + 199_999 * 40 + 10 });
  });

  it('still reads unequal gaps on such a line as separate cells', () => {
    const runs: TextRun[] = Array.from({ length: 200_000 }, (_, i) => ({ text: 'ab', x: 20 + i * 40 + (i % 3), y: 100, width: 10, fontSize: 10 }));
    expect(buildLines(runs)[0]!.fragments).toHaveLength(200_000);
  });
});

describe('tables of crafted width', () => {
  /**
   * Two rows of `cells` one-word cells, the second row's words set between the first row's columns
   * (gaps a little uneven, as a table's are: equal ones would be one justified line).
   */
  const offsetRows = (cells: number): LaidOutPage => {
    const runs: TextRun[] = [];
    for (const [row, shift] of [[0, 0], [1, 30]] as const) {
      for (let i = 0; i < cells; i++) runs.push({ text: `w${i}`, x: 20 + i * 60 + (i % 3) + shift, y: 100 + row * 12, width: 12, fontSize: 10 });
    }
    return { width: 40 + cells * 60, height: 800, lines: buildLines(runs) };
  };

  it('reads a row of 150,000 cells under another without overflowing the stack, within a generous bound', () => {
    const page = offsetRows(150_000);
    const spacing = pageSpacing(page);
    const started = performance.now();
    const units = paragraphs(page, undefined, undefined, false, spacing);
    // Looking up each cell's column by scanning every column took time growing with the square of
    // the row (minutes here) and spread the columns into Math.max, which overflowed the stack.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(units).toHaveLength(1);
    expect(units[0]!.hint).toBe('table-row');
    const cells = units[0]!.text.split(' | ');
    // Each word of the second row joins the column it stands right of; the last opens a column.
    expect(cells).toHaveLength(150_001);
    expect(cells.slice(0, 2)).toEqual(['w0 w0', 'w1 w1']);
    expect(cells.slice(-2)).toEqual(['w149999', 'w149999']);
  }, 120_000);

  it('looks for a gutter on a page two metres wide holding 300,000 cells within a generous bound', () => {
    // 600 rows of 500 one-word cells across a page 14,400 points wide, each row shifted half a
    // cell from the one above, so every place a gutter might be is crossed by a cell.
    const lines: Line[] = Array.from({ length: 600 }, (_, r) => ({
      y: 20 + r * 1.3,
      fontSize: 1,
      fragments: Array.from({ length: 500 }, (_, c) => {
        const x = 10 + c * 28 + (r % 2) * 14 + (c % 3);
        return { text: `w${c}`, x, right: x + 20, box: { x0: x, y0: 19 + r * 1.3, x1: x + 20, y1: 20.2 + r * 1.3 } };
      }),
    }));
    const page: LaidOutPage = { width: 14_400, height: 800, lines };
    const started = performance.now();
    // Searched every 2 points over every fragment, this took 20 s.
    const gutter = findGutter(page);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(gutter).toBeUndefined();
  }, 120_000);

  it('keeps each cell under the nearest column of a small table', () => {
    const runs: TextRun[] = [
      { text: 'Term:', x: 72, y: 100, width: 30, fontSize: 10 },
      { text: 'Three years', x: 200, y: 100, width: 60, fontSize: 10 },
      { text: 'Fee:', x: 72, y: 112, width: 25, fontSize: 10 },
      { text: 'Nordlicht GmbH', x: 204, y: 112, width: 70, fontSize: 10 },
    ];
    const units = paragraphs({ width: 612, height: 800, lines: buildLines(runs) });
    expect(units.map((u) => u.text)).toEqual(['Term: | Three years', 'Fee: | Nordlicht GmbH']);
  });
});

describe('running lines of a crafted length', () => {
  const line = (text: string, y: number): Line => ({ y, fontSize: 10, fragments: [{ text, x: 72, right: 200, box: { x0: 72, y0: y - 8, x1: 200, y1: y + 2 } }] });

  it('removes a header repeated 32,000 times over 4,000 pages within a generous bound', () => {
    // Every line of every page is the same running line ("HARBOR LANE SUPPLY AGREEMENT 12", its
    // number varying), except one clause in the middle of each page.
    const pages: LaidOutPage[] = Array.from({ length: 4_000 }, (_, p) => ({
      width: 612,
      height: 800,
      lines: Array.from({ length: 10 }, (_, i) => line(i === 5 ? `Clause ${p} binds Nordlicht GmbH.` : `HARBOR LANE SUPPLY AGREEMENT ${p * 10 + i}`, 40 + i * 70)),
    }));
    const started = performance.now();
    const out = removeRunningLines(pages);
    // Where each repeat stands was copied into a new list for every repeat: a minute here.
    expect(performance.now() - started).toBeLessThan(10_000);
    // The first and last four lines of each page are its running lines; the two in the middle stay.
    expect(out.map((p) => p.lines.length)).toEqual(pages.map(() => 2));
    expect(out[7]!.lines.map((l) => l.fragments[0]!.text)).toEqual(['HARBOR LANE SUPPLY AGREEMENT 74', 'Clause 7 binds Nordlicht GmbH.']);
  }, 120_000);
});
