/**
 * Plain text and Markdown: UTF-8 (invalid bytes are rejected, not replaced) or UTF-16 with a BOM.
 * Form feeds start a new page; blank lines separate paragraphs; "#" lines are headings.
 */
import { PrecisFailure } from '../../errors';
import { normalizeText } from '../normalizeText';
import { resolveLineHyphens } from '../pdf/lineHyphens';
import { joinLines } from '../pdf/pdfLayout';
import type { SourceDocument, SourcePage, SourceUnit } from '../sourceDocument';

/** Decodes the bytes; throws FILE_INVALID for text that is not valid in its encoding. */
export function decodeText(bytes: Uint8Array): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PrecisFailure('FILE_INVALID', 'This text file is not valid UTF-8 or UTF-16. Save it as UTF-8 and try again.');
  }
}

const LIST_LINE = /^\s*(?:[-*+•]\s+|\d{1,3}(?:\.\d{1,3})+[.)]?\s+|\d{1,3}[.)]\s+|\((?:[a-z]{1,3}|[ivxlc]{1,6}|\d{1,3}|[A-Z])\)\s+|[a-z][.)]\s+)/;

/**
 * Whether a line can be followed by a new list item. A hard-wrapped paragraph puts an "(i)" or a
 * "2." at the start of a line in the middle of a sentence; a real list item follows a line that
 * ended a statement or an item (".", ":", ";", ",", "; and"), or a short line such as a heading.
 */
function endsStatementOrItem(line: string): boolean {
  const t = line.trim();
  return t.length < 40 || /[.:;,!?)\]"\u201d]$/.test(t) || /[;,]\s*(?:and|or)$/i.test(t);
}

function paragraphUnits(block: string): SourceUnit[] {
  const lines = block.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim());
  const units: SourceUnit[] = [];
  let current: string[] = [];
  const flush = (): void => {
    // Lines join as a PDF's do: a word hyphenated at a line end ("agree-|ment") is decided for the whole document.
    if (current.length) units.push({ text: current.reduce((a, b) => joinLines(a, b)).replace(/\s+/g, ' ').trim(), hint: 'paragraph' });
    current = [];
  };
  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      units.push({ text: heading[2]!, hint: 'heading', level: heading[1]!.length });
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      // Markdown table: drop the |---|---| separator row, keep cells separated.
      if (!/^\s*\|?[\s:|-]+\|?\s*$/.test(line)) {
        const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        units.push({ text: cells.join(' | '), hint: 'table-row' });
      }
      continue;
    }
    if (LIST_LINE.test(line) && current.length && endsStatementOrItem(current[current.length - 1]!)) flush();
    current.push(line.trim());
  }
  flush();
  return units;
}

/** Reads a text or Markdown document. */
export function extractText(bytes: Uint8Array): SourceDocument {
  const text = normalizeText(decodeText(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const pages: SourcePage[] = text.split('\f').map((pageText, i) => ({
    number: i + 1,
    units: pageText.split(/\n[ \t]*\n/).flatMap(paragraphUnits),
  }));
  const units = pages.flatMap((p) => p.units);
  resolveLineHyphens(units.map((u) => u.text)).forEach((t, i) => {
    units[i]!.text = t;
  });
  return { pages, warnings: [], imageOnlyPages: [] };
}
