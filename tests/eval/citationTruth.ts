/**
 * The truth a citation is scored against, read without the app's own reader or structure code:
 * poppler's `pdftotext -layout` text of each page, where a quoted sentence is found in it, and the
 * clause it sits in, read back to the nearest clause label at the start of a line above it with this
 * file's own small patterns. Nothing here imports electron/core: the scorer must not share the faults
 * of what it scores.
 */
import { execFileSync } from 'node:child_process';

/** One word of the document as pdftotext reads it, with the page (1-based) and the line it is on. */
interface Word {
  w: string;
  page: number;
  line: number;
}

export interface TruthDoc {
  /** Lines of each page (index 0 is page 1), as pdftotext -layout prints them. */
  pages: string[][];
  /** Every word of the document in reading order. */
  words: Word[];
  /** Positions of each word 4-gram in `words`. */
  grams: Map<string, number[]>;
  /**
   * Running lines: a line met among the first three lines of text of three pages or more ("EXECUTION
   * COPY" atop each page), or among the last three of three pages or more (a footer), with the first page
   * it is met on at that edge (where it may be the document's own title).
   */
  running: { top: Map<string, number>; bottom: Map<string, number>; printed: Map<string, { page: number; line: number }> };
  /** Lines of a table of contents ("p:l", 1-based page), from its heading to the contract's first line of prose. */
  contents: Set<string>;
}

/** The lines of text at a page's top and bottom edges (its first and last three), trimmed: where running headers and footers sit. */
function edgeLines(lines: readonly string[]): { top: string[]; bottom: string[] } {
  const text = lines.map((l) => l.trim()).filter(Boolean);
  return { top: text.slice(0, 3), bottom: text.slice(-3) };
}

/** The lines met at one edge of three pages or more, each with the first page it is met on there. */
function runningAt(pages: readonly (readonly string[])[]): Map<string, number> {
  const pagesWith = new Map<string, { n: number; first: number }>();
  pages.forEach((lines, p) => {
    for (const t of new Set(lines)) {
      const seen = pagesWith.get(t);
      if (seen) seen.n++;
      else pagesWith.set(t, { n: 1, first: p + 1 });
    }
  });
  return new Map([...pagesWith.entries()].filter(([, v]) => v.n >= 3).map(([t, v]) => [t, v.first]));
}

/**
 * Lines met three times or more in the document and twice on one page, once away from its top and bottom
 * lines, each with where it is first met: the running header of printed pages that a filing sets two to a
 * page ("EXECUTION COPY" under each printed page's number, at the PDF page's top and halfway down), which
 * the edges of the PDF's own pages miss when it has only two or three of them. A title atop a page and the
 * same words as its footer are both at the page's edges.
 */
function repeatedOnOnePage(pages: readonly (readonly string[])[]): Map<string, { page: number; line: number }> {
  const seen = new Map<string, { n: number; twice: boolean; page: number; line: number }>();
  pages.forEach((lines, p) => {
    const text = lines.flatMap((line, l) => (line.trim() ? [l] : []));
    const edge = new Set([...text.slice(0, 3), ...text.slice(-3)]);
    const onPage = new Map<string, boolean>(); // whether met away from the edges yet
    lines.forEach((raw, l) => {
      const t = raw.trim();
      if (!t || t.length > 80 || !/\p{L}/u.test(t)) return;
      const inner = !edge.has(l);
      const s = seen.get(t);
      if (s) {
        s.n++;
        s.twice ||= onPage.has(t) && (inner || onPage.get(t)!);
      } else seen.set(t, { n: 1, twice: false, page: p + 1, line: l });
      onPage.set(t, (onPage.get(t) ?? false) || inner);
    });
  });
  return new Map([...seen.entries()].filter(([, v]) => v.n >= 3 && v.twice).map(([t, v]) => [t, { page: v.page, line: v.line }]));
}

const GRAM = 4;

/** Lower case, compatibility forms folded (ligatures "ﬁ" → "fi"), accents dropped, then runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** The truth document of page texts (as pdftotext gives them, pages split by form feeds). */
export function truthOf(pageTexts: readonly string[]): TruthDoc {
  const pages = pageTexts.map((t) => t.split('\n'));
  const words: Word[] = [];
  pages.forEach((lines, p) => lines.forEach((line, l) => wordsOf(line).forEach((w) => words.push({ w, page: p + 1, line: l }))));
  const grams = new Map<string, number[]>();
  for (let i = 0; i + GRAM <= words.length; i++) {
    const key = words
      .slice(i, i + GRAM)
      .map((x) => x.w)
      .join(' ');
    const list = grams.get(key);
    if (list) list.push(i);
    else grams.set(key, [i]);
  }
  const edges = pages.map(edgeLines);
  const running = { top: runningAt(edges.map((e) => e.top)), bottom: runningAt(edges.map((e) => e.bottom)), printed: repeatedOnOnePage(pages) };
  return { pages, words, grams, running, contents: contentsLines(pages) };
}

// A contents page's heading, alone on its line.
const CONTENTS_LINE = /^\s*(?:table\s+of\s+)?contents:?\s*$/i;

/**
 * The lines of each table of contents: from a "TABLE OF CONTENTS" line to the first line of prose (three
 * words in lower case in a row on a line of 70 characters or more, or one that ends a sentence, with no page
 * number at its end and no dot leaders). A contents line names a clause without being in it: words on it, or after the contents
 * before any label of the text, are in no clause.
 */
function contentsLines(pages: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  let inside = false;
  pages.forEach((lines, p) =>
    lines.forEach((line, l) => {
      const t = line.trim();
      if (CONTENTS_LINE.test(t)) inside = true;
      else if (inside && (t.length >= 70 || /[.;:]$/.test(t)) && /\p{Ll}{2,} \p{Ll}{2,} \p{Ll}{2,}/u.test(t) && !/\.{4,}|…{2,}|\s\d{1,3}$/.test(t)) inside = false;
      if (inside) out.add(`${p + 1}:${l}`);
    }),
  );
  return out;
}

/** Reads a PDF's pages with poppler (`pdftotext -layout`). */
export function readTruth(pdf: string): TruthDoc {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.length > 1 && !pages[pages.length - 1]!.trim()) pages.pop();
  return truthOf(pages);
}

export interface Found {
  /** Pages the matched words lie on (a sentence broken over a page break lies on two). */
  pages: number[];
  /** Index in `words` of the first matched word: where the sentence starts. */
  start: number;
  /** Share of the quote's 4-grams found in place. */
  coverage: number;
}

/** A found quote must have at least this share of its word 4-grams in place. */
export const MIN_COVERAGE = 0.5;

/**
 * Where `quote` lies in the document. Every word 4-gram of the quote votes for the start its
 * occurrences imply; the best-voted starts are then scored by how many of the quote's 4-grams occur
 * at or a little after their place from that start (a page's footer and header between two halves of
 * a sentence shift the later words by a few). Undefined when under MIN_COVERAGE of the 4-grams are
 * found, or the quote has under 4 words.
 */
export function locate(doc: TruthDoc, quote: string, citedPages: readonly number[] = [], citedClause?: string): Found | undefined {
  const q = wordsOf(quote);
  if (q.length < GRAM) return undefined;
  const n = q.length - GRAM + 1;
  const keys = Array.from({ length: n }, (_, j) => q.slice(j, j + GRAM).join(' '));
  const votes = new Map<number, number>();
  keys.forEach((k, j) => {
    for (const pos of doc.grams.get(k) ?? []) votes.set(pos - j, (votes.get(pos - j) ?? 0) + 1);
  });
  const candidates = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 6);
  let best: Found | undefined;
  for (const [s] of candidates) {
    const hits: number[] = [];
    keys.forEach((k, j) => {
      const pos = (doc.grams.get(k) ?? []).find((p) => p >= s + j - 3 && p <= s + j + 60);
      if (pos !== undefined) hits.push(pos);
    });
    const coverage = hits.length / n;
    if (!hits.length || (best && coverage < best.coverage)) continue;
    const first = Math.min(...hits);
    const last = Math.max(...hits) + GRAM - 1;
    const pages = [...new Set(doc.words.slice(first, last + 1).map((w) => w.page))].sort((a, b) => a - b);
    // Words a contract prints twice (a sentence of the agreement repeated in its term sheet) are found as
    // well in either place: the place on a cited page is the one the citation names.
    const onCited = (f: Found): boolean => f.pages.some((p) => citedPages.includes(p));
    // So are words a contract prints twice on one page, in two clauses ("The Reseller bears all costs
    // thereof." closing two clauses in a row): the place in the cited clause is the one the citation names.
    const inCited = (f: Found): boolean => citedClause !== undefined && normaliseClause(clauseAt(doc, f.start) ?? '') === normaliseClause(citedClause);
    const found = { pages, start: first, coverage };
    if (!best || coverage > best.coverage || (onCited(found) && !onCited(best)) || (onCited(found) === onCited(best) && inCited(found) && !inCited(best))) best = found;
  }
  return best && best.coverage >= MIN_COVERAGE ? best : undefined;
}

/** What a line's leading label says, when it has one. */
export type LineLabel =
  | { kind: 'number'; number: string; item?: string; single?: true; paren?: true }
  | { kind: 'keyword'; word: string; id: string; number?: string; item?: string }
  | { kind: 'sub'; id: string }
  | { kind: 'break'; word?: true };

// "Section 4.2", "ARTICLE IV", "Exhibit B", "Clause 7": a capitalised keyword, then a number, roman
// numeral or letter that ends there.
const KEYWORD_LINE = /^(Section|SECTION|Clause|CLAUSE|Article|ARTICLE|Exhibit|EXHIBIT|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Attachment|ATTACHMENT)\s+(\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Z])(?![\w-])/;
// "SECTION FOURTEEN", "Article Twenty-One": a section numbered in words (the keyword capitalised, checked
// apart, as the pattern ignores case).
const SPELLED_KEYWORD_LINE = /^(section|clause|article|term)\s+((?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)(?![\w-])/i;
// "4.", "4.2", "4.2.1" then a word: a bare "4" needs its full stop or bracket; the text after must begin
// with a capital, a quote or a bracket within the line (a page number alone on its line is no label).
// A space before the full stop ("10 . The Agent…") is the same label as some PDFs' text prints it; an
// item may open the clause on the number's line ("21. a. Survival. The…", "4. (b) The…"). A title left out
// of a filing as confidential ("4.2 [ * ]. Notwithstanding…", "7.1 [***]") opens a clause as a capital does.
const NUMBER_LINE = /^(\d{1,2}(?:\.\d{1,3}){0,4})( ?\.|\))?\s+(?:(?:([a-z])\.|\(([a-z])\))\s+)?(?=[A-Z“"(]|\[\s*\*)/;
// "7. Indemnification. (a) Each party…", "Section 4. Fees and Costs. (a) The…": the clause's first
// item run in after its title, on the label's line; the words after it are item (a)'s. The title runs
// to its first full stop or colon (a semicolon may join two titles), and every word of it is capitalised
// (short joining words aside), so a lead-in sentence ("The Grower agrees that: (a) …") is no title.
const RUN_IN_FIRST_ITEM = /^\s*([A-Z][^.:()]{0,60})[.:]\s+(?:\(a\)|a\)|a\.)\s+(?=[A-Z“"(])/;

// "9          LIMITATION OF LIABILITY.": a heading numbered without its full stop, the rest of the line a
// title in capitals with a word of four letters or more; "12 MONTHS" or "30 DAYS" is a quantity, no title.
const BARE_NUMBER_CAPS_LINE = /^(\d{1,2})\s+([A-Z][A-Z ,&'’/-]*[A-Z])[.:]?$/;
const QUANTITY = /^(?:DAYS?|WEEKS?|MONTHS?|YEARS?|HOURS?|MINUTES?|UNITS?|PAGES?|PERCENT|COPIES|ITEMS?|PIECES?|TONS?|POUNDS?|DOLLARS?)\b/;

function bareNumberCapsTitle(t: string): LineLabel | undefined {
  const m = BARE_NUMBER_CAPS_LINE.exec(t);
  if (!m || m[1] === '0' || m[2]!.length > 80 || !/[A-Z]{4}/.test(m[2]!) || QUANTITY.test(m[2]!)) return undefined;
  return { kind: 'number', number: m[1]! };
}

/** Whether the text after a label (`after`) is a run-in title and then the first item "(a)". */
function firstItemAfterTitle(after: string): boolean {
  const m = RUN_IN_FIRST_ITEM.exec(after);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  return words.length <= 10 && words.every((w) => /^[A-Z0-9“"&]/.test(w) || /^(?:and|or|of|the|to|in|for|on|by|with|a|an|&)$/.test(w));
}
// "1.PRICES:" or "4.2Warranty.": some PDFs' text prints a dotted number and its title with no space
// between; the title's capital and two more letters make it a label ("1.5 million" has its space).
const GLUED_NUMBER_LINE = /^(\d{1,2}(?:\.\d{1,3}){0,4})(\.)?(?=[A-Z][A-Za-z]{2})/;
// "8.2.1 one Party is in breach…": a clause three levels deep that goes on a lead-in ("8.2 In the event that")
// may open in lower case; a shallower number so printed is a reference wrapped onto the line ("4.2 of the").
// So may one that opens on an amount ("6.2.2. $500 within 90 days"), as the instalments of a payment clause do.
const DEEP_NUMBER_LOWER_LINE = /^(\d{1,2}\.\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)\.?\s+([a-z]+\b|\$)/;
// "2.3   where required, the Supplier may…": a dotted number set apart from lower-case text by a gap of two
// spaces or more, as a clause's number is tabbed from its text; a reference wrapped onto a line ("4.2 of the")
// keeps one space, as words do.
const TABBED_NUMBER_LOWER_LINE = /^(\d{1,2}\.\d{1,3}(?:\.\d{1,3}){0,2})\.?\s{2,}([a-z]+)\b/;
// The words that carry a reference on ("11.2.4 of the Agreement", "8.2.1 shall apply"): no clause opens with them.
const REFERENCE_WORD = /^(?:of|and|or|to|in|on|at|by|for|from|with|under|through|above|below|hereof|hereto|herein|hereunder|thereof|shall|will|may|is|are|was|were|has|have|applies|apply|as|et|nor|but|if|that|which)$/;
// "7A. Insurance": a clause put in between "7." and "8." is numbered with a capital letter after the number,
// and its own clauses under it ("3A.2 The Parties confirm…").
const LETTERED_NUMBER_LINE = /^(\d{1,2}[A-Z](?:\.\d{1,3}){1,3}|\d{1,2}[A-Z](?=\.))\.?\s+(?=[A-Z“"(])/;
// "VI. TERM AND TERMINATION": a top clause numbered in capital roman numerals, then its title.
// Up to XXXIX, so that a lettered item "C." or "D." is never read as a numeral.
const ROMAN_NUMBER_LINE = /^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(?=[A-Z“"])/;
// "§ 6 Advertising Costs": a section numbered with the section sign, then its title (a brand's small
// letter may open it: "§ 3 iOrchard Fees"). "§ 1320a-7a(g), and …" or "§101, et seq." starting a wrapped
// line is a reference: letters or a comma follow its number.
const SECTION_SIGN_LINE = /^§\s*(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s+(\S.*)$/;

/**
 * Whether the words after "§ 6" are a title: a capital first, or a few words without a sentence's stops
 * whose first word is no preposition or verb that carries a reference on ("§ 4 of the Act", "§ 2 applies").
 */
function sectionSignTitled(after: string): boolean {
  if (/^[A-Z“"]/.test(after)) return true;
  const words = after.trim().split(/\s+/);
  return /^[a-z]/.test(after) && !/[.,;:]/.test(after) && words.length <= 6 && !['of', 'in', 'to', 'under', 'and', 'or', 'for', 'by', 'with', 'at', 'as', 'on', 'et', 'shall', 'is', 'are', 'applies', 'apply'].includes(words[0]!);
}
// "(a)", "(iv)", "(3)" and "a." / "a)" before a capital: the items of a clause.
const PAREN_LINE = /^\(([a-z]{1,2}|[ivxl]{1,6}|\d{1,2}|[A-Z])\)\s/;
const LETTER_LINE = /^([a-zA-Z])[.)]\s+(?=[A-Z“"(])/;
// "ii.", "viii." before a capital: an item numbered in small roman numerals with a full stop ("i." and "v."
// are read as letters first, and told apart as "(i)" and "(v)" are).
const ROMAN_DOT_LINE = /^([ivx]{2,6})\.\s+(?=[A-Z“"(])/;
// "a)  such party becomes insolvent;": an item closed by its bracket may open in lower case, as the items of a
// list under a lead-in ("… in default if:") do; a letter and its full stop before lower case may be an
// abbreviation ("p. m.") and is left out.
const HALF_PAREN_LOWER_LINE = /^([a-z])\)\s+([a-z]+)\b/;
// "c.    the amount of any other damages": a letter and its full stop set apart from lower-case text by a
// gap of two spaces or more, as a list's labels are tabbed; an abbreviation ("p. m.") takes one space.
const LETTER_GAP_LOWER_LINE = /^([a-z])\.\s{2,}([a-z]+)\b/;
// A line of capitals alone ("IN WITNESS WHEREOF", "RECITALS"): an unnumbered heading ends the numbered
// clause above it.
const CAPS_LINE = /^[A-Z][A-Z ,&'’-]{5,60}$/;

/**
 * Whether a short line of capitals is no heading: one ending in a comma is a sentence in capitals wrapped
 * onto it ("CONTRACT, NEGLIGENCE," in a limitation of liability); one of two columns set far apart
 * ("NORTHVALE LLC          KESTREL INC" over two addresses) heads an address or a table, not a clause.
 */
function wrappedCapitals(t: string): boolean {
  return /,$/.test(t) || /\S {4,}\S/.test(t);
}

/** The clause label a line of pdftotext text starts with, or a break (an unnumbered capital heading). */
export function lineLabel(line: string): LineLabel | undefined {
  const t = line.trim();
  let m = KEYWORD_LINE.exec(t);
  if (m) {
    const id = m[2]!;
    // "Exhibit 10.1" or "EXHIBIT 10(d)" atop an SEC filing is the filing's exhibit number, not a part of the
    // contract; "Exhibit 4.2 – Price List", numbered after the clause that calls for it, gives its title after a dash or colon.
    const titled = /^\s*[-–—:]\s*[A-Z[]/.test(t.slice(m[0].length));
    if (/^(?:exhibit|schedule|annex|appendix|attachment)$/i.test(m[1]!) && ((id.includes('.') && !titled) || (/^\d/.test(id) && /^\([a-z0-9]{1,3}\)/i.test(t.slice(m[0].length))))) return undefined;
    // "Section 5 of the Act" is a reference that starts a wrapped line, not a label: a label's next word is not lower case.
    // Items after the number do not change that: "Section 14.2(a)(2) to read in its entirety…" is a reference.
    const after = t.slice(m[0].length).replace(/^(?:\([a-z0-9]{1,5}\))*[.:]?\s*/i, '');
    if (/^[a-z]/.test(after)) return undefined;
    // So is "Exhibit B, and may be renewed…" or "Section 12.1 ("Term and Termination"), (i) the…": a comma
    // before lower case, or the clause's title quoted in brackets, follows a reference, never a heading.
    // So is "Exhibit A); and": a closing bracket or a semicolon after it ends a reference made in brackets.
    if (/^\s*(?:,\s*[a-z]|\(\s*["“]|[);])/.test(t.slice(m[0].length))) return undefined;
    const word = m[1]!.toLowerCase();
    const numbered = /^\d/.test(id);
    const item = numbered && (word === 'section' || word === 'clause') && firstItemAfterTitle(t.slice(m[0].length).replace(/^[.:]/, '')) ? 'a' : undefined;
    return { kind: 'keyword', word, id, ...(numbered ? { number: id } : {}), ...(item ? { item } : {}) };
  }
  m = SPELLED_KEYWORD_LINE.exec(t);
  // "Term Fourteen Force Majeure" numbers a clause as "Section Fourteen" does; "Term Two Years" is a term of years.
  if (m && /^[A-Z]/.test(m[1]!) && /^[A-Z]/.test(m[2]!) && !/^[.:]?\s*[a-z]/.test(t.slice(m[0].length)) && !(/^term$/i.test(m[1]!) && (/^[.:]/.test(t.slice(m[0].length)) || /^\s*(?:days?|weeks?|months?|years?|hours?)\b/i.test(t.slice(m[0].length)))))
    return { kind: 'keyword', word: m[1]!.toLowerCase(), id: m[2]! };
  m = SECTION_SIGN_LINE.exec(t);
  if (m && sectionSignTitled(m[2]!)) return { kind: 'number', number: m[1]! };
  m = NUMBER_LINE.exec(t) ?? GLUED_NUMBER_LINE.exec(t);
  if (m) {
    const num = m[1]!;
    if (!num.includes('.') && !m[2]) return bareNumberCapsTitle(t);
    const item = m[3] ?? m[4] ?? (firstItemAfterTitle(t.slice(m[0].length)) ? 'a' : undefined);
    return { kind: 'number', number: num, ...(item ? { item } : {}), ...(m[2] === ')' && !num.includes('.') ? { paren: true as const } : {}) };
  }
  m = LETTERED_NUMBER_LINE.exec(t);
  if (m) return { kind: 'number', number: m[1]! };
  m = DEEP_NUMBER_LOWER_LINE.exec(t) ?? TABBED_NUMBER_LOWER_LINE.exec(t);
  if (m && !REFERENCE_WORD.test(m[2]!)) return { kind: 'number', number: m[1]! };
  m = ROMAN_NUMBER_LINE.exec(t);
  if (m && m[1] && romanHeading(line, t.slice(m[0].length))) return { kind: 'number', number: m[1], ...(m[1].length === 1 ? { single: true as const } : {}) };
  m = PAREN_LINE.exec(t) ?? LETTER_LINE.exec(t);
  if (m) return { kind: 'sub', id: m[1]!.toLowerCase() };
  m = ROMAN_DOT_LINE.exec(t);
  if (m && ROMAN_ITEM.test(m[1]!)) return { kind: 'sub', id: m[1]! };
  m = HALF_PAREN_LOWER_LINE.exec(t) ?? LETTER_GAP_LOWER_LINE.exec(t);
  if (m && !REFERENCE_WORD.test(m[2]!)) return { kind: 'sub', id: m[1]! };
  if (CAPS_LINE.test(t) && !/^(?:[IVXLC]+)$/.test(t) && !wrappedCapitals(t)) return t.includes(' ') ? { kind: 'break' } : { kind: 'break', word: true };
  return undefined;
}

/**
 * Whether the text after a capital roman numeral ("IV. ") makes the line a top clause and not an item
 * ("II. Make itself available…" in a list): its title in capitals ("EXPENSES", "TERM/TERMINATION",
 * "NOTICES. All notices…"), or a short title starting the line at its left edge with no sentence after it
 * ("II. Affiliate Program").
 */
function romanHeading(line: string, rest: string): boolean {
  const title = rest.split(/\.\s/, 1)[0]!;
  if (!/\p{Ll}/u.test(title) && (title.match(/\p{Lu}/gu) ?? []).length >= 4) return true;
  return !/^\s/.test(line) && !/[.;:,]\s/.test(rest) && rest.trim().split(/\s+/).length <= 10;
}

// Lower-case roman numerals up to 39 ("xxxix"): the items of a long list ("(xvii)").
const ROMAN_ITEM = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;

// "CONFIDENTIALITY. All knowledge…", "FEES & COSTS. The Buyer…", "SHARED REVENUE: The Buyer…": a paragraph
// opening with its own title in capitals (up to eight words, one of four letters or more) and its full stop
// or colon, then a sentence in ordinary case.
const CAPS_TITLE_OPENING = /^([A-Z][A-Z&’'-]*(?:\s+(?:[A-Z][A-Z&’'-]*|&)){0,7})[.:]\s+[A-Z“"][^.]*[a-z]/;

/**
 * Whether line `l` opens an unnumbered clause with a run-in title in capitals: the line above ends a
 * sentence (or there is none on the page), so the title starts a paragraph and is no wrapped piece of one.
 * Contracts whose numbering the word processor draws show only such titles; an item "(a)" of the clause
 * above does not reach past one.
 */
function opensCapsTitledParagraph(lines: readonly string[], l: number): boolean {
  const t = lines[l]!.trim();
  const m = CAPS_TITLE_OPENING.exec(t);
  // "ATTENTION: Legal" or "FAX: …" in a notice's address is no title.
  if (!m || !/[A-Z]{4}/.test(m[1]!) || /^(?:ATTENTION|ATTN|TEL|TELEPHONE|PHONE|FAX|FACSIMILE|TELECOPY|TELECOPIER|E-?MAIL)$/.test(m[1]!)) return false;
  const above = lineAbove(lines, l);
  return !above || /[.:;]["”’)]*$/.test(above);
}

// Short words a title leaves in lower case ("Limitation of Liability").
const TITLE_SMALL_WORD = /^(?:and|or|of|the|to|in|for|on|by|with|a|an|as|at|its|&)$/;

/**
 * Whether line `l` is a heading in title case standing alone ("Limited Warranty", "Term and
 * Termination"): two to eight words, every one capitalised but the short joining words, one of four
 * letters or more, no full stop, comma or colon; the text above it ending a sentence (not a lead-in with a
 * colon, under which short lines are an address or a list), and the text below opening one. An item
 * "(iv)" of the clause above does not reach past such a heading.
 */
function titleCaseHeadingLine(lines: readonly string[], l: number): boolean {
  const t = lines[l]!.trim();
  if (t.length > 60 || /[.,;:!?)\]]$/.test(t) || /[,;:]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  if (!words.every((w) => /^[A-Z][a-z’'-]*[a-z]$|^[A-Z]{2,}$/.test(w) || TITLE_SMALL_WORD.test(w))) return false;
  if (!words.some((w) => /^[A-Z][a-z]{3,}/.test(w)) || TITLE_SMALL_WORD.test(words[0]!) || TITLE_SMALL_WORD.test(words[words.length - 1]!)) return false;
  const above = lineAbove(lines, l);
  if (above && !/[.;]["”’)]*$/.test(above)) return false;
  for (let k = l + 1; k < lines.length; k++) if (lines[k]!.trim()) return /^[A-Z“"(]/.test(lines[k]!.trim());
  return false;
}

// The testimonium opening a line: "IN WITNESS WHEREOF", "In Witness Whereof", with or without words after it.
const TESTIMONIUM = /^\s*in\s+witness\s+where(?:of|for)\b/i;

/**
 * The exhibit, schedule, annex, appendix or attachment whose label stands above line `l` of page `p`
 * with no heading in capitals between ("exhibit d"), or undefined: the part a testimonium inside it
 * signs. Clause numbers and items on the way are the exhibit's own text.
 */
function exhibitAbove(doc: TruthDoc, page: number, l: number): string | undefined {
  for (let p = page; p >= 1; p--) {
    const lines = doc.pages[p - 1]!;
    for (let k = p === page ? l - 1 : lines.length - 1; k >= 0; k--) {
      const label = lineLabel(lines[k]!);
      if (!label || label.kind === 'sub' || label.kind === 'number') continue;
      if (label.kind === 'break') {
        if (titleOfLabelAbove(lines, k) || runningLine(doc, p, lines, k) || (label.word && !wordHeading(lines, k))) continue;
        return undefined;
      }
      if (!/^(?:exhibit|schedule|annex|appendix|attachment)$/.test(label.word)) return undefined;
      // The exhibit's heading stands alone or with its title ("EXHIBIT D", "Exhibit B – Form of Joinder",
      // "SCHEDULE 2 PRICES"); "Exhibit 3, to make aware…" opening a line is a reference wrapped onto it.
      const after = lines[k]!.trim().replace(/^\S+\s+\S+/, '');
      if (/^\s*(?:[-–—]\s*\S.*|[^a-z]*)$/.test(after)) return `${label.word} ${label.id.toLowerCase()}`;
    }
  }
  return undefined;
}

/**
 * The clause a word at `start` sits in: the nearest clause label at the start of a line at or above
 * it. A numbered or keyword label gives the clause; item labels ("(a)", "(ii)") seen before it are
 * appended ("4.2(a)(ii)": at most a letter then a roman numeral). Undefined when no label is above it,
 * or a capital heading without a number comes first.
 */
export function clauseAt(doc: TruthDoc, start: number): string | undefined {
  const at = doc.words[start];
  if (!at) return undefined;
  const subs: string[] = [];
  // Whether the run of figure items read first ("(3)", "(2)", "(1)") opens under a lead-in: the line
  // above its "(1)" ends with a colon.
  let figuresLedIn = false;
  let figuresOnly = true; // every item read so far is a figure
  // Whether the nearest "(i)" read opens a list under a numeral of its own: the line above it is that
  // numeral's line, its title alone ("(xxiii) Compliance with Law.") or a lead-in ending with a colon.
  let numeralsLedIn: boolean | undefined;
  // The margin of the paragraph holding the words when it stands left of the nearest item and its lines
  // (Infinity when it is inside that item); undefined until the nearest item is read.
  let outsideAt: number | undefined;
  // An unnumbered clause with a title in capitals was read: item labels above it are another clause's.
  let itemsClosed = false;
  for (let p = at.page; p >= 1; p--) {
    const lines = doc.pages[p - 1]!;
    for (let l = p === at.page ? at.line : lines.length - 1; l >= 0; l--) {
      // "IN WITNESS WHEREOF, the parties have executed…": the testimonium and the signatures under it
      // close the contract's clauses; a lawyer cites them as the signature page, not as its last clause.
      // An exhibit signed on its own (a form of joinder, a joint filing agreement) is still that exhibit's.
      if (TESTIMONIUM.test(lines[l]!)) return subs.length ? itemPath(subs, figuresLedIn, numeralsLedIn) : exhibitAbove(doc, p, l);
      const label = lineLabel(lines[l]!);
      // A label on a contents page names a clause: the words on it or after it are in none.
      if (label && label.kind !== 'break' && doc.contents.has(`${p}:${l}`)) return undefined;
      if (!label) {
        if (!itemsClosed && (opensCapsTitledParagraph(lines, l) || titleCaseHeadingLine(lines, l))) itemsClosed = true;
        continue;
      }
      if ((label.kind === 'keyword' || (label.kind === 'number' && !label.paren)) && referenceWrapped(lines, l)) continue;
      if (label.kind === 'break') {
        // A line of capitals just under a label is that label's title ("EXHIBIT 1" over "PRICE LIST").
        if (titleOfLabelAbove(lines, l)) continue;
        // A running header or footer in capitals ("EXECUTION COPY" atop each page) is no heading.
        if (runningLine(doc, p, lines, l)) continue;
        if (label.word && !wordHeading(lines, l)) continue;
        return subs.length ? itemPath(subs, figuresLedIn, numeralsLedIn) : undefined;
      }
      // "I.", "V." or "X." after "H.", "U." or "W.": a letter of a list, not a roman numeral.
      if (label.kind === 'number' && label.single && letterAfterPredecessor(doc, p, l, label.number)) {
        if (!itemsClosed) subs.push(label.number.toLowerCase());
        continue;
      }
      // "4)" under "11. TERMINATION" is an item of clause 11: a contract that numbers its clauses "1)",
      // "2)" has no clause numbered otherwise above them.
      const asItem = label.kind === 'number' && label.paren && !label.item && clauseNumberAbove(doc, p, l) ? label.number : undefined;
      const id = label.kind === 'sub' ? label.id : asItem;
      if (id !== undefined) {
        if (itemsClosed) continue;
        // "seven" at a line's end and "(7) days" on the next: the figure repeats the number in words, as
        // contracts write numbers; it is no item label.
        if (/^\d/.test(id) && SPELLED_NUMBER_END.test(lineAbove(lines, l))) continue;
        if (inlineListGoesOn(lines, l, id) || inlineListOpens(lines, l, id)) continue;
        // Words in a paragraph set back at the clause's margin after the list are the clause's, not its last
        // item's: items set in further than that paragraph are passed over, an item at its margin holds it.
        if (!subs.length && outsideAt === undefined) outsideAt = outsideItem(doc, p, l, at) ?? Infinity;
        if (indentOf(lines[l]!) > outsideAt! + OUTSIDE_COLUMNS) continue;
        if (id === '1' && figuresOnly) figuresLedIn = textLineAbove(doc, p, l).endsWith(':');
        if (id === 'i' && numeralsLedIn === undefined) numeralsLedIn = NUMERAL_LEAD_IN.test(textLineAbove(doc, p, l));
        figuresOnly &&= /^\d+$/.test(id);
        subs.push(id);
        continue;
      }
      if (label.kind === 'sub') continue;
      const base = label.kind === 'number' ? label.number : label.number && (label.word === 'section' || label.word === 'clause') ? label.number : `${label.word} ${label.id.toLowerCase()}`;
      // An item on the number's own line is the first item read upwards (the farthest from the words).
      return `${base}${itemPath(label.item ? [...subs, label.item] : subs, figuresLedIn, numeralsLedIn)}`;
    }
  }
  // Lettered clauses with no number above them ("H. Neither party may assign…") are cited by their item.
  return subs.length ? itemPath(subs, figuresLedIn, numeralsLedIn) : undefined;
}

/** How many columns left of an item's lines a paragraph must open to stand outside it (a tab is wider). */
const OUTSIDE_COLUMNS = 2;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The margin of the paragraph holding the words at `at` when it is set left of everything the item
 * labelled on line `l` of page `p` occupies ("d) is required by law …" set in, then "Except as required
 * by law, …" back at the clause's margin), else undefined. Read down from the item's label to the words:
 * a line left of the item's label and of its lines so far opens a paragraph outside it when a blank line
 * or the end of a sentence comes before it and it opens with a capital; else it is the item's own line
 * wrapped back to the margin (then the item reaches that far).
 */
function outsideItem(doc: TruthDoc, page: number, l: number, at: Word): number | undefined {
  let reach = indentOf(doc.pages[page - 1]![l]!);
  // Whether the line before ends a paragraph: a blank line or a page break comes after it, or it stops well
  // short of the page's full line ("(e) $500 on 1 June" in a list of instalments); a full line ending on a
  // full stop may wrap on.
  let closes = false;
  for (let p = page; p <= at.page; p++) {
    const lines = doc.pages[p - 1]!;
    const full = Math.max(...lines.map((x) => x.trimEnd().length));
    if (p > page) closes = true;
    for (let k = p === page ? l : 0; k <= (p === at.page ? at.line : lines.length - 1); k++) {
      const t = lines[k]!.trim();
      if (!t) {
        closes = true;
        continue;
      }
      if (PAGE_LINE.test(t) || runningLine(doc, p, lines, k)) continue;
      const indent = indentOf(lines[k]!);
      if (k !== l || p !== page) {
        if (indent < reach - OUTSIDE_COLUMNS) {
          if (closes && /^[A-Z“"]/.test(t)) return indent;
          reach = indent;
        }
      }
      // A line set in capitals is shorter in columns than one in ordinary case: one ending mid-sentence stops
      // short only when the line after it reaches well farther too ("G.  LIMITATION OF LIABILITY. TO THE
      // MAXIMUM … NEITHER" over "ABG NOR …" goes on; "(e) $500 on 1 June" over "Such payments are made …" stops).
      const len = lines[k]!.trimEnd().length;
      const next = lines[k + 1]?.trimEnd().length ?? 0;
      closes = len < 0.8 * full && (/[.;:]["”’)]*$/.test(t) || next === 0 || len < 0.8 * next);
    }
  }
  return undefined;
}

/**
 * Whether the nearest line above line `l` of page `p` that starts with a capital letter or capital roman
 * numeral and a full stop is the letter before `letter` ("H." above "I."): then `letter` goes on a
 * lettered list.
 */
function letterAfterPredecessor(doc: TruthDoc, page: number, l: number, letter: string): boolean {
  const before = String.fromCharCode(letter.charCodeAt(0) - 1);
  for (let p = page; p >= 1; p--) {
    const lines = doc.pages[p - 1]!;
    for (let k = p === page ? l - 1 : lines.length - 1; k >= 0; k--) {
      const m = /^([A-Z]{1,6})\.\s/.exec(lines[k]!.trim());
      if (m) return m[1] === before;
    }
  }
  return false;
}

/** How many lines above a "4)" the clause number it is an item of is looked for. */
const ITEM_REACH = 300;

/**
 * Whether a clause number printed otherwise than "N)" ("11.", "11.2", "Section 11") stands above line `l`
 * of page `p` (within ITEM_REACH lines, before a heading in capitals without a number): then a "4)" is
 * an item of that clause.
 */
function clauseNumberAbove(doc: TruthDoc, page: number, l: number): boolean {
  let left = ITEM_REACH;
  for (let p = page; p >= 1 && left > 0; p--) {
    const lines = doc.pages[p - 1]!;
    for (let k = p === page ? l - 1 : lines.length - 1; k >= 0 && left > 0; k--, left--) {
      const label = lineLabel(lines[k]!);
      if (!label || label.kind === 'sub') continue;
      if (label.kind === 'break') {
        if (titleOfLabelAbove(lines, k) || (label.word && !wordHeading(lines, k))) continue;
        return false;
      }
      if (label.kind === 'number' && (label.paren || label.single)) continue;
      return true;
    }
  }
  return false;
}

const SPELLED_NUMBER_END = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/i;

/**
 * Whether one word of capitals on line `l` ("INSURANCE") is a heading: it stands alone, blank lines above
 * and below, or it is set well in from the margin with nothing above it ("        AGREEMENT" centred atop
 * the contract, its text right under it). Else it may be the last word of a paragraph in capitals,
 * wrapped onto its own line.
 */
function wordHeading(lines: readonly string[], l: number): boolean {
  return blank(lines[l - 1]) && (blank(lines[l + 1]) || /^\s{20,}\S/.test(lines[l]!));
}

function blank(line: string | undefined): boolean {
  return line === undefined || !line.trim();
}

/**
 * Whether the item label `id` ("c") opening line `l` goes on a list run into the sentence above it
 * ("… include (a) workers' cover, (b) general" / "liability, and" / "(c) motor cover."): a line just
 * above (at most six, no blank line or item label opening a line between) holds the item before it
 * inside the line, not as its label, and the text up to "(c)" ends no sentence nor an item closed by a
 * semicolon. Such an "(c)" is the sentence's, no label.
 */
function inlineListGoesOn(lines: readonly string[], l: number, id: string): boolean {
  let prior: string;
  if (/^\d{1,2}$/.test(id) && id !== '1') prior = String(Number(id) - 1);
  else if (/^[b-z]$/.test(id)) prior = String.fromCharCode(id.charCodeAt(0) - 1);
  // "… may (i) amend this Agreement, (ii) extend the time for" / "(iii) waive …": numerals run on as letters do.
  else if (id.length >= 2 && ROMAN_ITEM.test(id)) prior = romanItemOf(romanItemValue(id) - 1);
  else return false;
  const before = (lines[l - 1] ?? '').trim();
  // A text that ends a sentence, a lead-in or an item closed by a semicolon alone: the list is set out line by
  // line. "…; or" and "…; and" close the item before a list's last: after an item run into the sentence (found
  // mid-line below), the last item is the sentence's too ("… to (i) modify it; or" / "(ii) obtain a licence. If…").
  if (!before || /[.!?:;]["”’)]*$/.test(before)) return false;
  for (let k = l - 1; k >= Math.max(0, l - 6); k--) {
    const line = lines[k]!.trim().toLowerCase();
    if (!line) return false;
    const at = line.lastIndexOf(`(${prior}) `);
    // The item before stands inside the sentence, after words of it: "(b) (i) the Agent invoices …, and" run in
    // after its own label opens a list set out line by line.
    if (at > 0 && line[at - 1] === ' ') return /[a-z]{2}/.test(line.slice(0, at).replace(/\([a-z0-9]{1,5}\)/g, '')) && !line.slice(at).includes(`(${id}) `);
    if (/^\(?[a-z0-9]{1,4}[.)]\s/.test(line)) return false;
  }
  return false;
}

// The words that lead a sentence on into a clause reference: "… terminated as provided in" / "Section 5.0. This …",
// "… outside the field specified in this" / "Section 6.1(c). The Agent …".
const LEADS_TO_REFERENCE = /\b(?:in|of|under|to|and|or|with|by|see|per|than|pursuant to|this)$/;

/**
 * Whether the clause or keyword label opening line `l` is a reference wrapped onto the line: the line just
 * above it (no blank line between) ends a sentence's words with one that leads on to a reference ("…
 * continue for three years unless terminated as provided in" / "Section 5.0. This Agreement renews …").
 * A clause's own label follows a sentence's end, its title or a blank line, never "in" or "and".
 */
function referenceWrapped(lines: readonly string[], l: number): boolean {
  // Compatibility forms folded: some PDFs print a semicolon as the Greek question mark (U+037E).
  const before = (lines[l - 1] ?? '').normalize('NFKC').trim();
  // "…; and" closes an item of a list, after which a clause may follow.
  return before !== '' && LEADS_TO_REFERENCE.test(before) && !/[;,]\s*(?:and|or)$/.test(before);
}

/**
 * Whether the first item label `id` ("(i)", "(a)", "(1)") opening line `l` opens a list run into the
 * sentence above it, wrapped so that the item starts the line ("… solely in connection with" / "(i) the
 * fulfilment of its duties, and (ii) in advertising …"): the line just above (no blank line between) ends
 * no sentence, lead-in or item, and the item's own line holds the next item mid-line. Such an "(i)" is the
 * sentence's, no label; a list set out line by line gives each item a line of its own.
 */
function inlineListOpens(lines: readonly string[], l: number, id: string): boolean {
  const next = id === 'i' ? 'ii' : id === 'a' ? 'b' : id === '1' ? '2' : undefined;
  if (!next) return false;
  const before = (lines[l - 1] ?? '').trim();
  if (!before || /(?:[.!?:;]["”’)]*|;\s*(?:and|or))$/.test(before)) return false;
  if (lines[l]!.trim().toLowerCase().slice(3).includes(` (${next}) `)) return true;
  // The next item may come a few lines on, still inside a line ("… include" / "(1) standard upgrades …" /
  // "… of which it is notified (2)"): a list set out line by line would open that line with it.
  for (let k = l + 1; k < Math.min(lines.length, l + 12); k++) {
    const line = lines[k]!.trim().toLowerCase();
    if (!line || /^\(?[a-z0-9]{1,4}[.)]\s/.test(line)) return false;
    if (` ${line} `.includes(` (${next}) `)) return true;
  }
  return false;
}

// A page's number or running line with its number ("- 3 -", "Page 5", "Supply Agreement      Page 5 of 9").
const PAGE_LINE = /^\W*\d{1,3}\W*$|\bpage\s+\d{1,3}\b/i;

/**
 * The nearest line of text above line `l` of page `p`, trimmed: over a page break, past the page's
 * number and running line ("" when none).
 */
function textLineAbove(doc: TruthDoc, page: number, l: number): string {
  for (let p = page; p >= Math.max(1, page - 1); p--) {
    const lines = doc.pages[p - 1]!;
    for (let k = p === page ? l - 1 : lines.length - 1; k >= 0; k--) {
      const t = lines[k]!.trim();
      if (t && !PAGE_LINE.test(t)) return t;
    }
  }
  return '';
}

/** The nearest non-blank line above line `l` on its page, trimmed ("" when none). */
function lineAbove(lines: readonly string[], l: number): string {
  for (let k = l - 1; k >= 0; k--) if (lines[k]!.trim()) return lines[k]!.trim();
  return '';
}

/**
 * Whether line `l` of page `p` is a running header or footer, past the first page it is met on at its
 * edge (where it may be the title the header repeats, "SUPPLY AGREEMENT"): a line met atop three pages or
 * more, wherever it stands (a PDF's text may run two printed pages into one); or one met at the foot of
 * three pages or more, except among a page's first three lines of text. There the same words are no
 * footer: a footer "SUPPLY AGREEMENT" repeats the title that heads the contract's first page after its
 * contents.
 */
function runningLine(doc: TruthDoc, p: number, lines: readonly string[], l: number): boolean {
  const t = lines[l]!.trim();
  const printed = doc.running.printed.get(t);
  if (printed && (p > printed.page || (p === printed.page && l > printed.line))) return true;
  const top = doc.running.top.get(t);
  if (top !== undefined && p > top) return true;
  const bottom = doc.running.bottom.get(t);
  if (bottom === undefined || p <= bottom) return false;
  let before = 0;
  for (let k = 0; k < l && before < 3; k++) if (lines[k]!.trim()) before++;
  return before >= 3;
}

/**
 * Whether the nearest non-blank line above line `l` (within two lines) is a clause or keyword label, or a line
 * of its title. A keyword label alone on its line ("Exhibit A") may stand farther above: a cover sheet spaces
 * its title well below its label ("Exhibit A", blank lines, "CONFIDENTIAL TERM SHEET").
 */
function titleOfLabelAbove(lines: readonly string[], l: number, depth = 0): boolean {
  for (let k = l - 1; k >= 0; k--) {
    if (!lines[k]!.trim()) continue;
    const above = lineLabel(lines[k]!);
    if (k < l - 3) return above?.kind === 'keyword' && KEYWORD_LINE.exec(lines[k]!.trim())?.[0] === lines[k]!.trim();
    // A title in capitals wrapped over two or three lines ("COMPENSATION SCHEDULE FOR" / "VARIABLE
    // CONTRACTS" under "EXHIBIT A"): each line of it is the label's title.
    if (above?.kind === 'break' && !above.word && depth < 2) return titleOfLabelAbove(lines, k, depth + 1);
    return above !== undefined && (above.kind === 'keyword' || above.kind === 'number');
  }
  return false;
}

/**
 * The item part of a clause from the item labels seen reading upwards (nearest first): "(a)(ii)". Figures
 * whose "(1)" follows a lead-in (`figuresLedIn`: "(f) … as follows:" then "(1)", "(2)") are the sub-items
 * of the lettered item just above their run: "(f)(2)".
 */
function itemPath(subs: readonly string[], figuresLedIn = false, numeralsLedIn = false): string {
  if (!subs.length) return '';
  const near = subs[0]!;
  if (figuresLedIn && /^\d+$/.test(near)) {
    const run = subs.findIndex((x) => !/^\d+$/.test(x));
    const above = run > 0 ? subs[run]! : undefined;
    if (above && subs[run - 1] === '1' && /^[a-z]$/.test(above)) return `(${above})(${near})`;
    // "(b)" then its numerals "(i)", "(ii)", then a lead-in of its own ("The rights under this Section 2.2(b)
    // include:") and "(1)", "(2)": the figures are the lettered item's, after its numerals' list.
    if (above && subs[run - 1] === '1' && above.length > 1 && ROMAN_ITEM.test(above)) {
      const letter = letterAboveNumerals(subs.slice(run));
      if (letter) return `(${letter})(${near})`;
    }
  }
  // "(v)" read just after "(iv)" above it ("(x)" after "(ix)") is a numeral of that run, not a letter.
  const inRun = (near === 'v' && subs[1] === 'iv') || (near === 'x' && subs[1] === 'ix');
  if (ROMAN_ITEM.test(near) && ((near !== 'i' && near !== 'v' && near !== 'x') || inRun)) {
    const letter = letterAboveNumerals(subs);
    const numeral = letter || !numeralsLedIn ? undefined : numeralAboveNumerals(subs);
    return letter ? `(${letter})(${near})` : numeral ? `(${numeral})(${near})` : `(${near})`;
  }
  if (near === 'i' && numeralsLedIn) {
    const numeral = numeralAboveNumerals(subs);
    if (numeral) return `(${numeral})(i)`;
  }
  if (near === 'i' || near === 'v' || near === 'x') {
    // "(i)" after an "(h)" is a letter; under an "(a)" it is the first roman item.
    const letter = subs.slice(1).find((s) => /^[a-z]$/.test(s));
    if (letter && String.fromCharCode(near.charCodeAt(0) - 1) !== letter) return `(${letter})(${near})`;
  }
  return `(${near})`;
}

/** The small roman numeral of an item's value (4 is "iv"), up to 39. */
function romanItemOf(n: number): string {
  const ones = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  return 'x'.repeat(Math.floor(n / 10)) + ones[n % 10]!;
}

/**
 * The numeral a run of numerals opened under, read upwards from the nearest (`subs[0]`) down to its "i":
 * the numeral just above that "i", when it is one no letter could be ("xxiii", "iv"). Only where the "i"
 * is led in by that numeral's title or a colon: two lists one after another in a clause restart at "(i)"
 * as well.
 */
function numeralAboveNumerals(subs: readonly string[]): string | undefined {
  let expected = romanItemValue(subs[0]!);
  let k = 0;
  while (k < subs.length && ROMAN_ITEM.test(subs[k]!) && romanItemValue(subs[k]!) === expected && expected >= 1) {
    expected--;
    k++;
  }
  const above = subs[k];
  return expected === 0 && above !== undefined && above.length >= 2 && ROMAN_ITEM.test(above) ? above : undefined;
}

// The line above a "(i)" that opens a list under a numeral: that numeral's line, with its title alone
// ("(xxiii) Compliance with Law.") or a lead-in ending with a colon ("(xviii) Offices. For Section 10:").
// A colon on any other line may lead in a second list of the same clause.
const NUMERAL_LEAD_IN = /^\(?[ivxl]{2,6}[.)]\s+(?:[A-Z][^.:;]{0,60}\.|.*:)$/;

/** The value of a small roman numeral of an item ("iv" is 4). */
function romanItemValue(id: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let n = 0;
  for (let k = 0; k < id.length; k++) n += v[id[k]!]! < (v[id[k + 1] ?? ''] ?? 0) ? -v[id[k]!]! : v[id[k]!]!;
  return n;
}

/**
 * The lettered item a run of numeral items belongs to, read upwards from the nearest numeral (`subs[0]`):
 * the first letter above it, except one the numerals go on past ("iii." then "a." then "iv."): that
 * letter is an item under the numeral before it, and the numerals' own list is a top one.
 */
function letterAboveNumerals(subs: readonly string[]): string | undefined {
  let expected = romanItemValue(subs[0]!) - 1;
  for (let k = 1; k < subs.length; k++) {
    const s = subs[k]!;
    if (ROMAN_ITEM.test(s) && romanItemValue(s) === expected) {
      expected--;
      continue;
    }
    if (!/^[a-z]$/.test(s) || ROMAN_ITEM.test(s)) continue;
    let j = k + 1;
    while (j < subs.length && /^[a-z]$/.test(subs[j]!) && !ROMAN_ITEM.test(subs[j]!)) j++;
    const next = subs[j];
    if (expected >= 1 && next !== undefined && ROMAN_ITEM.test(next) && romanItemValue(next) === expected) {
      k = j - 1;
      continue;
    }
    return s;
  }
  return undefined;
}

/** A clause as compared: "Section 4.2" and "4.2." are "4.2", "ARTICLE IV" is "article iv". */
export function normaliseClause(c: string): string {
  return c
    .trim()
    .toLowerCase()
    .replace(/^(?:section|clause|§)\s*/, '')
    .replace(/\.(?=\(|$)/g, '')
    .replace(/\s+/g, ' ');
}
