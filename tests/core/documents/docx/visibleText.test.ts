import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { docxHtml } from '../../../../electron/core/documents/docx/docxHtml';
import { carriageReturnsAsBreaks, dropHiddenRuns, positionTabsAsTabs, unwrapElements, withVisibleText } from '../../../../electron/core/documents/docx/visibleText';
import { makeRawXmlDocx, WORD_NS } from '../../../fixtures/makeDocx';

const run = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const body = (inner: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${WORD_NS}><w:body>${inner}</w:body></w:document>`;

describe('text as Word shows it', () => {
  it('reads the text Word shows for a simple field (a date, a party name from a document property) as the paragraph\'s own', async () => {
    const xml = body(
      `<w:p>${run('This Agreement is dated ')}<w:fldSimple w:instr=" DATE \\@ &quot;MMMM d, yyyy&quot; ">${run('March 3, 2015')}</w:fldSimple>${run(' between ')}<w:fldSimple w:instr=" DOCPROPERTY Company ">${run('Nordlicht GmbH')}</w:fldSimple>${run(' and Harbor Lane Inc.')}</w:p>` +
        `<w:p>${run('See Section ')}<w:fldSimple w:instr=" REF _Ref1 \\r "/>${run('below.')}</w:p>`,
    );
    const doc = await extractDocx(await makeRawXmlDocx(xml));
    expect(doc.pages.flatMap((p) => p.units.map((u) => u.text))).toEqual(['This Agreement is dated March 3, 2015 between Nordlicht GmbH and Harbor Lane Inc.', 'See Section below.']);
    // The Source panel shows the same text.
    expect(await docxHtml(await makeRawXmlDocx(xml))).toContain('This Agreement is dated March 3, 2015 between Nordlicht GmbH and Harbor Lane Inc.');
  });

  it('leaves a document without simple fields as it is, byte for byte, and other elements alone', async () => {
    const bytes = await makeRawXmlDocx(body(`<w:p>${run('No fields here.')}</w:p>`));
    expect(withVisibleText(bytes)).toBe(bytes);
    expect(unwrapElements('<w:fldSimpleX a="1">x</w:fldSimpleX>', 'w:fldSimple')).toBe('<w:fldSimpleX a="1">x</w:fldSimpleX>');
    expect(unwrapElements('a<w:fldSimple w:instr=" PAGE ">b</w:fldSimple>c', 'w:fldSimple')).toBe('abc');
  });

  it('keeps every other part of the zip', async () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(body(`<w:p><w:fldSimple w:instr=" X ">${run('kept')}</w:fldSimple></w:p>`)), 'word/styles.xml': strToU8('<w:styles/>') });
    const out = unzipSync(withVisibleText(bytes));
    expect(strFromU8(out['word/styles.xml']!)).toBe('<w:styles/>');
    expect(strFromU8(out['word/document.xml']!)).not.toContain('fldSimple');
  });

  it('reads 100,000 field tags that never close, or repeated opening tags, within a generous bound', () => {
    for (const piece of ['<w:fldSimple ', '<w:fldSimple w:instr="', '<w:fldSimple>', '</w:fldSimple>', '<w:fldSimple/>']) {
      const xml = piece.repeat(100_000);
      const started = performance.now();
      const out = unwrapElements(xml, 'w:fldSimple');
      expect(performance.now() - started, piece).toBeLessThan(2_000);
      expect(out.length).toBeLessThanOrEqual(xml.length);
    }
  });

  it('leaves out runs Word hides, in the text and in the Source panel, and keeps runs shown', async () => {
    const hidden = (t: string, vanish = '<w:vanish/>'): string => `<w:r><w:rPr><w:b/>${vanish}</w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const xml = body(
      `<w:p>${run('This Agreement is governed by the laws of ')}${hidden('the State of Nevada and ')}${run('England.')}</w:p>` +
        `<w:p>${run('Nordlicht GmbH')}${hidden(' (drafting note)', '<w:vanish w:val="1"/>')}${hidden(' and Harbor Lane Inc.', '<w:vanish w:val="0"/>')}${hidden(' sign', '<w:vanish w:val="false" />')}${hidden('!', '<w:specVanish/>')}${hidden('.', '<w:webHidden/>')}</w:p>` +
        `<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="x"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>Once hidden, shown now.</w:t></w:r></w:p>`,
    );
    const doc = await extractDocx(await makeRawXmlDocx(xml));
    expect(doc.pages.flatMap((p) => p.units.map((u) => u.text))).toEqual(['This Agreement is governed by the laws of England.', 'Nordlicht GmbH and Harbor Lane Inc. sign.', 'Once hidden, shown now.']);
    const html = await docxHtml(await makeRawXmlDocx(xml));
    expect(html).not.toContain('Nevada');
    expect(html).not.toContain('drafting note');
  });

  it('keeps a hidden run that holds another run (a text box) whole', () => {
    const xml = `<w:r><w:rPr><w:vanish/></w:rPr><w:drawing><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>`;
    expect(dropHiddenRuns(xml)).toBe(xml);
  });

  it('reads 100,000 crafted run openings within a generous bound', () => {
    for (const piece of ['<w:r><w:rPr>', '<w:r><w:rPr><w:vanish/>', '<w:r><w:rPr><w:vanish/></w:rPr>', '<w:r ', '<w:r><w:rPr><w:vanish/></w:rPr><w:r>', '<w:r><w:rPr></w:rPr>']) {
      const xml = piece.repeat(100_000) + '</w:rPr></w:r>';
      const started = performance.now();
      const out = dropHiddenRuns(xml);
      expect(performance.now() - started, piece).toBeLessThan(2_000);
      expect(out.length).toBeLessThanOrEqual(xml.length);
    }
  });

  it('reads a carriage return inside a run as a line break, in the text and in the Source panel, and other elements as they are', async () => {
    const xml = body(`<w:p><w:r><w:t>Harbor Lane Inc.</w:t><w:cr/><w:t>12 Quay Street</w:t><w:cr /><w:t>Portsmouth</w:t></w:r></w:p>`);
    const doc = await extractDocx(await makeRawXmlDocx(xml));
    expect(doc.pages.flatMap((p) => p.units.map((u) => u.text))).toEqual(['Harbor Lane Inc. 12 Quay Street Portsmouth']);
    expect(await docxHtml(await makeRawXmlDocx(xml))).toContain('Harbor Lane Inc.<br />12 Quay Street');
    // An element whose name only begins the same is no carriage return.
    expect(carriageReturnsAsBreaks('<w:crX/>a<w:cr/>b<w:cr></w:cr>')).toBe('<w:crX/>a<w:br/>b<w:br></w:br>');
    const plain = await makeRawXmlDocx(body(`<w:p>${run('Nordlicht GmbH')}</w:p>`));
    expect(withVisibleText(plain)).toBe(plain);
  });

  it('reads 100,000 crafted carriage-return tags within a generous bound', () => {
    for (const piece of ['<w:cr', '<w:cr/>', '</w:cr>', '<w:cr ', '<w:c']) {
      const xml = piece.repeat(100_000);
      const started = performance.now();
      const out = carriageReturnsAsBreaks(xml);
      expect(performance.now() - started, piece).toBeLessThan(2_000);
      expect(out.length).toBe(xml.length);
    }
  });

  it('reads the runs of a direction (w:dir) or direction override (w:bdo) as the paragraph\'s own, in the text and in the Source panel', async () => {
    const xml = body(
      `<w:p>${run('The Seller is ')}<w:dir w:val="rtl">${run('Nordlicht GmbH')}</w:dir>${run(' and the Buyer is ')}<w:bdo w:val="ltr">${run('Harbor Lane Inc.')}</w:bdo>${run('.')}</w:p>`,
    );
    const doc = await extractDocx(await makeRawXmlDocx(xml));
    expect(doc.pages.flatMap((p) => p.units.map((u) => u.text))).toEqual(['The Seller is Nordlicht GmbH and the Buyer is Harbor Lane Inc..']);
    expect(await docxHtml(await makeRawXmlDocx(xml))).toContain('The Seller is Nordlicht GmbH and the Buyer is Harbor Lane Inc..');
    // Hidden runs inside are still left out; an element whose name only begins the same is kept.
    const hiddenInside = body(`<w:p>${run('Seller: ')}<w:dir w:val="rtl"><w:r><w:rPr><w:vanish/></w:rPr><w:t>Shadow Holdings Ltd</w:t></w:r>${run('Nordlicht GmbH')}</w:dir></w:p>`);
    expect((await extractDocx(await makeRawXmlDocx(hiddenInside))).pages[0]!.units[0]!.text).toBe('Seller: Nordlicht GmbH');
    expect(unwrapElements('<w:dirty a="1">x</w:dirty><w:dir/>y', 'w:dir')).toBe('<w:dirty a="1">x</w:dirty>y');
  });

  it('reads an absolute position tab as the gap it shows, so the words on either side stay apart', async () => {
    const xml = body(`<w:p><w:r><w:t>Nordlicht GmbH</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>Harbor Lane Inc.</w:t></w:r></w:p>`);
    const doc = await extractDocx(await makeRawXmlDocx(xml));
    expect(doc.pages.flatMap((p) => p.units.map((u) => u.text))).toEqual(['Nordlicht GmbH Harbor Lane Inc.']);
    expect(positionTabsAsTabs('<w:ptabX/>a<w:ptab w:alignment="right"/>b')).toBe('<w:ptabX/>a<w:tab w:alignment="right"/>b');
  });

  it('reads 100,000 crafted direction and position-tab tags within a generous bound', () => {
    for (const piece of ['<w:dir ', '<w:dir>', '</w:dir>', '<w:bdo w:val="', '<w:dir/>', '<w:di']) {
      const xml = piece.repeat(100_000);
      const started = performance.now();
      const out = unwrapElements(unwrapElements(xml, 'w:dir'), 'w:bdo');
      expect(performance.now() - started, piece).toBeLessThan(2_000);
      expect(out.length).toBeLessThanOrEqual(xml.length);
    }
    for (const piece of ['<w:ptab', '<w:ptab/>', '</w:ptab>', '<w:ptab ', '<w:pta']) {
      const xml = piece.repeat(100_000);
      const started = performance.now();
      const out = positionTabsAsTabs(xml);
      expect(performance.now() - started, piece).toBeLessThan(2_000);
      expect(out.length).toBeLessThanOrEqual(xml.length);
    }
  });
});
