/**
 * Invented contracts typeset as a word processor prints them (US Letter, one-inch margins, 11 pt
 * Helvetica, justified paragraphs with space between them) and read back through the PDF reader:
 * the blocks and key terms must be those of the same text read as text.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { pdfkitBytes } from '../../fixtures/pdfkitBytes';

/**
 * Paragraphs typeset justified, 0.6 line apart, as `typeset-pdf` in tests/eval/perturb.ts sets them;
 * a paragraph that is only a form feed starts a new page.
 */
async function typeset(paragraphs: readonly string[]): Promise<{ blocks: string[]; terms: Record<string, unknown> }> {
  const bytes = await pdfkitBytes(
    (doc) => {
      doc.font('Helvetica').fontSize(11);
      for (const p of paragraphs) {
        if (p === '\f') doc.addPage();
        else doc.text(p.replace(/\s+/g, ' '), { align: 'justify' }).moveDown(0.6);
      }
    },
    undefined,
    { size: 'LETTER', margin: 72, autoFirstPage: true },
  );
  const doc = await extractDocument({ bytes, name: 'x.pdf' });
  const found = extractKeyTerms(doc).terms;
  const terms: Record<string, unknown> = {};
  for (const k of ['title', 'parties', 'agreementDate', 'effectiveDate']) terms[k] = found[k as keyof typeof found]?.value;
  return { blocks: doc.blocks.map((b) => b.text), terms };
}

/** Clauses of ordinary prose, several lines each: enough wrapped lines to measure the document's spacing. */
const CLAUSES = [
  '1. Services. The Operator shall maintain the shared cable landing station at the site shown in Annex A, keep its power and cooling plant in good repair, and give each Member access to its own equipment room during ordinary working hours, on notice of not less than two working days, save in an emergency affecting the integrity of the system.',
  '2. Costs. Each Member shall bear a share of the maintenance costs in proportion to its allotted capacity, as recorded in the capacity register kept by the Operator, and shall pay each invoice within forty-five days of its receipt, without set-off or deduction of any kind, together with any value added tax lawfully chargeable on it.',
  '3. Records. The Operator shall log every job done on the station in a work book and let any Member, or an auditor that Member appoints, look through that book at any sensible hour after fair warning, for six years after the job was done.',
  '4. Liability. No Member shall be liable to another for any loss of revenue, loss of profit or indirect loss arising out of an interruption of service, however caused, except where the interruption flows from that Member’s wilful misconduct or its deliberate default under this Accord.',
  '5. Disputes. Any dispute between Members about the allocation of costs goes first to the management committee, which meets within a month of the referral and tries honestly to settle it; failing settlement, either Member may refer the dispute to arbitration under the rules named in Annex C.',
  '6. Notices. Every notice under this Accord shall be in writing in English and delivered by hand or by courier to the address of the recipient shown in the capacity register, and takes effect on delivery, or on the next working day where it is delivered after five in the afternoon local time.',
];

describe('typeset PDFs read like their text (session 29)', () => {
  it('a signature page of one-line entries set apart keeps each entry as its own block, and each signer', async () => {
    // On a page of short entries, the longest entries set the page's own right edge and the space
    // between entries was taken for the spacing of wrapped lines: every entry ran into the next.
    const signers = [
      'Quillon Mariner Ltd.', 'Tessaly Wirework Corporation', 'Brannock Fibre Holdings Limited', 'Osterling Cable Pte Ltd', 'Varnum Relay Inc.',
      'Kettering Subsea Networks Limited', 'Pallisade Telecom Sdn Bhd', 'Marrow Strait Communications, Inc.', 'Ildenfort Carrier Services B.V.',
      'Quarry Lane Optical Corporation', 'Sowerby Data Links Limited', 'Tamsin Bay Telephone Company', 'Corvath Global Transit Ltd.', 'Eskdale Relay Networks, Inc.',
    ];
    // Entries alternate as a filing sets them: the name then "By:" apart, or both on one line.
    const entry = (s: string, i: number): string[] => (i % 2 === 0 ? [`For and on behalf of ${s}`, 'By:'] : [`For and on behalf of ${s}         By:`]);
    const { blocks, terms } = await typeset([
      'SHARED STATION MAINTENANCE ACCORD',
      'This Shared Station Maintenance Accord is made on 4 March 2003 among the members of the Harrow Point cable consortium whose names appear on the signature pages (each a "Member").',
      ...CLAUSES,
      ...CLAUSES,
      'IN WITNESS WHEREOF, each Member has signed this Accord below.',
      '\f',
      ...signers.flatMap(entry),
    ]);
    for (const [i, s] of signers.entries()) expect(blocks).toContain(i % 2 === 0 ? `For and on behalf of ${s}` : `For and on behalf of ${s} By:`);
    expect((terms.parties as { name: string }[]).map((p) => p.name)).toEqual(signers);
  });

  it('a justified line spread wide before a long blank keeps its words in the paragraph', async () => {
    // Justifying a short line before a word too long to fit (a run of underscores left for a name)
    // widens every space past a table's cell gap: the words were read as cells, one block each,
    // and the opening paragraph was cut off mid-sentence.
    const { blocks, terms } = await typeset([
      'EQUIPMENT STORAGE LICENCE',
      `This Licence is granted by Marrowby Depots Inc. to ${'_'.repeat(75)}, as licensee (the "Licensee"), with effect from June 9, 2011 (the "Effective Date") for the storage bays described in the Schedule.`,
      ...CLAUSES,
    ]);
    expect(blocks.some((b) => b.startsWith('This Licence is granted by Marrowby Depots Inc. to ___') && b.includes('(the "Effective Date")'))).toBe(true);
    expect(blocks).not.toContain('Licence');
    expect(terms).toMatchObject({ title: 'EQUIPMENT STORAGE LICENCE', effectiveDate: '2011-06-09' });
  });

  it('a page number printed mid-page, set apart from the next paragraph, stays a block of its own', async () => {
    // A filing's sheets end anywhere, so its page number can stand between two paragraphs; a bare
    // number with no dot, a paragraph's space above the text, is not that text's clause number.
    const { blocks } = await typeset([
      'WAREHOUSE SERVICES AGREEMENT',
      'This Warehouse Services Agreement is made on 2 February 2015 between Pellingham Stores Limited ("Pellingham") and Ostrava Freight s.r.o. ("Ostrava").',
      ...CLAUSES.slice(0, 3),
      '2',
      'Storage charges accrue from the day goods are received into the warehouse until the day they are released to the carrier Ostrava nominates.',
      '7.',
      'Insurance. Pellingham shall insure the goods in store against fire and theft for their full replacement value.',
    ]);
    expect(blocks).toContain('2');
    expect(blocks).toContain('Storage charges accrue from the day goods are received into the warehouse until the day they are released to the carrier Ostrava nominates.');
  });

  it('recitals ending "; and" stay apart from the next recital and from a heading after them', async () => {
    // "; and" ends a recital or a listed item: the next one, set a paragraph's space below, starts
    // its own block, as the text reads it. Without that, the recitals ran together with the
    // contents heading that followed them.
    const { blocks, terms } = await typeset([
      'PREMIUM FUNDING AGREEMENT',
      'WHEREAS, Ardley Instruments, Inc. (the "Company") and the Trustees of the Hesketh Settlement (the "Trust") signed a premium funding arrangement on March 2, 1994 (the "Funding Arrangement"); and',
      'WHEREAS, under the Funding Arrangement, the Company advanced the premiums on a policy insuring the life of Rowan Hesketh ("Founder") that a mutual insurer wrote for the Trust (the "Policy"); and',
      'TABLE OF CONTENTS',
      ...['Transfer of Policy', 'Ownership', 'Surrender', 'Premiums', 'Death Benefit', 'Default', 'Notice', 'Amendment', 'Termination', 'Governing Law', 'Counterparts'].map(
        (h, i) => `${i + 1}. ${h} ${'.'.repeat(48 - h.length)} ${1 + Math.floor(i / 4)}`,
      ),
      'WHEREAS, both of them now wish to end the Funding Arrangement on the terms below.',
      'NOW, THEREFORE, this Agreement is made on May 6, 2004 between the Company and the said Trust, who agree as follows:',
      ...CLAUSES.slice(0, 3),
    ]);
    expect(blocks.some((b) => b.startsWith('WHEREAS, Ardley') && b.endsWith('(the "Funding Arrangement"); and'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('WHEREAS, under the Funding Arrangement') && b.endsWith('(the "Policy"); and'))).toBe(true);
    expect(terms.parties).toEqual([
      { name: 'Ardley Instruments, Inc.', role: 'Company' },
      { name: 'Trustees of the Hesketh Settlement', role: 'Trust' },
    ]);
  });
});
