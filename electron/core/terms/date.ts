/**
 * Dates as contracts write them: "June 11, 2015", "the 23rd day of December, 2003", "17 July 2023",
 * "2015-06-11", "the first day of June, two thousand ten", and numeric "06/11/2015". A numeric date
 * is read month first (the US convention) unless the document is plainly day-first or the first
 * number is over 12; when both readings are possible the result is flagged `ambiguous`.
 */

import { BELOW_HUNDRED, TENS_WORD, wordsToNumber } from './duration';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
};

/** A day of the month as an ordinal in words, for other modules' patterns: "first", "twenty-third", "twenty third" (no groups). */
export const DAY_IN_WORDS = `(?:${Object.keys(ORDINAL_WORDS).map((w) => w.replace('-', '[\\s-]')).join('|')})`;

/** A month name or its abbreviation, optionally with a dot: "Sept.", "DECEMBER". */
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A day in digits with an optional ordinal suffix ("1st", "23rd"), or an ordinal word ("first", "twenty-third"). */
const DAY = `(\\d{1,2}(?:\\s?(?:s\\s?t|n\\s?d|r\\s?d|t\\s?h)\\b)?|${Object.keys(ORDINAL_WORDS).map((w) => w.replace('-', '[\\s-]')).join('|')})`;
/**
 * A year written in words, as formal openings and deeds do: "two thousand ten", "Two Thousand and
 * Fifteen", "nineteen hundred and ninety-eight", "one thousand nine hundred ninety-nine", "nineteen
 * ninety-nine".
 */
const YEAR_WORDS = `(?:(?:two\\s+thousand|nineteen\\s+hundred|one\\s+thousand\\s+nine\\s+hundred)(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?|nineteen\\s+${TENS_WORD})`;
/** A four-digit year from 1900 to 2099, or one in words. OCR sometimes puts a space inside it ("20 14"); not handled. */
const YEAR = `((?:19|20)\\d\\d|${YEAR_WORDS})`;
/**
 * Between the day or month and the year: a comma and spaces, and in filings converted from plain
 * text a run of dashes, the underline of the line above set into the sentence ("31 December, ------ 1996"),
 * and the "A.D." of formal openings ("the 1st day of March, A.D. 2016", "January, A.D., 1998").
 */
const TO_YEAR = '\\s*,?\\s*(?:-{3,}\\s*)?(?:A\\.\\s?D\\.\\s*,?\\s*)?';

interface Pattern {
  /** Order of the captured groups. */
  order: 'mdy' | 'dmy' | 'ymd' | 'numeric';
  re: RegExp;
}

const PATTERNS: readonly Pattern[] = [
  // "June 11, 2015", "June 11 2015", "June 11th, 2015", "Sept. 1, 2000", "June the 11th, 2015", "June 30th of 2015"
  // (A filled-in blank may touch the date: "_Dec. 8, 2005_", so an underscore may stand before it.)
  { order: 'mdy', re: new RegExp(`(?<![A-Za-z0-9])${MONTH}\\s+(?:the\\s+)?${DAY}${TO_YEAR}(?:of\\s+)?${YEAR}\\b`, 'gi') },
  // "14th day of October, 2006", "17 July 2023", "1st of May 2020", "the first day of June, 2000", "the 2nd day of May of 2011"
  // "the twelfth (12th) day of the month of March, 2014", "5th (fifth) day of May", "the twelfth day of May in the year of our Lord two thousand and nine" (an old formal opening); a filing's underline may stand before the month ("1st day of --- November, 2003")
  { order: 'dmy', re: new RegExp(`(?<![A-Za-z0-9])(?:the\\s+)?${DAY}(?:\\s*\\(\\s*(?:\\d{1,2}\\s?(?:s\\s?t|n\\s?d|r\\s?d|t\\s?h)?|[a-z]+(?:-[a-z]+)?)\\s*\\))?\\s+(?:day\\s+of\\s+(?:the\\s+month\\s+of\\s+)?|of\\s+)?(?:-{3,}\\s*)?${MONTH}${TO_YEAR}(?:in\\s+the\\s+year\\s+(?:of\\s+our\\s+Lord\\s+)?|of\\s+)?${YEAR}\\b`, 'gi') },
  // "1-Mar-2016", "01-March-2016", "1-MAR-16": the day, month and year joined by hyphens, as tables and forms write them
  { order: 'dmy', re: new RegExp(`(?<![A-Za-z0-9-])(\\d{1,2})-${MONTH}-((?:19|20)\\d\\d|\\d\\d)(?![\\w-])`, 'gi') },
  // "2015-06-11", "2015/06/11", "2015.6.11": the year first, as ISO and East Asian forms write it
  { order: 'ymd', re: /(?<![\d/.-])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)/g },
  // "06/11/2015", "6.11.2015", "6-11-2015"; two-digit years ("6/11/15") are read as 19xx/20xx below
  { order: 'numeric', re: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d/-]|\.\d)/g },
];

/** A date found in text. */
export interface FoundDate {
  iso: string;
  text: string;
  index: number;
  /** A numeric date that reads as a valid date either way (06/11/2015); the month-first reading was taken. */
  ambiguous?: true;
}

export interface DateOptions {
  /** Read numeric dates day first (the document is plainly non-US). */
  dayFirst?: boolean;
  /** The document settles the order (its own dates or its governing law): no numeric date is ambiguous. */
  settled?: boolean;
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function dayOf(text: string): number {
  // "twenty first" is "twenty-first"; "1 st" is "1st".
  const lower = text.toLowerCase().trim().replace(/([a-z])[\s-]+(?=[a-z]{3})/, '$1-').replace(/\s+/g, '');
  return ORDINAL_WORDS[lower] ?? parseInt(lower, 10);
}

export function validDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoOf(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A year in digits or words ("two thousand and ten" → 2010, "nineteen ninety-nine" → 1999); NaN if unread. */
function yearOf(text: string): number {
  if (/^\d+$/.test(text)) return fullYear(text);
  const words = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const thousand = /^(.*?)\s*thousand\s*(?:and\s+)?(.*)$/.exec(words);
  const n = thousand
    ? (wordsToNumber(thousand[1]!) ?? NaN) * 1000 + (thousand[2] ? (wordsToNumber(thousand[2]) ?? NaN) : 0)
    : /\bhundred\b/.test(words)
      ? (wordsToNumber(words) ?? NaN)
      : 1900 + (wordsToNumber(words.replace(/^nineteen\s+/, '')) ?? NaN);
  return n >= 1900 && n <= 2099 ? n : NaN;
}

function fullYear(y: string): number {
  if (y.length === 4) return +y;
  const n = +y;
  return n >= 70 ? 1900 + n : 2000 + n;
}

/**
 * Words that introduce clause numbers, and the numbers already listed after them: "Sections 3.1.1 through ",
 * "clause ", and their short forms "§§ 2.2.1 through ", "Sec. ", "Art. ", "para. " as many drafters write them.
 */
const CLAUSE_NUMBERS_BEFORE = /(?:\b(?:sections?|clauses?|articles?|paragraphs?|subsections?)\s+|\b(?:secs?|arts?|paras?)\.\s*|§{1,2}\s*)(?:\(?[\w.]+\)?\s*(?:,|and|or|through|to|-|–)\s*)*$/i;

/**
 * A date whose digits a scan read as letters, or whose month's letters it read as digits: "March l, 2019"
 * (the letter l for 1), "Ju1y 4, 2020" (the digit 1 for l), "May 6, 2O19" (the letter O for 0),
 * "October I2, 2015", "the 2lst day of June, 2016". Only a whole date phrase is read this way: a month's
 * name (as a scan may spell it), a day of one or two characters and a year of four, each part otherwise
 * well formed, so a stray letter elsewhere never becomes a date.
 */
const SCAN_MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:i[l1])?|may|june?|ju[l1]y?|aug(?:ust)?|sep(?:t(?:ember)?)?|[o0]ct(?:[o0]ber)?|n[o0]v(?:ember)?|dec(?:ember)?)\\.?';
const SCAN_DAY = '([0-9lI]|[0-9lI][0-9lIO])((?:st|nd|rd|th)\\b)?';
const SCAN_YEAR = '([12lI][09Oo][0-9lIOo]{2})';
const SCAN_DATES = [
  new RegExp(`(?<![A-Za-z0-9])${SCAN_MONTH}\\s+${SCAN_DAY}\\s*,?\\s*${SCAN_YEAR}(?![A-Za-z0-9])`, 'gi'),
  new RegExp(`(?<![A-Za-z0-9])(?:the\\s+)?${SCAN_DAY}\\s+(?:day\\s+of\\s+)?${SCAN_MONTH}\\s*,?\\s*${SCAN_YEAR}(?![A-Za-z0-9])`, 'gi'),
];

/** Digits a scan read as letters, back to digits ("2O1l" → "2011"); and a month's letters read as digits, back to letters. */
const asDigits = (s: string): string => s.replace(/[lI]/g, '1').replace(/[Oo]/g, '0');
const asLetters = (s: string): string => s.replace(/1/g, 'l').replace(/0/g, (_c, i: number) => (i === 0 ? 'O' : 'o'));

/**
 * The text with each date phrase a scan misread put right, character for character (so every index
 * holds); the text itself when there is none. A phrase is put right only when it then reads as a date and
 * needed at most two characters changed.
 */
function scanRepaired(text: string): string {
  if (!/[A-Za-z][0-9]|[0-9][A-Za-z]|\b[lIOo],?\s|\b[lI]\d|\d[lIOo]/.test(text)) return text;
  let out = text;
  for (const re of SCAN_DATES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const fixed = m[0].replace(/[A-Za-z0-9]+/g, (w) => (/^[A-Za-z]*[01][A-Za-z]*$/.test(w) && /[A-Za-z]{2}/.test(w) ? asLetters(w) : /^[0-9lIOo]+(?:st|nd|rd|th)?$/i.test(w) && !/^(?:the|day|of)$/i.test(w) ? asDigits(w.replace(/(?:st|nd|rd|th)$/i, '')) + (/(?:st|nd|rd|th)$/i.exec(w)?.[0] ?? '') : w));
      let changed = 0;
      for (let i = 0; i < fixed.length; i++) if (fixed[i] !== m[0][i]) changed++;
      if (changed === 0 || changed > 2) continue;
      out = out.slice(0, m.index) + fixed + out.slice(m.index + fixed.length);
    }
  }
  return out;
}

/** Every well-formed date in `text`, in order of position. */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
  const found = wellFormedDates(text, options);
  const repaired = scanRepaired(text);
  if (repaired === text) return found.map((d) => withWeekday(text, d));
  // Dates a scan misread, where no well-formed date stands; each keeps the text as written.
  const extra = wellFormedDates(repaired, options).filter((d) => !found.some((f) => d.index < f.index + f.text.length && f.index < d.index + d.text.length));
  return [...found, ...extra.map((d) => ({ ...d, text: text.slice(d.index, d.index + d.text.length) }))].sort((a, b) => a.index - b.index).map((d) => withWeekday(text, d));
}

/**
 * Words written before a date that belong to it. The day of the week, as letters, notices and confirmations date
 * themselves ("effective as of Tuesday, June 1, 2010", "on Fri. 3 March 2017"); whether it fits the date is not checked,
 * the date is what counts. And "and including" after the word that starts or ends a period, as finance and British
 * drafting say a day counts ("commencing on and including June 1, 2010", "from and including 1 July 2011"): the same
 * day. Both become part of the date, so what stands before them ("as of", "commencing on", "from") is read as
 * standing right before the date.
 */
const WEEKDAY_BEFORE = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s*,?\s*$/i;
// Also at the start of the text read, as a rule that has read past "commence on" hands on the rest.
const INCLUDING_BEFORE = /(?<=^\s*|\b(?:on|from|of|commencing|beginning|starting|through|to|until)\s+)and\s+including\s+$/i;

function withWeekday(text: string, d: FoundDate): FoundDate {
  let index = d.index;
  const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, index - 12), index));
  if (weekday) index -= weekday[0].length;
  const including = INCLUDING_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  if (including) index -= including[0].length;
  return index === d.index ? d : { ...d, index, text: text.slice(index, d.index + d.text.length) };
}

function wellFormedDates(text: string, options: DateOptions): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { order, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let y: number;
      let mo: number;
      let d: number;
      let ambiguous = false;
      if (order === 'mdy') [y, mo, d] = [yearOf(m[3]!), monthOf(m[1]!), dayOf(m[2]!)];
      else if (order === 'dmy') [y, mo, d] = [yearOf(m[3]!), monthOf(m[2]!), dayOf(m[1]!)];
      else if (order === 'ymd') [y, mo, d] = [+m[1]!, +m[3]!, +m[4]!];
      else {
        const a = +m[1]!;
        const b = +m[3]!;
        y = fullYear(m[4]!);
        // Month first unless the document is day-first or the first number cannot be a month. Dots
        // ("1.4.2011") are the day-first convention of Europe and Israel; US contracts write slashes.
        const dayFirst = a > 12 || ((options.dayFirst === true || m[2] === '.') && b <= 12);
        [mo, d] = dayFirst ? [b, a] : [a, b];
        ambiguous = a <= 12 && b <= 12 && a !== b && options.settled !== true;
      }
      if (!validDate(y, mo, d)) continue;
      // A clause number written like a date with dots ("Sections 3.1.1 through 3.1.12", "clause 4.1.12").
      if (order === 'numeric' && m[2] === '.' && m[4]!.length === 2 && CLAUSE_NUMBERS_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      out.push({ iso: isoOf(y, mo, d), text: m[0], index: m.index, ...(ambiguous ? { ambiguous: true as const } : {}) });
    }
  }
  // A numeric match inside a worded one cannot happen, but two worded patterns can overlap: keep the first.
  out.sort((a, b) => a.index - b.index);
  return out.filter((d, i) => i === 0 || d.index >= out[i - 1]!.index + out[i - 1]!.text.length);
}

/** The first well-formed date in `text`, or undefined. */
export function findDate(text: string, options: DateOptions = {}): FoundDate | undefined {
  return findDates(text, options)[0];
}

/** The ISO form of a date written in any supported way, or undefined. */
export function toIsoDate(text: string, options: DateOptions = {}): string | undefined {
  return findDate(text, options)?.iso;
}

/**
 * What a document's own dates say about the order it writes day and month in: numeric dates that can
 * be read only one way (15/07/2016 day first, 07/15/2016 month first) or that restate a date written
 * in words, and dates written in words with the day before the month ("1 March 2019", "1st March
 * 2019") or after it ("March 1, 2019").
 * "The 1st day of March 2019" is not counted: US drafting writes it as often as British.
 */
export interface DateEvidence {
  numericDayFirst: number;
  numericMonthFirst: number;
  wordsDayFirst: number;
  wordsMonthFirst: number;
}

/** A month's name as a date writes it, capitalised or in capitals ("March", "MARCH", "Sept."). */
const MONTH_CAPITALISED = `(?:${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec']
  .map((n) => `${n[0]}(?:${n.slice(1)}|${n.slice(1).toUpperCase()})`)
  .join('|')})\\.?`;
/** "1 March 2019", "21st June, 2020": the day's number straight before the month (not "the 1st day of March"). */
const WORDS_DAY_FIRST = new RegExp(`(?<![\\w/.-])\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_CAPITALISED}\\s*,?\\s*(?:19|20)\\d\\d\\b`, 'g');
/** "March 1, 2019", "June 21st 2020". */
const WORDS_MONTH_FIRST = new RegExp(`(?<![\\w])${MONTH_CAPITALISED}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*(?:19|20)\\d\\d\\b`, 'g');

/**
 * A numeric date as evidence of the order: "15/07/2016", "1.4.2011", "1/14/02" (a two-digit year only
 * with slashes: "1.14.02" is as likely a clause number).
 */
const NUMERIC_EVIDENCE = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d/]|\.\d)/g;

export function dateEvidenceOf(text: string): DateEvidence {
  const evidence: DateEvidence = { numericDayFirst: 0, numericMonthFirst: 0, wordsDayFirst: 0, wordsMonthFirst: 0 };
  const open: { monthFirst: string; dayFirst: string }[] = [];
  for (const m of text.matchAll(NUMERIC_EVIDENCE)) {
    if (m[4]!.length === 2 && m[2] !== '/') continue;
    const [a, b, y] = [+m[1]!, +m[3]!, fullYear(m[4]!)];
    if (a > 12 && b <= 12) evidence.numericDayFirst++;
    else if (b > 12 && a <= 12) evidence.numericMonthFirst++;
    else if (a !== b && a >= 1 && b >= 1 && validDate(y, a, b) && validDate(y, b, a)) open.push({ monthFirst: isoOf(y, a, b), dayFirst: isoOf(y, b, a) });
  }
  // A numeric date that restates a date the document writes in words ("commencing March 1, 2005" and
  // "Start: 03/01/05") is read the way that makes it the same day.
  if (open.length) {
    const worded = new Set(findDates(text).filter((d) => !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(d.text)).map((d) => d.iso));
    for (const d of open) {
      if (worded.has(d.monthFirst) && !worded.has(d.dayFirst)) evidence.numericMonthFirst++;
      if (worded.has(d.dayFirst) && !worded.has(d.monthFirst)) evidence.numericDayFirst++;
    }
  }
  evidence.wordsDayFirst = text.match(WORDS_DAY_FIRST)?.length ?? 0;
  evidence.wordsMonthFirst = text.match(WORDS_MONTH_FIRST)?.length ?? 0;
  return evidence;
}

/**
 * How a document's numeric dates are read, from the strongest evidence there is: its numeric dates
 * that read only one way; else its dates in words, when all of them put the day first or all the
 * month first; else (no worded dates, or both orders) the law that governs it (`lawDayFirst`: true
 * for a country that writes the day first, such as England or Australia, false for a US state,
 * undefined when unknown or mixed, as in Canada). With none of these the reading is month first and not `settled`, so an ambiguous date
 * (01/03/2019) is flagged.
 */
export function dateConvention(evidence: DateEvidence, lawDayFirst?: boolean): DateOptions {
  const { numericDayFirst, numericMonthFirst, wordsDayFirst, wordsMonthFirst } = evidence;
  if (numericDayFirst > 0 && numericMonthFirst === 0) return { dayFirst: true, settled: true };
  if (numericMonthFirst > 0 && numericDayFirst === 0) return { settled: true };
  // Dates read both ways: the document mixes conventions, and no reading is settled.
  if (numericDayFirst > 0) return {};
  if (wordsDayFirst > 0 && wordsMonthFirst === 0) return { dayFirst: true, settled: true };
  if (wordsMonthFirst > 0 && wordsDayFirst === 0) return { settled: true };
  // Worded dates in both orders say nothing: the governing law decides, as it does without them.
  if (lawDayFirst === true) return { dayFirst: true, settled: true };
  if (lawDayFirst === false) return { settled: true };
  return {};
}

/**
 * Whether a document writes numeric dates day first, from its own dates alone (see dateConvention).
 */
export function writesDayFirst(text: string): boolean {
  return dateConvention(dateEvidenceOf(text)).dayFirst === true;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date as a lawyer writes it in a note: "2019-03-01" → "1 March 2019". */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** `iso` plus whole months (clamped to the month's last day) and days: 2014-01-31 + 1 month → 2014-02-28. */
export function addToDate(iso: string, amount: { months?: number; days?: number }): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const totalMonths = y * 12 + (m - 1) + (amount.months ?? 0);
  const ny = Math.floor(totalMonths / 12);
  const nm = (totalMonths % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const base = Date.UTC(ny, nm - 1, Math.min(d, last));
  const out = new Date(base + (amount.days ?? 0) * 86_400_000);
  return isoOf(out.getUTCFullYear(), out.getUTCMonth() + 1, out.getUTCDate());
}

/** Month names, each in title case or capitals ("June", "JUNE"), for dates written without a day. */
const MONTH_NAME = MONTH_NAMES
  .map((n) => `${n[0]}(?:${n.slice(1)}|${n.slice(1).toUpperCase()})`)
  .join('|');
/** A month and year without a day: "June 2010", "JUNE, 2010". */
const MONTH_YEAR = `(?:${MONTH_NAME})\\s*,?\\s*(?:19|20)\\d\\d\\b`;

const MONTH_YEAR_LINE = new RegExp(`^\\s*(?:dated?\\s*:?\\s*|as\\s+of\\s+)?(${MONTH_YEAR})\\s*\\.?\\s*$`, 'i');

/** The month and year a line gives and nothing else ("July 2013", "Dated: June, 2010"), as a cover page dates a contract. */
export function monthAndYearLine(text: string): string | undefined {
  return MONTH_YEAR_LINE.exec(text)?.[1];
}

const MONTH_YEAR_AT_END = new RegExp(`(?<![\\d,:;]\\s*|\\d(?:st|nd|rd|th|ST|ND|RD|TH)\\s*)\\s(${MONTH_YEAR})\\s*\\.?\\s*$`);

/**
 * The month and year that end a cover's line run together with the lines above it ("Supply
 * Agreement July 2013"), as a text that lost its line breaks gives a cover page; not after a comma or
 * a colon, where a list or a label gives it ("Source: …, 8-K, July 2013"), nor after a day's number, with its ordinal
 * suffix or not: "1st March 2001" is a whole date.
 */
export function monthAndYearAtEnd(text: string): string | undefined {
  return MONTH_YEAR_AT_END.exec(text)?.[1];
}

/**
 * A date left blank in a template or a filed copy: "[DATE]", "[•], 2020", "____ __, 2003",
 * "the ___ day of ____", "this t h day of , 2012", "201[ ]", "July __, 2003", "June , 2010",
 * ", 2013" (only the year typed), "the 1st day of December," (no year); also a date given only to the
 * month ("June 2010"), whose day is as missing as a blank's (the answers write both "06/[]/2010").
 */
const BLANK_DATE_SOURCE = String.raw`(?:this\s+)?(?:(?:[a-z]\s?[a-z]\s+)?_{0,}\s*)?day\s+of\s*(?:_{2,}\s*)?,?\s*(?:19|20)\d\d|[A-Z][a-z]+\s*,\s*(?:19|20)\d\d|\[[^\]]{0,30}\](?:,?\s*(?:19|20)\d\d)?|(?:19|20)\d?\[[^\]]{0,10}\]|_{2,}[^.]{0,30}?(?:(?:19|20)\d\d|_{2,})|[A-Z][a-z]+\.?\s+_{2,},?\s*(?:(?:19|20)\d\d)?|\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s+_{2,}|,\s*(?:19|20)\d\d\b|(?:the\s+)?\d{1,2}\s?(?:st|nd|rd|th)\s+day\s+of\s+[A-Z][a-z]+\s*,?\s*(?=\(|by\b|between\b|$)`;
const BLANK_DATE_AT_START = new RegExp(`^(?:${BLANK_DATE_SOURCE}|${MONTH_YEAR})`);
/**
 * The same forms set in capitals, as an opening in capitals writes them ("AS OF SEPTEMBER ___, 2019",
 * "THIS ____ DAY OF ________, 2013"): the pattern above without case, read only on text in capitals,
 * where a capital word cannot tell a month's name from any other.
 */
const BLANK_DATE_IN_CAPITALS = new RegExp(`^(?:${inCapitalsSource(BLANK_DATE_SOURCE)}|${MONTH_YEAR})`, 'i');

/**
 * A blank-date pattern written for ordinary case, to be compiled without case for text in capitals:
 * its capitalised word ("June ___, 2010") becomes a month's name, since in capitals any word is one
 * ("AS OF ___, 2015" has no month).
 */
export function inCapitalsSource(source: string): string {
  return source.replaceAll('[A-Z][a-z]+', `(?:${MONTH_NAME})`);
}

/**
 * Text with its parenthesised asides taken out, also one cut off at either end: an opening set in
 * capitals often gives its definitions in ordinary case ("IS ENTERED INTO AS OF SEPTEMBER ___, 2019
 * (hereinafter referred to as THE “EFFECTIVE DATE”)"), and they say nothing of how the sentence is set.
 */
export function withoutAsides(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ').replace(/^[^()]*\)/, ' ').replace(/\([^()]*$/, ' ');
}

/** Text with no lower-case letter in its first 60 characters outside its asides (an opening set in capitals). */
export function inCapitals(text: string): boolean {
  const head = withoutAsides(text).slice(0, 60);
  return /[A-Z]/.test(head) && !/[a-z]/.test(head);
}

/** The blank date `text` starts with (after spaces), or undefined. */
export function blankDateAtStart(text: string): string | undefined {
  const start = text.trimStart();
  return (inCapitals(start) ? BLANK_DATE_IN_CAPITALS : BLANK_DATE_AT_START).exec(start)?.[0].trim();
}

/** A capitalised place name of one to three words ("Stuttgart", "New York", "Saint-Denis"). */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}`;
/**
 * What stands before a date on a line that gives the place and date of signing, as letters and
 * European contracts write them: "Stuttgart, " (then "03.06.2011"), "Portland, Oregon, ", "Place,
 * date: Verona, ", "Munich, den ". A place with a state or country after it is one place.
 */
const PLACE_BEFORE_DATE = new RegExp(String.raw`^\s*(?:(?:Place|PLACE)\s*(?:,|and)\s*(?:[Dd]ate|DATE)\s*:\s*)?${PLACE_NAME}(?:,\s*${PLACE_NAME})?,\s*(?:(?:the|den|le|il|on)\s+)?$`, 'u');

/** Whether `text` (what stands before a date on its line) is the place of signing and nothing else. */
export function placeBeforeDate(text: string): boolean {
  return PLACE_BEFORE_DATE.test(text);
}

/**
 * The verbs that date a party rather than the contract: "a Delaware corporation formed on May 1, 2001", "incorporated
 * on", "organized on", "established on", "registered on", "founded on", "chartered on". (No group.)
 */
export const PARTY_FORMED = String.raw`(?:formed|incorporated|organi[sz]ed|established|registered|founded|chartered)`;

const PARTY_FORMED_BEFORE = new RegExp(String.raw`\b${PARTY_FORMED}\b[^.;()"“”]{0,60}?\b(?:on|as\s+(?:of|at))\s+(?:the\s+)?$`, 'i');

/**
 * Whether `before`, the words just before a date, make it the date a party was formed: such a verb, then within 60
 * characters (not crossing a full stop, a bracket or a quote, so still the party's own description) "on" or "as of":
 * "… a Nevada corporation incorporated on ", "… organized under the laws of Iowa on ".
 */
export function datesPartyFormation(before: string): boolean {
  return PARTY_FORMED_BEFORE.test(before);
}
