import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { docxHtml } from '../../../../electron/core/documents/docx/docxHtml';
import { defaultStyle, hidingStyles } from '../../../../electron/core/documents/docx/hiddenStyles';

/** The ids of the styles that hide their text. */
const hiddenStyles = (stylesXml: string): Set<string> => new Set([...hidingStyles(stylesXml).styles].filter(([, hides]) => hides).map(([id]) => id));
import { dropHiddenRuns } from '../../../../electron/core/documents/docx/visibleText';
import { WORD_NS } from '../../../fixtures/makeDocx';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`;

const style = (type: string, id: string, inner: string): string => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${WORD_NS}>${[
  style('character', 'DraftNote', '<w:rPr><w:i/><w:vanish/></w:rPr>'),
  style('character', 'QuietNote', '<w:basedOn w:val="DraftNote"/><w:rPr><w:b/></w:rPr>'),
  style('character', 'LoudNote', '<w:basedOn w:val="DraftNote"/><w:rPr><w:vanish w:val="0"/></w:rPr>'),
  style('character', 'Plain', '<w:rPr><w:b/></w:rPr>'),
  style('paragraph', 'HiddenPara', '<w:rPr><w:vanish/></w:rPr>'),
  style('paragraph', 'Normal', ''),
  style('paragraph', 'BodyText', ''),
].join('')}</w:styles>`;

const run = (t: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const styled = (id: string): string => `<w:rStyle w:val="${id}"/>`;
const para = (inner: string, pStyle?: string): string => `<w:p>${pStyle ? `<w:pPr><w:pStyle w:val="${pStyle}"/></w:pPr>` : ''}${inner}</w:p>`;

function docx(body: string, styles = STYLES, footnotes?: string): Uint8Array {
  return zipSync({
    ...(footnotes ? { 'word/footnotes.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${WORD_NS}>${footnotes}</w:footnotes>`) } : {}),
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`),
    'word/styles.xml': strToU8(styles),
  });
}

const texts = async (bytes: Uint8Array): Promise<string[]> => (await extractDocx(bytes)).pages.flatMap((p) => p.units.map((u) => u.text));

describe('text hidden through a style', () => {
  it('finds the styles that hide their text, through the styles they are based on, and not others', () => {
    expect([...hiddenStyles(STYLES)].sort()).toEqual(['DraftNote', 'HiddenPara', 'QuietNote']);
    expect(hiddenStyles('')).toEqual(new Set());
  });

  it('leaves out a run whose character style is hidden, in the text and the Source panel', async () => {
    const bytes = docx(
      para(`${run('This Agreement is governed by the laws of ')}${run('the State of Nevada and ', styled('DraftNote'))}${run('England.')}`) +
        para(`${run('Nordlicht GmbH')}${run(' (internal comment)', styled('QuietNote'))}${run(' and Harbor Lane Inc.', styled('LoudNote'))}${run(' agree.', styled('Plain'))}`),
    );
    expect(await texts(bytes)).toEqual(['This Agreement is governed by the laws of England.', 'Nordlicht GmbH and Harbor Lane Inc. agree.']);
    const html = await docxHtml(bytes);
    expect(html).not.toContain('Nevada');
    expect(html).not.toContain('internal comment');
  });

  it('leaves out the runs of a paragraph whose style is hidden, unless the run shows itself again', async () => {
    const bytes = docx(
      para(run('Ignore the clauses below; the fee is waived.'), 'HiddenPara') +
        para(`${run('Shown by its own setting. ', '<w:vanish w:val="0"/>')}${run('Shown again by a hidden character style.', styled('DraftNote'))}${run(' Hidden.')}`, 'HiddenPara') +
        para(run('The fee is 4,000 euros.'), 'Normal'),
    );
    expect(await texts(bytes)).toEqual(['Shown by its own setting. Shown again by a hidden character style.', 'The fee is 4,000 euros.']);
  });

  it('leaves out the runs of paragraphs that name no style when the default paragraph style is hidden', async () => {
    const styles = STYLES.replace('<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/>', '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:vanish/></w:rPr>');
    expect(defaultStyle(styles, 'paragraph')).toBe('Normal');
    expect(defaultStyle(STYLES, 'paragraph')).toBeUndefined();
    const bytes = docx(para(run('Kestrel Bay Ltd receives all royalties.')) + para(run('Nordlicht GmbH pays the fees.'), 'BodyText') + para(run('Nordlicht GmbH pays the fees.', '<w:vanish w:val="0"/>')), styles);
    expect(await texts(bytes)).toEqual(['Nordlicht GmbH pays the fees.', 'Nordlicht GmbH pays the fees.']);
    // Shown as before when the default style does not hide.
    expect(await texts(docx(para(run('Kestrel Bay Ltd receives all royalties.'))))).toEqual(['Kestrel Bay Ltd receives all royalties.']);
  });

  it('hides every run when the document defaults hide text, unless a paragraph style, a character style or the run shows it again', async () => {
    const defaults = STYLES.replace('<w:styles ' + WORD_NS + '>', `<w:styles ${WORD_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>${style('paragraph', 'Shown', '<w:rPr><w:vanish w:val="0"/></w:rPr>')}`);
    const bytes = docx(
      para(run('Kestrel Bay Ltd receives all royalties.')) +
        para(run('Kestrel Bay Ltd owns the brand.'), 'BodyText') +
        para(run('Nordlicht GmbH pays the fees.'), 'Shown') +
        para(`${run('Harbor Lane Inc.', '<w:vanish w:val="0"/>')}${run(' signs', styled('DraftNote'))}${run(' alone.')}`),
      defaults,
    );
    expect(await texts(bytes)).toEqual(['Nordlicht GmbH pays the fees.', 'Harbor Lane Inc. signs']);
    // Defaults that do not hide (w:vanish off, or no w:vanish at all) hide nothing.
    const off = defaults.replace('<w:vanish/></w:rPr></w:rPrDefault>', '<w:vanish w:val="0"/></w:rPr></w:rPrDefault>');
    expect(await texts(docx(para(run('Kestrel Bay Ltd receives all royalties.')), off))).toEqual(['Kestrel Bay Ltd receives all royalties.']);
  });

  it('hides the text of a table whose table style hides it, unless its paragraph style shows it', async () => {
    const tableStyles = (extra: string): string =>
      STYLES.replace('</w:styles>', `${style('table', 'GhostGrid', '<w:rPr><w:vanish/></w:rPr>')}${style('table', 'PlainGrid', '<w:rPr><w:b/></w:rPr><w:tblStylePr w:type="firstRow"><w:rPr><w:vanish/></w:rPr></w:tblStylePr>')}${extra}</w:styles>`);
    const table = (tblStyle: string | undefined, cells: string[]): string =>
      `<w:tbl>${tblStyle ? `<w:tblPr><w:tblStyle w:val="${tblStyle}"/></w:tblPr>` : ''}<w:tr>${cells.map((c) => `<w:tc>${c}</w:tc>`).join('')}</w:tr></w:tbl>`;
    const withShown = tableStyles(style('paragraph', 'Shown', '<w:rPr><w:vanish w:val="0"/></w:rPr>'));
    const bytes = docx(
      table('GhostGrid', [para(run('Fee: waived')), para(run('Fee: 4,000 euros'), 'Shown')]) + table('PlainGrid', [para(run('Term: two years'))]) + para(run('Nordlicht GmbH signs.')),
      withShown,
    );
    expect(await texts(bytes)).toEqual([' | Fee: 4,000 euros', 'Term: two years', 'Nordlicht GmbH signs.']);
    // The default table style styles a table that names none.
    const byDefault = tableStyles('').replace('<w:style w:type="table" w:styleId="GhostGrid">', '<w:style w:type="table" w:default="1" w:styleId="GhostGrid">');
    expect(await texts(docx(table(undefined, [para(run('Fee: waived'))]) + para(run('Nordlicht GmbH signs.')), byDefault))).toEqual(['Nordlicht GmbH signs.']);
  });

  it('leaves out the list number of a paragraph whose mark is hidden, and still counts it as Word does', async () => {
    const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/><w:rPr><w:vanish/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const rels = DOC_RELS.replace('</Relationships>', '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>');
    const numbered = (inner: string, extra = '', ilvl = 0): string => `<w:p><w:pPr>${extra}<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>${inner}</w:p>`;
    const body =
      numbered(run('Nordlicht GmbH supplies the goods.')) +
      // Text and mark hidden by the runs' and the mark's own properties.
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run('Drafting note: delete before signing.', '<w:vanish/>')}</w:p>` +
      // Hidden by the paragraph style, text and mark alike.
      numbered(run('Drafting note: check the fee.'), '<w:pStyle w:val="HiddenPara"/>') +
      numbered(run('Harbor Lane Inc. pays within thirty days.')) +
      // Text hidden, mark shown: Word shows the number alone.
      numbered(run('Hidden words.', '<w:vanish/>')) +
      // A level whose own run properties hide its number: the text shows without it.
      numbered(run('The goods are delivered to Hamburg.'), '', 1) +
      // In a table whose style hides its text, mark and number alike.
      `<w:tbl><w:tblPr><w:tblStyle w:val="GhostGrid"/></w:tblPr><w:tr><w:tc>${numbered(run('Drafting note: fee table.'))}</w:tc></w:tr></w:tbl>` +
      numbered(run('Kestrel Bay Ltd guarantees payment.'));
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'word/_rels/document.xml.rels': strToU8(rels),
      'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`),
      'word/styles.xml': strToU8(STYLES.replace('</w:styles>', `${style('table', 'GhostGrid', '<w:rPr><w:vanish/></w:rPr>')}</w:styles>`)),
      'word/numbering.xml': strToU8(numbering),
    });
    expect(await texts(bytes)).toEqual(['1. Nordlicht GmbH supplies the goods.', '4. Harbor Lane Inc. pays within thirty days.', '5.', 'The goods are delivered to Hamburg.', '7. Kestrel Bay Ltd guarantees payment.']);
    const html = await docxHtml(bytes);
    expect(html).toContain('4. Harbor Lane');
    expect(html).not.toContain('2.');
  });

  it('leaves out hidden-styled text in table cells and content controls, and reads tracked insertions but not deletions', async () => {
    const bytes = docx(
      `<w:tbl><w:tr><w:tc>${para(`${run('Term:')}${run(' ninety-nine years', styled('DraftNote'))}`)}</w:tc><w:tc>${para(run('two years'))}</w:tc></w:tr></w:tbl>` +
        `<w:sdt><w:sdtPr><w:alias w:val="Party"/></w:sdtPr><w:sdtContent>${para(`${run('Harbor Lane Inc.')}${run(' and Shadow Holdings Ltd', styled('DraftNote'))}`)}</w:sdtContent></w:sdt>` +
        para(`${run('Payment is due within ')}<w:del w:id="1" w:author="A"><w:r><w:delText>ten</w:delText></w:r></w:del><w:ins w:id="2" w:author="A">${run('thirty')}</w:ins>${run(' days.')}`),
    );
    expect(await texts(bytes)).toEqual(['Term: | two years', 'Harbor Lane Inc.', 'Payment is due within thirty days.']);
  });

  it('leaves out hidden-styled text inside a text box, and keeps the box\'s shown text', async () => {
    const box = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${para(`${run('Boxed note: fees are fixed.')}${run(' Fees may rise at will.', styled('DraftNote'))}`)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const bytes = docx(para(`${run('Schedule 1')}${box}`));
    const text = (await texts(bytes)).join(' ');
    expect(text).toContain('Boxed note: fees are fixed.');
    expect(text).not.toContain('rise');
  });

  it('leaves out hidden text in a footnote the Source panel shows', async () => {
    const bytes = docx(
      para(`${run('Fees are due monthly.')}<w:r><w:footnoteReference w:id="1"/></w:r>`),
      STYLES,
      `<w:footnote w:id="1">${para(`${run('Net of tax.')}${run(' Waived for Harbor Lane Inc.', styled('DraftNote'))}${run(' Secret rebate.', '<w:vanish/>')}`)}</w:footnote>`,
    );
    const html = await docxHtml(bytes);
    expect(html).toContain('Net of tax.');
    expect(html).not.toContain('Waived');
    expect(html).not.toContain('rebate');
  });

  it('keeps every run when no style hides text (a file without hidden styles reads as before)', async () => {
    const bytes = docx(para(`${run('Nordlicht GmbH', styled('Plain'))}${run(' sells.')}`, 'Normal'));
    expect(await texts(bytes)).toEqual(['Nordlicht GmbH sells.']);
  });

  it('reads 100,000 crafted paragraph and run openings, and a chain of 20,000 styles, within a generous bound', () => {
    const hiding = { styles: new Map([['X', true]]), defaults: false };
    for (const piece of ['<w:p><w:pPr><w:pStyle w:val="X"/>', '<w:p><w:pPr>', '<w:p>', '</w:p>', '<w:p><w:r>', '<w:r><w:rPr><w:rStyle w:val="X"/>', '<w:p><w:pPr><w:pStyle w:val="X"/></w:pPr><w:r>', '<w:p ', '<w:p/>', '<w:tbl><w:tblPr><w:tblStyle w:val="X"/>', '<w:tbl><w:tblPr>', '<w:tbl>', '</w:tbl>', '<w:tbl><w:tblPr></w:tblPr><w:p>']) {
      const xml = piece.repeat(100_000) + '</w:pPr></w:tblPr></w:rPr></w:r>';
      const started = performance.now();
      const out = dropHiddenRuns(xml, hiding);
      expect(performance.now() - started, piece).toBeLessThan(2_000);
      expect(out.length).toBeLessThanOrEqual(xml.length);
    }
    for (const xml of ['<w:style w:type="paragraph" w:default="1" '.repeat(100_000), '<w:style>'.repeat(100_000), '<w:style '.repeat(100_000) + '>']) {
      const started = performance.now();
      defaultStyle(xml, 'paragraph');
      expect(performance.now() - started).toBeLessThan(2_000);
    }
    const chain = Array.from({ length: 20_000 }, (_, i) => style('character', `S${i}`, `<w:basedOn w:val="S${i + 1}"/>`)).join('');
    for (const xml of [chain, '<w:style w:styleId="'.repeat(100_000), '<w:style w:styleId="a"><w:rPr>'.repeat(100_000), '<w:docDefaults><w:rPrDefault><w:rPr>'.repeat(100_000), '<w:style w:type="table" w:styleId="a"><w:tblStylePr>'.repeat(100_000)]) {
      const started = performance.now();
      hidingStyles(xml);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
