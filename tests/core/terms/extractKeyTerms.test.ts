import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { extractKeyTerms, jurisdictionOf } from '../../../electron/core/terms/extractKeyTerms';
import { corpusFile } from '../../helpers/kit';
import { makeDoc } from './docFixture';

const services = makeDoc([
  { text: 'MASTER SERVICES AGREEMENT', kind: 'heading' },
  'This Master Services Agreement (this “Agreement”) is dated as of March 3, 2021, by and between Northwind Traders Ltd., an Ontario corporation (“Northwind”), and Contoso Services Inc., a Delaware corporation (the “Supplier”).',
  { text: 'The initial term of this Agreement shall be three (3) years commencing on the Effective Date (the “Initial Term”).', clause: '2.1' },
  { text: 'This Agreement will automatically renew for successive one (1) year terms unless either party gives written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.', clause: '2.2' },
  { text: 'Either party may terminate this Agreement for convenience on ninety (90) days written notice.', clause: '8.1' },
  { text: 'Northwind shall pay the Supplier a monthly fee of CAD 25,000 within thirty (30) days of receipt of each invoice.', clause: '4.1' },
  { text: 'In no event shall either party’s aggregate liability under this Agreement exceed the fees paid in the twelve (12) months preceding the claim.', clause: '9.1' },
  { text: 'This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.', clause: '12.1', page: 2 },
  { text: 'Neither party may assign this Agreement without the prior written consent of the other party.', clause: '12.2', page: 2 },
]);

describe('extractKeyTerms (hand-built contract)', () => {
  const { terms, clauses } = extractKeyTerms(services);

  it('reads title, parties with their short names and the agreement date', () => {
    expect(terms.title?.value).toBe('MASTER SERVICES AGREEMENT');
    expect(terms.parties?.value).toEqual([
      { name: 'Northwind Traders Ltd.', role: 'Northwind' },
      { name: 'Contoso Services Inc.', role: 'Supplier' },
    ]);
    expect(terms.agreementDate).toMatchObject({ value: '2021-03-03', citations: [{ blockId: 'p1.2', page: 1 }] });
  });

  it('reads term, renewal and its notice period, termination, payment, cap, law and assignment', () => {
    // The term runs three years from the agreement date (no separate effective date): the end date is computed.
    expect(terms.expiration).toMatchObject({ value: '2024-03-03', citations: [{ blockId: 'p1.3' }, { blockId: 'p1.2' }] });
    expect(terms.expiration?.text).toMatch(/^2024-03-03 = the agreement date 2021-03-03 \+ 3 years: The initial term/);
    expect(terms.renewal?.value).toBe('1 year each, automatic, successive');
    expect(terms.renewalNotice?.value).toBe('60 days');
    expect(terms.termination?.value).toBe("for convenience; 90 days' notice");
    expect(terms.payment?.value).toContain('CAD 25,000');
    expect(terms.liabilityCap?.value).toMatch(/fees paid in the twelve/);
    expect(terms.governingLaw).toMatchObject({ value: 'Ontario, Canada', citations: [{ blockId: 'p2.1', page: 2, clause: '12.1' }] });
    expect(terms.assignment?.value).toBe('consent of the other party required');
  });

  it('omits what the contract does not say instead of guessing', () => {
    expect(terms.effectiveDate).toBeUndefined();
    expect(terms.insurance).toBeUndefined();
    expect(terms.nonCompete).toBeUndefined();
    expect(terms.indemnification).toBeUndefined();
  });

  it('keeps the source wording and maps clauses', () => {
    expect(terms.renewal?.text).toBe(services.blocks[3]!.text);
    expect(clauses.map((c) => c.type)).toEqual(expect.arrayContaining(['term', 'termination', 'payment', 'governing-law', 'assignment']));
  });

  it('reports template blanks as blanks, never invents a value', () => {
    const template = makeDoc([
      'This Consulting Agreement (the “Agreement”) is dated as of [DATE], by and between [CLIENT NAME], a [STATE] corporation (the “Client”), and [CONSULTANT NAME] (the “Consultant”).',
      { text: 'Client shall pay Consultant a fee of $[_______] per month.', clause: '3' },
    ]);
    const t = extractKeyTerms(template).terms;
    expect(t.agreementDate).toMatchObject({ blank: true, value: '[DATE]' });
    expect(t.parties?.blank).toBe(true);
    expect(t.parties?.value).toEqual([
      { name: '[CLIENT NAME]', role: 'Client' },
      { name: '[CONSULTANT NAME]', role: 'Consultant' },
    ]);
    expect(t.payment).toMatchObject({ blank: true, value: '$[_______]' });
  });

  it('names jurisdictions the way the window shows them', () => {
    expect(jurisdictionOf('governed by the laws of the State of New York, without regard')).toBe('New York, United States');
    expect(jurisdictionOf('is governed by, and construed in accordance with, English law.')).toBe('England and Wales');
    expect(jurisdictionOf('governed by the Laws of England and Wales')).toBe('England and Wales');
    expect(jurisdictionOf('no law here')).toBeUndefined();
  });
});

describe('extractKeyTerms (visible corpus through the real ingestion)', () => {
  // Exact values are checked over the CUAD dev set (tests/eval/termsSample.test.ts), not pinned to
  // single files here; these are properties every document must have.
  const docs: Record<string, ExtractedDocument> = {};
  beforeAll(async () => {
    for (const f of ['cuad_02_service_martinmidstream.pdf', 'yc-post-money-safe-valuation-cap.docx', 'Example-Mutual-Non-Disclosure-Agreement.pdf', 'common-paper-software-license-agreement.docx']) {
      docs[f] = await extractDocument({ path: corpusFile(f) });
    }
  });
  afterAll(() => shutdownParseWorker());

  it('cites only real blocks, and every cited block holds part of the cited wording', () => {
    for (const doc of Object.values(docs)) {
      const byId = new Map(doc.blocks.map((b) => [b.id, b]));
      for (const t of Object.values(extractKeyTerms(doc).terms)) {
        expect(t!.citations.length).toBeGreaterThan(0);
        for (const c of t!.citations) expect(byId.has(c.blockId)).toBe(true);
      }
    }
  });

  it("reports the templates' blanks as blanks", () => {
    for (const f of ['yc-post-money-safe-valuation-cap.docx', 'Example-Mutual-Non-Disclosure-Agreement.pdf']) {
      const terms = extractKeyTerms(docs[f]!).terms;
      expect(terms.agreementDate?.blank).toBe(true);
      expect(terms.parties?.blank).toBe(true);
    }
  });
});
