/**
 * Recognises the contract's own numbering at the start of a paragraph: "ARTICLE IV",
 * "Section 5.2", "Schedule 2", "5.", "5.2.1", "(a)", "(iv)", "a)".
 */

export type LabelKind = 'schedule' | 'article' | 'section' | 'number' | 'letter' | 'roman' | 'bullet';

export interface ClauseLabel {
  kind: LabelKind;
  /** The label as the citation shows it: "ARTICLE IV", "Section 5", "Schedule 2", "5.2.1", "(a)". */
  label: string;
  /** For numbered labels, the dotted number ("5.2" for "Section 5.2" or "5.2."); else undefined. */
  number?: string;
  /** The text after the label. */
  rest: string;
  /** An item label printed on the same line after a clause number ("21. a. Confidentiality" → "(a)"). */
  item?: string;
  /**
   * A number without its full stop before a title in capitals ("9 LIMITATION OF LIABILITY"): a clause
   * only where it comes next (or one after next) after the clause numbers above it, as a page number
   * run into a heading ("17 PAYMENT TERMS" on page 17, after clause 2) does not.
   */
  bare?: true;
}

// Numbers in words as some contracts number their sections ("SECTION FOURTEEN", "Article Twenty-One").
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty'];
const SPELLED = `(?:(?:${TENS.join('|')})(?:-(?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`;
const KEYWORD = new RegExp(`^(schedule|annex|exhibit|appendix|attachment|article|part|section|clause)\\s+((?:\\d{1,3}(?:\\.\\d{1,3})*|${SPELLED}|[IVXLC]{1,7}|[A-Z]{1,2})(?![\\w-]))[.:]?\\s*`, 'i');

// "Term Fourteen Force Majeure": some contracts (translated ones especially) number their clauses "Term" and a
// number in words, the title after it. A term of years ("Term Two Years", "Term One (1) year") is no label.
const TERM_WORD = new RegExp(`^(Term|TERM)\\s+(${SPELLED})(?![\\w-])[.:]?\\s*`, 'i');
const TERM_QUANTITY = /^(?:days?|weeks?|months?|years?|hours?)\b/i;

/** The value of a number in words ("fourteen" 14, "Twenty-One" 21), or undefined when it is not one. */
function spelledValue(word: string): number | undefined {
  const [tens, unit] = word.toLowerCase().split('-') as [string, string | undefined];
  const t = TENS.indexOf(tens);
  if (t >= 0) return (t + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0);
  if (TEENS.includes(tens)) return TEENS.indexOf(tens) + 10;
  return UNITS.includes(tens) ? UNITS.indexOf(tens) + 1 : undefined;
}
const NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,5})(\.?)(?=\s|$)\s*/;
// "1.PRICES:" or "4.2Warranty. The…": some PDFs' text prints a clause number and its title with no space
// between. Only a number with a full stop in or after it, before a capital and two more letters ("1.5 kg"
// and "1.5m" keep their space or lack the capital).
const GLUED_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,5})(\.?)(?=[A-Z][A-Za-z]{2})/;
// "3 . The Grower shall…": some PDFs' text puts a space between a clause number and its full stop; the
// text after must begin with a capital, a quote or a bracket, as a clause does ("3 . 5 million" is no clause).
const SPACED_DOT = /^(\d{1,3}) \.\s+(?=[A-Z“"(])/;
// An item opening the clause's first paragraph on the number's own line: "21. a. Confidentiality. Each…"
// or "4. (b) The Grower…" (a lower-case letter, its full stop or brackets, then a capital or the line's end:
// "2.3 (c)" alone over its title).
const ITEM_AFTER_NUMBER = /^(?:([a-z])\.|\(([a-z])\))(?:\s+(?=[A-Z“"(])|$)/;
// The first item run in after the clause's title on the number's line: "7. Indemnification. (a) Each party…"
// or "14. CRATE RENTAL. a) The Grower rents…". The words after "(a)" are that item's, cited "7(a)" as the
// "(b)" below is cited "7(b)". The title is the text up to its first full stop or colon, a semicolon joining
// two titles ("Payments; Records"); its words are checked apart (a title's, not a sentence's: "The Grower
// agrees that: (a) …" is a lead-in).
const TITLE_THEN_FIRST_ITEM = /^([A-Z][^.:()]{0,60})[.:]\s+(?:a[.)]|\(a\))\s+(?=[A-Z“"(])/;
const TITLE_FUNCTION_WORD = /^(?:and|or|of|the|to|in|for|on|by|with|a|an|&)$/;

/** "(a)" when `rest` (the text after a clause number) is a run-in title then the clause's first item "(a)". */
function itemAfterTitle(rest: string): string | undefined {
  const m = TITLE_THEN_FIRST_ITEM.exec(rest);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  if (words.length > 10) return undefined;
  return words.every((w) => /^[A-Z0-9“"&]/.test(w) || TITLE_FUNCTION_WORD.test(w)) ? '(a)' : undefined;
}
const PAREN = /^\(([a-z]{1,3}|[ivxlc]{1,6}|\d{1,3}|[A-Z]{1,2}|[IVXLC]{1,6})\)\s*/;
// "a) The Grower…" or "A) The Grower…"; an item label may also stand alone on its line, its text in the
// next one, where a PDF prints the label in a column of its own ("A." then "Termination by the Grower.").
const HALF_PAREN = /^([a-z]|[A-Z]|\d{1,3})\)(?:\s+|$)/;
const LETTER_DOT = /^([a-z]|[A-Z])\.(?:\s+(?=[A-Z(“"])|$)/;
// "ii. Review the offers…", "viii. The Buyer…": an item numbered in small roman numerals with a full stop.
// "i.", "v." and "x." are read with the letters, as a roman numeral the caller tells apart from a letter by
// the items in force ("i." after "h." is a letter, under "(b)" the first numeral).
const ROMAN_DOT = /^([ivx]{2,6})\.(?:\s+(?=[A-Z(“"])|$)/;
const ROMAN_ITEM = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;
const BULLET = /^[•●▪◦‣∙·–-]\s+/;
// "7A. Insurance": a clause put in between "7." and "8." is numbered with a capital letter after the number;
// its own clauses are numbered under it ("3A.2 The Parties confirm…").
const LETTERED_NUMBER = /^(\d{1,3}[A-Z](?:\.\d{1,3}){1,3}|\d{1,3}[A-Z](?=\.))\.?(?:\s+(?=[A-Z“"(])|\s*$)/;
// "VI. TERM AND TERMINATION": a top clause numbered in capital roman numerals, then its title, or alone
// ("VI." in a column of its own, its title the next line). Up to XXXIX, so that an item "C." or "D." is
// never read as a numeral.
const ROMAN_TOP = /^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.(?:\s+(?=[A-Z“"])|\s*$)/;
const ROMAN = /^[ivxlc]+$/i;
// "9 LIMITATION OF LIABILITY.": a heading numbered without a full stop, its whole text a title in capitals
// (one word of four letters or more). A quantity in capitals ("12 MONTHS") is no title.
const BARE_NUMBER_CAPS_TITLE = /^(\d{1,2})\s+([A-Z][A-Z ,&'’/-]{0,78}[A-Z])[.:]?$/;
const QUANTITY_WORD = /^(?:DAYS?|WEEKS?|MONTHS?|YEARS?|HOURS?|MINUTES?|UNITS?|PAGES?|PERCENT|COPIES|ITEMS?|PIECES?|TONS?|POUNDS?|DOLLARS?)$/;

/** Whether `title`, after a bare number, is a heading's title in capitals and no quantity. */
function capsTitle(title: string): boolean {
  const words = title.split(/[\s,]+/).filter(Boolean);
  return /[A-Z]{4}/.test(title) && !QUANTITY_WORD.test(words[0]!);
}
// "§ 6 Advertising Costs": contracts drafted on the continental model number their sections with the
// section sign, then the title (a brand's small letter may open it: "§ 3 iOrchard Fees"). A reference
// opening a line ("§ 1320a-7a(g), and …", "§101, et seq.") has letters or a comma after its number.
const SECTION_SIGN = /^§\s*(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s+(?=\S)/;
// The words that go on a reference ("§ 4 of the Act", "§ 2 and 3"): no title opens with them.
const REFERENCE_GOES_ON = /^(?:of|in|to|under|and|or|for|by|with|at|as|on|et|shall|is|are|applies|apply)\b/;

/** Whether `rest`, after "§ 6", is a section's title: a capital first, or a few words with no sentence's stops. */
function sectionSignTitle(rest: string): boolean {
  if (/^[A-Z“"]/.test(rest)) return true;
  return /^\p{Ll}/u.test(rest) && !REFERENCE_GOES_ON.test(rest) && !/[.,;:]/.test(rest) && rest.trim().split(/\s+/).length <= 6;
}

/**
 * A date written day.month.year with a two-digit year ("30.4.98" on a signature line): a day, a month
 * and a year no day can be (over 31), with no words after it. A clause "2.1.32 Crude Oil: means …"
 * has words; a bare "5.2.1" line has a last part that could be a day, so stays a clause number.
 */
function isDottedDate(num: string, rest: string): boolean {
  const parts = num.split('.').map(Number);
  if (parts.length !== 3 || !/^\d{2}$/.test(num.split('.')[2]!)) return false;
  const [day, month, year] = parts as [number, number, number];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && year > 31 && !/\p{L}/u.test(rest.slice(0, 40));
}

/**
 * A capital roman numeral and its full stop opening the text ("IV. EXPENSES", "II. Orchard Program"), read
 * as a top clause's number; `capsTitle` when the title after it is in capitals ("TERM/TERMINATION",
 * "NOTICES. All notices…"). A numeral alone ("II.") has an empty rest. Whether it is one is for the caller
 * to say: "II. Make crates available…" may be an item of a list, and "V." a letter.
 */
export function romanTopLabel(text: string): (ClauseLabel & { capsTitle: boolean }) | undefined {
  const t = text.trimStart();
  const m = ROMAN_TOP.exec(t);
  if (!m?.[1]) return undefined;
  const rest = t.slice(m[0].length);
  const title = rest.split(/\.\s/, 1)[0]!;
  const capsTitle = !/\p{Ll}/u.test(title) && (title.match(/\p{Lu}/gu) ?? []).length >= 4;
  return { kind: 'number', label: m[1], number: m[1], rest, capsTitle };
}

/** Parses a leading clause label, or returns undefined when the text does not start with one. */
export function parseClauseLabel(text: string): ClauseLabel | undefined {
  const t = text.trimStart();
  let m = KEYWORD.exec(t);
  if (m) {
    const word = m[1]!;
    const id = m[2]!;
    const lower = word.toLowerCase();
    // "Section 5 of the Act" mid-sentence is a reference, not a heading: keywords must be the label, so
    // require the word to be capitalised as a label is.
    if (word[0] !== word[0]!.toUpperCase()) return undefined;
    const kind: LabelKind =
      lower === 'article' || lower === 'part'
        ? 'article'
        : lower === 'section' || lower === 'clause'
          ? 'section'
          : 'schedule';
    const rest = t.slice(m[0].length);
    // "Section 2 for certain additional defined terms" or "Exhibit A attached hereto and…" is prose that
    // starts with a reference, wrapped onto the line. An exhibit's heading may name the contract it belongs
    // to in lower case: "Exhibit A to Supply Agreement".
    if (/^[a-z]/.test(rest) && !(kind === 'schedule' && /^to\s/.test(rest))) return undefined;
    // A label's letter or numeral is printed in capitals ("Schedule B", "Article IV"): "Schedule of Rates"
    // and "Schedule to the Agreement" are titles, and "Exhibit h(2)" atop an SEC filing is the filing's
    // exhibit number. A number in words may be in any case ("Section fourteen").
    const spelledId = /^\p{L}{3}/u.test(id) && spelledValue(id) !== undefined;
    if (/^\p{L}+$/u.test(id) && !spelledId && id !== id.toUpperCase()) return undefined;
    const label = `${word} ${id}`;
    // A section numbered in words is cited as printed ("SECTION FOURTEEN") and ranked by its value.
    const spelled = /^\p{L}{3}/u.test(id) ? spelledValue(id) : undefined;
    const number = /^\d/.test(id) ? id : spelled !== undefined ? String(spelled) : undefined;
    // "Section 7. Indemnification. (a) The Grower…": the text is item (a)'s, as after a bare number.
    const item = kind === 'section' && number ? itemAfterTitle(rest) : undefined;
    return { kind, label, ...(number ? { number } : {}), rest, ...(item ? { item } : {}) };
  }
  m = TERM_WORD.exec(t);
  if (m && /^T/.test(m[1]!) && /^[A-Z]/.test(m[2]!)) {
    const rest = t.slice(m[0].length);
    // Cited as printed ("Term Fourteen"), as "SECTION FOURTEEN" is, and ranked by its value.
    if ((rest === '' || /^[A-Z“"]/.test(rest)) && !TERM_QUANTITY.test(rest)) return { kind: 'section', label: `${m[1]!} ${m[2]!}`, number: String(spelledValue(m[2]!)), rest };
  }
  m = LETTERED_NUMBER.exec(t);
  if (m) return { kind: 'number', label: m[1]!, number: m[1]!, rest: t.slice(m[0].length) };
  // A numeral of two letters or more ("II.", "XIV.") with its title in capitals is a top clause; "I.", "V."
  // and "X." may be letters, and the caller reads them by the clause in force.
  const roman = romanTopLabel(t);
  if (roman && roman.label.length > 1 && roman.capsTitle) return { kind: 'number', label: roman.label, number: roman.label, rest: roman.rest };
  m = SECTION_SIGN.exec(t);
  if (m && sectionSignTitle(t.slice(m[0].length))) {
    // Cited by its number ("§6(1)"), as a numbered clause is.
    const num = m[1]!;
    const rest = t.slice(m[0].length);
    const item = itemAfterTitle(rest);
    return { kind: 'number', label: num, number: num, rest, ...(item ? { item } : {}) };
  }
  m = BARE_NUMBER_CAPS_TITLE.exec(t.trimEnd());
  if (m && Number(m[1]) >= 1 && capsTitle(m[2]!)) return { kind: 'number', label: m[1]!, number: m[1]!, rest: t.slice(m[1]!.length).trim(), bare: true };
  m = SPACED_DOT.exec(t) ?? NUMBER.exec(t) ?? GLUED_NUMBER.exec(t);
  if (m) {
    const num = m[1]!;
    const rest = t.slice(m[0].length);
    const dotted = m[2] === '.' || m[0].includes(' .');
    // A bare integer needs its dot ("5.") and must not be an amount or a year ("2015 was…").
    if (!num.includes('.') && !dotted) return undefined;
    if (!num.includes('.') && Number(num) > 300) return undefined;
    const item = ITEM_AFTER_NUMBER.exec(rest);
    if (rest && /^[a-z%$]/.test(rest) && !num.includes('.') && !item) return undefined;
    if (isDottedDate(num, rest)) return undefined;
    const itemLabel = item ? `(${item[1] ?? item[2]!})` : itemAfterTitle(rest);
    return { kind: 'number', label: num, number: num, rest, ...(itemLabel ? { item: itemLabel } : {}) };
  }
  m = PAREN.exec(t) ?? HALF_PAREN.exec(t);
  if (m) {
    const id = m[1]!;
    const kind: LabelKind = /^\d+$/.test(id) ? 'number' : ROMAN.test(id) && id.length > 1 ? 'roman' : ROMAN.test(id) ? 'roman' : 'letter';
    return { kind, label: `(${id})`, rest: t.slice(m[0].length) };
  }
  m = LETTER_DOT.exec(t);
  if (m) return { kind: /^[ivx]$/.test(m[1]!) ? 'roman' : 'letter', label: `(${m[1]!})`, rest: t.slice(m[0].length) };
  m = ROMAN_DOT.exec(t);
  if (m && ROMAN_ITEM.test(m[1]!)) return { kind: 'roman', label: `(${m[1]!})`, rest: t.slice(m[0].length) };
  if (BULLET.test(t)) {
    const rest = t.replace(BULLET, '');
    // "● 2. COMPENSATION": an empty bullet the reader joined to the numbered heading under it; the number
    // and its title in capitals are the clause, the bullet nothing.
    const inner = /^\d/.test(rest) ? parseClauseLabel(rest) : undefined;
    if (inner?.kind === 'number' && inner.number !== undefined && /^[A-Z][A-Z ,&'’/-]{2,60}[A-Z]$/.test(inner.rest)) return inner;
    return { kind: 'bullet', label: '', rest };
  }
  return undefined;
}

/** Dotted depth of a number: "5" is 1, "5.2.1" is 3. */
export function numberDepth(n: string): number {
  return n.split('.').length;
}
