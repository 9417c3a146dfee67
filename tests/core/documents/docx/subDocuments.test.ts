import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { subDocumentName, subDocumentNames } from '../../../../electron/core/documents/docx/subDocuments';
import { wordPackage, wordPara } from './wordParts';

const subDoc = (id: string): string => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p><w:subDoc r:id="${id}"/>`;
const link = (id: string, target: string) => ({ name: target, rel: { id, type: 'subDocument', external: true, target }, bytes: '' });

async function read(bytes: Uint8Array): Promise<{ texts: string[]; warnings: string[] }> {
  const doc = await extractDocx(bytes);
  return { texts: doc.pages.flatMap((p) => p.units.map((u) => u.text)), warnings: doc.warnings.map((w) => `${w.code}: ${w.message}`) };
}

describe('master documents (w:subDoc)', () => {
  it('names each subdocument in a warning and reads the master text, never opening the linked files', async () => {
    const bytes = wordPackage(wordPara('Supply Agreement between Nordlicht GmbH and Harbor Lane Inc.') + subDoc('rId30') + subDoc('rId31') + wordPara('Signed in Hamburg.'), [
      link('rId30', 'file:///C:/Deals/Nordlicht/Schedule%201%20-%20Fees.docx'),
      link('rId31', 'Annex%20B.docx'),
    ]);
    const { texts, warnings } = await read(bytes);
    expect(texts).toEqual(['Supply Agreement between Nordlicht GmbH and Harbor Lane Inc.', 'Signed in Hamburg.']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^EMBEDDED_CONTENT_UNREAD: This is a master document: 2 subdocument\(s\) it links to \(“Schedule 1 - Fees\.docx”, “Annex B\.docx”\) .*never opened.*Expand Subdocuments.*open each subdocument here/);
  });

  it('gives no warning for a document without subdocuments, or for an element that only begins with the name', async () => {
    expect((await read(wordPackage(wordPara('Fees are due monthly.') + '<w:subDocX r:id="rId1"/>'))).warnings).toEqual([]);
    // A subdocument whose link is missing is still counted.
    expect((await read(wordPackage(subDoc('rId9')))).warnings[0]).toMatch(/1 subdocument\(s\) it links to \(“unnamed”\)/);
  });

  it('shows a clean, short name whatever the link holds', () => {
    expect(subDocumentName('C:\\Deals\\Annex\u202eA.docx')).toBe('AnnexA.docx');
    expect(subDocumentName('%E0%A4%A.docx')).toBe('%E0%A4%A.docx');
    expect(subDocumentName(`${'x'.repeat(300)}.docx`)).toHaveLength(80);
  });

  it('reads crafted bodies once (generous bound)', () => {
    const rels = new Map([['rId1', { target: 'a.docx', external: true }]]);
    for (const body of ['<w:subDoc r:id="rId1"/>'.repeat(100_000), '<w:subDoc '.repeat(100_000), `<w:subDoc ${'r:id="rId1" '.repeat(100_000)}/>`]) {
      const started = performance.now();
      subDocumentNames(body, rels);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
