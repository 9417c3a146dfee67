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
    expect(terms.title?.value).toBe('Master Services Agreement');
    expect(terms.parties?.value).toEqual([
      { name: 'Northwind Traders Ltd.', role: 'Northwind' },
      { name: 'Contoso Services Inc.', role: 'Supplier' },
    ]);
    expect(terms.agreementDate).toMatchObject({ value: '2021-03-03', citations: [{ blockId: 'p1.2', page: 1 }] });
  });

  it('reads term, renewal and its notice period, termination, payment, cap, law and assignment', () => {
    expect(terms.expiration?.value).toBe('3 years');
    expect(terms.renewal?.value).toBe('automatic, successive, 1 year each');
    expect(terms.renewalNotice?.value).toBe('60 days');
    expect(terms.termination?.value).toBe("for convenience; 90 days' notice");
    expect(terms.payment?.value).toContain('CAD 25,000');
    expect(terms.liabilityCap?.value).toMatch(/fees paid in the twelve/);
    expect(terms.governingLaw).toMatchObject({ value: 'Ontario', citations: [{ blockId: 'p2.1', page: 2, clause: '12.1' }] });
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

describe('extractKeyTerms (real corpus through the real ingestion)', () => {
  const docs: Record<string, ExtractedDocument> = {};
  beforeAll(async () => {
    for (const f of ['cuad_02_service_martinmidstream.pdf', 'yc-post-money-safe-valuation-cap.docx', 'Example-Mutual-Non-Disclosure-Agreement.pdf', 'common-paper-software-license-agreement.docx']) {
      docs[f] = await extractDocument({ path: corpusFile(f) });
    }
  });
  afterAll(() => shutdownParseWorker());

  it('reads the CUAD marine transportation agreement', () => {
    const doc = docs['cuad_02_service_martinmidstream.pdf']!;
    const { terms } = extractKeyTerms(doc);
    expect(terms.title?.value).toBe('MARINE TRANSPORTATION AGREEMENT');
    expect(terms.parties?.value).toEqual([
      { name: 'Martin Operating Partnership L.P.', role: 'Owner' },
      { name: 'Midstream Fuel Service LLC', role: 'Charterer' },
    ]);
    expect(terms.agreementDate?.value).toBe('2003-12-23');
    expect(terms.governingLaw?.value).toBe('Texas, United States');
    expect(terms.renewalNotice?.value).toBe('30 days');
    // Every citation points at a real block whose text contains the cited wording's start.
    const ids = new Set(doc.blocks.map((b) => b.id));
    for (const t of Object.values(terms)) for (const c of t!.citations) expect(ids.has(c.blockId)).toBe(true);
  });

  it('reports the SAFE and NDA templates as blanks', () => {
    const safe = extractKeyTerms(docs['yc-post-money-safe-valuation-cap.docx']!).terms;
    expect(safe.parties?.blank).toBe(true);
    expect(safe.payment).toMatchObject({ blank: true });
    expect(safe.agreementDate).toMatchObject({ blank: true });
    const nda = extractKeyTerms(docs['Example-Mutual-Non-Disclosure-Agreement.pdf']!).terms;
    expect(nda.agreementDate).toMatchObject({ blank: true, value: '201[ ]' });
    expect(nda.parties?.blank).toBe(true);
    expect(nda.governingLaw?.value).toBe('England and Wales');
    expect(nda.confidentiality).toMatchObject({ blank: true, value: '[indefinitely][for [insert number] years from the date of this Agreement]' });
  });

  it('reads clauses that a DOCX template styles as headings (Common Paper)', () => {
    const { terms, clauses } = extractKeyTerms(docs['common-paper-software-license-agreement.docx']!);
    expect(terms.indemnification?.citations.map((c) => c.clause)).toEqual(['8.1', '8.2']);
    expect(terms.assignment).toMatchObject({ value: 'consent of the other party required', citations: [{ clause: '10.6' }] });
    expect(terms.termination?.citations[0]?.clause).toBe('4.3');
    // Its cover-page terms (Effective Date, Governing Law) are not in this file: omitted, not guessed.
    expect(terms.effectiveDate).toBeUndefined();
    expect(terms.governingLaw).toBeUndefined();
    expect(clauses.find((c) => c.clause === '9')?.type).toBe('confidentiality');
    expect(clauses.find((c) => c.clause === '10.6')).toMatchObject({ type: 'assignment', heading: 'Assignment' });
  });
});
