import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { createNumberer, formatNumber, readNumberingDefinitions } from '../../../../electron/core/documents/docx/numbering';
import { WORD_NS } from '../../../fixtures/makeDocx';

const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** The numbers of `count` paragraphs in a one-level list whose level holds `format` (its w:numFmt, or more) and shows `text`. */
function numbers(format: string, count: number, text = '%1', start = 1): string[] {
  const numbering = `<w:numbering ${WORD_NS} ${MC}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/>${format}<w:lvlText w:val="${text}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const para = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Nordlicht GmbH</w:t></w:r></w:p>`;
  const document = `<w:document ${WORD_NS}><w:body>${para.repeat(count)}</w:body></w:document>`;
  const numberer = createNumberer(readNumberingDefinitions(zipSync({ 'word/numbering.xml': strToU8(numbering), 'word/document.xml': strToU8(document) })));
  return Array.from({ length: count }, () => numberer({ level: '0', isOrdered: true }, undefined));
}

/** A custom format as Word 2010 and later write it, with the fallback older readers take. */
const custom = (sample: string, fallback = 'decimal'): string =>
  `<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="${sample}"/></mc:Choice><mc:Fallback><w:numFmt w:val="${fallback}"/></mc:Fallback></mc:AlternateContent>`;

describe('Word number formats', () => {
  it('pads the digits of a custom zero-padded format ("001, 002, 003, ...") as Word shows them', () => {
    expect(numbers(custom('001, 002, 003, ...'), 3, 'Clause %1')).toEqual(['Clause 001', 'Clause 002', 'Clause 003']);
    expect(numbers(custom('01, 02, 03, ...'), 2, '%1.', 9)).toEqual(['09.', '10.']);
    // A custom format written without the alternate content reads the same.
    expect(numbers('<w:numFmt w:val="custom" w:format="0001, 0002, 0003, ..."/>', 1)).toEqual(['0001']);
  });

  it('shows another custom format as its fallback format shows it, or in digits without one', () => {
    expect(numbers(custom('一, 二, 三, ...', 'upperLetter'), 2, '(%1)')).toEqual(['(A)', '(B)']);
    expect(numbers('<w:numFmt w:val="custom" w:format="α, β, γ, ..."/>', 2, '%1)')).toEqual(['1)', '2)']);
  });

  it('writes ordinals and number words ("1st", "One", "First") as Word does, in digits past ninety-nine', () => {
    expect(numbers('<w:numFmt w:val="ordinal"/>', 4, '%1', 1)).toEqual(['1st', '2nd', '3rd', '4th']);
    expect(numbers('<w:numFmt w:val="cardinalText"/>', 2, 'ARTICLE %1', 20)).toEqual(['ARTICLE Twenty', 'ARTICLE Twenty-one']);
    expect(numbers('<w:numFmt w:val="ordinalText"/>', 3, '%1:', 1)).toEqual(['First:', 'Second:', 'Third:']);
    expect([11, 12, 13, 22, 101, 111].map((n) => formatNumber(n, 'ordinal'))).toEqual(['11th', '12th', '13th', '22nd', '101st', '111th']);
    expect([12, 40, 99, 100].map((n) => formatNumber(n, 'ordinalText'))).toEqual(['Twelfth', 'Fortieth', 'Ninety-ninth', '100th']);
    expect(formatNumber(100, 'cardinalText')).toBe('100');
  });

  it('keeps zero-padded, lettered and unknown formats as before', () => {
    expect(numbers('<w:numFmt w:val="decimalZero"/>', 2, '%1.', 9)).toEqual(['09.', '10.']);
    expect(numbers('<w:numFmt w:val="upperLetter"/>', 2, '%1.', 26)).toEqual(['Z.', 'AA.']);
    expect(numbers('<w:numFmt w:val="decimalEnclosedCircle"/>', 1, '%1')).toEqual(['1']);
  });

  it('reads crafted custom formats within bounds: a huge padding sample, a level of unclosed format tags', () => {
    expect(numbers(custom(`${'0'.repeat(100_000)}1, ...`), 1)).toEqual(['1']);
    expect(numbers(custom('000000000000001'), 1)[0]!.length).toBeLessThanOrEqual(9);
    const started = performance.now();
    numbers(`${'<w:numFmt w:val="custom" w:format="0'.repeat(50_000)}<w:numFmt w:val="custom"/>`, 1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
