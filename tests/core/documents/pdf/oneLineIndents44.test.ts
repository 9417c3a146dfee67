/**
 * Paragraphs of one line hide their first-line indent (no line after them comes back left): a page whose longer
 * paragraphs each follow one is still read as marking paragraphs by indents. A clause whose lines after the first
 * hang at the same depth is not. Invented lines laid out as pdf.js gives them.
 */
import { describe, expect, it } from 'vitest';
import { buildLines, paragraphMarks, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

/** A line starting at `x` and ending at `right`, 12 pt below the one before. */
const line = (text: string, i: number, x: number, right: number): TextRun => ({ text, x, y: 100 + i * 12, width: right - x, fontSize: 10 });
const marks = (runs: TextRun[]): { spaced: number; indented: number } => paragraphMarks({ width: 612, height: 792, lines: buildLines(runs) });

describe('paragraphs of one line among indented ones', () => {
  const page = [
    line('Harbor Lane Inc. and Nordlicht GmbH agree as follows.', 0, 108, 400),
    line('The Supplier shall deliver the goods to the Buyer at its warehouse in Portland within', 1, 108, 540),
    line('thirty days of each order, packed as the Buyer specifies, and shall bear the cost of', 2, 72, 540),
    line('carriage to that warehouse.', 3, 72, 220),
    line('Each party shall keep the information of the other confidential.', 4, 108, 430),
    line('The Buyer shall pay each invoice within sixty days of receiving it, by transfer to the', 5, 108, 540),
    line('account the Supplier names in writing, without set-off or deduction of any kind.', 6, 72, 500),
    line('Either party may end this agreement on notice.', 7, 108, 380),
    line('Notices shall be in writing and sent to the address of the other party set out above,', 8, 108, 540),
    line('or to another address it names by notice.', 9, 72, 300),
  ];

  it('count as indents, and do not hide the indent of the paragraph after them', () => {
    // Three paragraphs of several lines after one of one line, two of one line after a longer one.
    expect(marks(page)).toEqual({ spaced: 0, indented: 5 });
  });

  it('a clause whose lines hang at the indent marks none', () => {
    const hung = [
      line('(a) The Supplier shall deliver the goods to the Buyer at its warehouse in Portland', 0, 72, 540),
      line('within thirty days of each order, packed as the Buyer specifies, and shall bear the', 1, 108, 540),
      line('cost of carriage.', 2, 108, 200),
      line('(b) The Buyer shall pay each invoice within sixty days of receiving it, by transfer', 3, 72, 540),
      line('to the account the Supplier names in writing, without set-off or deduction of any', 4, 108, 540),
      line('kind.', 5, 108, 140),
      line('(c) Either party may end this agreement on notice to the other, given at least', 6, 72, 540),
      line('ninety days before the end of the current term, by courier or by registered', 7, 108, 540),
      line('post.', 8, 108, 140),
    ];
    expect(marks(hung)).toEqual({ spaced: 0, indented: 0 });
  });
});

describe('one-line indents on a hostile page', () => {
  it('counts 5,000 lines in time linear in the lines', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 5000; i++) runs.push(i % 3 === 2 ? line('Each party agrees.', i, 72, 200) : line('The Supplier shall deliver the goods.', i, 108, i % 3 ? 540 : 300));
    const t0 = performance.now();
    const m = marks(runs);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(m.indented).toBeGreaterThan(0);
  });
});
