/**
 * Plain text and Markdown: UTF-8 (invalid bytes are rejected, not replaced) or UTF-16 with a BOM.
 * Form feeds start a new page; blank lines separate paragraphs; "#" lines are headings.
 */
import { PrecisFailure } from '../../errors';
import { normalizeText } from '../normalizeText';
import { resolveLineHyphens } from '../pdf/lineHyphens';
import { joinLines } from '../pdf/pdfLayout';
import type { SourceDocument, SourcePage, SourceUnit } from '../sourceDocument';
import { PAGE_NUMBER_LINE } from '../structure/pageNumberLine';

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

/**
 * A paragraph's lines joined as `joinLines` joins two, one after the other. That decision reads only the
 * last few characters before the join and changes at most the last one, so only a short tail of the text
 * so far is handed to it: folding the whole paragraph through it would copy and rescan the growing text at
 * every line, quadratic in a paragraph of thousands of lines.
 */
function joinParagraph(lines: readonly string[]): string {
  const done: string[] = [];
  let tail = '';
  for (const line of lines) {
    tail = tail ? joinLines(tail, line) : line;
    if (tail.length > 256) {
      done.push(tail.slice(0, -16));
      tail = tail.slice(-16);
    }
  }
  return done.join('') + tail;
}

function paragraphUnits(block: string): SourceUnit[] {
  const lines = block.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim());
  const units: SourceUnit[] = [];
  let current: string[] = [];
  const flush = (): void => {
    // Lines join as a PDF's do: a word hyphenated at a line end ("agree-|ment") is decided for the whole document.
    if (current.length) units.push({ text: joinParagraph(current).replace(/\s+/g, ' ').trim(), hint: 'paragraph' });
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

/**
 * A double-spaced typescript's text layer: hard-wrapped lines (at most 2 % over 100 characters) with a blank line after
 * nearly every one (at most 5 % of lines follow another directly). There a single blank line is line spacing, not a
 * paragraph's end, where the margin broke the line before it: the next line's first word would not have fitted on it
 * (the width is the 90th percentile of the line lengths, less a few characters for proportional type). A wider gap, a
 * page break, or a line the writer ended short still ends the paragraph. Any other text is returned as it is.
 */
function undoubleSpacing(text: string): string {
  const lines = text.split('\n');
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  if (filled.length < 20) return text;
  const lengths = filled.map((i) => lines[i]!.trimEnd().length);
  const adjacent = filled.filter((i, k) => k > 0 && filled[k - 1] === i - 1).length;
  if (adjacent > 0.05 * filled.length || lengths.filter((n) => n > 100).length > 0.02 * filled.length) return text;
  const width = [...lengths].sort((a, b) => a - b)[Math.floor(0.9 * lengths.length)]!;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    const next = lines[i + 2];
    if (!line.trim() || next === undefined || !next.trim() || !/^[ \t]*$/.test(lines[i + 1]!)) continue;
    const word = /\S+/.exec(next)![0];
    if (line.trimEnd().length + 1 + word.length > width - 6) i++;
  }
  return out.join('\n');
}

/**
 * A page's numbering line ("Page 3 of 12", "- 3 -", "3", "[3]", "iv", "Schedule 2, Page 4"), read with
 * the pattern the PDF reader uses. An exhibit's letter form ("A-3") is left: it is furniture only
 * where the numbers run on with the pages, which the PDF reader checks and this reader does not.
 */
function isPageFurniture(line: string): boolean {
  const m = PAGE_NUMBER_LINE.exec(line)?.groups;
  return m !== undefined && (m.part === undefined || m.page !== undefined);
}

/**
 * A text's running headers and footers, as a PDF converted to text (pdftotext) keeps them at each form feed: the first
 * and last two lines of each page whose letters (digits ignored) stand there on at least 40 % of the pages (and two),
 * and page-numbering lines there ("Page 3 of 12", "- 3 -"). Only in a text of three pages or more; the PDF reader
 * removes them the same way (removeRunningLines).
 */
function removeRunningText(pages: string[]): string[] {
  if (pages.length < 3) return pages;
  const key = (line: string): string => line.toLowerCase().replace(/[^\p{L}]+/gu, '');
  const edges = pages.map((page) => {
    const filled = page.split('\n').flatMap((l, i) => (l.trim() ? [i] : []));
    return new Set([...filled.slice(0, 2), ...filled.slice(-2)]);
  });
  const counts = new Map<string, number>();
  for (const [p, edge] of edges.entries()) {
    const lines = pages[p]!.split('\n');
    for (const k of new Set([...edge].map((i) => key(lines[i]!)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4));
  const top = new Set(pages[0]!.split('\n').flatMap((l, i) => (l.trim() ? [i] : [])).slice(0, 2));
  return pages.map((page, p) =>
    page
      .split('\n')
      .filter((line, i) => {
        if (!edges[p]!.has(i)) return true;
        if (isPageFurniture(line)) return false;
        // The first page's top lines stay: a title there is often repeated as the later pages' running header.
        if (p === 0 && top.has(i)) return true;
        return key(line).length === 0 || (counts.get(key(line)) ?? 0) < threshold;
      })
      .join('\n'),
  );
}

/** Reads a text or Markdown document. */
export function extractText(bytes: Uint8Array): SourceDocument {
  const text = undoubleSpacing(normalizeText(decodeText(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')));
  const pageTexts = text.split('\f');
  // A form feed ends a page (pdftotext writes one after every page, the last one too): what follows the
  // last one, when it is only blank space, is no page of the document (it was warned of as a page with no text).
  if (pageTexts.length > 1 && pageTexts[pageTexts.length - 1]!.trim() === '') pageTexts.pop();
  const pages: SourcePage[] = removeRunningText(pageTexts).map((pageText, i) => ({
    number: i + 1,
    units: pageText.split(/\n[ \t]*\n/).flatMap(paragraphUnits),
  }));
  const units = pages.flatMap((p) => p.units);
  resolveLineHyphens(units.map((u) => u.text)).forEach((t, i) => {
    units[i]!.text = t;
  });
  return { pages, warnings: [], imageOnlyPages: [] };
}
