/**
 * Invented short contracts typeset as word processors print them (double-spaced; paragraphs marked
 * only by a first-line indent) with the typeset rewrites of the evaluation, read back through the
 * PDF reader: each paragraph must come out as one block and each heading apart. A single-spaced
 * control with space between paragraphs must read as it did.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../electron/core/documents/pdf/readPdf';
import { buildLines, paragraphMarks, paragraphs, type LaidOutPage, type TextRun } from '../../../electron/core/documents/pdf/pdfLayout';
import { perturbationNamed } from '../../eval/perturb';

const CONTRACT = [
  'EQUIPMENT MAINTENANCE AGREEMENT',
  'This Equipment Maintenance Agreement (the "Agreement") is dated 14 March 2022 between Quillfeather Looms Limited, a company registered in Scotland ("Owner"), and Brackenridge Service Partners LLP ("Contractor").',
  'RECITALS',
  'Owner operates weaving machinery at its mill in Dunmore Vale and wishes to engage Contractor to inspect, service and repair that machinery on the terms below.',
  'Contractor has the staff, tools and spare parts needed to keep the machinery in working order and is willing to do so.',
  '1. Services',
  'Contractor shall inspect each machine listed in the Schedule once every calendar month, carry out the routine servicing the maker recommends, and repair any fault reported by Owner within two working days after the report, using genuine parts wherever they can be obtained at a fair price.',
  'Contractor shall keep a written log of every visit, naming the engineer, the machine, the work done and the parts fitted, and shall send a copy of the log to Owner by the fifth day of the following month.',
  '2. Term',
  'This Agreement begins on 1 April 2022 and continues for three years. It then renews for further periods of one year each unless either party gives the other written notice that it will not renew at least ninety days before the end of the period then running.',
  '3. Fees',
  'Owner shall pay Contractor a monthly fee of four thousand pounds, invoiced in arrears. Parts are charged at cost plus ten per cent, and visits outside working hours at the rates in the Schedule.',
  '4. Access and Safety',
  'Owner shall give the engineers safe access to the machinery during working hours, isolate each machine from its power supply before work starts, and tell the engineers of any hazard on the mill floor that they could not be expected to notice for themselves.',
  'Contractor shall make sure that its engineers follow the site rules posted at the mill gate, wear the protective clothing those rules require, and leave each machine clean, guarded and ready for use when they finish.',
  '5. Warranty',
  'Contractor warrants that its work will be done with reasonable skill and care by trained engineers and that every part it fits will be free from defects for twelve months after fitting. A part that fails within that time will be replaced without charge, together with the labour needed to fit it.',
  'The warranty does not cover damage caused by misuse, by repairs made by anyone other than Contractor, or by running a machine beyond the loads its maker states, and it is the only warranty Contractor gives about its work.',
  '6. Liability',
  'Neither party must make good to the other any lost profit, loss of production or any indirect loss, however it arises. The total liability of Contractor in any contract year is limited to the fees paid to it in that year, but nothing limits liability for injury to a person caused by negligence.',
  '7. Ending the Agreement',
  'Either party may end this Agreement at once by written notice if the other commits a serious breach and does not put it right within thirty days after being asked to do so in writing, or if the other becomes insolvent or stops trading.',
  'When this Agreement ends, Contractor shall return any keys, passes and drawings that belong to Owner, and Owner shall pay every invoice for work done up to the date of ending within a month of receiving it.',
  '8. Governing Law',
  'Scots law governs this Agreement, and only the courts of Edinburgh may hear a dispute about it.',
];

/** The blocks the PDF reader gives for the contract typeset by the named rewrite. */
async function blocksOf(rewrite: string, paragraphs: readonly string[] = CONTRACT): Promise<string[]> {
  const bytes = await perturbationNamed(rewrite).apply(paragraphs.join('\n'));
  if (typeof bytes === 'string') throw new Error('not a PDF rewrite');
  const doc = await readPdf(bytes, { maxPages: 20 });
  return doc.pages.flatMap((p) => p.units.map((u) => u.text)).filter((t) => !/^Page \d+ of \d+$/.test(t));
}

/**
 * Every paragraph comes out as one block, in order, except one a page break cuts, whose two parts
 * are consecutive blocks; no block holds text of two paragraphs.
 */
function expectParagraphs(blocks: readonly string[], paragraphs: readonly string[] = CONTRACT): void {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const whole = paragraphs.includes(b);
    const next = blocks[i + 1];
    if (!whole && next !== undefined && paragraphs.includes(`${b} ${next}`)) {
      out.push(`${b} ${next}`);
      i++;
    } else out.push(b);
  }
  expect(out).toEqual(paragraphs);
}

describe('word-processor layouts read as paragraphs', () => {
  it('a single-spaced contract with space between paragraphs (control)', async () => {
    expectParagraphs(await blocksOf('typeset-pdf'));
  });

  it('a double-spaced contract: each paragraph one block, headings apart', async () => {
    expectParagraphs(await blocksOf('typeset-pdf-double'));
  });

  it('paragraphs marked only by a first-line indent: each one block, headings apart', async () => {
    expectParagraphs(await blocksOf('typeset-pdf-indent'));
  });

  it('ragged right on A4 and a running header read as before', async () => {
    expectParagraphs(await blocksOf('typeset-pdf-ragged'));
    expectParagraphs(await blocksOf('typeset-pdf-header'));
  });
});

/** A run of one line set from `x` to `right` on baseline `y` (11 pt). */
const run = (text: string, x: number, y: number, right = 540): TextRun => ({ text, x, y, width: right - x, fontSize: 11 });

/** Lines of a page laid out from [x, y, text, right?] tuples. */
function pageOf(rows: ReadonlyArray<readonly [number, number, string, number?]>): LaidOutPage {
  return { width: 612, height: 792, lines: buildLines(rows.map(([x, y, t, r]) => run(t, x, y, r))) };
}

describe('paragraph breaks in wide leading and by first-line indents', () => {
  // Double-spaced: wrapped lines 24.7 pt apart, paragraphs 32.3 pt apart (six points after each).
  it('double-spaced: a gap a few points wider than the pitch parts paragraphs, even after a full line', () => {
    const page = pageOf([
      [72, 100, 'The Licensee shall keep the licensed fonts on no more than five'],
      [72, 124.7, 'workstations at any time and shall not lend them to any other'],
      [72, 149.4, 'studio, printer or bureau without written consent of the Licensor.'],
      [72, 181.7, 'The Licensor may audit those workstations once in each year on'],
      [72, 206.4, 'ten days notice.', 160],
    ]);
    expect(paragraphs(page, 2.25).map((u) => u.text)).toEqual([
      'The Licensee shall keep the licensed fonts on no more than five workstations at any time and shall not lend them to any other studio, printer or bureau without written consent of the Licensor.',
      'The Licensor may audit those workstations once in each year on ten days notice.',
    ]);
  });

  it('double-spaced: a sentence ending at a full line with no extra space runs on', () => {
    const page = pageOf([
      [72, 100, 'The Licensee shall keep the licensed fonts on no more than five'],
      [72, 124.7, 'workstations at any time. It shall not lend them to any other'],
      [72, 149.4, 'studio without consent. The Licensor may audit the workstations.'],
      [72, 174.1, 'Each audit is made on ten days notice.', 300],
    ]);
    expect(paragraphs(page, 2.25)).toHaveLength(1);
  });

  it('single spacing keeps its own threshold: a gap of 1.35 pitches is not a paragraph break before lower case', () => {
    const page = pageOf([
      [72, 100, 'The Licensee shall keep the licensed fonts on no more than five'],
      [72, 112.7, 'workstations at any time and shall not lend them to any other'],
      [72, 129.8, 'studio, printer or bureau without written consent.', 400],
    ]);
    expect(paragraphs(page, 1.15)).toHaveLength(1);
  });

  it('a first line set in after a full line ending a sentence opens a paragraph', () => {
    const page = pageOf([
      [108, 100, 'The Licensee shall keep the licensed fonts on no more than five'],
      [72, 112.7, 'workstations at any time and shall not lend them to any other'],
      [72, 125.4, 'studio, printer or bureau without written consent of the Licensor.'],
      [108, 138.1, 'The Licensor may audit those workstations once in each year on'],
      [72, 150.8, 'ten days notice.', 160],
    ]);
    expect(paragraphMarks(page, 1.15)).toEqual({ spaced: 0, indented: 1 });
    expect(paragraphs(page, 1.15, undefined, true).map((u) => u.text)).toHaveLength(2);
    // In a document that sets its paragraphs apart by space, the indent alone does not part them.
    expect(paragraphs(page, 1.15)).toHaveLength(1);
  });

  it('a hanging indent and a block quote are not first-line indents', () => {
    const hanging = pageOf([
      [72, 100, '(a) The Licensee shall keep the licensed fonts on five workstations.'],
      [90, 112.7, 'It shall not lend them to any other studio, printer or bureau'],
      [90, 125.4, 'without written consent.', 250],
    ]);
    expect(paragraphs(hanging, 1.15, undefined, true)).toHaveLength(1);
    const quote = pageOf([
      [108, 100, 'The Licensee shall keep the licensed fonts on five workstations.', 504],
      [108, 112.7, 'It shall not lend them to any other studio, printer or bureau', 504],
      [108, 125.4, 'without written consent.', 250],
    ]);
    expect(paragraphs(quote, 1.15, undefined, true)).toHaveLength(1);
  });
});
