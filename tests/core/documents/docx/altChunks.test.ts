import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { docxHtml } from '../../../../electron/core/documents/docx/docxHtml';
import { inlineAltChunks } from '../../../../electron/core/documents/docx/altChunks';
import { wordPackage, wordPara, type ExtraPart } from './wordParts';

const chunk = (id: string): string => `<w:altChunk r:id="${id}"><w:altChunkPr><w:matchSrc/></w:altChunkPr></w:altChunk>`;
const html = (name: string, id: string, body: string, contentType = 'text/html'): ExtraPart => ({ name, rel: { id, type: 'aFChunk' }, contentType, bytes: body });

async function read(bytes: Uint8Array): Promise<{ texts: string[]; warnings: string[] }> {
  const doc = await extractDocx(bytes);
  return { texts: doc.pages.flatMap((p) => p.units.map((u) => u.text)), warnings: doc.warnings.map((w) => `${w.code}: ${w.message}`) };
}

describe('Word parts embedded in another format (w:altChunk)', () => {
  it('reads an HTML chunk where it stands, headings as headings, in the text and in the Source panel', async () => {
    const bytes = wordPackage(wordPara('1. Scope') + chunk('rId20') + wordPara('3. Term'), [
      html('afchunk.htm', 'rId20', '<html><head><style>h2{}</style></head><body><h2>Fees</h2><p>Nordlicht GmbH pays &euro;4,000 a month.</p></body></html>'),
    ]);
    const doc = await extractDocx(bytes);
    const units = doc.pages.flatMap((p) => p.units);
    expect(units.map((u) => u.text)).toEqual(['1. Scope', 'Fees', 'Nordlicht GmbH pays €4,000 a month.', '3. Term']);
    expect(units[1]).toMatchObject({ hint: 'heading', level: 2 });
    expect(doc.warnings).toEqual([]);
    expect(await docxHtml(bytes)).toContain('Nordlicht GmbH pays €4,000 a month.');
  });

  it('reads a plain-text chunk line by line, decoded by its byte-order mark or declared charset', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Fees: €5.\r\nTerm: 2 years.').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const latin = Uint8Array.from([...'<meta charset="windows-1252"><p>Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x80, 0x35]));
    const bytes = wordPackage(chunk('rId1') + chunk('rId2'), [
      { name: 'chunk.txt', rel: { id: 'rId1', type: 'aFChunk' }, contentType: 'text/plain', bytes: utf16 },
      { name: 'chunk2.htm', rel: { id: 'rId2', type: 'aFChunk' }, contentType: 'text/html', bytes: latin },
    ]);
    expect((await read(bytes)).texts).toEqual(['Fees: €5.', 'Term: 2 years.', 'Café €5']);
  });

  it('leaves out, and names in a warning, chunks in formats it cannot read or outside the file', async () => {
    const bytes = wordPackage(wordPara('Fees are due monthly.') + chunk('rId1') + chunk('rId2') + chunk('rId3') + chunk('rId4'), [
      { name: 'chunk.rtf', rel: { id: 'rId1', type: 'aFChunk' }, contentType: 'application/rtf', bytes: '{\\rtf1 Secret rebate.}' },
      { name: 'chunk.docx', rel: { id: 'rId2', type: 'aFChunk' }, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', bytes: strToU8('PK') },
      { name: 'linked.htm', rel: { id: 'rId3', type: 'aFChunk', external: true, target: 'file:///etc/passwd' }, bytes: '' },
    ]);
    const { texts, warnings } = await read(bytes);
    expect(texts).toEqual(['Fees are due monthly.']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^EMBEDDED_CONTENT_UNREAD: 4 part\(s\) .*1 RTF, 1 damaged Word document, 1 linked file, 1 missing part.*save it again/);
  });

  it('reads a part named by many chunks once, so a small file cannot grow without bound', async () => {
    const bytes = wordPackage(chunk('rId1').repeat(3), [html('c.htm', 'rId1', '<p>Fees are due monthly.</p>')]);
    const { texts, warnings } = await read(bytes);
    expect(texts).toEqual(['Fees are due monthly.']);
    expect(warnings[0]).toMatch(/2 repeated part/);
  });

  it('escapes the chunk text into the body (markup and characters XML forbids cannot break it)', async () => {
    const bytes = wordPackage(chunk('rId1'), [html('c.htm', 'rId1', '<p>a &lt;/w:t&gt;&lt;/w:r&gt; &amp; b\u0001\u0008 c&#xFFFE;</p>')]);
    expect((await read(bytes)).texts).toEqual(['a </w:t></w:r> & b c']);
  });

  it('returns the same bytes when the body holds no chunk, and reads crafted chunk openings once (generous bound)', () => {
    const plain = wordPackage(wordPara('Fees are due monthly.'));
    expect(inlineAltChunks(plain).bytes).toBe(plain);
    for (const piece of ['<w:altChunk r:id="rId1">', '<w:altChunk ', '<w:altChunkPr>', '<w:altChunk/>']) {
      const bytes = wordPackage(`<w:p><w:r><w:t>x</w:t></w:r></w:p>${piece.repeat(100_000)}`);
      const started = performance.now();
      inlineAltChunks(bytes);
      expect(performance.now() - started, piece).toBeLessThan(5_000);
    }
  });
});
