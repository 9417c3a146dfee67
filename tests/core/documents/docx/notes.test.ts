import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { extractDocument } from '../../../../electron/core/documents/extractDocument';
import { docxHtml } from '../../../../electron/core/documents/docx/docxHtml';
import { WORD_NS } from '../../../fixtures/makeDocx';
import { customMarksIn } from '../../../../electron/core/documents/docx/customNoteMarks';
import { wordPackage, wordPara } from './wordParts';

const ref = (type: 'footnote' | 'endnote', id: number): string => `<w:r><w:${type}Reference w:id="${id}"/></w:r>`;
const notesPart = (type: 'footnote' | 'endnote', notes: Record<number, string>): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${type}s ${WORD_NS}><w:${type} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${type}>${Object.entries(notes)
    .map(([id, text]) => `<w:${type} w:id="${id}"><w:p><w:r><w:${type}Ref/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:${type}>`)
    .join('')}</w:${type}s>`;

function withNotes(body: string, footnotes: Record<number, string>, endnotes: Record<number, string> = {}): Uint8Array {
  return wordPackage(body, [
    { name: 'footnotes.xml', rel: { id: 'rId8', type: 'footnotes' }, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', bytes: notesPart('footnote', footnotes) },
    { name: 'endnotes.xml', rel: { id: 'rId9', type: 'endnotes' }, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml', bytes: notesPart('endnote', endnotes) },
  ]);
}

const texts = async (bytes: Uint8Array): Promise<string[]> => (await extractDocx(bytes)).pages.flatMap((p) => p.units.map((u) => u.text));

describe('Word footnotes and endnotes', () => {
  it('reads each note right after the paragraph that refers to it, numbered in the order referred to', async () => {
    const body =
      `<w:p><w:r><w:t>Fees are due monthly.</w:t></w:r>${ref('footnote', 7)}</w:p>` +
      `<w:p><w:r><w:t>Either party may end this Agreement on notice.</w:t></w:r>${ref('endnote', 2)}<w:r><w:t xml:space="preserve"> Notice is in writing.</w:t></w:r>${ref('footnote', 3)}</w:p>` +
      wordPara('This Agreement is governed by the laws of Ontario.');
    expect(await texts(withNotes(body, { 3: 'Email counts as writing.', 7: 'Fees exclude value added tax.' }, { 2: 'Subject to the minimum term.' }))).toEqual([
      'Fees are due monthly.',
      'Footnote 1: Fees exclude value added tax.',
      'Either party may end this Agreement on notice. Notice is in writing.',
      'Endnote 1: Subject to the minimum term.',
      'Footnote 2: Email counts as writing.',
      'This Agreement is governed by the laws of Ontario.',
    ]);
  });

  it('reads a note referred to from a table cell after its row, and a note referred to twice once', async () => {
    const body = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Harbor Lane Inc.</w:t></w:r>${ref('footnote', 1)}</w:p></w:tc><w:tc>${wordPara('Buyer')}</w:tc></w:tr></w:tbl><w:p><w:r><w:t>Harbor Lane Inc. pays.</w:t></w:r>${ref('footnote', 1)}</w:p>`;
    expect(await texts(withNotes(body, { 1: 'A Delaware corporation.' }))).toEqual(['Harbor Lane Inc. | Buyer', 'Footnote 1: A Delaware corporation.', 'Harbor Lane Inc. pays.']);
  });

  it('leaves the text as it was when nothing refers to a note, and skips a reference to a note that is not there', async () => {
    expect(await texts(withNotes(wordPara('Fees are due monthly.'), { 1: 'Never referred to.' }))).toEqual(['Fees are due monthly.']);
    // A reference whose note is missing made the whole file unreadable; Word shows the body without it.
    const dangling = withNotes(`<w:p><w:r><w:t>Fees are due monthly.</w:t></w:r>${ref('footnote', 9)}</w:p>`, {});
    expect(await texts(dangling)).toEqual(['Fees are due monthly.']);
    expect(await docxHtml(dangling)).toContain('Fees are due monthly.');
  });

  it('cites a footnote with the clause that refers to it', async () => {
    const body = wordPara('1. Fees') + `<w:p><w:r><w:t>1.1 Fees are due monthly.</w:t></w:r>${ref('footnote', 1)}</w:p>` + wordPara('2. Term') + wordPara('2.1 This Agreement lasts two years.');
    const doc = await extractDocument({ bytes: withNotes(body, { 1: 'Fees exclude value added tax.' }), name: 'notes.docx' });
    const note = doc.blocks.find((b) => b.text.startsWith('Footnote 1'));
    expect(note?.text).toBe('Footnote 1: Fees exclude value added tax.');
    expect(note?.clause).toBe('1.1');
  });
});

describe('notes with a mark of their own (w:customMarkFollows)', () => {
  const marked = (type: 'footnote' | 'endnote', id: number, mark: string, follows = '1'): string =>
    `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:${type}Reference w:customMarkFollows="${follows}" w:id="${id}"/></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>${mark}</w:t></w:r>`;
  // Word writes the custom mark at the note's start as text, where a numbered note has its number.
  const markedNotes = (notes: Record<number, [string, string]>): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${WORD_NS}>${Object.entries(notes)
      .map(([id, [mark, text]]) => `<w:footnote w:id="${id}"><w:p>${mark ? `<w:r><w:t>${mark}</w:t></w:r>` : '<w:r><w:footnoteRef/></w:r>'}<w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:footnote>`)
      .join('')}</w:footnotes>`;
  const pkg = (body: string, notes: Record<number, [string, string]>): Uint8Array =>
    wordPackage(body, [{ name: 'footnotes.xml', rel: { id: 'rId8', type: 'footnotes' }, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', bytes: markedNotes(notes) }]);

  it('labels a custom-marked note with its mark, and numbers the other notes as Word does, without it', async () => {
    const body =
      `<w:p><w:r><w:t>Fees are due monthly.</w:t></w:r>${marked('footnote', 4, '*')}</w:p>` +
      `<w:p><w:r><w:t>Harbor Lane Inc. pays.</w:t></w:r>${ref('footnote', 5)}<w:r><w:t xml:space="preserve"> Nordlicht GmbH delivers.</w:t></w:r>${marked('footnote', 6, '&#8224;')}</w:p>` +
      `<w:p><w:r><w:t>Notice is in writing.</w:t></w:r>${ref('footnote', 7)}</w:p>`;
    expect(await texts(pkg(body, { 4: ['*', 'Excluding value added tax.'], 5: ['', 'A Delaware corporation.'], 6: ['†', 'From its Hamburg warehouse.'], 7: ['', 'Email counts as writing.'] }))).toEqual([
      'Fees are due monthly.*',
      'Footnote *: Excluding value added tax.',
      'Harbor Lane Inc. pays. Nordlicht GmbH delivers.†',
      'Footnote 1: A Delaware corporation.',
      'Footnote †: From its Hamburg warehouse.',
      'Notice is in writing.',
      'Footnote 2: Email counts as writing.',
    ]);
  });

  it('numbers a note whose attribute is off, and reads a symbol-font mark as its character, and labels a mark it cannot read without a number', async () => {
    const off = `<w:p><w:r><w:t>Fees are due monthly.</w:t></w:r>${marked('footnote', 4, '', '0')}</w:p>`;
    expect(await texts(pkg(off, { 4: ['', 'Excluding value added tax.'] }))).toEqual(['Fees are due monthly.', 'Footnote 1: Excluding value added tax.']);
    // A mark in a symbol font (w:sym) is read as the character it shows; one that is no character leaves the note without a label.
    const symbol = `<w:p><w:r><w:t>Fees are due monthly.</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="4"/></w:r><w:r><w:sym w:font="Symbol" w:char="F0B4"/></w:r></w:p><w:p><w:r><w:t>Term.</w:t></w:r>${ref('footnote', 5)}</w:p>`;
    expect(await texts(pkg(symbol, { 4: ['', 'Excluding value added tax.'], 5: ['', 'Two years.'] }))).toEqual(['Fees are due monthly.×', 'Footnote ×: Excluding value added tax.', 'Term.', 'Footnote 1: Two years.']);
    const unknown = symbol.replace('F0B4', 'F0FF');
    expect(await texts(pkg(unknown, { 4: ['', 'Excluding value added tax.'], 5: ['', 'Two years.'] }))).toEqual(['Fees are due monthly.', 'Footnote: Excluding value added tax.', 'Term.', 'Footnote 1: Two years.']);
  });

  it('reads crafted references once (generous bound)', () => {
    for (const xml of [
      '<w:footnoteReference w:customMarkFollows="1" w:id="1"/>'.repeat(100_000),
      `${'<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>'.repeat(100_000)}`,
      `<w:footnoteReference w:customMarkFollows="1" w:id="1" ${'a'.repeat(100_000)}`,
      `${'<w:endnoteReference w:customMarkFollows="1" w:id="2"/>'.repeat(50_000)}${'<w:t>'.repeat(50_000)}`,
    ]) {
      const started = performance.now();
      customMarksIn(xml);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
