/**
 * Invented contracts drawn as PDFs with pdfkit in layouts common in filed contracts (cover tables
 * whose labels wrap, hanging clause numbers, running headers, side-by-side signature blocks, text in
 * two columns), read back through the whole PDF reader and the key-term extractor.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../electron/core/documents/extractDocument';
import { extractKeyTerms } from '../../../../electron/core/terms/extractKeyTerms';
import { buildLines, paragraphs, removeRunningLines, type LaidOutPage, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';
import { pdfkitBytes } from '../../../fixtures/pdfkitBytes';

type Doc = PDFKit.PDFDocument;
const FIELDS = ['title', 'parties', 'agreementDate', 'effectiveDate', 'expiration', 'renewal', 'renewalNotice', 'governingLaw'] as const;

/** The blocks ("kind: text") and the key terms' values of a letter-size PDF that `draw` builds. */
async function read(draw: (doc: Doc) => void): Promise<{ blocks: string[]; terms: Record<string, unknown> }> {
  const bytes = await pdfkitBytes(draw, undefined, { size: 'LETTER', margin: 72, autoFirstPage: true });
  const doc = await extractDocument({ bytes, name: 'x.pdf' });
  const found = extractKeyTerms(doc).terms;
  const terms: Record<string, unknown> = {};
  for (const k of FIELDS) terms[k] = found[k]?.value;
  return { blocks: doc.blocks.map((b) => `${b.kind}: ${b.text}`), terms };
}

describe('pdf layouts of filed contracts, read end to end', () => {
  it('a cover table whose label cell wraps onto a second line', async () => {
    const { blocks, terms } = await read((d) => {
      d.font('Helvetica-Bold').fontSize(14).text('EXCLUSIVE RESALE AGREEMENT', { align: 'center' });
      d.moveDown(0.3);
      d.font('Helvetica').fontSize(11).text('(Pacific Rim Territory)', { align: 'center' });
      d.moveDown(1.5);
      const row = (label: string[], value: string[], y: number): void => {
        label.forEach((l, i) => d.font('Helvetica-Bold').text(l, 72, y + i * 13, { lineBreak: false }));
        value.forEach((v, i) => d.font('Helvetica').text(v, 250, y + i * 13, { lineBreak: false }));
      };
      row(['SUPPLIER:'], ['Harrowgate Optics Ltd.'], 160);
      row(['DISTRIBUTOR:'], ['Bellweather Trading Co.'], 186);
      row(['INITIAL RESALE', 'PERIOD:'], ['May 3, 2004 through November 2, 2004'], 212);
      row(['TERRITORY:'], ['Japan, Korea and Taiwan'], 251);
      d.font('Helvetica').text('This Exclusive Resale Agreement (this "Agreement") is signed on March 1, 2004 by and between Harrowgate Optics Ltd., a Delaware corporation ("Supplier"), and Bellweather Trading Co., a California corporation ("Distributor").', 72, 300, { width: 468 });
      d.moveDown();
      d.text('1. TERM. This Agreement shall commence on the date first written above and shall continue for the Initial Resale Period stated in the table above. Thereafter it shall renew automatically for successive one-year periods unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.', { width: 468 });
      d.moveDown();
      d.text('2. GOVERNING LAW. This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws rules.', { width: 468 });
    });
    expect(blocks).toContain('table-row: INITIAL RESALE PERIOD: | May 3, 2004 through November 2, 2004');
    expect(blocks).toContain('table-row: TERRITORY: | Japan, Korea and Taiwan');
    expect(terms).toMatchObject({
      title: 'EXCLUSIVE RESALE AGREEMENT (Pacific Rim Territory)',
      parties: [{ name: 'Harrowgate Optics Ltd.', role: 'Supplier' }, { name: 'Bellweather Trading Co.', role: 'Distributor' }],
      agreementDate: '2004-03-01',
      expiration: '2004-11-02',
      renewal: '1 year each, automatic, successive',
      renewalNotice: '60 days',
      governingLaw: 'New York, United States',
    });
  });

  it('hanging clause numbers, page footers, a hyphenated party, signatures side by side', async () => {
    const { blocks, terms } = await read((d) => {
      const furniture = (n: number): void => {
        d.font('Helvetica').fontSize(8).text('Confidential - Kestrel Mill Supply Agreement', 72, 40, { lineBreak: false });
        d.text(`- ${n} -`, 290, 740, { lineBreak: false });
      };
      furniture(1);
      d.font('Helvetica-Bold').fontSize(13).text('SUPPLY AGREEMENT', 72, 90, { width: 468, align: 'center' });
      d.font('Helvetica').fontSize(10).text('between', { width: 468, align: 'center' });
      d.text('KESTREL MILL HOLDINGS, INC.', { width: 468, align: 'center' });
      d.text('and', { width: 468, align: 'center' });
      d.text('ORMSBY CHEMICAL WORKS LLC', { width: 468, align: 'center' });
      d.moveDown(2);
      const lines = [
        'THIS SUPPLY AGREEMENT is entered into effective as of July 1, 2011 (the "Effective Date") by and be-',
        'tween Kestrel Mill Holdings, Inc., an Ohio corporation ("Buyer"), and Ormsby Chemical Works LLC,',
        'a Michigan limited liability company ("Seller").',
      ];
      let y = 230;
      for (const l of lines) { d.text(l, 72, y, { lineBreak: false }); y += 12; }
      y += 12;
      const clause = (num: string, body: string[]): void => {
        d.text(num, 72, y, { lineBreak: false });
        body.forEach((b) => { d.text(b, 108, y, { lineBreak: false }); y += 12; });
        y += 12;
      };
      clause('1.', ['Term. The initial term of this Agreement shall begin on the Effective Date and shall', 'end on June 30, 2014, unless terminated earlier as provided herein (the "Initial Term").']);
      clause('2.', ['Renewal. Upon expiry of the Initial Term this Agreement shall be renewed automati-', 'cally for successive renewal terms of two (2) years each, unless either party notifies the', 'other in writing of its intention not to renew not less than ninety (90) days prior to the']);
      d.addPage();
      furniture(2);
      y = 90;
      d.text('expiration of the Initial Term or any renewal term.', 108, y, { lineBreak: false }); y += 24;
      clause('3.', ['Governing Law. This Agreement and any dispute arising from it shall be governed by', 'the laws of the State of Michigan.']);
      d.text('IN WITNESS WHEREOF, the parties have signed this Agreement as of the Effective Date.', 72, y, { lineBreak: false }); y += 36;
      const sig = [['KESTREL MILL HOLDINGS, INC.', 'ORMSBY CHEMICAL WORKS LLC'], ['By: ______________________', 'By: ______________________'], ['Name: Adela Quist', 'Name: Morton Fenwick'], ['Title: President', 'Title: Managing Member']];
      for (const [a, b] of sig) { d.text(a!, 72, y, { lineBreak: false }); d.text(b!, 320, y, { lineBreak: false }); y += 14; }
    });
    expect(blocks).toContain('paragraph: 1. Term. The initial term of this Agreement shall begin on the Effective Date and shall end on June 30, 2014, unless terminated earlier as provided herein (the "Initial Term").');
    expect(blocks).not.toContain('paragraph: 1.');
    expect(blocks.some((b) => b.includes('- 1 -') || b.includes('- 2 -'))).toBe(false);
    expect(blocks).toContain('table-row: Name: Adela Quist | Name: Morton Fenwick');
    // The running header, in small print at the same height on both pages, is furniture on each.
    expect(blocks.filter((b) => b.includes('Confidential'))).toEqual([]);
    expect(terms).toMatchObject({
      title: 'SUPPLY AGREEMENT',
      parties: [{ name: 'Kestrel Mill Holdings, Inc.', role: 'Buyer' }, { name: 'Ormsby Chemical Works LLC', role: 'Seller' }],
      effectiveDate: '2011-07-01',
      expiration: '2014-06-30',
      renewal: '2 years each, automatic, successive',
      renewalNotice: '90 days',
      governingLaw: 'Michigan, United States',
    });
  });

  it.each([
    ['long', true],
    ['short', false],
  ])('two %s columns of prose under a centred title', async (_, long) => {
    const { blocks, terms } = await read((d) => {
      d.font('Helvetica-Bold').fontSize(16).text('MASTER LICENSE AGREEMENT', 72, 72, { width: 468, align: 'center' });
      d.font('Helvetica').fontSize(11).text('Software and Documentation', { width: 468, align: 'center' });
      d.moveDown(1.5);
      const y0 = d.y;
      d.fontSize(9);
      const left = 'This Master License Agreement (this "Agreement") is dated as of September 9, 2005 and is made between Pellucid Data Corp., a Colorado corporation (the "Licensor"), and Thornfield Analytics plc, a company registered in England and Wales (the "Licensee"). ' +
        'TERM AND RENEWAL. This Agreement takes effect on the date above and remains in force for a period of five (5) years. It renews thereafter for further periods of one (1) year each unless either party gives at least thirty (30) days written notice before the end of the current period. ';
      const right = 'FEES. The Licensee shall pay the licence fees set out in the order within forty-five days of each invoice. ' +
        'GOVERNING LAW. This Agreement is governed by the laws of England and Wales and the courts of London shall have exclusive jurisdiction over any dispute arising from it. ' +
        'NOTICES. Notices shall be given in writing to the addresses in the order and are effective on receipt by the addressee.' +
        (long ? ' ASSIGNMENT. Neither party may assign this Agreement without the prior written consent of the other party, which consent shall not be unreasonably withheld, save to a successor to its whole business.' : '');
      d.text(left, 72, y0, { width: 222, align: 'justify' });
      d.text(right, 318, y0, { width: 222, align: 'justify' });
    });
    expect(blocks[2]).toMatch(/^paragraph: This Master License Agreement .* \(the "Licensee"\)\.$/);
    expect(terms).toMatchObject({
      title: 'MASTER LICENSE AGREEMENT',
      parties: [{ name: 'Pellucid Data Corp.', role: 'Licensor' }, { name: 'Thornfield Analytics plc', role: 'Licensee' }],
      agreementDate: '2005-09-09',
      expiration: '2010-09-09',
      renewal: '1 year each, automatic',
      renewalNotice: '30 days',
      governingLaw: 'England and Wales',
    });
  });

  it('a cover table without colons whose rows are set apart and whose label wraps', async () => {
    const { blocks, terms } = await read((d) => {
      d.font('Helvetica-Bold').fontSize(12).text('AMENDED AND RESTATED', 72, 72, { width: 468, align: 'center' });
      d.text('MARKETING SERVICES AGREEMENT', { width: 468, align: 'center' });
      d.moveDown(2);
      let y = d.y;
      d.font('Helvetica').fontSize(10);
      const rows: [string[], string[]][] = [
        [['Agreement Date'], ['February 3, 2019']],
        [['Company'], ['Brindlemoor Foods, Inc., a Texas', 'corporation']],
        [['Agency'], ['Saltmarsh Creative LLC']],
        [['Commencement', 'Date'], ['March 1, 2019']],
        [['Initial Term'], ['Three (3) years from the Commencement Date']],
        [['Governing Law'], ['State of Texas']],
      ];
      for (const [a, b] of rows) {
        a.forEach((t, i) => d.text(t, 72, y + i * 12, { lineBreak: false }));
        b.forEach((t, i) => d.text(t, 220, y + i * 12, { lineBreak: false }));
        y += Math.max(a.length, b.length) * 12 + 10;
      }
      d.text('The parties agree to the terms above and to the Standard Terms attached to this cover page, which form part of this Agreement.', 72, y + 10, { width: 468 });
    });
    expect(blocks).toContain('table-row: Commencement Date | March 1, 2019');
    expect(blocks).toContain('table-row: Company | Brindlemoor Foods, Inc., a Texas corporation');
    expect(terms).toMatchObject({
      title: 'AMENDED AND RESTATED MARKETING SERVICES AGREEMENT',
      agreementDate: '2019-02-03',
      effectiveDate: '2019-03-01',
      expiration: '2022-03-01',
      governingLaw: 'Texas, United States',
    });
  });
});

describe('pdf layout: where a wrapped label ends and the next row begins', () => {
  const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: text.length * 5, fontSize: 10 });
  const rowsOf = (runs: TextRun[]): string[] => paragraphs({ width: 600, height: 800, lines: buildLines(runs) }).map((u) => u.text);

  it('opens a row at each label ending in a colon, rows set line under line', () => {
    expect(rowsOf([run('SELLER:', 40, 100), run('Ferncastle Ltd.', 220, 100), run('BUYER:', 40, 112), run('Olmstead Corp.', 220, 112), run('PRICE:', 40, 124), run('$4,000', 220, 124)])).toEqual([
      'SELLER: | Ferncastle Ltd.',
      'BUYER: | Olmstead Corp.',
      'PRICE: | $4,000',
    ]);
  });

  it('opens a row at each label without colons when the rows are not set apart', () => {
    expect(rowsOf([run('Seller', 40, 100), run('Ferncastle Ltd.', 220, 100), run('Buyer', 40, 112), run('Olmstead Corp.', 220, 112), run('Price', 40, 124), run('$4,000', 220, 124)])).toEqual([
      'Seller | Ferncastle Ltd.',
      'Buyer | Olmstead Corp.',
      'Price | $4,000',
    ]);
  });

  it('finishes a label that ends on its second line with a colon', () => {
    expect(rowsOf([run('SELLER:', 40, 100), run('Ferncastle Ltd.', 220, 100), run('DELIVERY', 40, 112), run('Within ten days of order', 220, 112), run('POINT:', 40, 124), run('PRICE:', 40, 136), run('$4,000', 220, 136)])).toEqual([
      'SELLER: | Ferncastle Ltd.',
      'DELIVERY POINT: | Within ten days of order',
      'PRICE: | $4,000',
    ]);
  });
});

describe('pdf layout: the repeated top line of a two-page contract', () => {
  const line = (text: string, y: number, fontSize: number) => ({ y, fontSize, fragments: [{ text, x: 72, right: 72 + text.length * fontSize * 0.5, box: { x0: 72, y0: y - fontSize, x1: 300, y1: y } }] });
  const body = (from: number): ReturnType<typeof line>[] => Array.from({ length: 12 }, (_, i) => line(`Clause text line ${i + from} of the invented contract`, 120 + i * 14, 10));
  const page = (top: ReturnType<typeof line>, from: number): LaidOutPage => ({ width: 612, height: 792, lines: [top, ...body(from)] });
  const firstLine = (pages: LaidOutPage[]): string => pages[0]!.lines[0]!.fragments[0]!.text;

  it('drops a small header at the same height on both pages', () => {
    const header = (y: number) => line('Halvard Press Printing Agreement', y, 8);
    expect(firstLine(removeRunningLines([page(header(40), 1), page(header(40), 20)]))).toBe('Clause text line 1 of the invented contract');
  });

  it('keeps a title as large as the text that page two repeats as a heading', () => {
    const title = (y: number) => line('PRINTING AGREEMENT', y, 10);
    expect(firstLine(removeRunningLines([page(title(40), 1), page(title(40), 20)]))).toBe('PRINTING AGREEMENT');
  });

  it('keeps a small first line that page two prints at another height', () => {
    expect(firstLine(removeRunningLines([page(line('Halvard Press Printing Agreement', 40, 8), 1), page(line('Halvard Press Printing Agreement', 90, 8), 20)]))).toBe('Halvard Press Printing Agreement');
  });
});
