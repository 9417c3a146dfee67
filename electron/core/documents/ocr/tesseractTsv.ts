/**
 * Reads Tesseract's TSV output (one row per block, paragraph, line and word, with pixel boxes and
 * word confidences) into the tree OCR uses: blocks of paragraphs of lines of words. The TSV is a
 * fiftieth the size of the engine's JSON tree (which also lists every symbol and its choices) and
 * takes half the CPU to produce. It gives no paragraph confidence: the caller passes those, in
 * reading order, from the engine's result iterator.
 */

export interface TsvBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface TsvWord {
  text: string;
  /** 0..100, whole numbers (as the JSON tree gives them). */
  confidence: number;
  bbox: TsvBox;
}
export interface TsvParagraph {
  confidence: number;
  bbox: TsvBox;
  lines: { bbox: TsvBox; words: TsvWord[] }[];
}
export interface TsvBlock {
  paragraphs: TsvParagraph[];
}

/** TSV levels (first column). */
const BLOCK = '2';
const PARAGRAPH = '3';
const LINE = '4';
const WORD = '5';

/**
 * The blocks of a page's TSV, or undefined when the rows do not nest as expected or the paragraph
 * count differs from `paragraphConfidences` (the caller then falls back to the JSON tree).
 */
export function blocksFromTsv(tsv: string, paragraphConfidences: readonly number[]): TsvBlock[] | undefined {
  const blocks: TsvBlock[] = [];
  let paragraph: TsvParagraph | undefined;
  let line: TsvParagraph['lines'][number] | undefined;
  let paragraphs = 0;
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [left, top, width, height] = cells.slice(6, 10).map(Number) as [number, number, number, number];
    const bbox = { x0: left, y0: top, x1: left + width, y1: top + height };
    switch (cells[0]) {
      case BLOCK:
        blocks.push({ paragraphs: [] });
        paragraph = undefined;
        line = undefined;
        break;
      case PARAGRAPH: {
        const block = blocks.at(-1);
        const confidence = paragraphConfidences[paragraphs++];
        if (!block || confidence === undefined) return undefined;
        paragraph = { confidence, bbox, lines: [] };
        block.paragraphs.push(paragraph);
        line = undefined;
        break;
      }
      case LINE:
        if (!paragraph) return undefined;
        line = { bbox, words: [] };
        paragraph.lines.push(line);
        break;
      case WORD:
        if (!line) return undefined;
        // The JSON tree gives whole-number confidences, truncated.
        line.words.push({ text: cells.slice(11).join('\t'), confidence: Math.trunc(Number(cells[10])), bbox });
        break;
      default:
        break;
    }
  }
  return paragraphs === paragraphConfidences.length ? blocks : undefined;
}
