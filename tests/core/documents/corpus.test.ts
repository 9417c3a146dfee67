import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { corpusFile } from '../../helpers/kit';

afterAll(() => shutdownParseWorker());

function pdfinfoPages(file: string): number {
  const out = execFileSync('pdfinfo', [file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  return Number(/^Pages:\s+(\d+)/m.exec(out)![1]);
}

/** Per corpus file: clauses that must be found with their numbers, and text that must be in a block with that clause. */
const EXPECTED: Record<string, { clauses: [string, string][]; terms?: string[]; unnumbered?: boolean }> = {
  'Example-Mutual-Non-Disclosure-Agreement.pdf': {
    clauses: [['5', 'The undertakings in clauses 3 and 4'], ['5(b)', 'already known to the Recipient'], ['10', 'governed by']],
    terms: ['Confidential Information', 'Purpose'],
  },
  'g-cloud-8-framework-agreement.pdf': {
    clauses: [['4.6.3', 'Nothing in this Framework Agreement shall'], ['8.35.1', 'mediation'], ['5.2.1', 'Force Majeure means']],
    terms: ['Buyer Software', 'Charges', 'Assurance'],
  },
  'cuad_01_service_mplx.pdf': { clauses: [] },
  'cuad_02_service_martinmidstream.pdf': { clauses: [['1', 'The initial term of this Agreement'], ['6', 'Neither party shall assign']], terms: ['Initial Term'] },
  'cuad_02_service_reynolds.pdf': { clauses: [] },
  'cuad_05_license_gopage.pdf': { clauses: [] },
  // Headed by capitals only ("GRANT OF LICENSE"), no clause numbers except (a).
  'cuad_05_license_pacificapentert.pdf': { clauses: [['(a)', 'A 10 year exclusive']], unnumbered: true },
  'cuad_07_license_cytodyn.pdf': { clauses: [] },
  'dz-agreement-037-nara-dickinson-signed.pdf': { clauses: [] },
  'common-paper-software-license-agreement.docx': {
    clauses: [['1.1', 'During the Subscription Period'], ['2.1(a)', 'Except as expressly permitted']],
    terms: ['Affiliate', 'Confidential Information'],
  },
  'yc-post-money-safe-valuation-cap.docx': { clauses: [['1(d)(ii)', 'On par with payments'], ['1(a)', 'Equity Financing']], terms: ['Purchase Amount'] },
};

describe('the shared corpus', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`extracts ${name} with its page count, clauses and terms`, async () => {
      const file = corpusFile(name);
      const doc = await extractDocument({ path: file });
      expect(doc.fileName).toBe(name);
      if (name.endsWith('.pdf')) {
        expect(doc.kind).toBe('pdf');
        expect(doc.pageCount).toBe(pdfinfoPages(file));
        expect(doc.pages).toHaveLength(doc.pageCount);
      } else {
        expect(doc.kind).toBe('docx');
      }
      expect(doc.blocks.length).toBeGreaterThan(20);
      // Ids are p<page>.<n>, numbered from 1 on every page, in order.
      const perPage = new Map<number, number>();
      for (const b of doc.blocks) {
        const n = (perPage.get(b.page) ?? 0) + 1;
        perPage.set(b.page, n);
        expect(b.id).toBe(`p${b.page}.${n}`);
      }
      if (!expected.unnumbered) expect(doc.blocks.filter((b) => b.clause).length).toBeGreaterThan(doc.blocks.length * 0.3);
      // Running headers, footers and page numbers never reach the text.
      if (doc.pageCount > 2) for (const p of doc.pages) expect(p.text).not.toMatch(/^\s*Page \d+ ?of \d+\s*$/m);
      for (const [clause, text] of expected.clauses) {
        expect(doc.blocks.some((b) => b.clause === clause && b.text.includes(text)), `clause ${clause} "${text}"`).toBe(true);
      }
      const terms = doc.definitions.map((d) => d.term);
      for (const t of expected.terms ?? []) expect(terms).toContain(t);
    });
  }
});
