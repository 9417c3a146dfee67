/**
 * Two lines that always open a paragraph though the line above runs on without a gap: a clause number glued to
 * its first word ("3.Nordlicht agrees…", as some PDFs' text prints it) after an item's end, and the testimonium
 * ("IN WITNESS WHEREOF…") after a sentence's end. Hand-placed lines of invented text (margin 72 pt, right edge 540 pt).
 */
import { describe, expect, it } from 'vitest';
import { buildLines, paragraphs, type LaidOutPage, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

/** A run of one line set from `x` to `right` on baseline `y` (11 pt). */
const run = (text: string, x: number, y: number, right = 540): TextRun => ({ text, x, y, width: right - x, fontSize: 11 });

function pageOf(rows: ReadonlyArray<readonly [number, number, string, number?]>): LaidOutPage {
  return { width: 612, height: 792, lines: buildLines(rows.map(([x, y, t, r]) => run(t, x, y, r))) };
}

const texts = (page: LaidOutPage): string[] => paragraphs(page, 1.15).map((u) => u.text);

describe('a clause number glued to its first word', () => {
  it('opens the clause after an item that ends on a semicolon', () => {
    const page = pageOf([
      [72, 100, '2.Harbor Lane Inc. pays the greater of (1) 5,000 euros for each month of editing work or', 540],
      [78, 112.7, '(2) a minimum of 3,000 photographs edited each month at 1.50 euros each photograph;', 536],
      [72, 125.4, '3.Nordlicht GmbH edits each photograph within 14 days of receiving it. The edited files', 540],
      [78, 138.1, 'meet the standards Harbor Lane Inc. sets;', 300],
    ]);
    expect(texts(page).map((t) => t.slice(0, 16))).toEqual(['2.Harbor Lane In', '(2) a minimum of', '3.Nordlicht GmbH']);
  });

  it('leaves a figure that wraps onto the line alone ("1.5 million", "2.3 of")', () => {
    const page = pageOf([
      [72, 100, 'Harbor Lane Inc. pays Nordlicht GmbH a fee for the first year of the term of', 540],
      [72, 112.7, '1.5 million euros, due as set out in Clause', 536],
      [72, 125.4, '2.3 of this Agreement.', 200],
    ]);
    expect(texts(page)).toHaveLength(1);
  });
});

describe('the testimonium', () => {
  const page = (second: string): LaidOutPage =>
    pageOf([
      [72, 100, '7. Acknowledgement. Harbor Lane Inc. accepts the Statement of Work and acknowledges a copy.', 540],
      [72, 112.7, second, 480],
    ]);

  it('opens its own paragraph after a sentence’s end', () => {
    expect(texts(page('IN WITNESS WHEREOF, the parties have signed this Agreement on the Effective Date.'))).toHaveLength(2);
  });

  it('leaves other capitals after a full line in the paragraph', () => {
    expect(texts(page('NOTWITHSTANDING the above, the parties may sign this Agreement in counterparts.'))).toHaveLength(1);
  });
});
