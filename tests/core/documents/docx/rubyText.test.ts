import { describe, expect, it } from 'vitest';
import { rubyAsText } from '../../../../electron/core/documents/docx/rubyText';
import { extractDocx } from '../../../../electron/core/documents/docx/extractDocx';
import { docxHtml } from '../../../../electron/core/documents/docx/docxHtml';
import { wordPackage } from './wordParts';

const t = (text: string): string => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A ruby as Word writes it: its properties, the reading's runs, then the base's runs, inside a run. */
const ruby = (base: string, reading: string): string =>
  `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="ja-JP"/></w:rubyPr><w:rt><w:r><w:rPr><w:rtl w:val="0"/><w:sz w:val="10"/></w:rPr><w:t>${reading}</w:t></w:r></w:rt><w:rubyBase><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>${base}</w:t></w:r></w:rubyBase></w:ruby></w:r>`;
const para = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
const texts = async (body: string): Promise<string[]> => (await extractDocx(wordPackage(body))).pages.flatMap((p) => p.units.map((u) => u.text));

describe('Word ruby text (Phonetic Guide)', () => {
  it('reads the base in place with its reading after it in parentheses', async () => {
    expect(await texts(para(t('甲は株式会社'), ruby('北光', 'ほっこう'), t('とする。')))).toEqual(['甲は株式会社北光（ほっこう）とする。']);
    // A reading in Latin letters over a Latin name takes ordinary parentheses after a space.
    expect(await texts(para(t('Seller: '), ruby('Nordlicht GmbH', 'NORT-likht'), t(' of Hamburg.')))).toEqual(['Seller: Nordlicht GmbH (NORT-likht) of Hamburg.']);
  });

  it('reads rubies set one on each character as one word with one reading, and keeps apart rubies with text between them', async () => {
    expect(await texts(para(t('乙：'), ruby('北', 'ほっ'), ruby('光', 'こう'), t('商事')))).toEqual(['乙：北光（ほっこう）商事']);
    // A proofing mark between the runs is no text.
    expect(await texts(para(ruby('北', 'ほっ'), '<w:proofErr w:type="spellStart"/>', ruby('光', 'こう')))).toEqual(['北光（ほっこう）']);
    expect(await texts(para(ruby('北光', 'ほっこう'), t('と'), ruby('南風', 'はえ')))).toEqual(['北光（ほっこう）と南風（はえ）']);
  });

  it('adds no parentheses for an empty reading, and leaves text without ruby as it was', async () => {
    expect(await texts(para(t('甲は'), ruby('北光', ''), t('とする。')))).toEqual(['甲は北光とする。']);
    const plain = para(t('The Buyer is Harbor Lane Inc.'), '<w:r><w:rPr><w:rtl/><w:rubyX/></w:rPr><w:t>x</w:t></w:r>');
    expect(rubyAsText(plain)).toBe(plain);
  });

  it('shows the same text in the Word view, so a citation finds its paragraph', async () => {
    expect(await docxHtml(wordPackage(para(t('甲は'), ruby('北光', 'ほっこう'), t('とする。'))))).toContain('甲は北光（ほっこう）とする。');
  });

  it('reads crafted rubies once: no ends, nested openings, long groups (generous bound)', () => {
    for (const xml of [
      '<w:ruby>'.repeat(100_000),
      `${'<w:ruby><w:rt>'.repeat(100_000)}</w:ruby>`,
      `${'<w:rtl'.repeat(100_000)}<w:ruby><w:rt><w:rtl<w:rtl</w:ruby>`,
      `<w:p>${ruby('北', 'ほ').repeat(100_000)}</w:p>`,
      `<w:p>${`${ruby('北', 'ほ')}${'<w:rPr>'.repeat(150)}`.repeat(20_000)}</w:p>`,
      `<w:ruby><w:rt>${'<'.repeat(100_000)}</w:rt></w:ruby>`,
    ]) {
      const started = performance.now();
      rubyAsText(xml);
      // Linear: well under a second on a busy two-core machine; a quadratic reading takes minutes.
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
