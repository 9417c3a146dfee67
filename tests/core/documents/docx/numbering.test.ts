import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { createNumberer, readNumberingDefinitions } from '../../../../electron/core/documents/docx/numbering';
import { WORD_NS } from '../../../fixtures/makeDocx';

/** Numbers for an "ARTICLE I" / "Section 1.01" list whose second level is given `legal` (the w:isLgl tag, or none). */
function numbers(legal: string): string[] {
  const numbering =
    `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0">` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="ARTICLE %1"/></w:lvl>` +
    `<w:lvl w:ilvl="1"><w:start w:val="1"/>${legal}<w:numFmt w:val="decimalZero"/><w:lvlText w:val="Section %1.%2"/></w:lvl>` +
    `<w:lvl w:ilvl="2"><w:start w:val="1"/>${legal}<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2(%3)"/></w:lvl>` +
    `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const levels = [0, 1, 1, 0, 1, 2];
  const para = (ilvl: number): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Harbor Lane Inc.</w:t></w:r></w:p>`;
  const document = `<w:document ${WORD_NS}><w:body>${levels.map(para).join('')}</w:body></w:document>`;
  const numberer = createNumberer(readNumberingDefinitions(zipSync({ 'word/numbering.xml': strToU8(numbering), 'word/document.xml': strToU8(document) })));
  return levels.map((level) => numberer({ level: String(level), isOrdered: true }, undefined));
}

describe('Word list numbers', () => {
  it('writes every counter in digits under legal numbering, as Word shows "Section 1.01" under "ARTICLE I"', () => {
    expect(numbers('<w:isLgl/>')).toEqual(['ARTICLE I', 'Section 1.01', 'Section 1.02', 'ARTICLE II', 'Section 2.01', '2.01(1)']);
  });

  it('keeps each counter\'s own format without it, or when it is switched off', () => {
    const plain = ['ARTICLE I', 'Section I.01', 'Section I.02', 'ARTICLE II', 'Section II.01', 'II.01(a)'];
    expect(numbers('')).toEqual(plain);
    expect(numbers('<w:isLgl w:val="0"/>')).toEqual(plain);
    expect(numbers('<w:isLgl w:val="false" />')).toEqual(plain);
    // Another element whose name only begins the same.
    expect(numbers('<w:isLglX/>')).toEqual(plain);
  });

  it('reads a level of 80,000 unclosed legal-numbering tags within a generous bound', () => {
    const started = performance.now();
    const numbering = `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/>${'<w:isLgl w:val="'.repeat(80_000)}</w:lvl></w:abstractNum></w:numbering>`;
    const defs = readNumberingDefinitions(zipSync({ 'word/numbering.xml': strToU8(numbering) }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(defs.abstracts.get('0')?.levels.get(0)?.format).toBe('upperRoman');
  }, 120_000);

  it('numbers a paragraph whose style carries a list no level names back, as Word does, and not one that turns it off', () => {
    const numbering = `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const styles = `<w:styles ${WORD_NS}><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Quote"/></w:styles>`;
    const para = (style: string, pPr = ''): string => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${pPr}</w:pPr><w:r><w:t>Nordlicht GmbH</w:t></w:r></w:p>`;
    const paragraphs: [string, string][] = [['Heading1', ''], ['Heading2', ''], ['Heading2', ''], ['Quote', ''], ['Heading2', '<w:numPr><w:numId w:val="0"/></w:numPr>'], ['Heading1', '']];
    const document = `<w:document ${WORD_NS}><w:body>${paragraphs.map(([style, pPr]) => para(style, pPr)).join('')}</w:body></w:document>`;
    const numberer = createNumberer(readNumberingDefinitions(zipSync({ 'word/numbering.xml': strToU8(numbering), 'word/styles.xml': strToU8(styles), 'word/document.xml': strToU8(document) })));
    // Mammoth gives these paragraphs no numbering: only the style says it.
    expect(paragraphs.map(([style]) => numberer(undefined, style))).toEqual(['1.', '1.1', '1.2', '', '', '2.']);
  });
});
