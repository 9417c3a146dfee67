import { describe, expect, it } from 'vitest';
import { equationText, mathAsText } from '../../../../electron/core/documents/docx/mathAsText';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { wordPackage } from './wordParts';

const r = (t: string): string => `<m:r><w:rPr><w:rFonts w:ascii="Cambria Math"/></w:rPr><m:t>${t}</m:t></m:r>`;
const sub = (base: string, s: string): string => `<m:sSub><m:sSubPr><m:ctrlPr/></m:sSubPr><m:e>${r(base)}</m:e><m:sub>${r(s)}</m:sub></m:sSub>`;
const frac = (num: string, den: string): string => `<m:f><m:fPr><m:type m:val="bar"/></m:fPr><m:num>${num}</m:num><m:den>${den}</m:den></m:f>`;
const MATH_NS = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';

describe('Word equations as a line of text', () => {
  it('writes an indexation formula with fractions and subscripts in a linear form', () => {
    const xml = `<m:oMathPara><m:oMathParaPr><m:jc m:val="center"/></m:oMathParaPr><m:oMath>${r('P=')}${sub('P', '0')}${r('×')}${frac(sub('I', 'n'), sub('I', '0'))}</m:oMath></m:oMathPara>`;
    expect(equationText(xml)).toBe('P=P_0×(I_n)/(I_0)');
  });

  it('writes sums with limits, delimiters as given, roots with their degree, superscripts and matrices', () => {
    const sum = `<m:oMath><m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub>${r('i=1')}</m:sub><m:sup>${r('n')}</m:sup><m:e>${sub('F', 'i')}</m:e></m:nary></m:oMath>`;
    expect(equationText(sum)).toBe('∑_(i=1)^n F_i');
    const bracket = `<m:oMath><m:d><m:dPr><m:begChr m:val="["/><m:endChr m:val="]"/></m:dPr><m:e>${r('1+r')}</m:e></m:d><m:sSup><m:e>${r('x')}</m:e><m:sup>${r('12')}</m:sup></m:sSup></m:oMath>`;
    expect(equationText(bracket)).toBe('[1+r]x^12');
    const root = `<m:oMath><m:rad><m:deg>${r('3')}</m:deg><m:e>${r('V')}</m:e></m:rad></m:oMath>`;
    expect(equationText(root)).toBe('3√V');
    const matrix = `<m:oMath><m:m><m:mr><m:e>${r('a')}</m:e><m:e>${r('b')}</m:e></m:mr><m:mr><m:e>${r('c')}</m:e><m:e>${r('d')}</m:e></m:mr></m:m></m:oMath>`;
    expect(equationText(matrix)).toBe('[a, b; c, d]');
  });

  it('puts the equation in its paragraph as text, with the words around it, and leaves XML without equations alone', async () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">The Fee is</w:t></w:r><m:oMath ${MATH_NS}>${frac(r('R'), r('12'))}</m:oMath><w:r><w:t xml:space="preserve">per month.</w:t></w:r></w:p>`;
    const doc = await extractDocx(wordPackage(body));
    expect(doc.pages[0]!.units.map((u) => u.text)).toEqual(['The Fee is R/12 per month.']);
    const plain = '<w:p><w:r><w:t>No equation; <m:oMathParaPr> is not one.</w:t></w:r></w:p>';
    expect(mathAsText(plain)).toBe(plain);
  });

  it('reads crafted equations once: deep nesting, stray end tags, unclosed elements (generous bound)', () => {
    for (const xml of [
      `<m:oMath>${'<m:e>'.repeat(100_000)}${r('x')}${'</m:e>'.repeat(100_000)}</m:oMath>`,
      `<m:oMath>${'<m:f><m:num>'.repeat(50_000)}</m:oMath>`,
      `<m:oMath>${'<m:e>'.repeat(50_000)}${'</m:zz>'.repeat(100_000)}</m:oMath>`,
      '<m:oMath>'.repeat(100_000),
      '<m:oMath></m:oMath>'.repeat(50_000),
    ]) {
      const started = performance.now();
      mathAsText(xml);
      // Linear: about a second for each on a busy two-core machine; a quadratic reading takes hours.
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
