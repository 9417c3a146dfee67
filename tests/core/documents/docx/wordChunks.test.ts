import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { inlineAltChunks } from '../../../../electron/core/documents/docx/altChunks';
import { withVisibleText } from '../../../../electron/core/documents/docx/visibleText';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { docxHtml } from '../../../../electron/core/documents/docx/docxHtml';
import { wordParagraphs } from '../../../../electron/core/documents/docx/wordParagraphs';
import { WORD_NS } from '../../../fixtures/makeDocx';
import { wordPackage, wordPara, type ExtraPart } from './wordParts';

const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const chunk = (id: string): string => `<w:altChunk r:id="${id}"/>`;
const wordChunk = (name: string, id: string, bytes: Uint8Array | string): ExtraPart => ({ name, rel: { id, type: 'aFChunk' }, contentType: MAIN, bytes });

async function read(bytes: Uint8Array): Promise<{ texts: string[]; warnings: string[]; units: { text: string; hint: string; level?: number }[] }> {
  const doc = await extractDocx(bytes);
  const units = doc.pages.flatMap((p) => p.units);
  return { texts: units.map((u) => u.text), units, warnings: doc.warnings.map((w) => `${w.code}: ${w.message}`) };
}

describe('Word documents embedded as chunks', () => {
  it('reads a whole embedded package where the chunk stands: headings, tables, hidden text left out, its own chunks read too', async () => {
    const inner = wordPackage(
      wordPara('Schedule 2', 'Heading1') +
        '<w:p><w:r><w:t xml:space="preserve">Nordlicht GmbH pays </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>a secret rebate and </w:t></w:r><w:r><w:t>€4,000 a month.</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc>' + wordPara('Fee') + '</w:tc><w:tc>' + wordPara('Amount') + '</w:tc></w:tr></w:tbl>' +
        chunk('rId5'),
      [{ name: 'inner.htm', rel: { id: 'rId5', type: 'aFChunk' }, contentType: 'text/html', bytes: '<p>Harbor Lane Inc. may audit once a year.</p>' }],
    );
    const bytes = wordPackage(wordPara('1. Scope') + chunk('rId20') + wordPara('3. Term'), [wordChunk('afchunk.docx', 'rId20', inner)]);
    const { units, warnings } = await read(bytes);
    expect(units.map((u) => u.text)).toEqual(['1. Scope', 'Schedule 2', 'Nordlicht GmbH pays €4,000 a month.', 'Fee | Amount', 'Harbor Lane Inc. may audit once a year.', '3. Term']);
    expect(units[1]).toMatchObject({ hint: 'heading', level: 1 });
    expect(warnings).toEqual([]);
    expect(await docxHtml(bytes)).toContain('Nordlicht GmbH pays €4,000 a month.');
  });

  it('reads a body part of the same package, and neither a tracked deletion nor a fallback twice', async () => {
    const part = `<?xml version="1.0" encoding="UTF-8"?><w:document ${WORD_NS}><w:body><w:p><w:r><w:t xml:space="preserve">Either party may end this Agreement </w:t></w:r><w:del w:id="1"><w:r><w:delText>at once</w:delText><w:t>at once</w:t></w:r></w:del><w:r><w:t>on notice.</w:t></w:r></w:p></w:body></w:document>`;
    const { texts } = await read(wordPackage(chunk('rId7'), [wordChunk('chunk7.xml', 'rId7', part)]));
    expect(texts).toEqual(['Either party may end this Agreement on notice.']);
  });

  it('stops at chunks nested too deep, and names damaged ones in the warning', async () => {
    let inner = wordPackage(wordPara('Innermost text.'));
    for (let i = 0; i < 4; i++) inner = wordPackage(wordPara(`Level ${4 - i}.`) + chunk('rId1'), [wordChunk(`c${i}.docx`, 'rId1', inner)]);
    const deep = await read(inner);
    expect(deep.texts).toEqual(['Level 1.', 'Level 2.', 'Level 3.', 'Level 4.']);
    expect(deep.warnings[0]).toMatch(/1 Word document nested too deep/);
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const damaged = await read(wordPackage(wordPara('Fees are due monthly.') + chunk('rId1'), [wordChunk('bad.docx', 'rId1', zipHeaderOnly)]));
    expect(damaged.texts).toEqual(['Fees are due monthly.']);
    expect(damaged.warnings[0]).toMatch(/1 damaged Word document/);
  });

  it('refuses embedded packages that together unpack to more than the bound', () => {
    const inner = wordPackage(wordPara('Nordlicht GmbH pays monthly.'));
    const bytes = withVisibleText(wordPackage(chunk('rId1') + chunk('rId2'), [wordChunk('a.docx', 'rId1', inner), wordChunk('b.docx', 'rId2', inner)]));
    const size = (() => {
      let total = 0;
      unzipSync(inner, { filter: (f) => ((total += f.originalSize), false) });
      return total;
    })();
    expect(inlineAltChunks(bytes, size * 2).unread).toEqual(new Map());
    // Room for one: the second is left out.
    expect(inlineAltChunks(bytes, size * 2 - 1).unread).toEqual(new Map([['Word document too large', 1]]));
  });

  it('reads crafted bodies once (generous bound)', () => {
    for (const xml of ['<w:tr>'.repeat(100_000), '<w:t>'.repeat(100_000), `${'<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(100_000)}`, '<'.repeat(100_000), `<w:t>${'&amp;'.repeat(100_000)}</w:t></w:p>`, '<w:del>'.repeat(100_000), `<w:tr><w:tc>${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(100_000)}</w:tc></w:tr>`, `${'<w:tr><w:tc>'.repeat(50_000)}<w:p><w:r><w:t>${'x'.repeat(100_000)}</w:t></w:r></w:p>${'</w:tc></w:tr>'.repeat(50_000)}`]) {
      const started = performance.now();
      wordParagraphs(xml);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
