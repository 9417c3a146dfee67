import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { docxHtml } from '../../../../electron/core/documents/docx/docxHtml';
import { paragraphProperties } from '../../../../electron/core/documents/docx/xmlElements';
import { WORD_NS } from '../../../fixtures/makeDocx';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

const level = (ilvl: number, text: string): string => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING = `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0">${level(0, '%1.')}${level(1, '%1.%2')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level(0, 'Schedule %1')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
const STYLES = `<w:styles ${WORD_NS}><w:style w:type="paragraph" w:styleId="ClauseLevel2"><w:name w:val="Clause Level 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;

const numPr = (numId: string, ilvl: number): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const para = (text: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function docx(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/document.xml': strToU8(`<w:document ${WORD_NS} ${MC}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/styles.xml': strToU8(STYLES),
  });
}

async function texts(body: string): Promise<string[]> {
  const doc = await extractDocx(docx(body));
  return doc.pages.flatMap((p) => p.units.map((u) => u.text));
}

const CLAUSES = para('Term', numPr('1', 0)) + para('This Agreement lasts two years.', numPr('1', 1)) + para('Form of Notice', numPr('2', 0));

describe('Word list numbers in document order', () => {
  it('numbers the paragraphs after a table as Word does, and a numbered paragraph in a cell where it stands', async () => {
    const table = `<w:tbl><w:tr><w:tc>${para('Nordlicht GmbH')}</w:tc><w:tc>${para('Harbor Lane Inc.')}</w:tc></w:tr></w:tbl>`;
    expect(await texts(table + CLAUSES)).toEqual(['Nordlicht GmbH | Harbor Lane Inc.', '1. Term', '1.1 This Agreement lasts two years.', 'Schedule 1 Form of Notice']);
    const numberedCell = `<w:tbl><w:tr><w:tc>${para('Definitions', numPr('1', 0))}</w:tc><w:tc>${para('Harbor Lane Inc.')}</w:tc></w:tr></w:tbl>`;
    expect(await texts(numberedCell + CLAUSES)).toEqual(['1. Definitions | Harbor Lane Inc.', '2. Term', '2.1 This Agreement lasts two years.', 'Schedule 1 Form of Notice']);
    const html = await docxHtml(docx(numberedCell + CLAUSES));
    expect(html).toContain('1. Definitions');
    expect(html).toContain('2.1 This Agreement lasts two years.');
  });

  it('counts a text box once, as mammoth reads it (the drawn copy is never read), and keeps the numbers after it', async () => {
    const inner = para('Nordlicht GmbH');
    const textBox = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(await texts(textBox + CLAUSES)).toEqual(['Nordlicht GmbH', '1. Term', '1.1 This Agreement lasts two years.', 'Schedule 1 Form of Notice']);
  });

  it('reads a paragraph whose mark is a tracked deletion as part of the next one, and leaves a kept mark alone', async () => {
    const deleted = para('Harbor Lane Inc. ', '<w:rPr><w:del w:id="1" w:author="Nordlicht GmbH"/></w:rPr>');
    expect(await texts(deleted + CLAUSES)).toEqual(['1. Harbor Lane Inc. Term', '1.1 This Agreement lasts two years.', 'Schedule 1 Form of Notice']);
    const kept = para('Harbor Lane Inc.', '<w:rPr><w:delX/></w:rPr>');
    expect(await texts(kept + CLAUSES)).toEqual(['Harbor Lane Inc.', '1. Term', '1.1 This Agreement lasts two years.', 'Schedule 1 Form of Notice']);
  });

  it('reads the numbering in force, not the one a tracked change replaced', async () => {
    // The style numbers the paragraph; the tracked change only records that it once had none.
    const changed = para('Nordlicht GmbH may assign.', `<w:pStyle w:val="ClauseLevel2"/><w:pPrChange w:id="2" w:author="Harbor Lane Inc."><w:pPr>${numPr('0', 0)}</w:pPr></w:pPrChange>`);
    expect(await texts(para('Term', numPr('1', 0)) + changed)).toEqual(['1. Term', '1.1 Nordlicht GmbH may assign.']);
    // With no tracked change the numbering removed stays removed.
    const removed = para('Nordlicht GmbH may assign.', `<w:pStyle w:val="ClauseLevel2"/>${numPr('0', 0)}`);
    expect(await texts(para('Term', numPr('1', 0)) + removed)).toEqual(['1. Term', 'Nordlicht GmbH may assign.']);
  });

  it('reads 80,000 unclosed drawings, branches and paragraph properties within a generous bound', () => {
    for (const [piece, end] of [['<w:drawing>', ''], ['<mc:Choice>', ''], ['<w:p><w:pPr><w:rPr>', ''], ['<w:p><w:pPr><w:pPrChange>', ''], ['</w:drawing><w:p>', ''], ['<w:tbl><w:tblPr><w:tblStyle w:val="A"/>', '</w:tblPr>'], ['<w:tbl><w:tblPr>', '</w:tblPr>'], ['<w:tbl>', ''], ['<w:tbl><w:tblPr><w:p>', '</w:tblPr>']]) {
      const xml = piece!.repeat(80_000) + end!;
      const started = performance.now();
      const count = [...paragraphProperties(xml)].length;
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(count).toBeGreaterThanOrEqual(0);
    }
  }, 120_000);
});
