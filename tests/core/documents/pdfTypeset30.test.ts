/**
 * Invented contracts typeset in the layouts word processors print (double-spaced, paragraphs marked
 * by a first-line indent alone, ragged right, a running header with the page number) and read back
 * through the PDF reader: each paragraph must come back as one block, the page furniture left out.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { resolveLineHyphens, LINE_HYPHEN } from '../../../electron/core/documents/pdf/lineHyphens';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { pdfkitBytes } from '../../fixtures/pdfkitBytes';

interface Layout {
  font?: string;
  fontSize?: number;
  size?: string;
  margin?: number;
  align?: 'justify' | 'left';
  lineGap?: number;
  paragraphGap?: number;
  indent?: number;
  /** A running header on every page, ending with the page number. */
  header?: string;
}

async function typeset(paragraphs: readonly string[], layout: Layout): Promise<{ blocks: string[]; title: unknown }> {
  const { font = 'Helvetica', fontSize = 11, size = 'LETTER', margin = 72, align = 'justify', lineGap = 0, paragraphGap = 0.6, indent = 0, header } = layout;
  const bytes = await pdfkitBytes(
    (doc) => {
      doc.font(font).fontSize(fontSize);
      for (const p of paragraphs) doc.text(p, { align, lineGap, ...(indent ? { indent } : {}) }).moveDown(paragraphGap);
      if (header === undefined) return;
      const { start, count } = doc.bufferedPageRange();
      for (let i = 0; i < count; i++) {
        doc.switchToPage(start + i);
        const top = doc.page.margins.top;
        doc.page.margins.top = 0;
        doc.fontSize(9).text(header, margin, margin / 2, { lineBreak: false });
        doc.text(`CONFIDENTIAL    ${i + 1}`, margin, margin / 2, { width: doc.page.width - 2 * margin, align: 'right', lineBreak: false });
        doc.page.margins.top = top;
      }
    },
    undefined,
    { size, margin, autoFirstPage: true, bufferPages: true },
  );
  const doc = await extractDocument({ bytes, name: 'x.pdf' });
  return { blocks: doc.blocks.map((b) => b.text), title: extractKeyTerms(doc).terms.title?.value };
}

/** Clauses of invented prose, several lines each, some ending on a nearly full line. */
const CLAUSES = [
  'LOCKER HIRE AGREEMENT',
  'This Locker Hire Agreement is made on 9 June 2014 between Pellworth Storage Limited, a company registered in Wales ("Pellworth"), and Tamsin Orchard Bakeries Ltd ("Tamsin").',
  '1. Lockers. Pellworth lets to Tamsin the twelve chilled lockers numbered on the plan in the Schedule, each kept at between two and five degrees, together with the right to pass over the loading yard at any hour to reach them.',
  '2. Hire. Tamsin shall pay a hire of four hundred pounds a month for each locker, in advance on the first working day of every month, by transfer to the account Pellworth names in writing from time to time, without any deduction',
  'Late payments carry interest at three per cent above the base rate of the Bank of England from the due date until the day the money is received in full by Pellworth.',
  '3. Term. This Agreement runs for two years from the date above and then goes on from year to year until either party ends it by giving the other not less than ninety days notice in writing before the end of a year.',
  'Nothing in this clause stops either party ending this Agreement at once by notice if the other party commits a serious breach and fails to put it right within thirty days of being asked to do so in writing.',
  '4. Access. Pellworth may enter any locker to inspect, clean or repair it on giving Tamsin two working days notice, and at once in an emergency, and shall cause as little disruption to the bakery deliveries as it reasonably can.',
  '5. Law. This Agreement is governed by the law of England and Wales, and the courts of England and Wales alone may settle any dispute that arises out of it or in connection with it.',
];

describe('PDF layouts word processors print (session 30)', () => {
  it('double-spaced text with a small space after each paragraph keeps its paragraphs apart', async () => {
    // Space between paragraphs is set in points whatever the line spacing: on double-spaced lines
    // it is a smaller share of the spacing than 1.45 times, and paragraphs ran together.
    const { blocks } = await typeset(CLAUSES, { lineGap: 12 });
    expect(blocks).toEqual(CLAUSES);
  });

  it('paragraphs marked only by a first-line indent, with no space between them, are told apart', async () => {
    const { blocks } = await typeset(CLAUSES, { indent: 36, paragraphGap: 0 });
    expect(blocks).toEqual(CLAUSES);
  });

  it('a hanging indent (an item label, its text wrapped under the text) is not read as first-line indents', async () => {
    const items = [
      '(a) the Supplier shall deliver the goods to the warehouse named in the order, packed on pallets of the agreed size;',
      '(b) the Buyer shall inspect them. On delivery, any shortage shall be noted on the delivery note and signed by both drivers.',
      '(c) title passes on payment.',
    ];
    const bytes = await pdfkitBytes(
      (doc) => {
        doc.font('Helvetica').fontSize(11);
        for (const p of items) {
          const [label, ...rest] = p.split(' ');
          const y = doc.y;
          doc.text(label!, 72, y, { lineBreak: false });
          doc.text(rest.join(' '), 100, y, { width: 300, align: 'left' }).moveDown(0.6);
        }
      },
      undefined,
      { size: 'LETTER', margin: 72, autoFirstPage: true },
    );
    const doc = await extractDocument({ bytes, name: 'x.pdf' });
    expect(doc.blocks.map((b) => b.text)).toEqual(items);
  });

  it('ragged-right Times on A4 keeps each paragraph whole, a line left short before a long word included', async () => {
    // A first line of capitals filled to where a long word no longer fits: left-aligned, it ends
    // well short of the margin, and was taken for a short title line ending its paragraph.
    const measure = new PDFDocument({ size: 'A4', margin: 71 }).font('Times-Roman').fontSize(12);
    const room = measure.page.width - 142;
    const long = 'ACKNOWLEDGEMENTS';
    let first = 'THE LICENSEE';
    for (const w of ['HOLDS', 'SHARED', 'KITCHEN', 'KEYS', 'PLUS', 'STORE', 'CARDS', 'UNDER', 'THESE', 'TERMS', 'PLUS', 'SPARE', 'KEYS', 'NOW']) {
      if (measure.widthOfString(`${first} ${long}`) > room) break;
      first += ` ${w}`;
    }
    expect(measure.widthOfString(`${first} ${long}`)).toBeGreaterThan(room);
    expect(measure.widthOfString(first)).toBeLessThan(room * 0.85);
    const text = ['SHARED KITCHEN LICENCE', `${first} ${long} OF THE LICENSOR, WHICH BIND THE LICENSEE IN FULL.`, ...CLAUSES.slice(1)];
    const { blocks } = await typeset(text, { font: 'Times-Roman', fontSize: 12, size: 'A4', margin: 71, align: 'left' });
    expect(blocks).toEqual(text);
  });

  it('a word split at a line end where a compound goes on with its own hyphen keeps the hyphen', () => {
    expect(resolveLineHyphens([`renews from year${LINE_HYPHEN}to-year unless ended`, `an equip${LINE_HYPHEN}ment list`])).toEqual([
      'renews from year-to-year unless ended',
      'an equipment list',
    ]);
  });

  it('a running header ending with the page number is left out even on a one-page contract, and the title read', async () => {
    const text = CLAUSES.slice(0, 3);
    const { blocks, title } = await typeset(text, { header: 'LOCKER HIRE AGREEMENT' });
    expect(blocks).toEqual(text);
    expect(title).toBe('LOCKER HIRE AGREEMENT');
  });

  it('a running header on every page of a longer contract is left out', async () => {
    const text = [...CLAUSES, ...CLAUSES.slice(2), ...CLAUSES.slice(2)];
    const { blocks } = await typeset(text, { header: 'LOCKER HIRE AGREEMENT' });
    expect(blocks.some((b) => /CONFIDENTIAL/.test(b))).toBe(false);
    expect(blocks[0]).toBe('LOCKER HIRE AGREEMENT');
  });

  it('a centred cover line ending in "and" runs on into the next party, not taken for an indented paragraph', async () => {
    const bytes = await pdfkitBytes(
      (doc) => {
        doc.font('Helvetica').fontSize(11);
        doc.text('LOCKER HIRE AGREEMENT', { align: 'center' }).moveDown(0.6);
        doc.text('PELLWORTH STORAGE HOLDINGS, LLC and', { align: 'center' });
        doc.text('TAMSIN ORCHARD BAKERIES AND CONFECTIONERY HOLDINGS LLC', { align: 'center' }).moveDown(0.6);
        for (const p of CLAUSES.slice(2)) doc.text(p, { align: 'justify' }).moveDown(0.6);
      },
      undefined,
      { size: 'LETTER', margin: 72, autoFirstPage: true },
    );
    const doc = await extractDocument({ bytes, name: 'x.pdf' });
    expect(doc.blocks.map((b) => b.text).slice(0, 3)).toEqual(['LOCKER HIRE AGREEMENT', 'PELLWORTH STORAGE HOLDINGS, LLC and TAMSIN ORCHARD BAKERIES AND CONFECTIONERY HOLDINGS LLC', CLAUSES[2]]);
  });
});
