/**
 * The paragraphs of a Word body (document.xml's XML, Word's namespace under `w:`, already made
 * as Word shows it by visibleXml) as plain text: what a Word document embedded in another one as
 * a chunk holds (see altChunks). Only the text is read, never the embedded document's links to
 * its own parts (numbering, notes, images), which would resolve against the outer document's
 * parts. A table row reads as its cells joined with " | ", as the reader reads Word tables, and a
 * paragraph in a Heading or Title style keeps its level. Tags are read one by one in a single pass.
 */
import { decodeEntities, type HtmlParagraph } from './htmlParagraphs';

/** The level of a paragraph style's id: "Heading2" → 2, "Title" → 1. */
function headingLevel(style: string): number | undefined {
  if (/^title$/i.test(style)) return 1;
  const m = /^heading\s?([1-6])$/i.exec(style);
  return m ? Number(m[1]) : undefined;
}

const MAX_TABLE_DEPTH = 16;
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'mc:Choice']);

export function wordParagraphs(xml: string): HtmlParagraph[] {
  const out: HtmlParagraph[] = [];
  // The text of the paragraph being read, and the cells read so far in each table row open around it.
  let text: string[] = [];
  let style: string | undefined;
  // Each open row's cells, each cell the texts of its paragraphs (joined when the row ends, so a
  // cell of many paragraphs is read once).
  const rows: string[][][] = [];
  let ignoredRows = 0;
  const addToCell = (line: string): void => {
    const row = rows[rows.length - 1]!;
    if (row.length === 0) row.push([]);
    if (line) row[row.length - 1]!.push(line);
  };
  let inText = false;
  // Inside content Word does not show as text: a tracked deletion or move's old place, and the
  // first choice of an alternative (its fallback, which mammoth reads too, holds the same text).
  let skipped = 0;
  const endParagraph = (): void => {
    const line = text.join('').replace(/[\s\u00a0]+/g, ' ').trim();
    text = [];
    const level = style ? headingLevel(style) : undefined;
    style = undefined;
    if (rows.length > 0) {
      // A paragraph in a cell is part of the cell.
      addToCell(line);
      return;
    }
    if (line) out.push(level !== undefined ? { text: line, heading: level } : { text: line });
  };
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) break;
    if (inText && skipped === 0 && lt > at) text.push(decodeEntities(xml.slice(at, lt)));
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    at = gt + 1;
    const tag = xml.slice(lt + 1, gt);
    const space = tag.search(/[\s/]/);
    const name = space <= 0 ? tag : tag.slice(0, space);
    const empty = tag.endsWith('/');
    if (SKIPPED.has(name)) {
      if (!empty) skipped++;
      continue;
    }
    if (name.startsWith('/') && SKIPPED.has(name.slice(1))) {
      skipped = Math.max(0, skipped - 1);
      continue;
    }
    if (skipped > 0) continue;
    switch (name) {
      case 'w:t':
        inText = !empty;
        break;
      case '/w:t':
        inText = false;
        break;
      case 'w:tab':
        text.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        text.push(' ');
        break;
      case 'w:noBreakHyphen':
        text.push('\u2011');
        break;
      case 'w:pStyle':
        style = /\bw:val\s*=\s*"([^"]{0,255})"/.exec(tag)?.[1];
        break;
      case '/w:p':
        endParagraph();
        break;
      case 'w:tr':
        // A table nested deeper than any document nests one is read as part of the cell around it,
        // so no text is copied into more than MAX_TABLE_DEPTH rows.
        if (!empty && rows.length >= MAX_TABLE_DEPTH) ignoredRows++;
        else if (!empty) rows.push([]);
        break;
      case 'w:tc':
        if (!empty && rows.length > 0) rows[rows.length - 1]!.push([]);
        break;
      case '/w:tr': {
        if (ignoredRows > 0) {
          ignoredRows--;
          break;
        }
        const row = rows.pop();
        if (row && row.some((c) => c.length > 0)) {
          const line = row.map((c) => c.join(' ')).join(' | ');
          // A row of a table inside a cell is part of that cell.
          if (rows.length > 0) addToCell(line);
          else out.push({ text: line });
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}
