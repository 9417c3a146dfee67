import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { docxHtml } from '../../../../electron/core/documents/docx/docxHtml';
import { withWordPrefix } from '../../../../electron/core/documents/docx/wordPrefix';

const MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/** The parts of a small contract, written with the prefix `w:` (the root element names its namespace declarations as `NS`). */
const NUMBERING = `<w:numbering NS><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const STYLES = `<w:styles NS><w:style w:type="character" w:styleId="Note"><w:name w:val="Note"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
const numbered = (ilvl: number, text: string): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const DOCUMENT = `<w:document NS><w:body>${[
  numbered(0, 'Term'),
  numbered(1, 'This Agreement lasts two years.'),
  numbered(1, 'Either party may end it on notice.'),
  `<w:p><w:r><w:t xml:space="preserve">Governed by the laws of </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">Ruritania and </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Note"/></w:rPr><w:t xml:space="preserve">Freedonia and </w:t></w:r><w:fldSimple w:instr=" DOCPROPERTY Law "><w:r><w:t>Scotland</w:t></w:r></w:fldSimple><w:r><w:t>.</w:t></w:r></w:p>`,
].join('')}</w:body></w:document>`;

/** Each part with Word's namespace bound as `declare` says and its names under `prefix` ('' for none). */
function docx(prefix: string, declare: string): Uint8Array {
  const as = (xml: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    xml
      .replace(/<(\/?)w:/g, `<$1${prefix ? `${prefix}:` : ''}`)
      .replace(/ w:(?=[\w]+=)/g, ' ns1:')
      .replace('NS', `${declare} xmlns:ns1="${MAIN}"`);
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/document.xml': strToU8(as(DOCUMENT)),
    'word/numbering.xml': strToU8(as(NUMBERING)),
    'word/styles.xml': strToU8(as(STYLES)),
  });
}

const texts = async (bytes: Uint8Array): Promise<string[]> => (await extractDocx(bytes)).pages.flatMap((p) => p.units.map((u) => u.text));
const EXPECTED = ['1. Term', '(a) This Agreement lasts two years.', '(b) Either party may end it on notice.', 'Governed by the laws of Scotland.'];

describe("Word's namespace under a prefix other than w:", () => {
  it('reads list numbers, simple fields and hidden text of a file that binds Word\'s namespace to other prefixes', async () => {
    const bytes = docx('ns0', `xmlns:ns0="${MAIN}"`);
    expect(await texts(bytes)).toEqual(EXPECTED);
    const html = await docxHtml(bytes);
    expect(html).toContain('(b) Either party');
    expect(html).not.toContain('Ruritania');
    expect(html).not.toContain('Freedonia');
  });

  it('reads a file whose elements are in Word\'s namespace as the default one', async () => {
    expect(await texts(docx('', `xmlns="${MAIN}"`))).toEqual(EXPECTED);
  });

  it('reads the strict form of the namespace', async () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    expect(withWordPrefix(`<a:document xmlns:a="${strict}"><a:p a:x="1"/></a:document>`)).toBe(`<w:document xmlns:w="${strict}" xmlns:a="${strict}"><w:p w:x="1"/></w:document>`);
  });

  it('leaves a part alone when it already uses w:, binds w to something else, or binds the prefix again further in', () => {
    for (const xml of [
      `<w:document xmlns:w="${MAIN}"><w:p/></w:document>`,
      `<a:document xmlns:a="${MAIN}" xmlns:w="urn:other"><a:p/><w:p/></a:document>`,
      `<a:document xmlns:a="${MAIN}"><a:p/><b:x xmlns:w="urn:other"/></a:document>`,
      `<a:document xmlns:a="${MAIN}"><a:p/><a:x xmlns:a="urn:other"/></a:document>`,
      `<document xmlns="${MAIN}"><p/><x xmlns="urn:other"><y/></x></document>`,
      `<a:document xmlns:a="urn:other"><a:p/></a:document>`,
      'no xml at all',
    ]) expect(withWordPrefix(xml)).toBe(xml);
  });

  it('renames names only, never the text between tags', () => {
    expect(withWordPrefix(`<a:t xmlns:a="${MAIN}" a:space="preserve">see a:val="1" and &lt;a:p&gt;</a:t>`)).toBe(`<w:t xmlns:w="${MAIN}" xmlns:a="${MAIN}" w:space="preserve">see a:val="1" and &lt;a:p&gt;</w:t>`);
  });

  it('renames a part of 300,000 crafted tags, spaces or opening brackets within a generous bound (quadratic work would take hours)', () => {
    const declare = `<a:document xmlns:a="${MAIN}">`;
    for (const xml of [declare + '<a:p a:x="1">'.repeat(300_000), declare + '<'.repeat(300_000), `<a ${' '.repeat(300_000)} xmlns:a="${MAIN}">`, declare + `<a:p ${' a:x'.repeat(300_000)}>`, declare + `<a:p ${' a:'.repeat(300_000)}>`, declare + `<a:p${':'.repeat(300_000)}>`, declare + `<a:p ${' a:x   '.repeat(300_000)}>`, declare + `<a:p ${' a:x=""'.repeat(300_000)}>`, `<document xmlns="${MAIN}">` + '<p>'.repeat(300_000)]) {
      const started = performance.now();
      withWordPrefix(xml);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
