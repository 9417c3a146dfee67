/**
 * Paragraphs marked only by a first-line indent: a line at the indent that opens with a clause number opens that
 * clause, though the line before runs nearly full without ending a sentence (a heading whose last word happened to
 * reach the margin). Hand-placed lines of invented text (margin 72 pt, indent 36 pt, right edge 540 pt).
 */
import { describe, expect, it } from 'vitest';
import { buildLines, paragraphs, type LaidOutPage, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

/** A run of one line set from `x` to `right` on baseline `y` (11 pt). */
const run = (text: string, x: number, y: number, right = 540): TextRun => ({ text, x, y, width: right - x, fontSize: 11 });

function pageOf(rows: ReadonlyArray<readonly [number, number, string, number?]>): LaidOutPage {
  return { width: 612, height: 792, lines: buildLines(rows.map(([x, y, t, r]) => run(t, x, y, r))) };
}

const texts = (page: LaidOutPage, indent: boolean | number): string[] => paragraphs(page, 1.15, undefined, indent).map((u) => u.text);

/** A nearly full heading line (ending 12 pt short of the margin, no room for "3.1"), then a numbered clause heading at the indent. */
const page = (next: string): LaidOutPage =>
  pageOf([
    [108, 100, 'The Harbor Lane Inc. hosting service runs on the servers Nordlicht GmbH keeps', 540],
    [72, 112.7, 'in its two data centres.', 190],
    [108, 125.4, '3.0 Term, Termination and Suspension of the Hosting Services by Either Party', 528],
    [108, 138.1, next, 160],
    [108, 150.8, 'This Agreement runs from the Effective Date until the last Service Order ends,', 540],
    [72, 163.5, 'unless it is terminated earlier.', 220],
  ]);

describe('a clause number at the paragraph indent after a nearly full line', () => {
  it('fires: the numbered heading stands apart from the heading above it', () => {
    expect(texts(page('3.1 Term'), 36)).toEqual([
      'The Harbor Lane Inc. hosting service runs on the servers Nordlicht GmbH keeps in its two data centres.',
      '3.0 Term, Termination and Suspension of the Hosting Services by Either Party',
      '3.1 Term',
      'This Agreement runs from the Effective Date until the last Service Order ends, unless it is terminated earlier.',
    ]);
  });

  it('does not fire where the document marks paragraphs by space, nor on a line at the indent without a number', () => {
    expect(texts(page('3.1 Term'), false)[1]).toMatch(/^3\.0 Term, Termination and Suspension of the Hosting Services by Either Party 3\.1 Term This Agreement/);
    expect(texts(page('Term'), 36)[1]).toBe('3.0 Term, Termination and Suspension of the Hosting Services by Either Party Term');
  });

  it('does not fire where the text plainly runs on, nor on a number set in by some other depth', () => {
    const runsOn = pageOf([
      [108, 100, 'Harbor Lane Inc. may suspend the hosting service only as clauses 2.1 and 3.3', 540],
      [72, 112.7, 'allow, and its remedies are those that the sections from 3.4 up to', 528],
      [108, 125.4, '4.2 set out and no others.', 230],
    ]);
    expect(texts(runsOn, 36)).toHaveLength(1);
    const deeper = pageOf([
      [108, 100, '3.0 Term, Termination and Suspension of the Hosting Services by Either Party', 528],
      [126, 112.7, '3.1 Term', 170],
    ]);
    expect(texts(deeper, 36)).toHaveLength(1);
  });
});
