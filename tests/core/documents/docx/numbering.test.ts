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

  describe('lists restarted, levels redefined, levels that restart later, styles based on others', () => {
    const lvl = (ilvl: number, format: string, text: string, extra = ''): string => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/>${extra}<w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const CLAUSES = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>`;
    /** The numbers of paragraphs given as [numId, ilvl], or as a style name. */
    const numbersOf = (numbering: string, paragraphs: ([string, number] | string)[], styles = ''): string[] => {
      const para = (p: [string, number] | string): string =>
        typeof p === 'string'
          ? `<w:p><w:pPr><w:pStyle w:val="${p}"/></w:pPr><w:r><w:t>Nordlicht GmbH</w:t></w:r></w:p>`
          : `<w:p><w:pPr><w:numPr><w:ilvl w:val="${p[1]}"/><w:numId w:val="${p[0]}"/></w:numPr></w:pPr><w:r><w:t>Harbor Lane Inc.</w:t></w:r></w:p>`;
      const document = `<w:document ${WORD_NS}><w:body>${paragraphs.map(para).join('')}</w:body></w:document>`;
      const numberer = createNumberer(readNumberingDefinitions(zipSync({ 'word/numbering.xml': strToU8(`<w:numbering ${WORD_NS}>${numbering}</w:numbering>`), 'word/styles.xml': strToU8(`<w:styles ${WORD_NS}>${styles}</w:styles>`), 'word/document.xml': strToU8(document) })));
      // Mammoth gives numbered paragraphs their level, and style-numbered ones none.
      return paragraphs.map((p) => (typeof p === 'string' ? numberer(undefined, p) : numberer({ level: String(p[1]), isOrdered: true }, undefined)));
    };

    it('restarts a second list of the same kind at its start override (a schedule\'s items from 1 again), and continues one without', () => {
      const lists = (override: string): string => `${CLAUSES}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/>${override}</w:num>`;
      const paragraphs: [string, number][] = [['1', 0], ['1', 1], ['1', 0], ['2', 0], ['2', 1], ['2', 0]];
      expect(numbersOf(lists('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'), paragraphs)).toEqual(['1.', '1.1', '2.', '1.', '1.1', '2.']);
      expect(numbersOf(lists('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'), paragraphs)).toEqual(['1.', '1.1', '2.', '5.', '5.1', '6.']);
      expect(numbersOf(lists(''), paragraphs)).toEqual(['1.', '1.1', '2.', '3.', '3.1', '4.']);
    });

    it('shows a level a list defines anew in its own format, and the shared definition elsewhere', () => {
      const numbering = `${CLAUSES}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="Part %1"/></w:lvl></w:lvlOverride></w:num>`;
      expect(numbersOf(numbering, [['1', 0], ['1', 0], ['2', 0], ['2', 1], ['2', 0], ['1', 0]])).toEqual(['1.', '2.', 'Part A', 'A.1', 'Part B', '3.']);
    });

    it('keeps counting a level whose w:lvlRestart names a level above its parent, and restarts one without it', () => {
      const numbering = (restart: string): string => `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', 'Article %1')}${lvl(1, 'decimal', 'Section %2')}${lvl(2, 'lowerLetter', '(%3)', restart)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
      const paragraphs: [string, number][] = [['1', 0], ['1', 1], ['1', 2], ['1', 2], ['1', 1], ['1', 2], ['1', 0], ['1', 1], ['1', 2]];
      expect(numbersOf(numbering('<w:lvlRestart w:val="1"/>'), paragraphs)).toEqual(['Article I', 'Section 1', '(a)', '(b)', 'Section 2', '(c)', 'Article II', 'Section 1', '(a)']);
      expect(numbersOf(numbering('<w:lvlRestart w:val="0"/>'), paragraphs)).toEqual(['Article I', 'Section 1', '(a)', '(b)', 'Section 2', '(c)', 'Article II', 'Section 1', '(d)']);
      const plain = ['Article I', 'Section 1', '(a)', '(b)', 'Section 2', '(a)', 'Article II', 'Section 1', '(a)'];
      expect(numbersOf(numbering(''), paragraphs)).toEqual(plain);
      // A level named below this one's parent is ignored, as Word ignores it.
      expect(numbersOf(numbering('<w:lvlRestart w:val="3"/>'), paragraphs)).toEqual(plain);
    });

    it('numbers a paragraph whose style is based on a numbered style, and not one based on none or turning it off', () => {
      const numbering = `${CLAUSES}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
      const style = (id: string, inner: string): string => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;
      const styles =
        style('Level1', '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>') +
        style('Level2', '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>') +
        style('ScheduleClause', '<w:basedOn w:val="Level2"/>') +
        style('ScheduleSubClause', '<w:basedOn w:val="ScheduleClause"/>') +
        style('LoopA', '<w:basedOn w:val="LoopB"/>') +
        style('LoopB', '<w:basedOn w:val="LoopA"/>') +
        style('Unlisted', '<w:basedOn w:val="Level2"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>') +
        style('BodyText', '');
      expect(numbersOf(numbering, ['Level1', 'ScheduleClause', 'ScheduleSubClause', 'LoopA', 'Unlisted', 'BodyText', 'Level1', 'ScheduleClause'], styles)).toEqual(['1.', '1.1', '1.2', '', '', '', '2.', '2.1']);
    });

    it('reads 80,000 unclosed overrides, redefined levels and restarts, and a long chain of based-on styles, within a generous bound', () => {
      for (const piece of ['<w:lvlOverride w:ilvl="0">', '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0">', '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="', '<w:lvlRestart w:val="1"/></w:lvl><w:lvl w:ilvl="2">', '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"></w:lvl></w:lvlOverride>']) {
        const numbering = `<w:numbering ${WORD_NS}>${CLAUSES}<w:num w:numId="1"><w:abstractNumId w:val="0"/>${piece.repeat(80_000)}</w:num></w:numbering>`;
        const started = performance.now();
        readNumberingDefinitions(zipSync({ 'word/numbering.xml': strToU8(numbering) }));
        expect(performance.now() - started, piece).toBeLessThan(10_000);
      }
      const chain = Array.from({ length: 20_000 }, (_, i) => `<w:style w:type="paragraph" w:styleId="S${i}"><w:basedOn w:val="S${i + 1}"/></w:style>`).join('');
      const started = performance.now();
      const defs = readNumberingDefinitions(zipSync({ 'word/styles.xml': strToU8(`<w:styles ${WORD_NS}>${chain}<w:style w:type="paragraph" w:styleId="S20000"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`) }));
      expect(performance.now() - started).toBeLessThan(5_000);
      // Only styles a few steps from the numbered one take its list.
      expect(defs.styleNum.get('S19999')?.numId).toBe('1');
      expect(defs.styleNum.has('S0')).toBe(false);
    }, 120_000);
  });
});

