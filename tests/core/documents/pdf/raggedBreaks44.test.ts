/**
 * A line set ragged right ends short when its next word is too long to follow it: that short line does not end a
 * title or a sentence's paragraph. Where the next word would have fitted, the short line ends them as before.
 * Invented lines laid out as pdf.js gives them.
 */
import { describe, expect, it } from 'vitest';
import { buildLines, paragraphs, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

const SIZE = 10;
/** A line of capitals or text whose letters are `letter` points wide and spaces a quarter of the font size. */
const run = (text: string, y: number, letter = 5.5, x = 72): TextRun => {
  const spaces = text.split(' ').length - 1;
  return { text, x, y, width: (text.length - spaces) * letter + spaces * SIZE * 0.25, fontSize: SIZE };
};
/** A line that ends at `right`. */
const ending = (text: string, y: number, right: number): TextRun => ({ text, x: 72, y, width: right - 72, fontSize: SIZE });

// Prose above sets the column's right edge at 540 pt and its line spacing at 12 pt.
const prose = [
  ending('The Landlord lets the premises described in the first schedule to the Tenant for the term', 100, 540),
  ending('stated below, at the rent and on the conditions set out in this lease, which the parties', 112, 540),
  ending('have read and accept, and which bind their successors and permitted assigns as fully as', 124, 540),
  ending('they bind the parties themselves, save where this lease states otherwise in so many words', 136, 540),
  ending('or by plain implication from its terms.', 148, 272),
];

const read = (after: TextRun[]): string[] => paragraphs({ width: 612, height: 792, lines: buildLines([...prose, ...after]) }).map((u) => u.text).slice(1);

describe('ragged right: a short line before a word too long for it', () => {
  const opening = 'THIS LEASE SHALL BE GOVERNED BY AND INTERPRETED UNDER OREGON LAW IN ALL';

  it('does not end a line of capitals as a title', () => {
    expect(read([ending(opening, 172, 460), run('ADMINISTRATIVE AND JUDICIAL PROCEEDINGS BETWEEN THE PARTIES.', 184, 6.5)])).toEqual([
      `${opening} ADMINISTRATIVE AND JUDICIAL PROCEEDINGS BETWEEN THE PARTIES.`,
    ]);
  });

  it('still ends a title where the next word would have fitted', () => {
    expect(read([ending(opening, 172, 460), run('THE PARTIES SUBMIT TO THE COURTS OF PORTLAND.', 184, 6.5)])).toEqual([opening, 'THE PARTIES SUBMIT TO THE COURTS OF PORTLAND.']);
  });

  it('does not end a paragraph at a sentence whose line ended for want of room', () => {
    const first = 'The Tenant shall insure the premises against fire and flood with an insurer the Landlord';
    const second = 'approves, and shall produce the policy and its receipt when the Landlord asks for them.';
    const lines = [ending(first, 172, 540), ending(second, 184, 460)];
    expect(read([...lines, run('Notwithstanding the foregoing, the Landlord insures the roof.', 196)])).toEqual([`${first} ${second} Notwithstanding the foregoing, the Landlord insures the roof.`]);
    expect(read([...lines, run('The Landlord insures the roof.', 196)])).toEqual([`${first} ${second}`, 'The Landlord insures the roof.']);
  });
});

describe('ragged right on a hostile page', () => {
  it('reads 5,000 short lines, each before a long word, in time linear in the lines', () => {
    const runs: TextRun[] = [...prose];
    for (let i = 0; i < 5000; i++) runs.push(i % 2 ? run('ADMINISTRATIVE MATTERS.', 172 + i * 12, 6.5) : ending('THE PARTIES AGREE AS FOLLOWS IN ALL', 172 + i * 12, 460));
    const lines = buildLines(runs);
    const t0 = performance.now();
    const units = paragraphs({ width: 612, height: 792 + 5000 * 12, lines });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(units.length).toBeGreaterThan(1);
  });
});
