/**
 * Turns reader output (pages of text units) into cited blocks: kind, clause number, the section
 * headings above, stable ids "p<page>.<n>", and the defined terms.
 */
import type { Block, BlockKind, DefinedTerm, Page } from '../../../../shared/document';
import type { SourceDocument, SourceUnit } from '../sourceDocument';
import { numberDepth, parseClauseLabel, romanTopLabel, type ClauseLabel } from './clauseLabel';
import { capBlockText } from './capBlockText';
import { findDefinedTerms } from './definedTerms';
import { opensContractPart, opensOtherDocument, opensSignature, opensTitledClause } from './partHeading';
import { itemReach, opensLeftOfItem } from './itemReach';
import { romanNumeral, romanValue } from './romanValue';
import { PAGE_NUMBER_LINE } from './pageNumberLine';

export interface Structured {
  pages: Page[];
  blocks: Block[];
  definitions: DefinedTerm[];
  /** First heading-like text of the document, a fallback title. */
  firstHeading?: string;
}

interface SectionEntry {
  rank: number;
  text: string;
}

const MAX_SECTION_TEXT = 80;

function shorten(text: string): string {
  return text.length <= MAX_SECTION_TEXT ? text : `${text.slice(0, MAX_SECTION_TEXT - 1).trimEnd()}…`;
}

const letters = /[A-Za-zÀ-ÿ]/g;

function isAllCaps(text: string): boolean {
  const l = text.match(letters) ?? [];
  return l.length >= 3 && text === text.toUpperCase();
}

/** A short line that reads as a title rather than a sentence. */
function looksLikeHeading(unit: SourceUnit, label: ClauseLabel | undefined): boolean {
  // Some templates style whole clauses as headings ("1.1 License. During…"): long text is a clause.
  if (unit.hint === 'heading') return unit.text.length <= 120;
  if (unit.hint !== 'paragraph') return false;
  const text = unit.text;
  if (text.length > 110 || label?.kind === 'bullet') return false;
  const rest = label ? label.rest : text;
  if (label && (label.kind === 'article' || label.kind === 'schedule' || label.kind === 'section') && rest.length < 90 && !/[.;,:]$/.test(rest) && !/^[a-z]/.test(rest)) return true;
  if (!rest || rest.length < 2) return label?.kind === 'section';
  if (/[,;:]$/.test(rest) || /^[a-z]/.test(rest)) return false;
  const words = rest.split(/\s+/);
  if (words.length > 12) return false;
  if (isAllCaps(rest) && !/\.\s+\S/.test(rest)) return true;
  // "1. Creation and Use of Digital Materials." is a numbered title even with its full stop.
  if (/[.!?]$/.test(rest) && !isAllCaps(rest) && !(label && words.length <= 8 && !/[.!?]\s/.test(rest))) return false;
  // Title Case: most words capitalised (short function words excepted). A number or a date written in
  // digits ("06/15/2010", "2012", "$5,000") has no case: it counts neither way, so "TERM From 06/15/2010
  // until 06/14/2013" is read by its words as the sentence it is (a line of numbers alone keeps them).
  const withCase = words.filter((w) => !/^(?:and|or|of|the|to|in|for|on|by|with|a|an|as|at|its|&)$/i.test(w));
  // Only figures: a rule of dashes under a heading still counts against it, as before.
  const lettered = withCase.filter((w) => /\p{L}/u.test(w) || !/\d/.test(w));
  const significant = lettered.length ? lettered : withCase;
  const capitalised = significant.filter((w) => /^[A-Z0-9“"(]/.test(w)).length;
  return significant.length > 0 && capitalised / significant.length >= 0.8 && (label !== undefined || words.length <= 8);
}

/** A run-in heading: "Confidentiality. The Recipient shall…" → "Confidentiality". */
function runInTitle(rest: string): string | undefined {
  const m = /^([A-Z][^.;:]{1,60}?)[.:]\s+\S/.exec(rest);
  if (!m) return undefined;
  const title = m[1]!;
  const words = title.split(/\s+/);
  if (words.length > 8) return undefined;
  const caps = words.filter((w) => /^[A-Z0-9“"(&]/.test(w) || /^(?:and|or|of|the|to|in|for|on|by|with|a|an)$/.test(w)).length;
  return caps === words.length ? title : undefined;
}

/**
 * A capital roman numeral read as the next top clause where the clause in force says so: "V. TERM" after
 * "IV. EXPENSES" (unless the item in force is "(U)", whose next letter it is), "II. Orchard Program" in
 * title case after "I.", "III." alone after "II." (its title on the next line, read as a label's title),
 * and "I. DEFINITIONS" in capitals where no item "(H)" is in force. Undefined
 * when it is none (then the text's own label stands).
 */
function romanTopInPlace(text: string, label: ClauseLabel | undefined, numericLabel: string | undefined, letter: string | undefined): ClauseLabel | undefined {
  const top = romanTopLabel(text);
  if (!top || label?.number === top.number) return undefined;
  const value = romanValue(top.label);
  const letterBefore = top.label.length === 1 && letter === `(${String.fromCharCode(top.label.charCodeAt(0) - 1)})`;
  if (letterBefore) return undefined;
  const next = numericLabel !== undefined && /^[IVX]+$/.test(numericLabel) && romanValue(numericLabel) + 1 === value;
  const first = top.label === 'I' && top.capsTitle;
  if (!next && !first) return undefined;
  // A title, not a sentence: "II. Make crates available at the gate each week." is an item of a list.
  if (!top.capsTitle && (/[.;:,]\s/.test(top.rest) || top.rest.split(/\s+/).length > 10)) return undefined;
  return { kind: 'number', label: top.label, number: top.label, rest: top.rest };
}

/**
 * An opening quote mark then a clause number: "“10.1(a)", "“12.2 (b) Term", "“5.1", or a number put in
 * between two others with a letter after it ("“7a", "“12.2A Storage").
 */
const QUOTED_NUMBER = /^[“"]\d{1,3}(?:\.\d{1,3})*[A-Za-z]?\.?(?=[\s(]|$)/;

function rankOf(label: ClauseLabel): number {
  if (label.kind === 'schedule') return 0;
  if (label.kind === 'article') return 1;
  if (label.number) return 1 + numberDepth(label.number);
  return 6;
}

/**
 * Units of a table of contents: a run of three or more short, numbered, title-like lines with
 * no body text between them ("Section 1 The appointment", "Schedule 2 MI reporting template").
 * Treating them as headings would put the last one above the whole document. Items lettered or in
 * small roman numerals ("(iii) Product Descriptions" in a clause's table of terms) are no entries.
 */
function findTableOfContents(source: SourceDocument): Set<SourceUnit> {
  const all = source.pages.flatMap((p) => p.units);
  const toc = new Set<SourceUnit>();
  let run: SourceUnit[] = [];
  const close = (): void => {
    if (run.length >= 3) for (const u of run) toc.add(u);
    run = [];
  };
  for (const unit of all) {
    const text = unit.text.trim();
    const label = parseClauseLabel(text);
    const entry =
      unit.hint !== 'table-row' &&
      label !== undefined &&
      label.kind !== 'bullet' &&
      label.kind !== 'letter' &&
      label.kind !== 'roman' &&
      text.length <= 100 &&
      !/[.;:,]$/.test(label.rest) &&
      !/^[a-z]/.test(label.rest) &&
      (label.kind !== 'number' || /\s\d{1,3}$/.test(text) || /\.{4,}/.test(text));
    if (entry) run.push(unit);
    else close();
  }
  close();
  return toc;
}

/**
 * Units under a "Table of Contents" heading that name a clause, whatever their layout (labels and titles on
 * lines of their own, rows of a table, a list of the schedules), until the contract's text begins: its first
 * sentence, or a label met again (the contents named it before the clause itself). No entry's number is in
 * force for the text after the contents.
 */
function findContentsEntries(source: SourceDocument): Set<SourceUnit> {
  const entries = new Set<SourceUnit>();
  let underContents = false;
  let named = new Set<string>();
  for (const unit of source.pages.flatMap((p) => p.units)) {
    const text = unit.text.trim();
    if (CONTENTS_HEADING.test(text)) {
      underContents = true;
      named = new Set();
      continue;
    }
    if (!underContents) continue;
    const entry = contentsEntry(text);
    if (/\p{Ll}{2,} \p{Ll}{2,} \p{Ll}{2,}/u.test(text) && text.length >= 100 && !/\.{4,}|…{2,}|\s\d{1,3}$/.test(text)) underContents = false;
    else if (entry !== undefined && named.has(entry)) underContents = false;
    else if (entry !== undefined) {
      named.add(entry);
      entries.add(unit);
    }
  }
  return entries;
}

/**
 * A heading's text with the next line's when it ends on a joining word ("FIRST AMENDMENT TO" over "SUPPLY
 * AGREEMENT"): a title carried over to the line below reads whole.
 */
function titleCarriedOver(text: string, next: SourceUnit | undefined): string {
  const after = next?.text.replace(/\s+/g, ' ').trim() ?? '';
  return /\s(?:to|of|and|for|the)$/i.test(text) && after.length > 0 && after.length <= 80 ? `${text} ${after}` : text;
}

// A contents page's own heading.
const CONTENTS_HEADING = /^(?:table of )?contents:?$/i;

/**
 * The clause a line of a contents page names, as a key ("section 11.17", "schedule i", "7"), or undefined
 * when the line names none: a clause number, ARTICLE, Section or Schedule label at its start (in its
 * first cell when the reader read the page as a table).
 */
function contentsEntry(text: string): string | undefined {
  const label = parseClauseLabel(text.split(' | ')[0]!.trim());
  if (!label || (label.number === undefined && label.kind !== 'schedule' && label.kind !== 'article')) return undefined;
  return label.label.toLowerCase();
}

// A number in words at the end of a text ("thirty", "ninety"), which contracts follow with its figure.
const SPELLED_NUMBER_END = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/i;

/**
 * The label of a table row of two cells whose first holds only an item or clause label ("b. | Motor
 * Insurance. Cover of …", "4.2 | Termination for Cause."): a numbered list the PDF lays out in two
 * columns, its labels in a column of their own. A row of more cells is such a clause when its first cell
 * is a sub-clause's number or an item's letter and its second opens with the clause's run-in title and a
 * sentence ("4.2 | Termination for Cause. Either party may | terminate …", "a. | LICENCE FEES. The Buyer
 * pays … | Net thirty days"): a justified clause, or a clause with a payment table beside it, that the
 * reader split into columns. A table's row numbered "1." or with a short description ("2. | Pears. Boxed
 * | 3.00") is none. Other rows have no label.
 */
function rowLabel(text: string): ClauseLabel | undefined {
  const cells = text.split(' | ');
  if (cells.length < 2 || !/\p{L}{2}/u.test(cells[1]!) || (cells.length > 2 && !titledSentence(cells[0]!, cells[1]!))) return undefined;
  // "IV. | EXPENSES": a top clause's roman numeral in a column of its own reads as one line with its title.
  if (/^[IVX]{2,6}\.$/.test(cells[0]!)) return parseClauseLabel(`${cells[0]!} ${cells[1]!}`);
  const alone = parseClauseLabel(cells[0]!);
  if (!alone || alone.rest || alone.kind === 'bullet') return undefined;
  // The column makes it a label whatever follows ("b. | damages for injury;" as well as "B. | Damages").
  return { ...alone, rest: cells.slice(1).join(' | ') };
}

/** Whether a row's label cell ("4.2", "a.", not "1.") and the cell after it ("Duration. This agreement runs for") open a titled clause. */
function titledSentence(labelCell: string, cell: string): boolean {
  if (!/^(?:\d{1,2}(?:\.\d{1,3})+\.?|\(?[a-z]{1,4}[.)])$/i.test(labelCell.trim())) return false;
  const title = runInTitle(cell);
  return title !== undefined && (cell.slice(title.length + 1).match(/\p{L}+/gu) ?? []).length >= 3;
}

/** A short line as compared with its repeats on other pages; a long text is no running line. */
function lineKey(text: string): string | undefined {
  return text.length > 200 ? undefined : text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * For each unit, whether the text from it on (on its page or the next), past page numbers and lines met
 * on three pages or more, goes on with a sentence (starts in lower case). Read backwards once, so that a
 * long run of repeated lines costs no more than one pass.
 */
function sentenceGoesOn(units: readonly SourceUnit[], seen: ReadonlyMap<string, number>): boolean[] {
  const out = new Array<boolean>(units.length + 1).fill(false);
  for (let i = units.length - 1; i >= 0; i--) {
    const t = units[i]!.text.trimStart();
    const key = lineKey(t);
    out[i] = !/\p{L}/u.test(t) || (key !== undefined && (seen.get(key) ?? 0) >= 3) ? out[i + 1]! : /^\p{Ll}/u.test(t);
  }
  return out;
}

/** Whether units `a` and `b` are each one line, at the same height, one wholly to the right of the other. */
function sideBySide(a: SourceUnit | undefined, b: SourceUnit | undefined): boolean {
  if (a?.rects?.length !== 1 || b?.rects?.length !== 1) return false;
  const r = a.rects[0]!;
  const o = b.rects[0]!;
  return Math.abs(r.y - o.y) < Math.min(r.height, o.height) / 2 && (r.x + r.width <= o.x || o.x + o.width <= r.x);
}

/**
 * Whether the unit at `i` shares its line with a unit beside it: a schedule's label so placed ("Manual" |
 * "Schedule E", "Pricing and terms" | "Schedule C, 3(d)") is a cell of a table of terms naming where each
 * term is found, not the heading of the schedule, which stands on its line alone.
 */
function besideOther(units: readonly SourceUnit[], i: number): boolean {
  return sideBySide(units[i], units[i - 1]) || sideBySide(units[i], units[i + 1]);
}

/**
 * Whether the heading unit at `i` stands beside another on the same line: two short titles side by side
 * ("Annual Fee" then "Payment Date" at the same height, one to the right of the other) are the column
 * heads of a table inside a clause, not the title of a new one. Lines of capitals are left out: names in
 * capitals side by side are as often the parties over a signature block as a table's heads.
 */
function besideHeading(units: readonly SourceUnit[], i: number): boolean {
  if (isAllCaps(units[i]!.text)) return false;
  return [units[i - 1], units[i + 1]].some((u) => {
    if (!u || !sideBySide(units[i], u)) return false;
    const text = u.text.replace(/\s+/g, ' ').trim();
    return !isAllCaps(text) && !parseClauseLabel(text) && looksLikeHeading({ ...u, text }, undefined);
  });
}

/**
 * Whether the item label `item` ("(c)") opening a unit goes on a list run into the sentence of the unit
 * before (`before`): that text holds the item before it mid-line ("… (b) general liability, and"),
 * does not end a sentence, and the item in force (`inForce`) is not that one (then "(c)" is the next
 * item of the clause's own list).
 */
function wrapsInlineItem(before: string, item: string, inForce: string | undefined): boolean {
  const id = item.slice(1, -1);
  let prior: string;
  if (/^\d{1,2}$/.test(id)) prior = String(Number(id) - 1);
  else if (/^[a-zA-Z]$/.test(id) && !/^[aA]$/.test(id)) prior = String.fromCharCode(id.charCodeAt(0) - 1);
  // "… means (i) a merger, (ii) a sale of all" then "(iii) any other transfer …": numerals run on as letters do.
  else if (/^[ivxl]{2,6}$/.test(id) && romanValue(id) > 1) prior = romanNumeral(romanValue(id) - 1);
  else return false;
  // A text that ends a sentence, or an item ended by a semicolon alone ("…the Products;"): the list is set
  // out line by line, and the item is its next one. "…; or" and "…; and" close the item before a list's last:
  // after the item before run into the sentence, the last item is the sentence's too ("… to (i) modify it; or"
  // then "(ii) obtain a licence. If …").
  if (prior === '0' || inForce === `(${prior})` || /[.!?:;]["”’)]*$/.test(before)) return false;
  // The item before, where last met in the text (a second list's "(i)" after a first list's "(ii)"), stands
  // inside the sentence, after words of it ("10.1 (a) not use …; and" opens a list set out line by line), and
  // this item does not follow it there.
  const at = before.lastIndexOf(` (${prior}) `);
  return at >= 0 && /\p{Ll}{2}/u.test(before.slice(0, at)) && !before.slice(at).includes(` ${item} `);
}

/**
 * Whether the item label `item` ("(c)") is the one next after `before` ("(b)"): the next letter in the
 * same case, the next figure ("(3)" after "(2)"), or the next small numeral ("(iii)" after "(ii)"; one of
 * them two letters or more, so that "(i)" after "(h)" stays a letter).
 */
function nextItem(before: string, item: string): boolean {
  const a = before.slice(1, -1);
  const b = item.slice(1, -1);
  if (/^\d{1,3}$/.test(a) && /^\d{1,3}$/.test(b)) return Number(b) === Number(a) + 1;
  if (/^[ivxl]{1,6}$/.test(a) && /^[ivxl]{1,6}$/.test(b) && (a.length > 1 || b.length > 1)) return romanValue(b) > 0 && romanValue(b) === romanValue(a) + 1;
  return /^[a-zA-Z]$/.test(a) && /^[a-zA-Z]$/.test(b) && b.charCodeAt(0) === a.charCodeAt(0) + 1;
}

// The end of a sentence, a title or a lead-in: a full stop, question or exclamation mark, colon or semicolon,
// with any closing quotes or brackets after it.
const SENTENCE_CLOSE = /[.!?:;]["”’)\]]*$/;

/**
 * Whether a text ends mid-sentence on a word that leads on to a clause reference ("… as provided in",
 * "… Sections 3.2 and"); "…; and" closes an item of a list, after which a clause may follow.
 */
function leadsToReference(text: string): boolean {
  return /\s(?:in|of|under|to|and|or|with|by|see|per|than)$/.test(text) && !/[;,]\s*(?:and|or)$/.test(text);
}

/** The right edge of a page's text: the farthest right any of its drawn lines reaches (undefined when none is drawn). */
function rightEdge(units: readonly SourceUnit[]): number | undefined {
  let right: number | undefined;
  for (const u of units) for (const r of u.rects ?? []) right = Math.max(right ?? -Infinity, r.x + r.width);
  return right;
}

/**
 * Whether a drawn unit's last line stops well short of the page's text (`right`): a paragraph or an item
 * ended there ("(e) $500 on 1 June 2018" in a list of instalments), not a full line wrapped on.
 */
function stopsShort(unit: SourceUnit | undefined, right: number | undefined): boolean {
  const rects = unit?.rects;
  // A table's row stops where its cells do, whatever comes after it.
  if (!rects?.length || right === undefined || unit!.hint !== 'paragraph') return false;
  const last = rects[rects.length - 1]!;
  let lineLeft = Infinity;
  let lineRight = -Infinity;
  for (const r of rects) {
    if (Math.abs(r.y - last.y) > Math.max(2, last.height / 2)) continue;
    lineLeft = Math.min(lineLeft, r.x);
    lineRight = Math.max(lineRight, r.x + r.width);
  }
  return lineRight < lineLeft + 0.6 * (right - lineLeft);
}

// A line of a notice address that is no heading: whom to attend, a telephone or fax number, an e-mail.
const CONTACT_LINE = /^(?:attention|attn|tel|telephone|phone|fax|facsimile|telecopy|telecopier|e-?mail)\b\.?\s*:/i;

/** Builds blocks, page texts and defined terms from a reader's pages. */
export function buildStructure(source: SourceDocument): Structured {
  const blocks: Block[] = [];
  const pages: Page[] = [];
  const stack: SectionEntry[] = [];
  let numericLabel: string | undefined; // how it is cited ("7.2" or "Section 7.2")
  let letter: string | undefined; // current "(a)"
  let roman: string | undefined; // current "(iv)"
  // The left edge of what the item in force occupies (its label and every line of its text, drawn pages
  // only): a paragraph opening left of it is outside the item.
  let letterReach: number | undefined;
  let romanReach: number | undefined;
  let keyword: string | undefined; // current ARTICLE / Schedule label when no number is in force
  let keywordTitle: string | undefined; // an exhibit's or schedule's own title, when one has been read
  let exhibitItems = false; // no heading in capitals has come between the exhibit's label (and title) and its items
  let exhibitTitleLines = false; // the exhibit's title is printed on the heading lines under its label
  let inKeywordTitle = false; // the unit before was the exhibit's label or a line of its title
  let firstHeading: string | undefined;
  let lastTop = 0; // the top number of the last clause number read ("8" for "8.2"), whatever closed it since
  let lastLabelAlone = false;
  let lastItemAlone = false;
  let inAddress = false; // the lines above are a notice's address
  let prevText = '';
  let prevRow = false; // the unit before was a table row
  let topParen = false; // the clause number in force was printed "2)"
  let lastNumberedTitle = false; // the unit before was a numbered clause's own title ("5. Statement of Work")
  let lastItemTitle = false; // the unit before was an item's own title inside a numbered clause ("(a) Payment Schedule")
  let lastTitleLeadsIn = false; // the unit before was a numbered clause's title alone, leading in with a colon ("2. DEFINITIONS:")
  let subheadsOf: string | undefined; // the clause number whose title-case subheadings sit inside it
  let numeralAbove: string | undefined; // the top list's numeral ("(iii)") a lettered list "a.", "b." went under
  // The numbered clause and its item that an unnumbered heading last closed, until another label comes.
  let closed: { numericLabel: string; letter: string; roman: string | undefined; topParen: boolean } | undefined;

  const push = (rank: number, text: string): void => {
    while (stack.length && stack[stack.length - 1]!.rank >= rank) stack.pop();
    stack.push({ rank, text: shorten(text) });
  };
  const popTo = (rank: number): void => {
    while (stack.length && stack[stack.length - 1]!.rank >= rank) stack.pop();
  };
  const currentClause = (): string | undefined => {
    const base = numericLabel ?? keyword;
    if (!letter) return base;
    const sub = `${letter}${roman ?? ''}`;
    // A numbered clause carries its items ("7.2(b)", "SECTION NINE(A)", "ARTICLE IV(b)": an article
    // numbered in roman numerals is numbered as "IV." is). So does an Exhibit A whose items follow its
    // label and title with no heading in capitals between ("EXHIBIT A(c)"); items under a heading in
    // capitals inside the exhibit are cited alone, as the heading's.
    return base && (/\d/.test(base) || base === numericLabel || /^(?:article|part)\s+[IVXLC]+$/i.test(base) || exhibitItems) ? `${base}${sub}` : sub;
  };

  const toc = findTableOfContents(source);
  const contents = findContentsEntries(source);
  // On how many pages each line is met: a running header or footer repeats page after page.
  const seen = new Map<string, number>();
  for (const page of source.pages) {
    const keys = page.units.map((u) => lineKey(u.text)).filter((k) => k !== undefined);
    for (const k of new Set(keys)) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const goesOn = sentenceGoesOn(source.pages.flatMap((p) => p.units), seen);
  let at = -1; // the unit's place among all the document's units
  for (const page of source.pages) {
    let n = 0;
    const texts: string[] = [];
    let prevKind: BlockKind | undefined;
    inKeywordTitle = false;
    const textRight = rightEdge(page.units);
    for (const [i, unit] of page.units.entries()) {
      at++;
      const text = unit.text.replace(/\s+/g, ' ').trim();
      if (!text) continue;
      if (toc.has(unit) || contents.has(unit)) {
        // Contents lines name clauses without being them: cite them by page only. Those found under the
        // contents' heading keep the kind they are read as (a heading, a table's row).
        const kind: BlockKind = toc.has(unit) ? 'list-item' : unit.hint === 'table-row' ? 'table-row' : looksLikeHeading({ ...unit, text }, parseClauseLabel(text)) ? 'heading' : 'list-item';
        n++;
        blocks.push({ id: `p${page.number}.${n}`, page: page.number, kind, text, section: ['Contents'], ...(unit.rects?.length ? { rects: unit.rects } : {}) });
        texts.push(prevKind === 'table-row' && kind === 'table-row' ? `\n${text}` : `${texts.length ? '\n\n' : ''}${text}`);
        prevKind = kind;
        continue;
      }
      // The unit before was a clause number or keyword label alone ("Section 14.2", "7.", "ARTICLE 3").
      const titlesLabel = lastLabelAlone;
      // The unit before was an item label alone ("B." in a column of its own): this text is that item's.
      const itemLabelAbove = lastItemAlone;
      const afterKeywordTitle = inKeywordTitle;
      inKeywordTitle = false;
      // A "row" of one cell ("1. Transaction Revenue:" set apart in a fee schedule) is a line the reader took for a table's.
      let label = unit.hint === 'table-row' && text.includes(' | ') ? rowLabel(text) : parseClauseLabel(text);
      // A row "X. | INDEMNIFICATION" whose first cell is a label reads as the line "X. INDEMNIFICATION".
      if (unit.hint !== 'table-row' || label) label = romanTopInPlace(unit.hint === 'table-row' ? text.replace(' | ', ' ') : text, label, numericLabel, letter) ?? label;
      // "II. Partner Scheme § 1 Joining": a part's heading and its first section's heading on one
      // line (or joined by the reader). The section's number is in force for the text below, as it is when
      // the two headings stand on lines of their own.
      const signAt = text.indexOf(' §');
      if (signAt > 0 && text.length <= 160) {
        const section = parseClauseLabel(text.slice(signAt + 1));
        const head = text.slice(0, signAt);
        if (section?.number !== undefined && /\p{L}/u.test(section.rest) && !section.rest.includes('§') && (romanTopLabel(head) !== undefined || parseClauseLabel(head)?.kind === 'article')) label = section;
      }
      if (label?.kind === 'schedule' && unit.hint !== 'table-row' && besideOther(page.units, i)) label = undefined;
      // "… no less than thirty" then "(30) days before …": a paragraph broken where the figure repeats the
      // number in words, as contracts write numbers; the figure is no item label.
      if (label?.kind === 'number' && !label.number && SPELLED_NUMBER_END.test(prevText)) label = undefined;
      // "… will include (a) cover for workers, (b) general liability, and" then "(c) motor cover. On
      // request…": a list run into a sentence, wrapped so that its next item starts the line. The item
      // is the sentence's, not a new item of the clause (unless the item before it is the one in force).
      if (label && !label.number && label.kind !== 'bullet' && wrapsInlineItem(prevText, label.label, letter)) label = undefined;
      // "9 LIMITATION OF LIABILITY" is clause 9 only after clause 8 (or its sub-clauses), or 7 where the
      // text lost a heading; "1 TERM" opens the numbering.
      if (label?.bare && !(Number(label.number) > lastTop && Number(label.number) <= lastTop + 2)) label = undefined;
      // "… the reports detailed in Sections 3.06 [Reporting] and" then "4.02 [Reporting] hereof or …": a
      // sentence that ends on a word leading on to a reference goes on into the clause number that starts
      // the next line; a clause's own number follows a sentence's end, a title or a page, never "and" or "in".
      // A table row's text ends with its last cell, not where its sentence ends.
      if (label && (label.number !== undefined || label.kind === 'schedule' || label.kind === 'article') && !prevRow && leadsToReference(prevText)) label = undefined;
      prevRow = unit.hint === 'table-row';
      if (label?.number !== undefined && /^\d/.test(label.number) && label.kind !== 'schedule') lastTop = parseInt(label.number, 10);
      const textBefore = prevText;
      prevText = text;
      const lettersBefore = { letter, roman };
      // "3) Payment. The Sponsor pays…" with no clause number or part in force (or after "2)" read so):
      // the contract numbers its clauses "1)", "2)", cited "3", not an item "(3)" of nothing.
      if (label?.kind === 'number' && !label.number && /^\d{1,3}\)/.test(text) && (topParen || (numericLabel === undefined && keyword === undefined && letter === undefined))) {
        const id = label.label.slice(1, -1);
        label = { kind: 'number', label: id, number: id, rest: label.rest };
        topParen = true;
      } else if (label && (label.number !== undefined || label.kind === 'schedule' || label.kind === 'article')) topParen = false;
      // "Exhibit 10.1" or "EXHIBIT 10(d)" atop an SEC filing is the filing's exhibit number, not a part of
      // the contract: a contract's own exhibits are "Exhibit A" or "Exhibit 3", never a sub-numbered one.
      // An exhibit numbered after the clause that calls for it gives its title after a dash or colon ("Exhibit
      // 4.2 – Price List"); the filing's number stands alone.
      if (label?.kind === 'schedule' && label.number && ((label.number.includes('.') && !/^\S+\s+[\d.]+\s*[-–—:]\s*[A-Z[]/.test(text)) || /^\([a-z0-9]{1,3}\)/i.test(label.rest))) label = undefined;
      let kind: BlockKind = unit.hint === 'heading' ? 'paragraph' : unit.hint;
      const heading = looksLikeHeading({ ...unit, text }, label);
      if (heading) kind = 'heading';
      else if (unit.hint === 'paragraph' && label && (label.kind === 'letter' || label.kind === 'roman' || label.kind === 'bullet' || (!label.number && label.kind === 'number'))) kind = 'list-item';

      // "(a)" of clause 4.3, a table or a line read as a heading ("Payment Schedule", an address), then
      // "(b)": the next item of the closed clause's list is that clause's, as a reader counts on through
      // a table or an address set out inside an item ("4.3(b)", not "(b)" alone).
      if (label && closed && numericLabel === undefined && keyword === undefined && !label.number && label.kind !== 'bullet' && nextItem(closed.letter, label.label)) {
        ({ numericLabel, letter, roman, topParen } = closed);
      }
      if (label) closed = undefined;
      if (label) {
        if (label.number !== undefined || label.kind === 'schedule' || label.kind === 'article') subheadsOf = numeralAbove = undefined;
        if (label.kind === 'schedule' || label.kind === 'article') {
          keyword = label.label;
          keywordTitle = /\p{L}{3}/u.test(label.rest) ? label.rest : undefined;
          exhibitItems = label.kind === 'schedule';
          exhibitTitleLines = keywordTitle === undefined;
          inKeywordTitle = heading;
          numericLabel = label.number ? label.label : undefined;
          letter = roman = undefined;
          push(rankOf(label), text);
        } else if (label.number) {
          numericLabel = label.kind === 'section' ? label.label : label.number;
          letter = label.item;
          roman = undefined;
          const rank = rankOf(label);
          const title = heading ? text : runInTitle(label.rest);
          // The section reads as printed: "1. Definitions", not the bare "1 Definitions".
          if (title) push(rank, heading ? text : text.slice(0, text.indexOf(title) + title.length));
          else popTo(rank);
        } else if (label.kind === 'letter' || label.kind === 'roman' || (label.kind === 'number' && !label.number)) {
          const id = label.label.slice(1, -1);
          const followsLetter = letter !== undefined && id.length === 1 && id.charCodeAt(0) === letter.charCodeAt(1) + 1;
          // A list numbered "(i)", "(ii)", "(iii)" at the top level: its "(i)" was taken for a letter, so a
          // numeral just after the item in force (read as a numeral; one may be lost in the text: "(ii)" then
          // "(iv)") is the next item, not a sub-item of it, unless it comes next after the sub-item in force
          // ("(c)(i)" then "(c)(ii)").
          const valueOf = (item: string | undefined): number => (item === undefined ? 0 : romanValue(item.slice(1, -1)));
          const ahead = valueOf(letter) > 0 ? romanValue(id) - valueOf(letter) : 0;
          const followsSub = roman !== undefined && romanValue(id) === valueOf(roman) + 1;
          // "iii." then "a.", "b." under it, then "iv.": the numerals' list goes on past the letters under one of them.
          const afterSubList = numeralAbove !== undefined && romanValue(id) === valueOf(numeralAbove) + 1;
          const nextTopNumeral = label.kind === 'roman' && !followsLetter && !followsSub && (ahead === 1 || ahead === 2 || afterSubList);
          // "a." under "iii." (a numeral of two letters or more, so no letter "(i)"): a list under that numeral.
          if (label.kind === 'letter' && /^[aA]$/.test(id) && letter !== undefined && /^\([ivx]{2,6}\)$/.test(letter)) numeralAbove = letter;
          else if (nextTopNumeral) numeralAbove = undefined;
          const isRoman = label.kind === 'roman' && letter !== undefined && !followsLetter && !nextTopNumeral;
          // "(f) … only as set out below:" then "(1) …", "(2) …": figures opening a list under a lettered item's
          // lead-in are that item's sub-items ("10(f)(2)"), as "(i)" under it would be; the figure next after
          // the sub-item in force goes on that list. A figure after a text that leads in nothing ("(b) Fees are
          // paid monthly." then "(1) Storage…") is left as it was read.
          const figureUnder =
            label.kind === 'number' &&
            /^\d{1,3}$/.test(id) &&
            letter !== undefined &&
            /^\([a-zA-Z]\)$/.test(letter) &&
            ((id === '1' && /:$/.test(textBefore)) || (roman !== undefined && /^\(\d{1,3}\)$/.test(roman) && Number(id) === Number(roman.slice(1, -1)) + 1));
          if (isRoman || figureUnder) roman = label.label;
          else {
            letter = label.label;
            roman = undefined;
          }
        }
      } else if (!heading && unit.hint === 'paragraph' && !itemLabelAbove && opensTitledClause(text)) {
        // "CONFIDENTIALITY. All knowledge…" after "(a) …": a titled clause of its own, not part of the item.
        letter = roman = undefined;
      } else if (!heading && unit.hint === 'paragraph' && !itemLabelAbove && letter !== undefined && (SENTENCE_CLOSE.test(textBefore) || stopsShort(page.units[i - 1], textRight)) && /^[A-Z“"]/.test(text)) {
        // "(d) … disclosure." set in from the margin, then "Except as required by law, …" opening a new
        // sentence back at the clause's margin: the clause goes on after its list, not its last item. So
        // after a list whose items end with no stop ("(e) $500 on 1 June 2018"): its last line stops well
        // short of the page's text, where a paragraph ends.
        if (opensLeftOfItem(unit.rects, romanReach)) roman = undefined;
        if (opensLeftOfItem(unit.rects, letterReach)) letter = roman = undefined;
      } else if (heading) {
        // An unnumbered heading closes the numbered clause above it; one that opens a part of the
        // contract outside the article above (its title, recitals, list of exhibits) closes that too.
        // Not so a heading that is no title: a page number left in the text ("16", "Page 10"); the title of a label
        // printed alone on the line above ("Section 14.2" over "TERMINATION."); or "“10.1(a)" alone on its
        // line, which opens the wording an amending clause puts in ("13. Section 10.1(a) is replaced by the
        // following:"), cited by the amending clause as it is when the quoted number starts a paragraph.
        // Nor is a running header or footer met on three pages or more ("Orchard Supply Agreement") that a
        // PDF's text gives between two pieces of a sentence (the next text on the page goes on in lower case).
        const running = (seen.get(lineKey(text) ?? '') ?? 0) >= 3 && goesOn[at + 1]!;
        // Nor is a piece of a sentence that a justified line left short ("(a) As a consequence of this",
        // then "Agreement and the", then "relationship set up hereby, …"): the text above ends no sentence,
        // neither does it, and the text below goes on in lower case.
        const midSentence = goesOn[at + 1]! && !SENTENCE_CLOSE.test(textBefore) && !SENTENCE_CLOSE.test(text);
        // Nor are the lines of an address a notice clause gives ("If to the Grower:", then "Harbor Lane
        // Inc.", "12 Quay Street", "Attention: Legal"), which a PDF's text may give as short headings.
        const address = inAddress || CONTACT_LINE.test(text);
        // Nor is a table's column head beside another ("Annual Fee" | "Payment Date"), nor is it a section.
        const columnHead = !label && besideHeading(page.units, i);
        // Nor is a short text on the line of the text before it, that text's cell in a table of terms
        // ("(vii) Material loss allowance" | "Schedule C"): a heading stands on its line alone.
        const cellBeside = !label && sideBySide(unit, page.units[i - 1]);
        // Nor is the title of an item label printed alone on the line above ("B." over "Maintenance
        // Services"): the item goes on through its title and the text under it, as a clause number's does.
        // Nor is a subheading in title case ("Customer Portal") printed just under a numbered clause's
        // title ("5. Statement of Work"), before any text of it: the clause is set out under subheadings,
        // and its later subheadings in title case are its own too (capitals still close it).
        // So is a title-case line just under an item's title ("(a) Payment Schedule" over "See Exhibit B"),
        // for that item only.
        // Nor is the first line under a clause's title that leads in with a colon ("2. DEFINITIONS:" over
        // "INITIAL TERM  June 2020…"): what the colon leads in is that clause's, in capitals or not.
        const subhead = numericLabel !== undefined && ((!isAllCaps(text) && (lastNumberedTitle || lastItemTitle || subheadsOf === numericLabel)) || lastTitleLeadsIn);
        if (subhead && !lastItemTitle) subheadsOf = numericLabel;
        if (/\p{L}/u.test(text) && !PAGE_NUMBER_LINE.test(text) && !titlesLabel && !itemLabelAbove && !QUOTED_NUMBER.test(text) && !running && !midSentence && !address && !columnHead && !cellBeside && !subhead) {
          if (numericLabel !== undefined && letter !== undefined) closed = { numericLabel, letter, roman, topParen };
          numericLabel = letter = roman = undefined;
          topParen = false;
          // The exhibit's own title lines, just under its label, are no heading inside it. A subheading in
          // title case ("Ordering Steps", "Crate Prices") groups the exhibit's items without leaving it:
          // a reader cites "(2)" under it as Exhibit F's, "Exhibit F(2)". A heading in capitals may open
          // another document filed after the exhibit, so its items are cited alone.
          if (!(exhibitTitleLines && afterKeywordTitle) && isAllCaps(text)) exhibitItems = false;
        }
        if (keyword && opensContractPart(text, keyword)) keyword = undefined;
        // The first heading under an exhibit's label is its title; a contract's title after that is
        // another document filed after the exhibit, outside it.
        else if (keyword && /^(?:schedule|annex|exhibit|appendix|attachment)\b/i.test(keyword)) {
          if (keywordTitle === undefined) {
            keywordTitle = /\p{L}{3}/u.test(text) ? text : undefined;
            inKeywordTitle = keywordTitle !== undefined;
          } else if (afterKeywordTitle && /\p{L}{3}/u.test(text)) {
            // A title wrapped over two heading lines ("Orchard Supply and" / "Delivery Agreement") is one;
            // a page number or a new page ends it.
            keywordTitle = `${keywordTitle} ${text}`;
            inKeywordTitle = true;
          } else if ((seen.get(lineKey(text) ?? '') ?? 0) < 2 && opensOtherDocument(titleCarriedOver(text, page.units[i + 1]), keywordTitle)) {
            // A line met on two pages or more (a running footer "Orchard Supply Agreement") is no title.
            keyword = undefined;
          }
        }
        // Capitals ("RECITALS", "DEFINITIONS") sit level with top clauses ("1. Definitions");
        // other unnumbered headings sit inside them.
        const rank = unit.level !== undefined ? unit.level + 1 : isAllCaps(text) ? 2 : 2.5;
        if (!columnHead) push(rank, text);
      }

      // The testimonium closes the numbered clause, its item and an article in force; an exhibit's stays.
      if (!label && opensSignature(text)) {
        numericLabel = letter = roman = undefined;
        topParen = false;
        closed = undefined;
        if (keyword && !/^(?:schedule|annex|exhibit|appendix|attachment)\b/i.test(keyword)) keyword = undefined;
      }

      // An address runs from a short unnumbered line ending in a colon ("If to Northvale:", "Copy to:") or
      // a contact line over its short lines; a clause label or a longer paragraph ends it. A clause's own
      // lead-in ("4. Section 7.2 is replaced by the following:") opens no address.
      // A sentence of any length that ends on the address it leads in ("… shall be sent at the following address:") opens one too.
      inAddress = (unit.hint === 'paragraph' && !heading && !label && (text.length <= 60 || /\baddress(?:es)?:$/i.test(text)) && /:$/.test(text)) || (heading && CONTACT_LINE.test(text)) || (inAddress && !label && (heading || text.length <= 80));
      lastLabelAlone = label !== undefined && label.number !== undefined && !/\p{L}/u.test(label.rest);
      lastNumberedTitle = heading && label !== undefined && label.number !== undefined && label.kind !== 'schedule' && /\p{L}/u.test(label.rest);
      lastItemTitle = heading && label !== undefined && label.number === undefined && label.kind !== 'schedule' && label.kind !== 'article' && label.kind !== 'bullet' && numericLabel !== undefined && /\p{L}/u.test(label.rest);
      lastTitleLeadsIn = !heading && label?.number !== undefined && label.kind !== 'schedule' && /^[^.;:]{2,60}:$/.test(label.rest) && runInTitle(`${label.rest.slice(0, -1)}. x`) !== undefined;
      lastItemAlone = label !== undefined && label.number === undefined && (label.kind === 'letter' || label.kind === 'roman' || label.kind === 'number') && !label.rest;
      // An item reaches as far left as its label and every line of its text: its own paragraphs may wrap
      // back to the margin (a page's number beside it is none of its lines).
      const reach = kind === 'heading' || PAGE_NUMBER_LINE.test(text) ? undefined : itemReach(unit.rects);
      if (letter !== lettersBefore.letter) letterReach = letter === undefined ? undefined : itemReach(unit.rects);
      else if (letter !== undefined && reach !== undefined) letterReach = Math.min(letterReach ?? reach, reach);
      if (roman !== lettersBefore.roman) romanReach = roman === undefined ? undefined : itemReach(unit.rects);
      else if (roman !== undefined && reach !== undefined) romanReach = Math.min(romanReach ?? reach, reach);
      const clause = currentClause();
      const section = stack.map((s) => s.text);
      // A heading's own entry is the last in the stack: its section is what lies above it.
      if (kind === 'heading' && section.length && section[section.length - 1] === shorten(text)) section.pop();
      const block: Block = { id: '', page: page.number, kind, text, section };
      if (clause) block.clause = clause;
      if (page.ocr) block.scanned = page.ocr.confidence;
      // The unit's rectangles stay on each piece: the page view marks the whole paragraph.
      if (unit.rects?.length) block.rects = unit.rects;
      // An over-long paragraph becomes several blocks on the same page, in the same clause.
      for (const piece of capBlockText(text)) {
        n++;
        blocks.push({ ...block, id: `p${page.number}.${n}`, text: piece, section: [...section] });
      }
      if (kind === 'heading' && !firstHeading) firstHeading = text;
      texts.push(prevKind === 'table-row' && kind === 'table-row' ? `\n${text}` : `${texts.length ? '\n\n' : ''}${text}`);
      prevKind = kind;
    }
    const p: Page = { number: page.number, text: texts.join('') };
    if (page.ocr) p.ocr = page.ocr;
    if (page.size) p.size = page.size;
    pages.push(p);
  }
  return { pages, blocks, definitions: findDefinedTerms(blocks), ...(firstHeading ? { firstHeading } : {}) };
}
