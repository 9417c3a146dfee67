/**
 * Label-preserving rewrites of a contract's text, for `npm run eval -- terms --text --perturb NAME`.
 *
 * The dev contracts have been read while the rules were written, so their figure flatters what the
 * engine does on contracts nobody read. A rewrite that a drafter could equally have chosen
 * (curly quotes for straight ones, another date layout, an opening set in capitals) keeps every
 * labelled value, so any value that changes under it shows a rule leaning on one way of writing.
 * Each rewrite is general: it applies the same transformation wherever its pattern occurs, never
 * to one document.
 */

import { pdfkitBytes } from '../fixtures/pdfkitBytes';
import { typesetDocx } from './typesetDocx';
import { typesetDocxDefaultsHidden, typesetDocxHidden } from './typesetDocxHidden';
import { typesetDocxChunk } from './typesetDocxChunk';
import { fromRoman, toRoman } from './romanNumerals';

export interface Perturbation {
  name: string;
  /** One line for the report: what the rewrite does. */
  what: string;
  /** The rewritten document: new text, or the bytes of a PDF (or, with `file: 'docx'`, a Word document) made from the text. */
  apply: (text: string) => string | Promise<Uint8Array>;
  /** What kind of file the bytes `apply` gives are (default a PDF); the evaluation names the file after it. */
  file?: 'pdf' | 'docx';
  /** The rewrite changes letter case: values are compared without it ("ACME LLC" is "Acme LLC"). */
  caseless?: boolean;
  /** The rewrite changes how a value is written, not what it is: both values are compared in this form ("1 year" as "12 months"). */
  fold?: (value: string) => string;
}

/**
 * Straight quotes become typographic ones: a quote after a space, an opening bracket or the start
 * of a line opens (“ ‘), any other closes (” ’), so apostrophes become ’ as typesetters set them.
 * CUAD's text files have straight quotes only, while many filed PDFs and most Word drafts are
 * typeset, and defined terms ((the “Company”)) and possessives (Company’s) must read the same.
 */
const quotesCurly: Perturbation = {
  name: 'quotes-curly',
  what: 'straight quotes and apostrophes set as typographic ones (“ ” ‘ ’)',
  apply: (text) =>
    text.replace(/(^|[\s([{\u2014-])"|"/gm, (m: string, before: string | undefined) => (before !== undefined ? `${before}\u201c` : '\u201d')).replace(/(^|[\s([{\u2014-])'|'/gm, (m: string, before: string | undefined) => (before !== undefined ? `${before}\u2018` : '\u2019')),
};

/**
 * Every line longer than 72 characters is broken at the last space before column 72, as plain-text
 * filings and e-mailed drafts are laid out; paragraphs stay apart by their blank lines. The text
 * reader must rejoin a paragraph's lines, or a sentence cut at a line end loses its value.
 */
const wrap72: Perturbation = {
  name: 'wrap-72',
  what: 'lines hard-wrapped at 72 columns, paragraphs kept apart by blank lines',
  apply: (text) => wrapLines(text, 72),
};

/**
 * Every line longer than `width` broken at the last space before the margin. `splitAt`, when given,
 * may instead split the word that crosses the margin: it returns where in the word a hyphen may go
 * (or undefined), and the word is split there when its head still fits the line.
 */
export function wrapLines(text: string, width: number, splitAt?: (word: string) => number | undefined): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const cut = rest.lastIndexOf(' ', width);
        if (cut <= 0) break;
        const next = rest.indexOf(' ', cut + 1);
        const at = splitAt?.(rest.slice(cut + 1, next < 0 ? rest.length : next));
        if (at !== undefined && cut + 1 + at <= width) {
          out.push(`${rest.slice(0, cut + 1 + at)}-`);
          rest = rest.slice(cut + 1 + at);
        } else {
          out.push(rest.slice(0, cut));
          rest = rest.slice(cut + 1);
        }
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}

/**
 * A page break every 3,000 characters or so, at the next space, wherever it falls: mid-sentence,
 * mid-list or mid-name, as a PDF's pages fall. A value read from a sentence that a page cuts in
 * two must still be read (the running headers a PDF repeats are left out: the PDF reader strips
 * them before the rules see the text).
 */
const pageBreaks: Perturbation = {
  name: 'page-breaks',
  what: 'a page break at the first space after every 3,000 characters',
  apply: (text) => {
    let out = '';
    let from = 0;
    for (let at = 3000; at < text.length; at = Math.max(at + 3000, from + 1)) {
      const space = text.indexOf(' ', at);
      if (space < 0) break;
      out += `${text.slice(from, space)}\n\f`;
      from = space + 1;
    }
    return out + text.slice(from);
  },
};

/** Full month names, as the rewrites below read and write them. */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "June 1, 2010", "JUNE 1st, 2010", "June 1 2010": groups month, day, year. */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+((?:19|20)\\d\\d)\\b`, 'gi');

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * "June 1, 2010" becomes "1 June 2010", the day-first order of British, Commonwealth and European
 * drafting. The day, month and year stay the same, so every labelled date does.
 */
const dateDmy: Perturbation = {
  name: 'date-dmy',
  what: 'every "Month D, YYYY" written "D Month YYYY"',
  apply: (text) => text.replace(MONTH_DAY_YEAR, (m: string, month: string, day: string, year: string) => (+day >= 1 && +day <= 31 ? `${+day} ${month} ${year}` : m)),
};

/**
 * "June 1, 2010" becomes "the 1st day of June, 2010", the formal order of deeds and openings
 * ("made this 1st day of June, 2010"). A "the" already before the date is not doubled.
 */
const dateOrdinal: Perturbation = {
  name: 'date-ordinal',
  what: 'every "Month D, YYYY" written "the Dth day of Month, YYYY"',
  apply: (text) =>
    text.replace(new RegExp(`(\\bthe\\s+)?${MONTH_DAY_YEAR.source}`, 'gi'), (m: string, the: string | undefined, month: string, day: string, year: string) =>
      +day >= 1 && +day <= 31 ? `${the ?? 'the '}${ordinal(+day)} day of ${month}, ${year}` : m,
    ),
};

/**
 * "June 15, 2010" becomes "06/15/2010" and "June 1, 2010" "06/01/2010": the numeric, month-first
 * layout of US forms and many filed exhibits. A reader of a US contract reads it month first, so the
 * labelled date stays; a contract that is plainly not American (it chooses a foreign law or names
 * foreign parties) would be read day first, so there only dates whose day is over 12 are rewritten,
 * and no date is rewritten into a layout its reader would take for another.
 */
const dateNumeric: Perturbation = {
  name: 'date-numeric',
  what: 'every "Month D, YYYY" written "MM/DD/YYYY" (only days over 12 where the contract is plainly not American)',
  apply: (text) => {
    const foreign = PLAINLY_FOREIGN.test(text);
    return text.replace(MONTH_DAY_YEAR, (m: string, month: string, day: string, year: string) => {
      const d = +day;
      const monthIndex = MONTH_NAMES.findIndex((n) => n.toLowerCase() === month.toLowerCase()) + 1;
      if (d < 1 || d > 31 || monthIndex < 1 || (foreign && d <= 12)) return m;
      return `${String(monthIndex).padStart(2, '0')}/${String(d).padStart(2, '0')}/${year}`;
    });
  },
};

/**
 * What marks a contract as written outside the US for this rewrite (written here, apart from the
 * engine's own test): a non-US governing law or court, or a party formed outside the US.
 */
const PLAINLY_FOREIGN = /\b(?:laws?\s+of\s+(?:England|Scotland|Ireland|Hong\s+Kong|Singapore|India|Australia|New\s+Zealand|Canada|Ontario|British\s+Columbia|Quebec|Alberta|Germany|France|Switzerland|Israel|the\s+People's\s+Republic|China|Japan|Korea|Taiwan|the\s+Netherlands|Sweden|Bermuda|the\s+Cayman\s+Islands|Brazil|Mexico)|English\s+law|Ltd\.|Limited|GmbH|B\.V\.|S\.A\.|A\/S|AG\b|plc|Pty|S\.p\.A\.|N\.V\.)/i;

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0-999 in words as contracts write them: "ninety", "forty-five", "one hundred eighty". */
function inWords(n: number): string {
  if (n < 20) return UNITS[n]!;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${UNITS[n % 10]}` : ''}`;
  return `${UNITS[Math.floor(n / 100)]} hundred${n % 100 ? ` ${inWords(n % 100)}` : ''}`;
}

/** The number a few words give ("ninety", "forty-five", "one hundred and eighty"), or undefined. */
function wordsValue(words: string): number | undefined {
  let n = 0;
  let seen = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    const unit = UNITS.indexOf(w);
    const tens = TENS.indexOf(w);
    if (unit >= 0) n += unit;
    else if (tens >= 2) n += tens * 10;
    else if (w === 'hundred' && n > 0 && n < 10) n *= 100;
    else return undefined;
    seen = true;
  }
  return seen ? n : undefined;
}

const NUMBER_WORD = `(?:${[...UNITS, ...TENS.filter(Boolean), 'hundred', 'and'].join('|')})`;
/**
 * A number in words with its digits after it: "ninety (90)", "forty-five (45)", "one hundred and
 * twenty (120)". It never starts at "and": in "notice and ninety (90) days" the "and" joins two
 * phrases and is not part of the number, so it must survive the rewrite.
 */
const WORDS_THEN_DIGITS = new RegExp(`\\b((?!and\\b)${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD}){0,4})\\s*\\((\\d{1,3})\\)`, 'gi');
/** A length in digits: "90 days", "12 months", "5 years", "10 business days"; not a date's "31 day of July". */
const DIGITS_THEN_UNIT = /(?<![\w.,$(/-])(\d{1,3})(\s+(?:business\s+|calendar\s+)?(?:days?|weeks?|months?|years?)\b)(?!\s+of\s)/gi;

/**
 * "five (5) years" becomes "5 years": the number written once, in digits, as plain drafting does.
 * Only where the words and the digits give the same number, so a length is never changed.
 */
const numbersDigits: Perturbation = {
  name: 'numbers-digits',
  what: 'every "words (digits)" number written in digits only ("five (5) years" → "5 years")',
  apply: (text) => text.replace(WORDS_THEN_DIGITS, (m: string, words: string, digits: string) => (wordsValue(words) === +digits ? digits : m)),
};

/**
 * "five (5) years" and "90 days" become "five years" and "ninety days": lengths of time written in
 * words only, as older and British contracts do.
 */
const numbersWords: Perturbation = {
  name: 'numbers-words',
  what: 'every length of time in words only ("five (5) years" → "five years", "90 days" → "ninety days")',
  apply: (text) =>
    text
      .replace(WORDS_THEN_DIGITS, (m: string, words: string, digits: string) => (wordsValue(words) === +digits ? words : m))
      .replace(DIGITS_THEN_UNIT, (m: string, digits: string, unit: string) => (+digits > 0 && +digits < 1000 ? `${inWords(+digits)}${unit}` : m)),
};

/** What the PDF standard fonts can draw (WinAnsi): Latin-1 and the typographic marks Windows adds. */
const NOT_WIN_ANSI = /[^\s\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g;

/**
 * The text typeset as a PDF the way a word processor prints it: US Letter, one-inch margins,
 * 11 pt Helvetica, justified paragraphs with space between them, and "Page N of M" at the foot of
 * every page. CUAD's PDFs were all printed from one filing system's HTML; a contract typeset
 * otherwise must give the same values through the PDF reader (its line joining, justified
 * spacing, page breaks inside paragraphs, footer removal). Characters the standard font cannot
 * draw become spaces (no labelled value in English depends on them).
 */
const typesetPdf: Perturbation = {
  name: 'typeset-pdf',
  what: 'typeset as a Letter-size PDF (Helvetica 11 pt, justified, "Page N of M" footers) and read by the PDF reader',
  apply: (text) => typesetAs(text, {}),
};

/**
 * The text written as a Word document (./typesetDocx.ts): each line a paragraph, short lines in
 * capitals heading-styled, clause numbers typed in the text. Read by the Word reader (mammoth and
 * our numbering), as a contract dropped as a .docx is.
 */
const typesetDocxPlain: Perturbation = {
  name: 'typeset-docx',
  what: 'written as a Word document (a paragraph per line, capitals lines heading-styled, numbers typed) and read by the DOCX reader',
  apply: (text) => typesetDocx(text),
  file: 'docx',
};

/**
 * As typeset-docx, but a paragraph's opening clause number ("1.", "2.1", "(a)", "(iv)") is held
 * in Word's automatic numbering, as real Word contracts hold it: the reader must rebuild it from
 * numbering.xml, so citations and clause-led values depend on its counting.
 */
const typesetDocxNumbered: Perturbation = {
  name: 'typeset-docx-numbered',
  what: 'written as typeset-docx, with opening clause numbers ("1.", "2.1", "(a)") in Word\'s automatic numbering instead of the text',
  apply: (text) => typesetDocx(text, { numbered: true }),
  file: 'docx',
};

/**
 * As typeset-docx-numbered, but outline numbers ("1.", "1.1", "1.1.1") come from the heading
 * styles, as law-firm templates hold them: each numbered clause is styled "Heading 1" to "Heading
 * 3" (so "Heading 2" styles a whole clause) and names only its style; headings without a number
 * take an unnumbered heading style. Bracketed numbers are held as in typeset-docx-numbered.
 */
const typesetDocxStyles: Perturbation = {
  name: 'typeset-docx-styles',
  what: 'written as typeset-docx-numbered, with outline numbers ("1.", "1.1") carried by the Heading 1-3 styles that style each numbered clause',
  apply: (text) => typesetDocx(text, { numbered: true, styles: true }),
  file: 'docx',
};

/**
 * As typeset-docx-styles, with text Word hides through its styles (a hidden paragraph style and a
 * hidden character style carrying another title, date, parties and governing law) and Word's
 * namespace under the prefix ns0: (./typesetDocxHidden.ts): the reader must read the prefix by its
 * namespace and leave out what Word does not show.
 */
const typesetDocxNs0Hidden: Perturbation = {
  name: 'typeset-docx-ns0-hidden',
  what: 'written as typeset-docx-styles, with text hidden through styles added and Word\'s namespace under the prefix ns0:',
  apply: (text) => typesetDocxHidden(text),
  file: 'docx',
};

/**
 * As typeset-docx-styles, with the document defaults (w:docDefaults) hiding every run and the
 * default paragraph style showing its text again, the same side letter and sentence as
 * typeset-docx-ns0-hidden hidden by those defaults and a character style, and the first
 * paragraph's runs held in a direction (w:dir) (./typesetDocxHidden.ts): the reader must leave
 * out what the defaults hide and keep what the direction holds.
 */
const typesetDocxDefaultsHiddenRewrite: Perturbation = {
  name: 'typeset-docx-defaults-hidden',
  what: 'written as typeset-docx-styles, with every run hidden by the document defaults unless the default paragraph style shows it, text hidden that way added, and the first paragraph inside a direction (w:dir)',
  apply: (text) => typesetDocxDefaultsHidden(text),
  file: 'docx',
};

/**
 * As typeset-docx, with the second half of the paragraphs moved into an HTML part the body names
 * with w:altChunk, as document systems write files (./typesetDocxChunk.ts): the reader must read
 * the chunk where it stands.
 */
const typesetDocxChunkRewrite: Perturbation = {
  name: 'typeset-docx-chunk',
  what: 'written as typeset-docx, with the second half of the paragraphs in an HTML part named by w:altChunk',
  apply: (text) => typesetDocxChunk(text),
  file: 'docx',
};

/** How far into a text its opening may start: the paragraph that first says "between" or "among" there. */
const OPENING_WITHIN = 6000;
/** The longest stretch set in capitals after "between": an opening's party list, not the contract. */
const CAPITALS_AFTER_BETWEEN = 1500;

/**
 * The opening paragraph set in capitals, as many filed contracts and most US forms print it ("THIS
 * AGREEMENT IS MADE … BY AND BETWEEN ACME, INC., A DELAWARE CORPORATION ("ACME"), AND …"): from the
 * start of the paragraph that first says "between" or "among" (within the first 6,000 characters)
 * to its end, or to the recitals or the first clause if they come first, at most 1,500 characters
 * past that word. A text without such a paragraph is left as it is. Titles, dates and short names
 * set in capitals must read as they do in ordinary case.
 */
const capsOpening: Perturbation = {
  name: 'caps-opening',
  what: 'the opening paragraph (the first one that says "between" or "among") set in capitals',
  caseless: true,
  apply: (text) => {
    const between = /\b(?:between|among|amongst)\b/i.exec(text.slice(0, OPENING_WITHIN));
    if (!between) return text;
    const start = Math.max(0, text.lastIndexOf('\n\n', between.index) + 1);
    const after = between.index + between[0].length;
    const rest = text.slice(after, after + CAPITALS_AFTER_BETWEEN);
    const stop = /\n\s*\n|\b(?:WHEREAS|Whereas|RECITALS|Recitals|BACKGROUND|Background|WITNESSETH|W I T N E S S E T H|NOW,? THEREFORE|Now,? therefore)\b|(?:^|\s)1\.\s/.exec(rest);
    const end = after + (stop ? stop.index : rest.length);
    return text.slice(0, start) + text.slice(start, end).toUpperCase() + text.slice(end);
  },
};

/**
 * "shall" becomes "will" ("The Term will commence …", "This Agreement will be governed by …"), as
 * plain-language and many British drafts write every obligation. Nothing a party, a date or a length
 * is changes, so a rule that needs "shall" before its verb shows here. The case of the word is kept.
 */
const shallWill: Perturbation = {
  name: 'shall-will',
  what: 'every "shall" written "will" ("shall be governed" → "will be governed")',
  apply: (text) => text.replace(/\bshall\b/gi, (m: string) => (m === 'SHALL' ? 'WILL' : m[0] === 'S' ? 'Will' : 'will')),
};

/** A place's name in a law clause: up to four capitalised words ("New York", "British Columbia"). */
const LAW_PLACE = String.raw`[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,3}`;
/**
 * In a clause that says what governs: "the laws of the State of X", "the internal laws of X",
 * "the law of the Commonwealth of X", with X's name whole (not "X, United States", "X and Y" or
 * "X of …", which have no short form here).
 */
const LAWS_OF = new RegExp(
  String.raw`(\bgovern(?:ed|s|ing)?\b[^.;]{0,100}?)\bthe\s+(?:internal\s+|substantive\s+|domestic\s+)?laws?\s+of\s+(?:the\s+)?(?:(?:State|Commonwealth|Province|Republic)\s+of\s+)?(?=(${LAW_PLACE}))\2(?![\w'’-]|\s+of\b|\s*,\s*[A-Z]|\s+and\s+[A-Z]|\s*\(|\.[A-Za-z])`,
  'g',
);

/**
 * "governed by the laws of the State of New York" becomes "governed by New York law", the short form
 * many contracts use ("interpreted under English law" is the same clause). The place
 * stays, so the governing law does; only clauses that say what governs are rewritten, never a
 * party's "organized under the laws of …".
 */
const lawShort: Perturbation = {
  name: 'law-short',
  what: 'in a governing-law clause, "the laws of the State of X" written "X law"',
  apply: (text) => text.replace(LAWS_OF, (m: string, lead: string, place: string) => (/^(?:The|This|That|Such|Any|Each)$/.test(place.split(/\s+/)[0]!) ? m : `${lead}${place} law`)),
};

/**
 * A short name defined with "hereinafter referred to as": (the "Company") becomes (hereinafter
 * referred to as the "Company"), ("Acme") becomes (hereinafter referred to as "Acme"), as older and
 * formal contracts define parties, dates and terms. The name defined is the same, so parties, the
 * "Effective Date" and the "Term" must be read through the longer form.
 */
const definedHereinafter: Perturbation = {
  name: 'defined-hereinafter',
  what: '(the "X") and ("X") written (hereinafter referred to as the "X")',
  apply: (text) => text.replace(/\(\s*(the\s+)?(["“][^"“”()\n]{1,60}["”])\s*\)/gi, (m: string, the: string | undefined, quoted: string) => `(hereinafter referred to as ${the ?? ''}${quoted})`),
};

/** `word` written in the case of `like`: all capitals, a capital first, or as it is. */
function inCaseOf(like: string, word: string): string {
  if (like === like.toUpperCase() && /\p{Lu}/u.test(like)) return word.toUpperCase();
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** "is made as of June 1, 2010 between": the verb, the date (groups: verb words, date) and the list's word. */
const MADE_AS_OF = new RegExp(String.raw`\b(?:is\s+)?(?:entered\s+into|made)\s+as\s+of\s+(${MONTH_DAY_YEAR.source.replace(/\((?!\?)/g, '(?:')})\s*,?\s+(between|among)\b`, 'gi');

/**
 * The opening's verbs as other drafters write them, the parties and dates unchanged: "made and
 * entered into" becomes "entered into", "by and between" / "by and among" become "between" /
 * "among", and "is made as of June 1, 2010 between" becomes "is dated as of June 1, 2010 and is
 * between". The case of each phrase is kept. Parties must be read after the plain "between", and
 * the date of making from "dated as of".
 */
const openingRephrase: Perturbation = {
  name: 'opening-rephrase',
  what: '"made and entered into" → "entered into", "by and between" → "between", "made as of DATE between" → "dated as of DATE and is between"',
  apply: (text) =>
    text
      .replace(/\b(?:made\s+and\s+entered\s+into|entered\s+into\s+and\s+made)\b/gi, (m: string) => inCaseOf(m, 'entered into'))
      .replace(/\bby\s+and\s+(between|among)\b/gi, (m: string, word: string) => inCaseOf(m, word.toLowerCase()))
      .replace(MADE_AS_OF, (m: string, date: string, word: string) => {
        const caps = m === m.toUpperCase();
        const out = `is dated as of ${date} and is ${word.toLowerCase()}`;
        return caps ? out.toUpperCase() : out;
      }),
};

/** Filing lines a registrant or a law firm sets before a contract's title. */
const COVER_LINES = ['EXECUTION VERSION', 'Confidential treatment requested: text omitted from this exhibit is marked [***] and was filed separately.'];

/**
 * Filing lines set before the title, as filed exhibits and signing copies carry them: an exhibit
 * number (only where the text does not start with one), "EXECUTION VERSION" and a confidential
 * treatment legend. They name no party and no agreement, so the title and the parties must not move.
 */
const coverNoise: Perturbation = {
  name: 'cover-noise',
  what: '"EXHIBIT 10.1" (where none starts the text), "EXECUTION VERSION" and a confidential-treatment legend set before the title',
  apply: (text) => {
    const exhibit = /^\s*(?:exhibit|ex-)\s*[\d.]/i.test(text) ? [] : ['EXHIBIT 10.1'];
    return `${[...exhibit, ...COVER_LINES].join('\n\n')}\n\n${text}`;
  },
};

/** A number as contracts write one: digits, or a number word ("five", "ninety", "twenty-four"). */
const A_NUMBER = String.raw`(?=\d|(?:${[...UNITS.slice(1), ...TENS.filter(Boolean)].join('|')})\b)`;

/**
 * Words drafters interchange in term, renewal and notice clauses, each pair meaning the same and
 * neither changing a date or a length: the second is written wherever the first stands.
 */
const TERM_SYNONYMS: readonly (readonly [RegExp, string])[] = [
  [/\bcommence\b/gi, 'begin'],
  [/\bcommences\b/gi, 'begins'],
  [/\bcommencing\b/gi, 'beginning'],
  [/\bcontinue\s+in\s+full\s+force\s+and\s+effect\b/gi, 'remain in effect'],
  [/\bcontinues\s+in\s+full\s+force\s+and\s+effect\b/gi, 'remains in effect'],
  [new RegExp(String.raw`\bfor\s+a\s+period\s+of\s+${A_NUMBER}`, 'gi'), 'for '],
  [/\bprior\s+to\b/gi, 'before'],
  [new RegExp(String.raw`\b(?:not|no)\s+less\s+than\s+${A_NUMBER}`, 'gi'), 'at least '],
  [/\bunless\s+(?:sooner|earlier)\s+terminated\b/gi, 'unless terminated sooner'],
  [/\bautomatically\s+renew\b/gi, 'renew automatically'],
  [/\bautomatically\s+renewed\b/gi, 'renewed automatically'],
  [/\bautomatically\s+extended\b/gi, 'extended automatically'],
  [/\bsuccessive\b/gi, 'consecutive'],
];

/**
 * "shall commence", "shall continue in full force and effect for a period of five (5) years",
 * "not less than forty-five (45) days prior to", "unless sooner terminated", "shall automatically renew
 * for successive one-year terms" become "shall begin", "shall remain in effect for five (5) years",
 * "at least forty-five (45) days before", "unless terminated sooner", "shall renew automatically for
 * consecutive one-year terms": the same term, renewal and notice in words another drafter chose.
 * "Commencement Date" and other defined names are left as they are.
 */
const termSynonyms: Perturbation = {
  name: 'term-synonyms',
  what: 'interchangeable words of term, renewal and notice clauses ("commence" → "begin", "prior to" → "before", "not less than N" → "at least N", "successive" → "consecutive", …)',
  apply: (text) => TERM_SYNONYMS.reduce((out, [pattern, replacement]) => out.replace(pattern, (m: string) => inCaseOf(m, replacement)), text),
};

/**
 * The contract as the subject of its own start, run and end, in the words of civil-law and treaty-style
 * drafting: "This Agreement shall commence on" / "shall become effective on" → "shall enter into force on",
 * "shall continue (or remain) in full force and effect" → "shall remain in force", "This Agreement shall
 * expire on" → "This Agreement shall automatically expire on". Only where the agreement or contract is the
 * subject; every date and length stays.
 */
const TERM_IN_FORCE: readonly (readonly [RegExp, string])[] = [
  [/\b((?:this|the)\s+(?:agreement|contract)\s+(?:shall|will))\s+(?:commence|become\s+effective)\s+(on|as\s+of)\b/gi, '$1 enter into force $2'],
  [/\b((?:this|the)\s+(?:agreement|contract)\s+(?:shall|will))\s+(?:continue|remain)\s+in\s+full\s+force\s+and\s+effect\b/gi, '$1 remain in force'],
  [/\b((?:this|the)\s+(?:agreement|contract)\s+(?:shall|will))\s+(expire|terminate)\s+on\b/gi, '$1 automatically $2 on'],
];

const termInForce: Perturbation = {
  name: 'term-in-force',
  what: 'the contract\'s start, run and end in treaty-style words ("shall commence on" → "shall enter into force on", "continue in full force and effect" → "remain in force", "shall expire on" → "shall automatically expire on")',
  apply: (text) => TERM_IN_FORCE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text),
};

/** Words a title leaves in lower case when written in title case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** A run of words in capitals that ends in an instrument noun ("MASTER SUPPLY AND DISTRIBUTION AGREEMENT"). */
const CAPITAL_TITLE = /\b[A-Z][A-Z&'’®™/-]*(?:,?\s+[A-Z][A-Z&'’®™/-]*){0,8}\s+(?:AGREEMENT|CONTRACT|LICENSE|LICENCE|LEASE|AMENDMENT|ADDENDUM|MEMORANDUM|GUARANTY|GUARANTEE)\b/g;

/**
 * A title set in capitals ("MASTER SUPPLY AGREEMENT") written in title case ("Master Supply
 * Agreement"), as many drafts set it: the runs of capital words ending in an instrument noun within the
 * first 3,000 characters. Titles compare by their words whatever their case, so the title stays; a
 * rule that finds a title only by its capitals shows here. Values are compared without case, since a
 * party named in the same run changes case with it.
 */
const titleCase: Perturbation = {
  name: 'title-case',
  what: 'a title in capitals near the top ("MASTER SUPPLY AGREEMENT") written in title case ("Master Supply Agreement")',
  caseless: true,
  apply: (text) => {
    const head = text.slice(0, 3000).replace(CAPITAL_TITLE, (m: string) =>
      m.replace(/[A-Z][A-Z&'’-]*/g, (w: string, offset: number) => (offset > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase())),
    );
    return head + text.slice(3000);
  },
};

/**
 * The verbs of a governing-law clause without "governed": "shall be governed by and construed in
 * accordance with the laws of X" (and "governed by, and interpreted under", "governed by the laws of")
 * written "shall be construed in accordance with the laws of X", as many drafts state the choice. The
 * place stays, so the governing law does.
 */
const lawConstrued: Perturbation = {
  name: 'law-construed',
  what: 'in a governing-law clause, "governed by (and construed in accordance with)" written "construed in accordance with"',
  apply: (text) =>
    text.replace(/\bgoverned\s+by,?\s+(?:and\s+)?(?:(?:construed|interpreted|enforced|performed)\s*,?\s+(?:and\s+)?)*(?:(?:in\s+accordance\s+with|under|pursuant\s+to|by)\s*,?\s+)?(?=(?:the\s+)?(?:(?:internal|substantive|domestic)\s+)?laws?\b)/gi, (m: string) => inCaseOf(m, 'construed in accordance with ')),
};

/** A number of years as a length gives it: digits, or words below a hundred ("five", "twenty-four"). */
const LENGTH_NUMBER = `(?:\\d{1,2}|(?:${TENS.filter(Boolean).join('|')})(?:[\\s-]+(?:${UNITS.slice(1, 10).join('|')}))?|(?:${UNITS.slice(1).join('|')}))`;
/**
 * A length in years: "five (5) years", "two years", "3 years", "a one-year term", "a five (5) year
 * period", "one year's notice". Groups: the number, its digits in brackets, the hyphen or space, the
 * unit, a possessive. Not a range's second end ("three to five years", "two or three years"), an
 * anniversary ("the two (2) year anniversary", which counts years, not months) or an age.
 */
const YEARS_LENGTH = new RegExp(
  String.raw`(?<!\b(?:${NUMBER_WORD}|\d+)(?:\s*\(\d+\))?\s*(?:to|or|and|-|–)\s*)(?<![\w.,$(/-])(${LENGTH_NUMBER})(\s*\(\d{1,2}\))?([\s-]+)(years?)\b(['’]s?)?(?![\s-]+(?:anniversary|of\s+age|old)\b)`,
  'gi',
);

/** A noun a singular "year" describes: "one (1) year term", "one year renewal period". */
const YEAR_NOUN_AFTER = /^\s+(?:(?:initial|renewal|additional|extension)\s+)?(?:term|period|renewal|extension|contract|agreement|licen[cs]e|warranty|interval|notice|commitment|subscription)s?\b/i;

/** `n` as `like` writes its number: digits stay digits, words stay words, in their case. */
function numberLike(like: string, n: number): string {
  return /^\d/.test(like) ? String(n) : inCaseOf(like, inWords(n));
}

/**
 * A length of N years written as 12N months, as many drafters count a term, a renewal or a notice:
 * "one (1) year" → "twelve (12) months", "a five-year term" → "a sixty-month term", "two years" →
 * "twenty-four months", "one year's notice" → "twelve months' notice". Only a number of years, never a
 * calendar year ("year 2019"), a rate ("per year", "each year") or a contract year; a number whose
 * words and digits disagree is left alone. The scoring counts 1 year as 12 months, and an end counted
 * from a start is the same day either way, so every value stays.
 */
const yearsAsMonths: Perturbation = {
  name: 'years-as-months',
  what: 'every length of N years written as 12N months ("one (1) year" → "twelve (12) months", "a five-year term" → "a sixty-month term")',
  // A renewal of "1 year each" read from the rewrite is "12 months each", the same length.
  fold: (value) => value.replace(/\b(\d+) years?\b/g, (m: string, n: string) => `${12 * Number(n)} months`),
  apply: (text) =>
    text.replace(YEARS_LENGTH, (m: string, number: string, digits: string | undefined, gap: string, unit: string, possessive: string | undefined, at: number, rest: string) => {
      const n = /^\d/.test(number) ? Number(number) : wordsValue(number);
      if (!n || n > 50 || (digits && Number(/\d+/.exec(digits)![0]) !== n)) return m;
      const months = 12 * n;
      // "one year" is a noun and becomes "twelve months"; "a one-year term", "a one (1) year period" and "a five (5) year
      // term" are adjectives and stay singular.
      const adjective = gap.includes('-') || YEAR_NOUN_AFTER.test(rest.slice(at + m.length, at + m.length + 40));
      const plural = unit.toLowerCase() === 'years' || (n === 1 && !adjective);
      const word = inCaseOf(unit, plural || possessive ? 'months' : 'month');
      return `${numberLike(number, months)}${digits ? digits.replace(/\d+/, String(months)) : ''}${gap}${word}${possessive ? possessive[0] : ''}`;
    }),
};

/** An address as drafters write one after a party's name. */
const PARTY_ADDRESS = 'with offices at 100 Main Street, Suite 5, Springfield, IL 60601';

/** What ends an opening's party list: the recitals or the operative words. */
const LIST_END = /\b(?:WHEREAS|Whereas|RECITALS?|Recitals?|BACKGROUND|W\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H|NOW,?\s+THEREFORE|[Ii]n consideration of)\b/;

/** A party's defined short name in parentheses: ("Acme"), (the "Company"), (hereinafter referred to as "Bolt"). */
const SHORT_NAME = /\(\s*(?:the\s+|hereinafter\s+(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?)?["“]([^"“”()\n]{1,40})["”]\s*\)/gi;

/**
 * An address after each party's defined short name in the opening's party list, as many drafters
 * place it: `Acme Inc. ("Acme") and Bolt LLC ("Bolt")` becomes `Acme Inc. ("Acme"), with offices at
 * 100 Main Street, Suite 5, Springfield, IL 60601, and Bolt LLC ("Bolt"), with offices at …`. Only
 * between the opening's first "between" / "among" and its recitals (at most 1,500 characters), and
 * not after a short name that defines the agreement, a date, a term or the parties together. The
 * names and short names stay, so the parties must be read past the address.
 */
const partyAddresses: Perturbation = {
  name: 'party-addresses',
  what: 'an address (", with offices at 100 Main Street, Suite 5, Springfield, IL 60601,") after each party\'s short name in the opening\'s party list',
  apply: (text) => {
    const between = /\b(?:between|among)\b/i.exec(text.slice(0, 8000));
    if (!between) return text;
    const start = between.index;
    const rest = text.slice(start, start + 1500);
    const end = start + (LIST_END.exec(rest)?.index ?? rest.length);
    const list = text.slice(start, end).replace(SHORT_NAME, (m: string, short: string, offset: number, all: string) => {
      if (/\b(?:agreement|amendment|contract|date|term|part(?:y|ies)|effective)\b/i.test(short)) return m;
      // The address takes the comma that follows the short name, and gives one back before the next words.
      const after = all.slice(offset + m.length);
      return /^\s*[,;.]/.test(after) || !after.trim() ? `${m}, ${PARTY_ADDRESS}` : `${m}, ${PARTY_ADDRESS},`;
    });
    return text.slice(0, start) + list + text.slice(end);
  },
};

/** A length as a renewal or a notice gives it: a number (words or digits), its digits in brackets, the gap, the unit. */
const LENGTH_OF = String.raw`(${LENGTH_NUMBER}|ninety|one\s+hundred(?:\s+and)?\s+\w+|\d{1,3})(\s*\(\d{1,3}\))?([\s-]+)`;

/**
 * A renewal for "successive one-year periods" (or "consecutive two (2) year terms", "additional
 * twelve-month renewal periods"): groups are the number, its digits, the gap and the unit.
 */
const RENEWAL_PERIODS = new RegExp(String.raw`\bfor\s+(?:successive|consecutive|additional|subsequent|further)\s+${LENGTH_OF}(year|month)\s+(?:renewal\s+)?(?:periods|terms)\b`, 'gi');

/**
 * Notice "at least ninety (90) days prior to" (or "not less than …", "no less than …", "… before", "… in
 * advance of") the end: groups are the length (number, digits, gap) and the unit.
 */
const NOTICE_AT_LEAST = new RegExp(String.raw`\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than)\s+${LENGTH_OF}((?:calendar\s+|business\s+)?(?:days|months))\s+(?:prior\s+to|before|in\s+advance\s+of)\b`, 'gi');

/**
 * Renewal and non-renewal notice in the words of other drafters: "shall renew for successive one-year
 * periods" → "shall renew for additional periods of one year each", "written notice of non-renewal" →
 * "written notice of intention not to renew", "at least ninety (90) days prior to the end of the term" →
 * "no later than ninety (90) days before the end of the term". Each length, and whether the contract
 * renews by itself, stays; so do the renewal's and the notice's values. A renewal read from the rewrite
 * may lose the word "successive" from its description, so values are compared without it.
 */
const renewalWords: Perturbation = {
  name: 'renewal-words',
  what: 'renewal and notice words another drafter chose ("for successive one-year periods" → "for additional periods of one year each", "notice of non-renewal" → "notice of intention not to renew", "at least N days prior to" → "no later than N days before")',
  fold: (value) => value.replace(/,\s*successive\b/g, ''),
  apply: (text) =>
    text
      .replace(RENEWAL_PERIODS, (m: string, number: string, digits: string | undefined, _gap: string, unit: string) => {
        const one = /^(?:one|1)$/i.test(number);
        return inCaseOf(m, `for additional periods of ${number}${digits ?? ''} ${unit.toLowerCase()}${one ? '' : 's'} each`);
      })
      .replace(/\bnotice\s+of\s+non[\s-]?renewal\b/gi, (m: string) => inCaseOf(m, 'notice of intention not to renew'))
      .replace(NOTICE_AT_LEAST, (m: string, number: string, digits: string | undefined, gap: string, unit: string) => inCaseOf(m, `no later than ${number}${digits ?? ''}${gap}${unit} before`)),
};

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/**
 * A length of whole years from the contract's own start: "for a period of four (4) years from the
 * Effective Date", "for an initial term of three years commencing on the date hereof", "for two (2)
 * years after the date of this Agreement". Groups: the number, its digits, the start.
 */
const YEARS_FROM_START = new RegExp(
  String.raw`\bfor\s+(?:a\s+(?:period|term)\s+of\s+|an\s+initial\s+(?:period|term)\s+of\s+)?(${LENGTH_NUMBER})(\s*\(\d{1,2}\))?\s+years?\s+(?:from|after|following|(?:commencing|beginning|starting)\s+(?:on|as\s+of|with))\s+(the\s+(?:Effective|Commencement)\s+Date|the\s+date\s+(?:hereof|of\s+this\s+(?:Agreement|Contract)))\b`,
  'gi',
);

/**
 * Rewrites each term of N whole years from the contract's start (YEARS_FROM_START) with `write(match, N, start)`; only
 * up to twenty years, and only where the digits in brackets, if any, say the same number as the words.
 */
function rewriteYearsFromStart(text: string, write: (m: string, n: number, start: string) => string): string {
  return text.replace(YEARS_FROM_START, (m: string, number: string, digits: string | undefined, start: string) => {
    const n = /^\d/.test(number) ? Number(number) : wordsValue(number);
    if (!n || n > 20 || (digits && Number(/\d+/.exec(digits)![0]) !== n)) return m;
    return write(m, n, start);
  });
}

/**
 * A term of whole years from the contract's start written as the anniversary it ends on: "for a
 * period of four (4) years from the Effective Date" → "until the fourth anniversary of the Effective
 * Date", as many drafters state the end. The start plus N years is the Nth anniversary, so the end date
 * stays; only up to twenty years, and only from the contract's own start (its effective or
 * commencement date, the date of the agreement).
 */
const termAnniversary: Perturbation = {
  name: 'term-anniversary',
  what: 'a term of N years from the contract\'s start written as its end on the Nth anniversary ("for a period of four (4) years from the Effective Date" → "until the fourth anniversary of the Effective Date")',
  apply: (text) => rewriteYearsFromStart(text, (m, n, start) => inCaseOf(m, `until the ${ORDINAL_WORDS[n]} anniversary of `) + start),
};

/** Abbreviated legal forms and their spelled-out equivalents, in ordinary case ("Inc." is "Incorporated"). */
const SPELLED_FORMS: Readonly<Record<string, string>> = { inc: 'Incorporated', ltd: 'Limited', corp: 'Corporation' };

/**
 * Legal forms spelled out, as many drafters write a party's name: "Acme, Inc." becomes "Acme,
 * Incorporated", "Ltd." becomes "Limited", "Corp." becomes "Corporation" (in the case of the form
 * written: "INC." becomes "INCORPORATED") and "LLC" (with its full stop, if any) becomes "L.L.C.". The
 * form's full stop is kept where it also ended the sentence: at a line's end, or before a word that starts
 * sentences ("The", "This", "Each", "WHEREAS"; not before "Suite 5" or a party's next line). Names are compared
 * without their legal forms, so every party must still be read, now ending in the longer form.
 */
const entityFormsSpelled: Perturbation = {
  name: 'entity-forms-spelled',
  what: '"Inc." → "Incorporated", "Ltd." → "Limited", "Corp." → "Corporation", "LLC" → "L.L.C."',
  apply: (text) =>
    text
      .replace(/\b(Inc|INC|Ltd|LTD|Corp|CORP)\b(\.?)(?=(\s+(?:The|This|These|Each|Either|Both|In|If|It|Its|All|Any|No|Now|NOW|Whereas|WHEREAS)\b|\s*$)|)/gm, (_m: string, form: string, stop: string, ends: string | undefined) => {
        const word = SPELLED_FORMS[form.toLowerCase()]!;
        return `${form === form.toUpperCase() ? word.toUpperCase() : word}${stop && ends !== undefined ? '.' : ''}`;
      })
      .replace(/\bLLC\b\.?/g, 'L.L.C.'),
  // A name is the same whichever way its form is written.
  fold: (value) =>
    value
      .replace(/\b(?:Incorporated|Inc)\b\.?/gi, 'Inc')
      .replace(/\b(?:Limited|Ltd)\b\.?/gi, 'Ltd')
      .replace(/\b(?:Corporation|Corp)\b\.?/gi, 'Corp')
      .replace(/\bL\.L\.C\.|\bLLC\b\.?/gi, 'LLC'),
};

/** "is effective as of", "shall be effective on", "becomes effective as of": the verb (group 1) and its tense. */
const IS_EFFECTIVE = /\b(is|shall\s+be|will\s+be|becomes|shall\s+become|will\s+become)\s+effective\s+(?:as\s+(?:of|from)|on)\s+(?!the\s+date\s+(?:hereof|first)\b)/gi;
/** The verb that says the same with "effect": "is effective" → "takes effect", "shall become effective" → "shall take effect". */
const TAKES_EFFECT: Readonly<Record<string, string>> = { is: 'takes', becomes: 'takes', 'shall be': 'shall take', 'will be': 'will take', 'shall become': 'shall take', 'will become': 'will take' };

/**
 * The start of a contract said with "effect", as English and Commonwealth drafters write it: "This
 * Agreement is effective as of June 1, 2010" → "This Agreement takes effect from June 1, 2010", "shall
 * become effective on" → "shall take effect from", and a date set beside the name or the verb,
 * "effective as of June 1, 2010" → "with effect from June 1, 2010" ("entered into with effect from …",
 * "This Agreement, with effect from …, is made …"). The date is the same, so every labelled date stays.
 */
const effectFrom: Perturbation = {
  name: 'effect-from',
  what: 'the contract\'s start said with "effect" ("is effective as of D" → "takes effect from D", "effective as of D" → "with effect from D")',
  apply: (text) =>
    text
      .replace(IS_EFFECTIVE, (m: string, verb: string) => inCaseOf(m, `${TAKES_EFFECT[verb.toLowerCase().replace(/\s+/g, ' ')]!} effect from `))
      .replace(/\beffective\s+as\s+(?:of|from)\s+(?!the\s+date\s+(?:hereof|first)\b)/gi, (m: string) => inCaseOf(m, 'with effect from ')),
};

/**
 * "This Agreement is effective as of June 1, 2010" (or "… as of the date first above written"): group 1 the subject,
 * group 2 the verb.
 */
const CONTRACT_EFFECTIVE_ON_DATE = new RegExp(
  String.raw`\b((?:This|this|THIS)\s+(?:Agreement|AGREEMENT|Contract|CONTRACT|Amendment|AMENDMENT))\s+(is|shall\s+be|will\s+be|becomes|shall\s+become|will\s+become)\s+effective\s+(?:as\s+(?:of|from)|on|from)\s+`,
  'gi',
);

/**
 * The contract's start said with "apply" or "binding", as drafters outside the United States often write it: "This
 * Agreement is (shall be) effective as of June 1, 2010" → "This Agreement shall apply from June 1, 2010", "This Agreement
 * becomes (shall become) effective on June 1, 2010" → "This Agreement becomes (shall become) binding on June 1, 2010".
 * Only outside the opening sentence that lists the parties (a sentence with "between" or "among" after the verb keeps
 * "effective", which there also dates the making). The date or the date pointed at stays, so every labelled date stays.
 */
const applyBinding: Perturbation = {
  name: 'apply-binding',
  what: 'the contract\'s start said with "apply" or "binding" ("This Agreement is effective as of D" → "This Agreement shall apply from D", "becomes effective on D" → "becomes binding on D")',
  apply: (text) =>
    text.replace(CONTRACT_EFFECTIVE_ON_DATE, (m: string, subject: string, verb: string, at: number, all: string) => {
      const rest = all.slice(at + m.length, at + m.length + 300).split(/\.\s/)[0]!;
      if (/\b(?:between|among|amongst)\b/i.test(rest)) return m;
      const v = verb.toLowerCase().replace(/\s+/g, ' ');
      const said = /become/.test(v) ? `${verb} binding on ` : 'shall apply from ';
      return `${subject} ${m === m.toUpperCase() ? said.toUpperCase() : said}`;
    }),
};

/** What may join one party to the next in a list: a comma, "and", or both. */
const PARTY_JOIN = /^\s*,?\s+(?:and\s+|AND\s+)?(?=[A-Z[])/;

/**
 * The opening's party list set out as a numbered list after a colon, as English and Commonwealth drafters
 * set it: `This Agreement is made between Acme Inc. ("Acme") and Bolt LLC ("Bolt").` becomes `This
 * Agreement is made between:` / `(1) Acme Inc. ("Acme"); and` / `(2) Bolt LLC ("Bolt").`, each party in a
 * paragraph of its own. Only a list whose parties each end in their defined short name and follow one
 * another with ",", "and" or ", and" (where a description follows the short name, the list is left as it
 * is). The names and short names stay, so the parties and the title must be read as before.
 */
const partiesNumbered: Perturbation = {
  name: 'parties-numbered',
  what: 'the opening\'s party list set as a numbered list after a colon ("between:" / "(1) Acme Inc. ("Acme"); and" / "(2) Bolt LLC ("Bolt")")',
  apply: (text) => {
    const list = openingPartyList(text);
    if (!list) return text;
    const { start, pieces, from } = list;
    const numbered = pieces.map((p, k) => `(${k + 1}) ${p}${k === pieces.length - 1 ? '' : k === pieces.length - 2 ? '; and' : ';'}`).join('\n\n');
    return `${text.slice(0, start).replace(/[ \t:]+$/, '')}:\n\n${numbered}${text.slice(from)}`;
  },
};

/**
 * The opening's date set after its party list, closing the sentence: ", dated as of June 1, 2010.", " this 7th day of
 * September, 1999.", " as of the date first written above (the "Effective Date")." The last party's paragraph keeps
 * it in the layouts below, as drafters who date the opening there write it.
 */
const DATE_ENDS_LIST = /^\s*,?\s*(?:(?:dated|effective)\s+)?(?:as\s+of|on|this|dated)\s+[^.;:()"“”]{4,40}?(?:\s*\([^()]{0,40}\))?\s*[.;:]/i;

/** A verb that starts what a party does, not who it is. */
const PIECE_VERB = /\b(?:shall|will|may|agrees?|is|are|provides?)\b/;

/**
 * The opening's party list: where it starts (right after its "between" / "among", which starts at `word`), each
 * party's words up to its short name (white space made single), and where the last short name ends. Only a list whose
 * parties each end in their defined short name and follow one another with ",", "and" or ", and" (where a description
 * follows the short name, there is none). `strict` takes only a list that ends its sentence (or whose date closes it,
 * DATE_ENDS_LIST), and ends a list before a piece with a verb.
 */
function openingPartyList(text: string, strict = false): { word: number; start: number; pieces: string[]; from: number } | undefined {
  const head = text.slice(0, 8000);
  const shorts = [...head.matchAll(SHORT_NAME)].filter((m) => !/\b(?:agreement|amendment|contract|date|term|part(?:y|ies)|effective)\b/i.test(m[1]!));
  const first = shorts[0];
  if (!first) return undefined;
  // The list starts after the last "between" / "among" before the first short name, in the same paragraph.
  const lead = head.slice(Math.max(0, first.index - 600), first.index);
  const word = [...lead.matchAll(/\b(?:between|among)\b[ \t]*:?[ \t]*/gi)].at(-1);
  if (!word) return undefined;
  const start = first.index - lead.length + word.index + word[0].length;
  if (/\n\s*\n/.test(text.slice(start, first.index))) return undefined;
  const pieces: string[] = [];
  let from = start;
  let ended = false;
  for (const [k, m] of shorts.entries()) {
    const at = k > 0 ? from + (PARTY_JOIN.exec(text.slice(from, m.index))?.[0].length ?? 0) : from;
    const piece = text.slice(at, m.index + m[0].length);
    // Strict: a piece that says what someone does ("Acme will provide … ("Services")") is the sentence after the list.
    if (strict && k > 0 && PIECE_VERB.test(piece)) {
      ended = true;
      break;
    }
    // One party to a piece: no second quoted name before its own short name, no break, no other sentence.
    if ((piece.match(/["“”]/g) ?? []).length > 2 || /\n\s*\n|\b(?:between|among|whereas)\b/i.test(piece) || piece.length > 400) return undefined;
    pieces.push(piece.replace(/\s+/g, ' ').trim());
    from = m.index + m[0].length;
    // The list ends where the words after a short name do not go on to another party.
    if (!PARTY_JOIN.test(text.slice(from, from + 20))) {
      ended = true;
      break;
    }
  }
  if (!ended || pieces.length < 2) return undefined;
  // Strict: the list ends its sentence, so that no date or verb of the opening is left behind its last party.
  if (strict && !/^\s*(?:[.;:]|$)/.test(text.slice(from)) && !DATE_ENDS_LIST.test(text.slice(from))) return undefined;
  return { word: first.index - lead.length + word.index, start, pieces, from };
}

/** "until" or "through" right before a date written with its month's name ("until June 30, 2023", "through 30 June 2023"). */
const UNTIL_DATE = new RegExp(String.raw`\b(?:until|through)\s+(?=(?:(?:${MONTH_NAMES.join('|')})\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES.join('|')}),?\s+(?:19|20)\d\d)\b)`, 'gi');

/**
 * An end date said inclusively, as American drafters often write it: "shall continue until June 30,
 * 2023" → "shall continue through and including June 30, 2023", "through 30 June 2023" → "through and
 * including 30 June 2023". The last day of the term is the same day, so every labelled date stays.
 */
const throughIncluding: Perturbation = {
  name: 'through-including',
  what: 'an end date said inclusively ("until June 30, 2023" → "through and including June 30, 2023")',
  apply: (text) => text.replace(UNTIL_DATE, (m: string) => `${inCaseOf(m, 'through and including')} `),
};

/**
 * Every third space between two words becomes a no-break space (U+00A0), as word processors put one
 * inside dates, amounts, section numbers and names ("June 1, 2010", "Acme, Inc.") and PDFs and
 * conversions keep it. A rule that matches a literal space instead of any white space loses its
 * value; nothing a reader sees changes.
 */
const nbspSpaces: Perturbation = {
  name: 'nbsp-spaces',
  what: 'every third space between two words written as a no-break space (U+00A0)',
  apply: (text) => {
    let n = 0;
    return text.replace(/(?<=\S) (?=\S)/g, () => (++n % 3 === 0 ? '\u00a0' : ' '));
  },
};

/**
 * Two spaces after a full stop, colon or semicolon (the typewriter habit many firms kept), and every
 * fourth other space between words doubled, as justified lines come out of a PDF. A rule that expects
 * exactly one space between words loses its value.
 */
const doubleSpaces: Perturbation = {
  name: 'double-spaces',
  what: 'two spaces after ". : ;" and every fourth other space between words doubled',
  apply: (text) => {
    let n = 0;
    return text.replace(/(?<=\S) (?=\S)/g, (m: string, at: number) => (/[.:;]/.test(text[at - 1] ?? '') || ++n % 4 === 0 ? '  ' : ' '));
  },
};

/** The abbreviations of the months that filings use, in the order of MONTH_NAMES; May, June and July stay whole. */
const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * "January 5, 2010" becomes "Jan. 5, 2010" ("Sept." for September), in the case written: the short
 * form of schedules, notices and many openings. The day, month and year stay, so every labelled date does.
 */
const monthAbbrev: Perturbation = {
  name: 'month-abbrev',
  what: 'every "Month D, YYYY" with the month abbreviated ("Jan. 5, 2010", "Sept. 1, 2010")',
  apply: (text) =>
    text.replace(MONTH_DAY_YEAR, (m: string, month: string, day: string, year: string) => {
      const short = MONTH_ABBREVIATIONS[MONTH_NAMES.findIndex((name) => name.toLowerCase() === month.toLowerCase())]!;
      const cased = month === month.toUpperCase() ? short.toUpperCase() : short;
      return `${cased} ${day}, ${year}`;
    }),
};

/** Words ending in -ize that are not the verb suffix ("size", "seize", "prize", "capsize"), kept as written. */
const NOT_IZE_SUFFIX = /^(?:s|se|pr|caps|ma|ba)iz/;
/** American spellings of lower-case words and their British forms ("center" → "centre", "labor" → "labour"). */
const BRITISH_WORDS: Readonly<Record<string, string>> = { center: 'centre', centers: 'centres', program: 'programme', programs: 'programmes', labor: 'labour', favor: 'favour', favorable: 'favourable', honor: 'honour', defense: 'defence', offense: 'offence', fulfill: 'fulfil', canceled: 'cancelled', canceling: 'cancelling' };

/**
 * Lower-case words spelled the British way: "organized" → "organised", "authorization" →
 * "authorisation", "center" → "centre", "labor" → "labour", as English, Irish, Indian and Australian
 * contracts are drafted. Names and defined terms keep their capitals and their spelling, so every
 * labelled party stays; the party's status ("a company organised under the laws of England") must read the same.
 */
const britishSpelling: Perturbation = {
  name: 'british-spelling',
  what: 'lower-case words spelled the British way ("organised", "authorisation", "centre", "labour")',
  apply: (text) =>
    text.replace(/\b[a-z]+\b/g, (w: string) => {
      if (BRITISH_WORDS[w]) return BRITISH_WORDS[w]!;
      const m = /^([a-z]{3,})iz(e|ed|es|ing|ation|ations)$/.exec(w);
      return m && !NOT_IZE_SUFFIX.test(w) ? `${m[1]}is${m[2]}` : w;
    }),
};

/** The forms companies write both with and without a comma before them ("Acme, Inc.", "Acme Inc."); "Corp." and "Co." are rarely set off. */
const COMMA_FORMS = String.raw`(?:Inc\.|Ltd\.|LLC|L\.L\.C\.|L\.P\.|LLP)`;
/** A name's last word and its form, with or without the comma: groups word, comma, form. */
const NAME_AND_FORM = new RegExp(String.raw`\b([A-Z][A-Za-z0-9&'’-]*)(?<!\b(?:Co|Corp|Inc|Ltd))(,?)\s+(${COMMA_FORMS})(?![A-Za-z])`, 'g');

/**
 * The comma before an entity form toggled: "Acme Widgets, Inc." → "Acme Widgets Inc." and "Beta
 * LLC" → "Beta, LLC", as companies write their own names either way and a drafter copies one. The
 * name is the same name (the scoring compares names without punctuation, and values are compared
 * here without that comma), so a rule that splits a party list at commas, or wants the comma to find
 * the form, loses the party. A form after another ("Co., Ltd.") is left alone.
 */
const incComma: Perturbation = {
  name: 'inc-comma',
  what: 'the comma before "Inc.", "Ltd.", "LLC", "L.P." toggled ("Acme, Inc." ↔ "Acme Inc.")',
  apply: (text) => text.replace(NAME_AND_FORM, (m: string, word: string, comma: string, form: string) => `${word}${comma ? '' : ','} ${form}`),
  fold: (value) => value.replace(new RegExp(String.raw`,(?=\s+${COMMA_FORMS}(?![A-Za-z]))`, 'g'), ''),
};

/**
 * The article inside a defining parenthesis toggled: ("Company") → (the "Company") and (the
 * "Distributor") → ("Distributor"), straight or curly quotes. Drafters use both; the short name is the
 * same, so a party, a defined "Effective Date" or "Term" must be read either way.
 */
const definedThe: Perturbation = {
  name: 'defined-the',
  what: 'the article inside a defining parenthesis toggled: ("Company") ↔ (the "Company")',
  apply: (text) => text.replace(/\((the\s+)?(?=["“][^"“”()]{1,60}["”]\))/gi, (m: string, the: string | undefined) => (the ? '(' : '(the ')),
};

/**
 * Defined terms set in single quotes, as British and Commonwealth drafting writes them: (the
 * "Effective Date") → (the ‘Effective Date’), ("Term") → (‘Term’), "Term" means → ‘Term’ means. Only
 * the quotes of a defining parenthesis or of a definition's head change; quoted passages keep theirs. A
 * defined date, term or short name must be read in either style.
 */
const definedSingle: Perturbation = {
  name: 'defined-single',
  what: 'defined terms in single quotes: (the "Term") → (the ‘Term’), "Term" means → ‘Term’ means',
  apply: (text) =>
    text
      .replace(/(\((?:the\s+|this\s+)?)["“]([^"“”()]{1,60})["”](?=\s*\))/gi, (m: string, open: string, words: string) => `${open}\u2018${words}\u2019`)
      .replace(/["“]([A-Z][^"“”()]{0,59})["”](?=\s+(?:(?:shall|will)\s+)?means?\b)/g, (m: string, words: string) => `\u2018${words}\u2019`),
};

/**
 * A clause heading as a contents page lists it: a numbered line that is only a heading ("1.
 * DEFINITIONS", "ARTICLE 5 TERM AND TERMINATION", "Section 9. Governing Law") or a clause's run-in
 * heading ("12. Governing Law. This Agreement …"), up to its full stop.
 */
const TOC_HEADING = /^[ \t]*((?:(?:ARTICLE|Article|SECTION|Section)\s+(?:\d{1,2}|[IVXL]{1,6})[.:]?|\d{1,2}\.(?:\d{1,2}\.?)?))[ \t]+([A-Z][A-Za-z&,'’\- ]{2,58}?)(?:\.(?=\s)|[ \t]*$)/gm;
/** The most lines a contents page lists here, and how many of them go to a page. */
const TOC_ENTRIES = 30;
const TOC_PER_PAGE = 3;

/**
 * A contents page set before the opening, as long agreements carry one: "TABLE OF CONTENTS", then
 * the document's own clause headings in order, each with dot leaders and a page number, one to a
 * line, set after the title and before the paragraph that first says "between" or "among" (within
 * the first 6,000 characters). A text with fewer than three such headings, or without such an
 * opening, is left as it is. The contents page names headings ("Term and Termination", "Governing
 * Law") but no party, date or length, so no value may move.
 */
const tocCover: Perturbation = {
  name: 'toc-cover',
  what: 'a table of contents (the clause headings, dot leaders, page numbers) set between the title and the opening',
  apply: (text) => {
    const between = /\b(?:between|among|amongst)\b/i.exec(text.slice(0, OPENING_WITHIN));
    if (!between) return text;
    const start = Math.max(0, text.lastIndexOf('\n\n', between.index) + 1);
    const entries: string[] = [];
    for (const m of text.slice(start).matchAll(TOC_HEADING)) {
      if (entries.length >= TOC_ENTRIES) break;
      const heading = m[2]!.trim();
      entries.push(`${m[1]} ${heading} ${'.'.repeat(Math.max(3, 48 - heading.length))} ${1 + Math.floor(entries.length / TOC_PER_PAGE)}`);
    }
    if (entries.length < 3) return text;
    return `${text.slice(0, start)}\nTABLE OF CONTENTS\n\n${entries.join('\n')}\n\n${text.slice(start)}`;
  },
};

/** A clause number before a heading: "12.", "4.1", "ARTICLE 5", "Section 9.". */
const CLAUSE_NUMBER = String.raw`(?:^|(?<=\s))((?:ARTICLE|Article|SECTION|Section)\s+(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,6})\.?|\d{1,2}(?:\.\d{1,2})*\.?)(\s+)`;
/** Clause headings drafters name either way, each pair heading the same clause; the case written is kept. */
const HEADING_SYNONYMS: readonly (readonly [string, string])[] = [
  ['Term and Termination', 'Duration and Termination'],
  ['Term of Agreement', 'Duration of Agreement'],
  ['Term of the Agreement', 'Duration of the Agreement'],
  ['Term', 'Duration'],
  ['Governing Law', 'Applicable Law'],
];

/**
 * The term clause headed "Duration" ("12. Duration.", "ARTICLE 5 DURATION AND TERMINATION") and the choice of law
 * "Applicable Law", as many drafters (and most civil-law ones) head them: only a heading after a clause number and
 * before its full stop, colon or line end is renamed, never the words in a sentence. A rule that finds the term or the
 * law by its heading's wording shows here.
 */
const headingSynonyms: Perturbation = {
  name: 'heading-synonyms',
  what: 'clause headings "Term" (… "and Termination", "of Agreement") written "Duration", and "Governing Law" "Applicable Law"',
  apply: (text) =>
    HEADING_SYNONYMS.reduce((t, [from, to]) => {
      const forms = [[from, to], [from.toUpperCase(), to.toUpperCase()]] as const;
      return forms.reduce((u, [f, r]) => u.replace(new RegExp(`${CLAUSE_NUMBER}${f}(?=[.:]|[ \\t]*$)`, 'gm'), (m: string, num: string, gap: string) => `${num}${gap}${r}`), t);
    }, text),
};

/** The recitals' set words in capitals, and as other drafters write them. */
const RECITAL_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bWHEREAS\b/g, 'Whereas'],
  [/\bW\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H\b/g, 'Witnesseth'],
  [/\bNOW,?\s+THEREFORE\b/g, 'Now, therefore'],
  [/^(\s*)RECITALS\b/gm, '$1Recitals'],
  [/^(\s*)BACKGROUND(?=\s*[.:]?\s*$)/gm, '$1Background'],
];

/**
 * "WHEREAS", "WITNESSETH", "NOW, THEREFORE" and a "RECITALS" heading in ordinary case ("Whereas, Acme …",
 * "Now, therefore, the parties agree …"), as many drafts write them: the opening still ends where the recitals start,
 * so the parties, the dates and the title must read the same.
 */
const recitalsCase: Perturbation = {
  name: 'recitals-case',
  what: '"WHEREAS", "WITNESSETH", "NOW, THEREFORE" and a "RECITALS" heading written in ordinary case',
  apply: (text) => RECITAL_WORDS.reduce((t, [re, to]) => t.replace(re, to), text),
};

/**
 * The form of another agreement, as contracts attach one for a later step (a joinder, a confidentiality
 * undertaking, a supply order): its own title, blank parties and date, term, renewal, notice and governing law.
 */
const ATTACHED_FORM = [
  'EXHIBIT C',
  'FORM OF CONFIDENTIALITY UNDERTAKING',
  'This Confidentiality Undertaking (this "Undertaking") is made as of [____________], 20[__] by and between [NAME OF RECIPIENT], a [__________] [corporation] ("Recipient"), and [NAME OF DISCLOSER] ("Discloser").',
  '1. Confidentiality. Recipient shall hold the Confidential Information in confidence and use it only for the Purpose.',
  '2. Term. This Undertaking shall continue for a period of three (3) years from the date hereof and shall thereafter automatically renew for successive one (1) year periods unless either party gives the other written notice of non-renewal at least sixty (60) days before the end of the then-current period.',
  '3. Governing Law. This Undertaking shall be governed by and construed in accordance with the laws of the State of Nevada.',
  'IN WITNESS WHEREOF, the parties have executed this Undertaking as of the date first written above.',
  '[NAME OF RECIPIENT]\nBy: ______________________\nName:\nTitle:',
].join('\n\n');

/**
 * A form of another agreement attached at the end, after the signatures, as an exhibit ("EXHIBIT C / FORM OF
 * CONFIDENTIALITY UNDERTAKING", with its own blank parties and date, a three-year term renewing yearly on sixty days'
 * notice, and Nevada law). What the contract itself says is unchanged, so no value may move: neither its own values
 * nor, where it states none, a value read from the form.
 */
const attachedForm: Perturbation = {
  name: 'attached-form',
  what: 'the form of a confidentiality undertaking (its own title, blanks, term, renewal, notice and Nevada law) attached as an exhibit at the end',
  apply: (text) => `${text.replace(/\s+$/, '')}\n\n${ATTACHED_FORM}\n`,
};

/**
 * A yearly renewal "for successive one (1) year periods" (or "consecutive one-year terms", "additional
 * one year terms", "for renewal terms of one year each") in the words older contracts use: "from year to
 * year" ("shall automatically renew from year to year unless …"). Only a renewal of one year, and only
 * the plural (many renewals, not "an additional one-year term"): each renewal is still one year and
 * they still follow one another, so the renewal, its notice and the expiration stay.
 */
const YEARLY_RENEWALS: readonly RegExp[] = [
  /\bfor\s+(?:successive|consecutive|additional|subsequent|further)\s+(?:one|1)(?:\s*\(1\))?[\s-]+year\s+(?:renewal\s+)?(?:periods|terms)\b/gi,
  /\bfor\s+(?:(?:successive|consecutive|additional|subsequent|further)\s+)?(?:renewal\s+)?(?:periods|terms)\s+of\s+(?:one|1)(?:\s*\(1\))?\s+year(?:\s+each)?\b/gi,
];

const renewalYearToYear: Perturbation = {
  name: 'renewal-year-to-year',
  what: 'a yearly renewal "for successive one (1) year periods" (or "additional one-year terms", "renewal terms of one year each") written "from year to year"',
  // "Additional one-year terms" are successive ones, which the rules say only where a word says so ("successive",
  // "from year to year"): values are compared without that word, as under renewal-words.
  fold: (value) => value.replace(/,\s*successive\b/g, ''),
  apply: (text) => YEARLY_RENEWALS.reduce((t, re) => t.replace(re, (m: string) => inCaseOf(m, 'from year to year')), text),
};

/** The date an opening gives the agreement: "June 1, 2010", or "the 1st day of June, 2010". */
const OPENING_DATE = String.raw`(?:${MONTH_DAY_YEAR.source.replace(/\((?!\?)/g, '(?:')}|(?:this\s+|the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s+(?:${MONTH_NAMES.join('|')}),?\s+(?:19|20)\d\d)`;
/** `as of June 1, 2010 (the "Effective Date")`: groups are the words before the date (if any), the date and the quote that opens the name. */
const DATED_EFFECTIVE = new RegExp(String.raw`\b(?:(as\s+of|on|effective(?:\s+as\s+of)?)\s+)?(${OPENING_DATE}),?\s*\(\s*(?:the\s+)?(["“])Effective\s+Date["”]\s*\)`, 'gi');
/** The operative words after the recitals, where the clauses start: "the parties agree as follows:". */
const AGREE_AS_FOLLOWS = /\bagree\s+as\s+follows\s*[:.]?|\bagree:/gi;

/**
 * The opening's date defined later, as agreements with a definitions clause do: `made as of June 1, 2010
 * (the "Effective Date") between …` becomes `made as of the Effective Date between …`, and `"Effective
 * Date" means June 1, 2010.` is set as its own paragraph right after the operative words ("agree as
 * follows:"), where the first clause starts. Only where the opening (its first 6,000 characters) gives
 * one such date and the text defines "Effective Date" nowhere else; otherwise the text is left as it is.
 * The opening still dates the agreement by the same day, so the agreement date and the effective date stay.
 */
const effectiveDefinedLater: Perturbation = {
  name: 'effective-defined-later',
  what: 'the opening\'s `as of DATE (the "Effective Date")` written `as of the Effective Date`, with `"Effective Date" means DATE.` set after "agree as follows:"',
  apply: (text) => {
    const head = text.slice(0, OPENING_WITHIN);
    const found = [...head.matchAll(DATED_EFFECTIVE)];
    if (found.length !== 1) return text;
    const m = found[0]!;
    if (/["“”]Effective\s+Date["”]\s*(?:shall\s+)?(?:means?|refers?)\b/i.test(text)) return text;
    const end = m.index! + m[0].length;
    AGREE_AS_FOLLOWS.lastIndex = end;
    const follows = AGREE_AS_FOLLOWS.exec(text);
    if (!follows) return text;
    const [, lead, date, quote] = m;
    const words = !lead ? 'as of' : /^effective$/i.test(lead) ? `${lead} as of` : lead;
    const close = quote === '“' ? '”' : '"';
    const at = follows.index + follows[0].length;
    return `${text.slice(0, m.index)}${words} the Effective Date${text.slice(end, at)}\n\n${quote}Effective Date${close} means ${date!.replace(/^(?:this|the)\s+/i, 'the ')}.\n\n${text.slice(at).replace(/^\s+/, '')}`;
  },
};

/** Courts a forum clause may name, each with its state; the first whose state the governing law does not name is used. */
const FORUMS = [
  ['Cook County, Illinois', 'Illinois'],
  ['King County, Washington', 'Washington'],
  ['Maricopa County, Arizona', 'Arizona'],
] as const;
/** A clause that says which law governs: "governed by … the laws of", "construed in accordance with the laws of", "governed by X law". */
const GOVERNED_BY = /\b(?:governed\s+by|construed\s+(?:in\s+accordance\s+with|under))\b[^.;]{0,150}?\blaws?\b/i;

/**
 * A forum clause naming the courts of another place set just before the governing-law sentence, as many
 * contracts pair a choice of law with a choice of courts in a different state: "Each party irrevocably
 * submits to the exclusive jurisdiction of the state and federal courts located in Cook County, Illinois,
 * for any action arising out of this Agreement." (King County, Washington, where the law's sentence names
 * Illinois; Maricopa County, Arizona, where it names both). Only before the first sentence that says
 * which law governs, after its sub-clause label ("(a) ") where it has one, so a heading stays a heading. The courts that hear a dispute are not the law that governs, so the governing law stays.
 */
const venueElsewhere: Perturbation = {
  name: 'venue-elsewhere',
  what: 'a forum clause naming the courts of another state (Cook County, Illinois, or the next that the law does not name) set before the governing-law sentence',
  apply: (text) => {
    const law = GOVERNED_BY.exec(text);
    if (!law) return text;
    const before = text.slice(Math.max(0, law.index - 400), law.index);
    // A sub-clause's label stays before the sentence it heads: "(a) The validity … governed by …".
    const breaks = [...before.matchAll(/(?:[.:;]["”)]?[ \t]+|\n\s*)(?:\((?:[a-z]{1,3}|\d{1,2})\)\s+)?(?=\(?[A-Z0-9])/g)];
    const last = breaks[breaks.length - 1];
    // The sentence starts after the last full stop, colon or line break before the clause, or at the text's start.
    if (!last && law.index > before.length) return text;
    const start = last ? law.index - before.length + last.index! + last[0].length : 0;
    const sentenceEnd = text.indexOf('.', law.index + law[0].length);
    const sentence = text.slice(start, sentenceEnd < 0 ? text.length : sentenceEnd);
    const forum = FORUMS.find(([, state]) => !sentence.includes(state));
    if (!forum) return text;
    const clause = `Each party irrevocably submits to the exclusive jurisdiction of the state and federal courts located in ${forum[0]}, for any action arising out of this Agreement. `;
    return text.slice(0, start) + clause + text.slice(start);
  },
};

/** Notice given in writing, as other drafters word it; each period and who gives it stay. */
const IN_WRITING: readonly (readonly [RegExp, string])[] = [
  [/\bwritten\s+notice\s+of\s+non[\s-]?renewal\b/gi, 'notice in writing of its intention not to renew'],
  [/\b(days|months|weeks)['’]?\s+(?:prior\s+|advance\s+)?written\s+notice\b/gi, "$1' notice in writing"],
  [/\bprior\s+written\s+notice\b/gi, 'notice in writing given beforehand'],
  [/\bwritten\s+notice\b/g, 'notice in writing'],
];

/**
 * Notice "in writing" where the text says "written notice": "ninety (90) days' prior written notice" →
 * "ninety (90) days' notice in writing", "written notice of non-renewal" → "notice in writing of its
 * intention not to renew", "upon prior written notice" → "upon notice in writing given beforehand", and
 * any other lower-case "written notice" → "notice in writing". A notice period counted in days or months
 * already runs before the event, so "prior" adds nothing there; each period, and whether notice stops a
 * renewal, stays, so the notice period and the renewal do.
 */
const noticeInWriting: Perturbation = {
  name: 'notice-in-writing',
  what: '"N days\' prior written notice" → "N days\' notice in writing", "written notice of non-renewal" → "notice in writing of its intention not to renew", other "written notice" → "notice in writing"',
  apply: (text) =>
    IN_WRITING.reduce((t, [re, to]) => t.replace(re, (m: string, unit: unknown) => inCaseOf(m, to.replace('$1', typeof unit === 'string' ? unit.toLowerCase() : ''))), text),
};

/** A short name that stands for the agreement, a date, a term or the parties together, not for one party. */
const NOT_ONE_PARTY = /\b(?:agreement|amendment|contract|date|term|part(?:y|ies)|effective)\b/i;

/** A description set after a party's short name before the next party: ", a Delaware corporation", ", an individual". */
const DESCRIPTION_AFTER = String.raw`(?:,?\s+an?\s+[^,;()"“”\d\n]{1,80}?\b(?:corporation|company|partnership|trust|association|bank|individual|entity|organi[sz]ation)\b)?`;
/** What follows one party of an opening's list before the next: its description, then ",", "and" or ", and", then a capital. */
const NEXT_PARTY = new RegExp(String.raw`^(${DESCRIPTION_AFTER})(\s*,?\s+(?:and|AND)\s+|\s*,\s+)(?=[A-Z])`);

/** One party of an opening's list: where its words start, where its short name stands, where it ends (after any description). */
interface ListedParty {
  at: number;
  short: RegExpMatchArray & { index: number };
  end: number;
}

/**
 * The parties of the opening's list, in order, each ending in its defined short name (and any description after it):
 * the list starts after the last "between" / "among" before the first short name that stands for one party, in the
 * same paragraph. `complete` says the list was read to its end (no party after the last one read looked like another,
 * unreadable, party). Each party has one quoted name, no paragraph break, no "between" / "whereas", at most 400
 * characters. Undefined where no such opening is found.
 */
function openingParties(text: string): { start: number; word: string; parties: ListedParty[]; complete: boolean } | undefined {
  const head = text.slice(0, 8000);
  const shorts = [...head.matchAll(SHORT_NAME)].filter((m) => !NOT_ONE_PARTY.test(m[1]!)) as (RegExpMatchArray & { index: number })[];
  const first = shorts[0];
  if (!first) return undefined;
  const lead = head.slice(Math.max(0, first.index - 600), first.index);
  const word = [...lead.matchAll(/\b(between|among)\b[ \t]*:?[ \t]*/gi)].at(-1);
  if (!word) return undefined;
  const start = first.index - lead.length + word.index + word[0].length;
  if (/\n\s*\n/.test(text.slice(start, first.index))) return undefined;
  const parties: ListedParty[] = [];
  let at = start;
  for (const m of shorts) {
    if (m.index < at) continue;
    const piece = text.slice(at, m.index + m[0].length);
    if ((piece.match(/["“”]/g) ?? []).length > 2 || /\n\s*\n|\b(?:between|among|whereas)\b/i.test(piece) || piece.length > 400) return { start, word: word[1]!, parties, complete: false };
    const after = m.index + m[0].length;
    const next = NEXT_PARTY.exec(text.slice(after, after + 200));
    parties.push({ at, short: m, end: after + (next?.[1]!.length ?? 0) });
    if (!next) return { start, word: word[1]!, parties, complete: true };
    at = after + next[0].length;
  }
  return { start, word: word[1]!, parties, complete: false };
}

/** Where a party's name ends and its description, address or short name begins. */
const NAME_END = /,?\s+(?:an?|the|with|having|whose|located|incorporated|organi[sz]ed|existing|duly|acting|represented)\s+[a-z]|\s*\(|,\s+(?:an?\s+)?[A-Z][a-z]+\s+(?:corporation|company|limited|partnership)\b|\s+(?:an?|the)\s+(?:[A-Z][a-z]+\s+)*(?:corporation|company|limited\s+liability|partnership)\b/;
/** Small words a name may hold in lower case ("Bank of America", "Research and Development Co."). */
const NAME_SMALL_WORDS = new Set(['of', 'and', '&', 'de', 'du', 'la', 'for', 'the', 'und', 'et']);

/** A party's name as a cover page sets it: the words before its description, only where every word is one a name holds. */
function cleanName(piece: string): string | undefined {
  const flat = piece.replace(/\s+/g, ' ').trim();
  const cut = NAME_END.exec(flat);
  const name = (cut ? flat.slice(0, cut.index) : flat).replace(/[\s,;]+$/, '');
  const words = name.split(' ');
  if (!name || words.length > 10 || !/^[A-Z0-9]/.test(name)) return undefined;
  return words.every((w) => /^[A-Z0-9][\w.&'’/,-]*$/.test(w) || NAME_SMALL_WORDS.has(w)) ? name : undefined;
}

/** A title line: words ending in an instrument noun, one (or two) spaces apart, alone on a line ("MASTER SUPPLY AGREEMENT", "Amendment No. 2 to License Agreement"). */
const TITLE_LINE = /^[ \t]*([A-Z][A-Za-z0-9&,.'’#-]*(?: {1,2}[A-Za-z0-9&,.'’#-]+){0,14} {1,2}(?:AGREEMENT|Agreement|CONTRACT|Contract|LICEN[CS]E|Licen[cs]e|LEASE|Lease|AMENDMENT|Amendment|ADDENDUM|Addendum))[ \t]*$/m;

/**
 * A cover page before the text, as law firms print one for an agreement: the contract's own title line, "between" (or
 * "among"), each party's name as the opening writes it on a line of its own with "and" before the last, and "Dated
 * as of" the opening's date where the opening gives exactly one date ("June 1, 2010"), then a page break. A form's
 * title keeps the "FORM OF" set over it. Only where a title line stands before the opening and every party of the
 * opening's list has a clean name (see cleanName); other texts are left as they are. The cover repeats what the text
 * says, so the title, the parties and the dates must read as before.
 */
const coverPage: Perturbation = {
  name: 'cover-page',
  what: 'a cover page before the text: the title line, "between", each party\'s name on its own line, "and", "Dated as of" the opening\'s date; then a page break',
  apply: (text) => {
    const list = openingParties(text);
    if (!list?.complete || list.parties.length < 2) return text;
    const names = list.parties.map((p) => cleanName(text.slice(p.at, p.short.index)));
    if (names.some((n) => !n)) return text;
    const paragraph = Math.max(0, text.lastIndexOf('\n\n', list.start));
    const title = TITLE_LINE.exec(text.slice(0, paragraph));
    if (!title) return text;
    // A form's title is set under "FORM OF" on a line of its own: the cover gives the title whole.
    const formOf = /(?:^|\n)[ \t]*(FORM OF|Form of)[ \t]*\n\s*$/.exec(text.slice(0, title.index));
    // The opening's date: its sentence runs on past the list to the recitals or the paragraph's end.
    const tail = text.slice(list.parties.at(-1)!.end, list.parties.at(-1)!.end + 400);
    const stop = /\n\s*\n/.exec(tail)?.index ?? tail.length;
    const listEnd = LIST_END.exec(tail.slice(0, stop))?.index ?? stop;
    const opening = text.slice(paragraph, list.parties.at(-1)!.end + listEnd);
    const dates = [...opening.matchAll(MONTH_DAY_YEAR)].map((m) => m[0]);
    const distinct = new Set(dates.map((d) => d.replace(/\s+/g, ' ').toLowerCase()));
    const caps = title[1] === title[1]!.toUpperCase();
    const lines = [`${formOf ? `${formOf[1]} ` : ''}${title[1]!.replace(/\s+/g, ' ')}`, inCaseOf(caps ? 'X' : 'x', list.word.toLowerCase()), ...names.flatMap((n, k) => (k === names.length - 1 ? [inCaseOf(caps ? 'X' : 'x', 'and'), n!] : [n!]))];
    if (distinct.size === 1) lines.push(`${caps ? 'DATED AS OF' : 'Dated as of'} ${dates[0]!.replace(/\s+/g, ' ')}`);
    return `${lines.join('\n\n')}\n\f${text}`;
  },
};

/** A defining parenthesis in its plainest forms, ("Acme") and (the "Acme"): groups the article, the quoted name. */
const PLAIN_SHORT = /^\(\s*(the\s+)?(["“][^"“”()\n]{1,40}["”])\s*\)$/i;

/**
 * The first party's short name widened to take in its affiliates, as drafters of supply, services and licence
 * agreements often write it: `Acme Inc. ("Acme")` → `Acme Inc. (together with its Affiliates, "Acme")`, `(the
 * "Supplier")` → `(together with its Affiliates, the "Supplier")`. Only the first party of the opening's list, and
 * only where its short name stands in one of those two plain forms. The party who signs, and so the party named, is
 * the same: its short name still stands for it.
 */
const partiesAffiliates: Perturbation = {
  name: 'parties-affiliates',
  what: 'the first party\'s short name widened: ("Acme") → (together with its Affiliates, "Acme")',
  apply: (text) => {
    const first = openingParties(text)?.parties[0];
    const plain = first && PLAIN_SHORT.exec(first.short[0]);
    if (!first || !plain) return text;
    // In capitals where the party's own words are (an opening set in capitals), else in ordinary case.
    const words = text.slice(first.at, first.short.index);
    const caps = /[A-Z]/.test(words) && words === words.toUpperCase();
    const widened = `(${caps ? 'TOGETHER WITH ITS AFFILIATES' : 'together with its Affiliates'}, ${plain[1] ?? ''}${plain[2]})`;
    return text.slice(0, first.short.index) + widened + text.slice(first.short.index + first.short[0].length);
  },
};

/**
 * A second short name beside a party's role, as drafters write when the text calls a party both by its role and by its
 * own name: `Acme Widgets, Inc. (the "Supplier")` → `Acme Widgets, Inc. (the "Supplier" or "Acme")`. The added alias is
 * the first word of the party's own name (a leading "The" skipped), so it can only mean that party; only a short name
 * that is a role (none of its words in the party's name) gets one, and only a party whose name reads cleanly. Drafters
 * write the same party this way ("the Company" or "Acme" in the same contract); the party and the role it is known by
 * stay the same. A form that adds a generic second role ("hereinafter X or the Party") would blur which party is
 * meant, so it is not used. The party's value may then list the alias among its short names: values are compared
 * without a short name that is the party's name's first word.
 */
/** First words of names that name no one alone ("International Business Machines", "First National Bank"), and forms. */
const GENERIC_FIRST_WORDS = /^(?:Inc|LLC|Ltd|Corp|Co|X+|New|First|American|National|International|General|United|Global|Technical|North|South|East|West|Central)$/i;

/** A party's name's first word, a leading "The" skipped, without the comma or full stop after it. */
function firstWordOf(name: string): string | undefined {
  return name.split(' ').find((w, k) => !(k === 0 && /^the$/i.test(w)))?.replace(/[,.]+$/, '');
}

const shortNameAlias: Perturbation = {
  name: 'short-name-alias',
  // The alias is one more short name of the same party: a party's value is compared without a short name that is its
  // name's first word ("Acme Widgets, Inc. (Supplier / Acme)" is "Acme Widgets, Inc. (Supplier)").
  fold: (value) =>
    value
      .split('; ')
      .map((item) => {
        const m = /^(.*) \(([^()]*)\)$/.exec(item);
        const first = m && firstWordOf(m[1]!)?.toLowerCase();
        if (!m || !first) return item;
        const roles = m[2]!.split(' / ').filter((r) => r.toLowerCase() !== first);
        return roles.length ? `${m[1]} (${roles.join(' / ')})` : m[1]!;
      })
      .join('; '),
  what: 'a second short name, the party\'s own first word, beside a role: (the "Supplier") → (the "Supplier" or "Acme")',
  apply: (text) => {
    const list = openingParties(text);
    if (!list) return text;
    let out = text;
    const others = list.parties.map((p) => cleanName(text.slice(p.at, p.short.index)) ?? text.slice(p.at, p.short.index));
    for (const p of [...list.parties].reverse()) {
      const plain = PLAIN_SHORT.exec(p.short[0]);
      const name = cleanName(text.slice(p.at, p.short.index));
      if (!plain || !name) continue;
      const nameWords = new Set(name.toLowerCase().split(/[^a-z0-9]+/));
      const role = plain[2]!.slice(1, -1);
      // A role is a word or two in title case ("Supplier", "Service Provider") that the name does not hold; an acronym
      // ("IBM") or a word of the name ("Heritage") is already the party's own name.
      if (!/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(role) || role.toLowerCase().split(' ').some((w) => nameWords.has(w))) continue;
      const alias = firstWordOf(name);
      // Not a name in capitals (its first word alone, "NEW", reads as no name) nor a first word that names no one alone.
      if (!alias || alias.length < 3 || name === name.toUpperCase() || !/^[A-Z][A-Za-z]/.test(alias) || GENERIC_FIRST_WORDS.test(alias)) continue;
      // The alias must name this party only: no other party's name holds the word.
      if (others.some((o) => o !== name && o.toLowerCase().split(/[^a-z0-9]+/).includes(alias.toLowerCase()))) continue;
      const [open, close] = [plain[2]!.charAt(0), plain[2]!.charAt(plain[2]!.length - 1)];
      const aliased = `(${plain[1] ?? ''}${plain[2]} or ${open}${alias}${close})`;
      out = out.slice(0, p.short.index) + aliased + out.slice(p.short.index + p.short[0].length);
    }
    return out;
  },
};

/**
 * An opening's list of three or more parties set apart with semicolons, as drafters do when the parties carry their
 * own commas: `A Inc. ("A"), B LLC ("B") and C Ltd. ("C")` → `A Inc. ("A"); B LLC ("B"); and C Ltd. ("C")`. Only a list
 * read to its end whose every party ends in its short name (or a short description after it); the joins between them
 * are rewritten, nothing else. The parties are the same, so every value must read as before.
 */
const partiesSemicolons: Perturbation = {
  name: 'parties-semicolons',
  what: 'an opening\'s party list of three or more, "A, B and C", written "A; B; and C"',
  apply: (text) => {
    const list = openingParties(text);
    if (!list?.complete || list.parties.length < 3) return text;
    let out = text;
    for (let k = list.parties.length - 2; k >= 0; k--) {
      const from = list.parties[k]!.end;
      const to = list.parties[k + 1]!.at;
      const last = k === list.parties.length - 2;
      const and = inCaseOf(/\bAND\b/.test(text.slice(from, to)) ? 'AND' : 'and', 'and');
      out = `${out.slice(0, from)}; ${last ? `${and} ` : ''}${out.slice(to)}`;
    }
    return out;
  },
};

/**
 * fi, fl, ff, ffi and ffl set as the Unicode ligature characters (U+FB00–U+FB04), as the text layers of
 * many typeset PDFs give them and as text copied out of such PDFs keeps them. A reader sees "ﬁrst" as
 * "first": a rule that looks for "first", "effective" or "notification" must still find them.
 */
const ligatures: Perturbation = {
  name: 'ligatures',
  what: 'fi, fl, ff, ffi, ffl written as the ligature characters U+FB00–U+FB04',
  apply: (text) => text.replace(/ffi|ffl|ff|fi|fl/g, (m: string) => ({ ff: '\ufb00', fi: '\ufb01', fl: '\ufb02', ffi: '\ufb03', ffl: '\ufb04' })[m] ?? m),
};

/** The invisible characters Word and some PDF text layers leave inside words: zero-width space, non-joiner, joiner, word joiner. */
const ZERO_WIDTHS = ['\u200b', '\u200c', '\u200d', '\u2060'];

/**
 * Every second word of ten letters or more carries a soft hyphen (U+00AD, Word's optional hyphen)
 * after its fifth letter, and every fifth such word a zero-width character (U+200B–U+200D, U+2060)
 * after its fourth, as Word documents and some PDF text layers leave them. Nothing shows on the
 * page: "Agree\u00adment" is "Agreement" to a reader. Numbers are left alone.
 */
const softHyphens: Perturbation = {
  name: 'soft-hyphens',
  what: 'soft hyphens (U+00AD) in every second word of 10+ letters, zero-width characters (U+200B–U+200D, U+2060) in every fifth',
  apply: (text) => {
    let n = 0;
    return text.replace(/(?<![\p{L}\p{N}])\p{L}{10,}(?![\p{L}\p{N}])/gu, (w: string) => {
      n++;
      if (n % 5 === 0) return `${w.slice(0, 4)}${ZERO_WIDTHS[(n / 5) % ZERO_WIDTHS.length]}${w.slice(4)}`;
      return n % 2 === 0 ? `${w.slice(0, 5)}\u00ad${w.slice(5)}` : w;
    });
  },
};

/**
 * A hyphen between two letters set as the Unicode hyphen (U+2010) or, every other time, the
 * non-breaking hyphen (U+2011) Word inserts with Ctrl+Shift+-; a spaced " - " set as an en dash
 * (" – ") and "--" as an em dash ("—"), as word processors correct them. "third‑party" and
 * "non‑exclusive" are what "third-party" and "non-exclusive" were.
 */
const unicodeDashes: Perturbation = {
  name: 'unicode-dashes',
  what: 'letter-letter hyphens as U+2010 / U+2011 alternately, " - " as " – ", "--" as "—"',
  apply: (text) => {
    let n = 0;
    return text
      .replace(/(?<=\p{L})-(?=\p{L})/gu, () => (++n % 2 === 0 ? '\u2011' : '\u2010'))
      .replace(/ - /g, ' \u2013 ')
      .replace(/(?<!-)--(?!-)/g, '\u2014');
  },
  // A value quoting a spaced dash keeps the dash the document has: " – " is " - ", "—" is "--" (the hyphens are not folded: they must read as "-").
  fold: (value) => value.replace(/ \u2013 /g, ' - ').replace(/\u2014/g, '--'),
};

/** Endings a typesetter's hyphenation splits before: "agree-ment", "termina-tion", "renew-able", "hold-ings". */
const HYPHEN_BEFORE = /(?<=^[A-Za-z]*[a-z]{3})(?=(?:ment|tion|sion|ance|ence|able|ible|ness|ship|ing)s?$)/;

/**
 * Lines wrapped at 72 columns, as wrap-72, but where the word that crosses column 72 is a plain word
 * of 8+ letters with a usual split point before a suffix ("agree|ment", "termina|tion"), it is split
 * there with a hyphen at the line end ("agree-\nment"), as typeset PDF text layers read. Numbers,
 * words already hyphenated, words in quotes or brackets and capitalised words after the first
 * letter are never split. The reader must join "agree-\nment" into "agreement".
 */
const hyphenWrap: Perturbation = {
  name: 'hyphen-wrap',
  what: 'lines wrapped at 72 columns, a long word crossing the margin split before its suffix with a hyphen ("agree-\\nment")',
  apply: (text) => wrapLines(text, 72, (word) => (/^[A-Za-z][a-z]{7,}[,.;:]?$/.test(word) ? HYPHEN_BEFORE.exec(word.replace(/[,.;:]$/, ''))?.index : undefined)),
};

/**
 * A run of two or more spaces inside a line (between a label and its value, the columns of a
 * signature or party block) becomes a tab, and so does the space after a short label's colon at a
 * line's start ("By:\tJane Roe", "Title:\tPresident"), as Word documents align them with tab stops.
 */
const tabsInline: Perturbation = {
  name: 'tabs-inline',
  what: 'runs of 2+ spaces inside a line, and the space after a short label\'s colon at a line start, written as a tab',
  apply: (text) => text.replace(/(?<=\S) {2,}(?=\S)/g, '\t').replace(/^([ \t]*[A-Z][A-Za-z.]*(?: [A-Za-z.]+){0,2}:) (?=\S)/gm, '$1\t'),
};

/** The other spaces word processors and PDF text layers give: en, em, three-per-em, four-per-em, six-per-em, figure, punctuation, thin, hair, narrow no-break. */
const OTHER_SPACES = ['\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f'];

/**
 * Every fourth space between two words becomes one of the other Unicode spaces (U+2002–U+200A,
 * U+202F) in turn, as justified PDF text layers and typeset Word documents give them (a thin space
 * in "§ 5", a figure space inside a number's column, an em space after a clause number). A reader
 * sees a space.
 */
const unicodeSpaces: Perturbation = {
  name: 'unicode-spaces',
  what: 'every fourth space between two words written as one of U+2002–U+200A, U+202F in turn',
  apply: (text) => {
    let n = 0;
    return text.replace(/(?<=\S) (?=\S)/g, () => (++n % 4 === 0 ? OTHER_SPACES[(n / 4) % OTHER_SPACES.length]! : ' '));
  },
};

// ---- session 29: drafting variants (h29-drafting) ----

/**
 * A choice-of-law exclusion in a governing-law sentence: "without regard to its conflict of laws
 * principles", "without giving effect to the choice of law rules thereof", "excluding conflict of laws
 * provisions of such State". Only the exclusion's head; a tail ("that would result in …") stays.
 */
const CONFLICT_EXCLUSION = /,?\s*\b(?:without\s+(?:regard|reference|respect)\s+to|without\s+giving\s+effect\s+to|excluding|exclusive\s+of)\s+(?:(?:its|the|any|their)\s+)?(?:(?:principles|rules|provisions?)\s+of\s+)?(?:conflicts?|choice)(?:\s+or\s+conflicts?)?\s+of\s+laws?(?:\s+(?:principles|rules|provisions?|doctrines?))?(?:\s+(?:thereof|of\s+(?:such|that|said)\s+(?:State|state|jurisdiction)))?/gi;

/** The long exclusion drafters add after the governing state's name. */
const CONFLICT_ADDED = ', without giving effect to any choice or conflict of law provision or rule that would cause the application of the laws of any other jurisdiction';

/**
 * The governing-law sentence's conflict-of-laws exclusion written another way, or added where it has
 * none (in a clause in ordinary case, as law-short reads it): "without regard to its conflict of laws
 * principles" → "(excluding its choice of law principles)" (or "without regard to any conflict of laws rules" where a "that would …" tail follows),
 * and "governed by the laws of the State of Ohio." → "… of the State of Ohio, without giving effect to
 * any choice or conflict of law provision or rule that would cause the application of the laws of any
 * other jurisdiction." US contracts carry all three; the state chosen is the same, so the governing
 * law must be read past the exclusion and not from its "laws of any other jurisdiction".
 */
const lawConflictsVariants: Perturbation = {
  name: 'law-conflicts-variants',
  what: 'a governing-law sentence\'s conflict-of-laws exclusion written another way ("without regard to its conflict of laws principles" → "(excluding its choice of law principles)"), or added after the state where there is none',
  apply: (text) =>
    text
      .replace(CONFLICT_EXCLUSION, (m: string, at: number, whole: string) => {
        const before = whole.slice(Math.max(0, at - 300), at);
        if (!/\bgovern/i.test(before.slice(Math.max(before.search(/[.;](?=\s)[^.;]*$/), 0)))) return m;
        const tail = /^\s+(?:that|which)\b/i.test(whole.slice(at + m.length, at + m.length + 12));
        const head = m.replace(/^,?\s*/, '');
        return tail ? ` ${inCaseOf(head, 'without regard to any conflict of laws rules')}` : ` ${inCaseOf(head, '(excluding its choice of law principles)')}`;
      })
      .replace(LAWS_OF, (m: string, _lead: string, place: string, at: number, whole: string) => {
        const rest = whole.slice(at + m.length, at + m.length + 400);
        const sentence = rest.slice(0, rest.search(/[.;](?=\s|$)|$/));
        if (/conflicts?\s+of\s+laws?|choice\s+of\s+laws?/i.test(m + sentence)) return m;
        return m + CONFLICT_ADDED;
      }),
};

/**
 * The end a notice is counted back from, in other words: "at least sixty (60) days prior to the end of
 * the then-current term" → "not less than sixty (60) days before the last day of the then current term"
 * ("prior to the expiration of", "before the expiry of" alike). The notice's length and the period it
 * ends are the same, so renewal and notice values must not move.
 */
const noticeBeforeEnd: Perturbation = {
  name: 'notice-before-end',
  what: 'a notice counted back from an end in other words ("at least 60 days prior to the end (expiration) of the then-current term" → "not less than 60 days before the last day of the then current term")',
  apply: (text) =>
    text
      .replace(/\b((?:days|months)['’]?\s+(?:(?:prior\s+)?(?:written\s+)?notice\s+)?)(?:prior\s+to|before|in\s+advance\s+of)\s+the\s+(?:end|expiration|expiry)\s+of\b/gi, (m: string, lead: string) => lead + inCaseOf(m.slice(lead.length), 'before the last day of'))
      .replace(new RegExp(String.raw`\bat\s+least\s+(?=${LENGTH_OF}(?:calendar\s+|business\s+)?(?:days|months)\b)`, 'gi'), (m: string) => inCaseOf(m, 'not less than '))
      .replace(/\bthen-current\b/gi, (m: string) => inCaseOf(m, 'then current')),
};

/** A length of whole years or months from (or commencing on) the contract's own start. Groups: the length, the verb, the start. */
const LENGTH_FROM_START = new RegExp(
  String.raw`\b(${LENGTH_NUMBER}(?:\s*\(\d{1,3}\))?[\s-]+(?:years?|months?))\s+(from|after|following|(?:commencing|beginning|starting)\s+(?:on|as\s+of|with))\s+(the\s+(?:Effective|Commencement)\s+Date|the\s+date\s+(?:hereof|of\s+this\s+(?:Agreement|Contract)))\b`,
  'gi',
);

/**
 * A term's start said the other way: "for a period of five (5) years from the Effective Date" → "…
 * five (5) years commencing on the Effective Date", and "commencing on" (or "beginning on", "starting
 * as of") → "from". A term of N years that starts on a day and one that runs from it end together, so
 * the expiration date and term stay.
 */
const termPeriodPhrasing: Perturbation = {
  name: 'term-period-phrasing',
  what: 'a term from the contract\'s start said the other way ("five (5) years from the Effective Date" ↔ "five (5) years commencing on the Effective Date")',
  apply: (text) => text.replace(LENGTH_FROM_START, (m: string, length: string, verb: string, start: string) => `${length} ${inCaseOf(verb, /^(?:from|after|following)$/i.test(verb) ? 'commencing on' : 'from')} ${start}`),
};

/**
 * Cross-references in the short forms many drafters use: "Section 12.3" → "§ 12.3", "Sections 4 and 5"
 * → "§§ 4 and 5", "Article 5" → "Art. 5" (in any case), inside a sentence only: a heading at a line's
 * start keeps its word. "Art." ends in a full stop that ends no sentence, so a value must not end there.
 */
const sectionRefs: Perturbation = {
  name: 'section-refs',
  what: 'cross-references inside a sentence in short form ("Section 12.3" → "§ 12.3", "Sections 4 and 5" → "§§ 4 and 5", "Article 5" → "Art. 5")',
  apply: (text) =>
    text
      .replace(/(?<=[A-Za-z0-9,;(][ \t]+|\()Section(s?)[ \t]+(?=\d)/g, (_m: string, plural: string) => (plural ? '§§ ' : '§ '))
      .replace(/(?<=[A-Za-z0-9,;(][ \t]+|\()(?:Article|ARTICLE)[ \t]+(?=\d|[IVX]+\b)/g, (m: string) => (m.startsWith('A') && m[1] === 'R' ? 'ART. ' : 'Art. ')),
};

/**
 * "either party" and "neither party" written "either party hereto" and "neither party hereto" (in the
 * case of each), as many contracts name the parties to the agreement. Who may give notice, renew or end
 * the contract is unchanged, so renewal, notice and party values stay.
 */
const eitherPartyHereto: Perturbation = {
  name: 'either-party-hereto',
  what: '"either party" and "neither party" written "either party hereto", "neither party hereto"',
  apply: (text) => text.replace(/\b((?:n?either)\s+part(?:y|ies))\b(?!\s+(?:hereto|to\s+this)\b|['’])/gi, (m: string) => `${m} ${m === m.toUpperCase() ? 'HERETO' : 'hereto'}`),
};

/** A defining parenthesis in an opening's party list: ("Acme"), (the "Supplier"); not a date's or the agreement's. */
const PARTY_DEFINED = /\((?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?["“]([^"”\n]{1,40})["”]\)/g;

/**
 * The parties named together after the opening's list, as most US contracts do: `… and Bolt LLC
 * ("Bolt").` → `… and Bolt LLC ("Bolt") (each a "Party" and together the "Parties").` The words go after
 * the list's last defining parenthesis (not one that defines a date or the agreement), only in the
 * paragraph that says "between" or "among", and only where "Party" is not defined already. "Party" and
 * "Parties" name no one, so the parties stay.
 */
const partiesEachAParty: Perturbation = {
  name: 'parties-each-a-party',
  what: 'the opening\'s party list followed by (each a "Party" and together the "Parties"), where "Party" is not defined already',
  apply: (text) => {
    if (/["“‘']Part(?:y|ies)["”’']/i.test(text)) return text;
    const start = text.slice(0, OPENING_WITHIN).search(/\b(?:between|among)\b/i);
    if (start < 0) return text;
    const end = text.slice(start).search(/\n\s*\n|\bWHEREAS\b|\bRECITALS\b|\bW\s*I\s*T\s*N\s*E\s*S\s*S/);
    const segment = text.slice(start, end < 0 ? start + CAPITALS_AFTER_BETWEEN : start + Math.min(end, CAPITALS_AFTER_BETWEEN));
    let last: RegExpExecArray | undefined;
    for (const m of segment.matchAll(PARTY_DEFINED)) if (!/\b(?:date|agreement|contract)\b/i.test(m[1]!)) last = m as RegExpExecArray;
    if (!last) return text;
    const at = start + last.index + last[0].length;
    return `${text.slice(0, at)} (each a "Party" and together the "Parties")${text.slice(at)}`;
  },
};

/**
 * Days counted as calendar days: "thirty (30) days" → "thirty (30) calendar days", "60 days' notice" →
 * "60 calendar days' notice"; a length already said in calendar or business days is left. A day is a
 * calendar day unless the contract says otherwise, so every length stays.
 */
const daysCalendar: Perturbation = {
  name: 'days-calendar',
  what: 'every length in days said in calendar days ("thirty (30) days" → "thirty (30) calendar days", "60 days\' notice" → "60 calendar days\' notice")',
  apply: (text) => text.replace(new RegExp(String.raw`(?<![\w.,$(/-])((?:${LENGTH_NUMBER}|\d{3})(?:\s*\(\d{1,3}\))?[\s-]+)(days)\b`, 'gi'), (m: string, length: string, days: string) => `${length}${inCaseOf(days, 'calendar')} ${days}`),
};

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];

/**
 * A US state's law with its country, as contracts with a party abroad write it: "governed by the laws
 * of the State of New York" → "… of the State of New York, United States of America". Only a state's
 * name in a governing-law clause written in ordinary case, and not where a country or other words already follow.
 */
const lawUsa: Perturbation = {
  name: 'law-usa',
  what: 'in a governing-law clause, a US state followed by its country ("the laws of the State of New York" → "… New York, United States of America")',
  apply: (text) =>
    text.replace(LAWS_OF, (m: string, _lead: string, place: string) => {
      if (!US_STATES.includes(place)) return m;
      return `${m}, United States of America`;
    }),
};

/**
 * A governing-law sentence in the active voice: "This Agreement shall be governed by (and construed in
 * accordance with) the laws of the State of Ohio, without …" → "The laws of the State of Ohio shall
 * govern this Agreement, without …", as many drafters write it. The law named is the same; only a
 * sentence whose subject is this agreement or contract and whose law follows "governed by" at once is
 * rewritten, and not where the place goes on ("… of Texas and the United States", "… of Texas, USA").
 */
const lawActive: Perturbation = {
  name: 'law-active',
  what: 'a governing-law sentence in the active voice ("This Agreement shall be governed by the laws of the State of X" → "The laws of the State of X shall govern this Agreement")',
  apply: (text) =>
    text.replace(
      new RegExp(String.raw`\b(This|The)\s+(Agreement|Contract)\s+(shall|will)\s+be\s+governed\s+by,?\s+(?:and\s+(?:construed|interpreted)(?:\s+and\s+enforced)?\s+in\s+accordance\s+with,?\s+)?the\s+((?:internal\s+)?laws\s+of\s+(?:the\s+)?(?:(?:State|Commonwealth)\s+of\s+)?)(?=(${LAW_PLACE}))\5(?![\w'’-]|\s+(?:of|and|or)\b|\s*,\s*[A-Z]|\s*\()`, 'g'),
      // The place is taken whole (a lookahead, so it is not cut short to pass the checks after it: "New" of "New York, USA").
      (m: string, _this: string, noun: string, verb: string, law: string, place: string) => `The ${law}${place} ${verb} govern this ${noun}`,
    ),
};

// session 29 parties: how the opening introduces its parties

/** The opening's party list: from its first "between" / "among" to its recitals, at most 1,500 characters (start and end offsets). */
function partyListSpan(text: string): { start: number; end: number } | undefined {
  const between = /\b(?:between|among)\b/i.exec(text.slice(0, 8000));
  if (!between) return undefined;
  const rest = text.slice(between.index, between.index + 1500);
  const para = /\n\s*\n/.exec(rest)?.index ?? rest.length;
  return { start: between.index, end: between.index + Math.min(para, LIST_END.exec(rest)?.index ?? rest.length) };
}

/** An entity form a party's description names after its state ("a Delaware corporation", "a Texas limited partnership"). */
const ENTITY_FORM = String.raw`corporation|limited\s+liability\s+company|limited\s+partnership|general\s+partnership|partnership|banking\s+corporation|statutory\s+trust|professional\s+corporation`;
const STATE_NAMES = String.raw`(?:the\s+State\s+of\s+|the\s+Commonwealth\s+of\s+)?(${['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'].join('|')})`;

/**
 * A party's state of organisation said the other way round, as drafters of the same contract type choose either: "a
 * Delaware corporation" ↔ "a corporation organized and existing under the laws of the State of Delaware" (and "a Nevada
 * limited liability company" ↔ "a limited liability company organized under the laws of the State of Nevada"). Only
 * inside the opening's party list (see partyListSpan) and only a US state in ordinary case. The party's name and short
 * name stand where they stood, so every party must read as before; a rule that ends a party's name at "a Delaware
 * corporation" but not at "a corporation organized …" (or the other way round) leans on one drafting.
 */
const partyJurisdictionForms: Perturbation = {
  name: 'party-jurisdiction-forms',
  what: 'in the opening\'s party list, "a Delaware corporation" ↔ "a corporation organized and existing under the laws of the State of Delaware"',
  apply: (text) => {
    const span = partyListSpan(text);
    if (!span) return text;
    // One pass, so a form made short is not made long again: the long form (groups 1, 2) or the short one (groups 3, 4).
    const either = new RegExp(
      String.raw`\b[Aa]n?\s+(?:(${ENTITY_FORM}),?\s+(?:duly\s+)?(?:organized|organised|incorporated|formed)(?:\s+and\s+(?:validly\s+)?existing)?\s+under\s+the\s+laws\s+of\s+${STATE_NAMES}\b|${STATE_NAMES}\s+(${ENTITY_FORM})\b(?!,?\s+(?:duly\s+)?(?:organized|organised|incorporated|formed|existing)\b))`,
      'g',
    );
    const article = (word: string, lead: string) => `${lead === lead.toUpperCase() ? 'A' : 'a'}${/^[aeiou]/i.test(word) ? 'n' : ''}`;
    const list = text.slice(span.start, span.end).replace(either, (m: string, longForm?: string, longState?: string, state?: string, form?: string) => {
      if (m.includes('\n')) return m;
      if (longForm && longState) return `${article(longState, m[0]!)} ${longState} ${longForm}`;
      return `${article(form!, m[0]!)} ${form!} organized and existing under the laws of the State of ${state!}`;
    });
    return text.slice(0, span.start) + list + text.slice(span.end);
  },
};

/** Offices as drafters write them for a party: a place of business with a street number, a suite, a city, a state, a ZIP code. */
const PRINCIPAL_OFFICES = [
  'having its principal place of business at 1200 Harbor Boulevard, Suite 400, Oakland, California 94607',
  'with its registered office at 38 Quarry Lane, Unit 12, Portland, Oregon 97201',
  'whose principal office is located at 7 Elm Court, Floor 3, Dayton, Ohio 45402',
];

/**
 * Each party's place of business set after its name and description, before its short name, as most US openings write it:
 * `Acme Inc., a Delaware corporation ("Acme")` → `Acme Inc., a Delaware corporation, having its principal place of
 * business at 1200 Harbor Boulevard, Suite 400, Oakland, California 94607 ("Acme")` (the second party "with its
 * registered office at …", the third "whose principal office is located at …"). Only an opening list read to its end
 * (see openingParties) whose parties give no address yet. The address holds commas, a number, a "Suite" and a state, none
 * of which may cut or lengthen a party's name; party-addresses sets an address after the short name instead.
 */
const partyPrincipalOffice: Perturbation = {
  name: 'party-principal-office',
  what: 'each party\'s place of business (", having its principal place of business at 1200 Harbor Boulevard, Suite 400, Oakland, California 94607") before its short name in the opening',
  apply: (text) => {
    const list = openingParties(text);
    if (!list?.complete || list.parties.length < 2) return text;
    if (list.parties.some((p) => /\d|\b(?:offices?|business|address|located|resid\w*)\b/i.test(text.slice(p.at, p.short.index)))) return text;
    let out = text;
    for (const [k, p] of [...list.parties.entries()].reverse()) {
      const words = text.slice(p.at, p.short.index);
      const kept = words.replace(/[\s,]+$/, '');
      const office = PRINCIPAL_OFFICES[k % PRINCIPAL_OFFICES.length]!;
      const caps = /[A-Z]/.test(kept) && kept === kept.toUpperCase();
      out = `${out.slice(0, p.at)}${kept}, ${caps ? office.toUpperCase() : office} ${out.slice(p.short.index)}`;
    }
    return out;
  },
};

/** The words another drafter puts before a party's short name, in turn for the parties of the list. */
const ROLE_WORDS = ['hereinafter called', 'referred to herein as', 'hereinafter,'];

/**
 * A party's short name defined in other words, as US openings write it: (the "Supplier") → (hereinafter called the
 * "Supplier"), ("Acme") → (referred to herein as "Acme"), the third party (hereinafter, "Bolt"), in turn. Only a short
 * name in its plainest form ("X") or (the "X") in the opening's list read by openingParties; defined-hereinafter writes
 * (hereinafter referred to as the "X") only. The short name and the party are the same.
 */
const partyRoleWords: Perturbation = {
  name: 'party-role-words',
  what: 'each party\'s short name in the opening defined in other words: (the "X") → (hereinafter called the "X"), ("X") → (referred to herein as "X"), (hereinafter, "X")',
  apply: (text) => {
    const list = openingParties(text);
    if (!list) return text;
    let out = text;
    for (const [k, p] of [...list.parties.entries()].reverse()) {
      const plain = PLAIN_SHORT.exec(p.short[0]);
      if (!plain) continue;
      const lead = text.slice(p.at, p.short.index);
      const caps = /[A-Z]/.test(lead) && lead === lead.toUpperCase();
      const words = ROLE_WORDS[k % ROLE_WORDS.length]!;
      out = `${out.slice(0, p.short.index)}(${caps ? words.toUpperCase() : words} ${plain[1] ?? ''}${plain[2]})${out.slice(p.short.index + p.short[0].length)}`;
    }
    return out;
  },
};

/**
 * A two-party opening set "on the one hand … on the other hand", as many US drafters write it: `between Acme Inc.
 * ("Acme") and Bolt LLC ("Bolt").` → `between Acme Inc. ("Acme"), on the one hand, and Bolt LLC ("Bolt"), on the other
 * hand.` Only an opening list of exactly two parties read to its end (see openingParties) whose join is "and" or ", and".
 * The parties are the same two; the words between them name no one.
 */
const partiesOneHand: Perturbation = {
  name: 'parties-one-hand',
  what: 'a two-party opening "between A and B" written "between A, on the one hand, and B, on the other hand"',
  apply: (text) => {
    const list = openingParties(text);
    if (!list?.complete || list.parties.length !== 2) return text;
    const [a, b] = list.parties as [ListedParty, ListedParty];
    const join = text.slice(a.end, b.at);
    if (!/^\s*,?\s+(?:and|AND)\s+$/.test(join)) return text;
    const caps = join.includes('AND');
    const [one, other] = caps ? ['ON THE ONE HAND', 'ON THE OTHER HAND'] : ['on the one hand', 'on the other hand'];
    const after = text.slice(b.end);
    const tail = /^\s*[,;.:]/.test(after) || !after.trim() ? `, ${other}` : `, ${other},`;
    return `${text.slice(0, a.end)}, ${one}, ${caps ? 'AND' : 'and'} ${text.slice(b.at, b.end)}${tail}${after}`;
  },
};

/**
 * The first party said to act through someone, as contracts with a bank, a fund or a university write it: `Acme Inc., a
 * Delaware corporation ("Acme")` → `Acme Inc., a Delaware corporation, acting by and through its duly authorized officer
 * ("Acme")`. Only the first party of an opening list read to its end; the words say who signs for the party, not who the
 * party is, so the party (and no one else) must read as before.
 */
const partyActingThrough: Perturbation = {
  name: 'party-acting-through',
  what: 'the first party in the opening "acting by and through its duly authorized officer" before its short name',
  apply: (text) => {
    const list = openingParties(text);
    const first = list?.complete ? list.parties[0] : undefined;
    if (!first) return text;
    const words = text.slice(first.at, first.short.index);
    if (/\bacting\b/i.test(words)) return text;
    const kept = words.replace(/[\s,]+$/, '');
    const caps = /[A-Z]/.test(kept) && kept === kept.toUpperCase();
    const acting = 'acting by and through its duly authorized officer';
    return `${text.slice(0, first.at)}${kept}, ${caps ? acting.toUpperCase() : acting} ${text.slice(first.short.index)}`;
  },
};

// ---- session 30: layouts and clause orders (rw30) ----

/**
 * A double-spaced typescript as its text layer reads: the lines wrapped at 72 columns (as wrap-72), a blank line after
 * every line, and the paragraphs kept apart by three blank lines. Many older exhibits were typed double-spaced and
 * scanned or converted; a reader that takes every blank line for a paragraph's end cuts each sentence at each line.
 */
const doubleSpaced: Perturbation = {
  name: 'double-spaced',
  what: 'lines wrapped at 72 columns with a blank line after every line (paragraphs apart by three blank lines), as a double-spaced typescript\'s text layer',
  apply: (text) => wrapLines(text, 72).replace(/\n/g, '\n\n'),
};

/**
 * A page break every 3,000 characters or so, at the next space (as page-breaks), with the page's running footer ("Page N
 * of M") before the break and the next page's running header ("Confidential") after it, as a PDF's text layer or a
 * pdftotext conversion gives them: the footer and header stand between the two halves of a sentence a page cuts. A value
 * read from that sentence must still be read, and neither line may become a value.
 */
const runningHeaders: Perturbation = {
  name: 'running-headers',
  what: 'a page break at the first space after every 3,000 characters (at the next line end within 120 characters, as a wrapped text breaks), with a "Page N of M" footer before it and a "Confidential" header after it',
  apply: (text) => {
    const cuts: number[] = [];
    for (let at = 3000, from = 0; at < text.length; at = Math.max(at + 3000, from + 1)) {
      // A page of hard-wrapped lines ends at a line's end, never inside a line; CUAD's texts, a paragraph to
      // a line, break between two words.
      const lineEnd = text.indexOf('\n', at);
      const space = lineEnd >= 0 && lineEnd - at <= 120 ? lineEnd : text.indexOf(' ', at);
      if (space < 0) break;
      cuts.push(space);
      from = space + 1;
    }
    const pages = cuts.length + 1;
    let out = '';
    let from = 0;
    for (const [k, space] of cuts.entries()) {
      out += `${text.slice(from, space)}\n\nPage ${k + 1} of ${pages}\n\f\nConfidential\n\n`;
      from = space + 1;
    }
    return out + text.slice(from);
  },
};


/**
 * Clause numbers at a line's start in another outline style, as firms' templates number them: "ARTICLE IV" ↔ "ARTICLE
 * 4", "5. Term" ↔ "Section 5. Term", "1.1 Definitions" ↔ "1.1. Definitions", "(a) " ↔ "a) ". Only a number that
 * starts a line (a clause's own number), never a reference inside a sentence. The clauses say the same, so no value
 * may move; a rule that finds a clause only by one numbering style shows here.
 */
const numberingStyles: Perturbation = {
  name: 'numbering-styles',
  what: 'clause numbers at a line\'s start after the operative words in another outline style ("ARTICLE IV" ↔ "ARTICLE 4", "5. Term" ↔ "Section 5. Term", "1.1" ↔ "1.1.", "(a)" ↔ "a)")',
  apply: (text) => {
    // Only the clauses: an opening may number its parties ("1. Acme Inc. …"), which no drafter calls sections.
    const operative = OPERATIVE_WORDS.exec(text);
    const from = operative ? operative.index + operative[0].length : 0;
    return text.slice(0, from) + renumbered(text.slice(from));
  },
};

/** Where the clauses start: "the parties agree as follows", "NOW, THEREFORE", "IT IS AGREED". */
const OPERATIVE_WORDS = /\bagrees?\s+as\s+follows\b|\bNOW,?\s+THEREFORE\b|\bIT\s+IS\s+(?:HEREBY\s+)?AGREED\b/i;

/** The clause numbers of `text` in the other outline style (see numberingStyles). */
function renumbered(text: string): string {
  return (
    text
      .replace(/^([ \t]*)(ARTICLE|Article)([ \t]+)(?:([IVXL]{1,6})|(\d{1,2}))\b/gm, (m: string, lead: string, word: string, gap: string, roman?: string, digits?: string) => {
        const n = roman ? fromRoman(roman) : Number(digits);
        if (!n || n > 39) return m;
        return `${lead}${word}${gap}${roman ? String(n) : toRoman(n)}`;
      })
      .replace(/^([ \t]*)(\d{1,2}(?:\.\d{1,2})+)(\.?)(?=[ \t])/gm, (m: string, lead: string, num: string, dot: string) => `${lead}${num}${dot ? '' : '.'}`)
      .replace(/^([ \t]*)(?:(Section|SECTION)[ \t]+)?(\d{1,2})\.(?=[ \t]+["“(A-Z])/gm, (m: string, lead: string, word: string | undefined, num: string) => (word ? `${lead}${num}.` : `${lead}Section ${num}.`))
      .replace(/^([ \t]*)(?:\(([a-z]|[ivx]{1,4})\)|([a-z]|[ivx]{1,4})\))(?=[ \t])/gm, (m: string, lead: string, bracketed?: string, closed?: string) => (bracketed ? `${lead}${bracketed})` : `${lead}(${closed})`))
  );
}

/** A renewal or extension said in the sentence's main clause: "This Agreement shall automatically renew for …". */
const RENEWING_SUBJECT = String.raw`(?:Agreement|Contract|License|Licen[cs]e\s+Agreement|Term|term|Initial\s+Term|initial\s+term)`;
/** "This Agreement shall renew … , unless either party gives notice …." (groups: the article, the main clause's rest, the condition). */
const RENEWAL_THEN_UNLESS = new RegExp(String.raw`(?<!\ue000)\b(This|The)(\s+${RENEWING_SUBJECT}\b[^.;:]*?\b(?:renew|renews|renewed|extend|extends|extended)\b[^.;:]*?),?\s+unless\s+([^.;:]*?\b(?:notice|notif\w*|terminat\w*)\b[^.;:]*?)\.(?=\s|$)`, 'g');
/** "Unless either party gives notice …, this Agreement shall renew …." (groups: the condition, the article, the main clause's rest). */
const UNLESS_THEN_RENEWAL = new RegExp(String.raw`\bUnless\s+([^.;:]*?\b(?:notice|notif\w*|terminat\w*)\b[^.;:]*?),\s+(this|the)(\s+${RENEWING_SUBJECT}\b[^.;:]*?\b(?:renew|renews|renewed|extend|extends|extended)\b[^.;:]*?)\.(?=\s|$)`, 'g');

/**
 * A renewal sentence with its condition moved to the other end, as drafters write either: "This Agreement shall
 * automatically renew for successive one-year terms unless either party gives notice of non-renewal at least 60 days
 * before the end of the then-current term." ↔ "Unless either party gives notice of non-renewal at least 60 days before
 * the end of the then-current term, this Agreement shall automatically renew for successive one-year terms." Only a
 * sentence whose subject is the agreement (or its term), whose verb renews or extends it and whose "unless" speaks of
 * notice or termination, in ordinary case. The renewal, its length and its notice are the same.
 */
const renewalConditionFirst: Perturbation = {
  name: 'renewal-condition-first',
  what: 'a renewal sentence\'s "unless … notice …" condition moved to its start ("This Agreement renews … unless either party gives notice …" ↔ "Unless either party gives notice …, this Agreement renews …")',
  // A private-use mark (U+E000) flags each sentence turned one way, so the second pass does not turn it back.
  apply: (text) =>
    text
      .replace(UNLESS_THEN_RENEWAL, (m: string, condition: string, the: string, rest: string) => `\ue000${the === 'this' ? 'This' : 'The'}${rest} unless ${condition}.`)
      .replace(RENEWAL_THEN_UNLESS, (m: string, the: string, rest: string, condition: string) => `Unless ${condition}, ${the.toLowerCase()}${rest}.`)
      .replace(/\ue000/g, ''),
};

/**
 * The date an opening gives before its party list, with the words that lead it and any name it defines: `effective as of June 1, 2010 (the "Effective Date")`,
 * also after a comma (`this 1st day of June, 2010, (the "Effective Date")`): a name left behind would name no date.
 */
const OPENING_DATE_CHUNK = new RegExp(
  String.raw`(?:\b(?:dated|effective)(?:\s+for\s+all\s+purposes(?:\s+and\s+in\s+all\s+respects)?)?\s+(?:as\s+of\s+|on\s+)?|\b(?:as\s+of|on)\s+|\b(?=this\s+\d))(?:${OPENING_DATE})(?:,?\s*\(\s*(?:the\s+)?["“][^"“”()\n]{0,20}\bDate["”]\s*\))?`,
  'gi',
);

/**
 * The opening's date moved after its party list, as many drafters write the opening: `This Agreement is made as of June
 * 1, 2010 by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").` → `This Agreement is made by and between Acme Inc.
 * ("Acme") and Bolt LLC ("Bolt"), as of June 1, 2010.` (and `, effective as of … (the "Effective Date")` or `dated …`
 * alike, a date's defined name moving with it; the agreement's own, "(this "Agreement")", stays). Only an opening list read to its end (see openingParties) with exactly
 * one such date before it in the same paragraph. The words that lead the date go with it, so the date still dates (or
 * makes effective) the agreement: the agreement and effective dates and the parties must read as before.
 */
const openingDateAfterParties: Perturbation = {
  name: 'opening-date-after-parties',
  what: 'the opening\'s date ("as of June 1, 2010", "effective as of … (the "Effective Date")") moved from before the party list to after it',
  apply: (text) => {
    const list = openingParties(text);
    if (!list?.complete || list.parties.length < 2) return text;
    const paragraph = Math.max(0, text.lastIndexOf('\n\n', list.start));
    const before = text.slice(paragraph, list.start);
    const dates = [...before.matchAll(OPENING_DATE_CHUNK)];
    if (dates.length !== 1) return text;
    const date = dates[0]!;
    // Another agreement's date ("This Amendment to the Supply Agreement dated April 1, 2017 between …") is not the opening's.
    if (/\b(?:to|under|of|amend(?:s|ing)?)\s+(?:the|that(?:\s+certain)?)\s+(?:[\w-]+\s+){0,6}?(?:agreement|contract)\b/i.test(before.slice(0, date.index))) return text;
    const from = paragraph + date.index!;
    let to = from + date[0].length;
    let start = from;
    // The commas that set the date off go with it: "Agreement, dated June 1, 2010, is made" → "Agreement is made".
    if (/,\s*$/.test(text.slice(paragraph, start)) && /^\s*,/.test(text.slice(to))) {
      start = paragraph + text.slice(paragraph, start).replace(/,\s*$/, '').length;
      to += /^\s*,/.exec(text.slice(to))![0].length;
    } else if (/^,/.test(text.slice(to))) {
      // "entered into as of June 1, 2010, by and between" → "entered into by and between".
      to += 1;
    }
    const end = list.parties.at(-1)!.end;
    // A last party with another bracket after its short name ("(the "Agents," which …)"): the list is not read to its end.
    if (/^\s*\(/.test(text.slice(end))) return text;
    const chunk = date[0].replace(/\s+/g, ' ');
    const gap = /^\s+$/.test(text.slice(start - 1, start)) && /^\s/.test(text.slice(to)) ? 1 : 0;
    return `${text.slice(0, start)}${text.slice(to + gap, end)}, ${chunk}${text.slice(end)}`;
  },
};

/**
 * "June 1, 2010" written "June 1 2010", without the comma, as many drafts, schedules and signature blocks write a date.
 * The day, month and year stay, so every labelled date does.
 */
const dateNoComma: Perturbation = {
  name: 'date-no-comma',
  what: 'every "Month D, YYYY" written "Month D YYYY" (no comma)',
  // Only the comma goes: the spaces or line break around it stay, so a wrapped text keeps its lines.
  apply: (text) => text.replace(MONTH_DAY_YEAR, (m: string, _month: string, day: string) => (+day >= 1 && +day <= 31 ? m.replace(/(\d)(?:st|nd|rd|th)/i, '$1').replace(/\s*,(?=\s)/, '') : m)),
};

/** A date with its month's name, as the rewrites above read it (no groups). */
const A_DATE = String.raw`(?:${MONTH_DAY_YEAR.source.replace(/\((?!\?)/g, '(?:')}|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES.join('|')}),?\s+(?:19|20)\d\d)`;

/**
 * A period between two dates said the other way: "from June 1, 2010 to (through, until, to and including) May 31, 2012" →
 * "commencing on June 1, 2010 and ending on May 31, 2012", and "commence(s) on X and end(s) on Y" → "run(s) from X to and
 * including Y". The first and the last day are the same, so the term, its start and its end stay.
 */
const termCommenceEnd: Perturbation = {
  name: 'term-commence-end',
  what: 'a period between two dates said the other way ("from X to Y" → "commencing on X and ending on Y"; "commence on X and end on Y" → "run from X to and including Y")',
  // A private-use mark (U+E000) flags each period turned one way, so the second pass does not turn it back.
  apply: (text) =>
    text
      .replace(new RegExp(String.raw`\b(commence|commences|begin|begins)\s+on\s+(${A_DATE}),?\s+and\s+(?:end|ends|expire|expires)\s+on\s+(${A_DATE})`, 'gi'), (m: string, verb: string, a: string, b: string) =>
        `\ue000${inCaseOf(verb, /s$/i.test(verb) ? 'runs' : 'run')} from ${a} to and including ${b}`,
      )
      .replace(new RegExp(String.raw`(?<!\ue000\w+ )\bfrom\s+(${A_DATE}),?\s+(?:to\s+and\s+including|through\s+and\s+including|to|through|until)\s+(${A_DATE})`, 'gi'), (m: string, a: string, b: string) => `${inCaseOf(m, 'commencing on')} ${a} and ending on ${b}`)
      .replace(/\ue000/g, ''),
};

/**
 * The governing-law sentence set entirely in capitals, as many contracts set their boilerplate ("THIS AGREEMENT SHALL BE
 * GOVERNED BY THE LAWS OF THE STATE OF NEW YORK."): the first sentence that says which law governs, from its start (after a
 * full stop, colon or line break, a sub-clause's label kept) to its full stop. Values are compared without case.
 */
const lawCaps: Perturbation = {
  name: 'law-caps',
  what: 'the governing-law sentence set in capitals',
  caseless: true,
  apply: (text) => {
    const law = GOVERNED_BY.exec(text);
    if (!law) return text;
    const before = text.slice(Math.max(0, law.index - 400), law.index);
    const breaks = [...before.matchAll(/(?:[.:;]["”)]?[ \t]+|\n\s*)(?:\((?:[a-z]{1,3}|\d{1,2})\)\s+)?(?=\(?[A-Z0-9])/g)];
    const last = breaks.at(-1);
    if (!last && law.index > before.length) return text;
    const start = last ? law.index - before.length + last.index! + last[0].length : 0;
    // The sentence ends at a full stop before a space or the line's end ("U.S.A." and "Sec. 2" run on), or at the line's end.
    const tail = /\.(?=\s+[A-Z0-9(]|\s*$)|\n/m.exec(text.slice(law.index));
    const end = tail ? law.index + tail.index : text.length;
    return text.slice(0, start) + text.slice(start, end).toUpperCase() + text.slice(end);
  },
};

/** How a word processor lays out the pages {@link typesetAs} prints; what is left out is typeset-pdf's layout. */
interface PageLayout {
  font?: string;
  fontSize?: number;
  size?: string;
  /** Page margins in points. */
  margin?: number;
  align?: 'justify' | 'left';
  /** Extra space between the lines of a paragraph, in points. */
  lineGap?: number;
  /** Space after each paragraph, in lines. */
  paragraphGap?: number;
  /** The first line of each paragraph set in by this many points. */
  indent?: number;
  /** A running header (the title in capitals at the left, "CONFIDENTIAL" and the page number at the right) instead of the "Page N of M" footer. */
  header?: boolean;
}

/**
 * The text typeset as a PDF in one layout, each line of the text a paragraph. Characters the
 * standard fonts cannot draw become spaces (no labelled value in English depends on them).
 */
function typesetAs(text: string, layout: PageLayout): Promise<Uint8Array> {
  const { font = 'Helvetica', fontSize = 11, size = 'LETTER', margin = 72, align = 'justify', lineGap = 0, paragraphGap = 0.6, indent = 0, header = false } = layout;
  const paragraphs = text.replace(NOT_WIN_ANSI, ' ').split('\n').map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // The running header's title: the first short paragraph (the contract's heading), in capitals.
  const title = (paragraphs.find((p) => p.length <= 50 && /[A-Za-z]/.test(p)) ?? 'AGREEMENT').toUpperCase();
  return pdfkitBytes(
    (doc) => {
      doc.font(font).fontSize(fontSize);
      for (const p of paragraphs) doc.text(p, { align, lineGap, ...(indent ? { indent } : {}) }).moveDown(paragraphGap);
      const { start, count } = doc.bufferedPageRange();
      for (let i = 0; i < count; i++) {
        doc.switchToPage(start + i);
        // Drawn inside the margins, which pdfkit would otherwise answer with a new page.
        const { top, bottom } = doc.page.margins;
        doc.page.margins.bottom = 0;
        doc.page.margins.top = 0;
        const width = doc.page.width - 2 * margin;
        if (header) {
          doc.font(font).fontSize(9);
          doc.text(title, margin, margin / 2, { width: width * 0.6, lineBreak: false, ellipsis: true });
          doc.text(`CONFIDENTIAL    ${i + 1}`, margin, margin / 2, { width, align: 'right', lineBreak: false });
        } else {
          doc.font(font).fontSize(9).text(`Page ${i + 1} of ${count}`, margin, doc.page.height - 45, { width, align: 'center', lineBreak: false });
        }
        doc.page.margins.bottom = bottom;
        doc.page.margins.top = top;
      }
    },
    { Title: 'Agreement' },
    { size, margin, autoFirstPage: true, bufferPages: true },
  );
}

/**
 * Typeset as typeset-pdf, but double-spaced (a full line's gap between lines), as court filings
 * and draft contracts print: the reader must not take each wide line gap for a paragraph break.
 */
const typesetPdfDouble: Perturbation = {
  name: 'typeset-pdf-double',
  what: 'typeset as typeset-pdf, double-spaced (a line\'s gap between lines)',
  apply: (text) => typesetAs(text, { lineGap: 12 }),
};

/**
 * Typeset as typeset-pdf, but each paragraph marked only by its first line set in half an inch,
 * with no space between paragraphs, as many word-processor contracts print: the reader must find
 * paragraph breaks from the indent alone.
 */
const typesetPdfIndent: Perturbation = {
  name: 'typeset-pdf-indent',
  what: 'typeset as typeset-pdf, paragraphs marked by a half-inch first-line indent with no space between them',
  apply: (text) => typesetAs(text, { indent: 36, paragraphGap: 0 }),
};

/** Typeset in Times-Roman 12 pt, ragged right, on A4 with 2.5 cm margins, as European drafts print. */
const typesetPdfRagged: Perturbation = {
  name: 'typeset-pdf-ragged',
  what: 'typeset on A4 (2.5 cm margins) in Times-Roman 12 pt, left-aligned (ragged right), "Page N of M" footers',
  apply: (text) => typesetAs(text, { font: 'Times-Roman', fontSize: 12, size: 'A4', margin: 71, align: 'left' }),
};

/**
 * Typeset as typeset-pdf, but with a running header on every page (the title in capitals at the
 * left, "CONFIDENTIAL" and the page number at the right) and no footer: the reader must leave the
 * header out as it leaves footers out.
 */
const typesetPdfHeader: Perturbation = {
  name: 'typeset-pdf-header',
  what: 'typeset as typeset-pdf, with a running header (title in capitals, "CONFIDENTIAL", page number) instead of the footer',
  apply: (text) => typesetAs(text, { header: true }),
};

/** The present tense of the verbs a term clause says its contract's start, run, renewal and end with. */
const PRESENT_TENSE: Readonly<Record<string, string>> = {
  commence: 'commences', begin: 'begins', start: 'starts', continue: 'continues', remain: 'remains', expire: 'expires', terminate: 'terminates', end: 'ends', run: 'runs', last: 'lasts', be: 'is', renew: 'renews', become: 'becomes', take: 'takes', have: 'has',
};
const TERM_VERB = Object.keys(PRESENT_TENSE).join('|');
/**
 * The contract or its term with "shall" or "will" and a verb of its start, run, renewal or end: "This Agreement shall
 * commence", "The Initial Term (as defined below) will expire", "the term of this Agreement shall automatically renew".
 * Groups: the subject (with any bracket and adverb), the auxiliary, "automatically", the verb, the rest of the sentence.
 */
const SHALL_TERM_VERB = new RegExp(
  String.raw`\b((?:this|the)\s+(?:(?:agreement|contract)|(?:initial\s+)?term(?:\s+of\s+(?:this|the)\s+(?:agreement|contract))?)(?:\s*\([^()\n]{1,40}\))?\s+)(shall|will)\s+(?:(automatically)\s+)?(${TERM_VERB})\b([^.;\n]*)`,
  'gi',
);
/** What "be" must go on with to speak of the term: "shall be in full force and effect", "shall be renewed", "shall be for a term of", "shall be three (3) years". */
const BE_OF_TERM = /^\s+(?:in\s+(?:full\s+)?(?:force|effect)|effective|valid|for\s|(?:automatically\s+)?(?:renewed|extended)\b|[\w-]+\s+(?:\(\d+\)\s+)?(?:years?|months?)\b)/i;
/** A second verb of the same subject later in the sentence: "and (shall) continue until", "and end on". */
const AND_TERM_VERB = new RegExp(String.raw`\b(and\s+)(?:(?:shall|will)\s+)?(?:(automatically)\s+)?(${TERM_VERB})\b(?=\s+(?:on|upon|until|through|for|in|as|from|at|thereafter|automatically|unless|with|effective|to|the|a|an|renewed|extended)\b)`, 'gi');

/**
 * A term clause in the present tense, as plain-language and many recent contracts write it: "This Agreement shall
 * commence on March 1, 2020 and shall continue until February 28, 2023" → "This Agreement commences on March 1, 2020 and
 * continues until February 28, 2023", "The Initial Term will expire on …" → "The Initial Term expires on …", "this Agreement
 * shall automatically renew for …" → "this Agreement automatically renews for …". Only with the contract or its term as the
 * subject, and "shall be" only where it goes on with the term ("in full force and effect", "renewed", "for a period"); every
 * date, length and renewal stays.
 */
const termPresentTense: Perturbation = {
  name: 'term-present-tense',
  what: 'the contract or its term with "shall"/"will" and a verb of its start, run, renewal or end put in the present tense ("This Agreement shall commence on X and shall continue until Y" → "This Agreement commences on X and continues until Y")',
  apply: (text) =>
    text.replace(SHALL_TERM_VERB, (m: string, subject: string, aux: string, auto: string | undefined, verb: string, rest: string) => {
      if (verb.toLowerCase() === 'be' && !BE_OF_TERM.test(rest)) return m;
      // "shall automatically be renewed" → "is automatically renewed", "shall automatically renew" → "automatically renews".
      const present = (v: string, adverb: string | undefined, like: string): string => {
        const word = inCaseOf(like, PRESENT_TENSE[v.toLowerCase()]!);
        return adverb ? (v.toLowerCase() === 'be' ? `${word} ${adverb}` : `${adverb} ${word}`) : word;
      };
      const second = rest.replace(AND_TERM_VERB, (n: string, and: string, auto2: string | undefined, v: string) => `${and}${present(v, auto2, v)}`);
      return `${subject}${present(verb, auto, aux === aux.toUpperCase() ? verb.toUpperCase() : verb)}${second}`;
    }),
};

/** Dates of formation given to the parties in turn (invented, long before any contract of the dev set). */
const FORMATION_DATES = ['May 14, 1987', 'September 3, 1979', 'January 22, 1984', 'October 8, 1976'];

/**
 * Each party's description in the opening's party list carrying its own date of formation, as many leases, loan and
 * joint-venture agreements describe a party: "Acme Inc., a Delaware corporation ("Acme")" → "Acme Inc., a Delaware
 * corporation incorporated on May 14, 1987 ("Acme")", "a Texas limited liability company" → "… formed on …", a
 * partnership "organized on …". The date dates the party, not the contract: the agreement and effective dates, and
 * the parties, must read as before.
 */
const partyFormedOn: Perturbation = {
  name: 'party-formed-on',
  what: 'each party\'s description in the opening ("a Delaware corporation") followed by its date of formation ("incorporated on May 14, 1987", "formed on", "organized on")',
  apply: (text) => {
    const span = partyListSpan(text);
    if (!span) return text;
    let n = 0;
    const described = new RegExp(String.raw`\b[Aa]n?\s+${STATE_NAMES}\s+(${ENTITY_FORM})\b(?=\s*[,(;]|\s+(?:with|having|and)\b)`, 'g');
    const list = text.slice(span.start, span.end).replace(described, (m: string, _state: string, form: string) => {
      if (m.includes('\n')) return m;
      const verb = /corporation/i.test(form) ? 'incorporated' : /partnership/i.test(form) ? 'organized' : 'formed';
      return `${m} ${verb} on ${FORMATION_DATES[n++ % FORMATION_DATES.length]}`;
    });
    return text.slice(0, span.start) + list + text.slice(span.end);
  },
};

/**
 * The choice of law said with "subject to", as many drafters state it: "shall be governed by and construed in accordance
 * with the laws of the State of X" → "shall be subject to and interpreted under the laws of the State of X", "governed by
 * the laws of X" → "subject to the laws of X". The place stays, so the governing law does.
 */
const lawSubjectTo: Perturbation = {
  name: 'law-subject-to',
  what: 'in a governing-law clause, "governed by and construed in accordance with" written "subject to and interpreted under", "governed by" written "subject to"',
  apply: (text) =>
    text.replace(/\bgoverned\s+by,?\s+(?:and\s+)?((?:(?:construed|interpreted|enforced|performed)\s*,?\s+(?:and\s+)?)*)(?:(?:in\s+accordance\s+with|under|pursuant\s+to|by)\s*,?\s+)?(?=(?:the\s+)?(?:(?:internal|substantive|domestic)\s+)?laws?\b)/gi, (m: string, construed: string) =>
      inCaseOf(m, construed ? 'subject to and interpreted under ' : 'subject to '),
    ),
};

/**
 * The opening's "is made (and entered into) as of DATE between" (or "on DATE"): the name, any defining bracket, the
 * verb, "as of", the date. Only a date written with its month's name, and only right before the party list.
 */
const MADE_DATE_BETWEEN = new RegExp(
  String.raw`\b((?:This|THIS)\s+[^.()\n]{0,80}?\b(?:Agreement|AGREEMENT|Contract|CONTRACT|Lease|LEASE|License|LICENSE|Amendment|AMENDMENT))(\s*\([^()\n]{1,60}\))?(\s*,?\s*(?:is|IS)\s+(?:made\s+and\s+entered\s+into|entered\s+into|made|MADE\s+AND\s+ENTERED\s+INTO|ENTERED\s+INTO|MADE))\s+(?:(as\s+of|AS\s+OF)\s+|(?:on|ON)\s+)(${MONTH_DAY_YEAR.source.replace(/\((?!\?)/g, '(?:')})\s*,?\s+(?=(?:by\s+and\s+|BY\s+AND\s+)?(?:between|among|BETWEEN|AMONG)\b)`,
);

/**
 * The opening's date set right after the contract's name with "dated", as many drafters open: `This Supply Agreement (the
 * "Agreement") is made as of March 1, 2010 by and between …` → `This Supply Agreement dated as of March 1, 2010 (the
 * "Agreement") is made by and between …`. The date and the words that date the agreement stay, so the agreement date does.
 */
const openingDatedTitle: Perturbation = {
  name: 'opening-dated-title',
  what: 'the opening\'s "is made as of DATE between" written with the date after the contract\'s name ("This Supply Agreement dated as of DATE (the "Agreement") is made between")',
  apply: (text) => {
    const m = MADE_DATE_BETWEEN.exec(text.slice(0, 8000));
    if (!m) return text;
    const [whole, name, bracket, verb, asOf, date] = m as unknown as [string, string, string | undefined, string, string | undefined, string];
    const dated = `${name === name.toUpperCase() ? ' DATED' : ' dated'}${asOf ? ` ${asOf.replace(/\s+/g, ' ')}` : ''} ${date.replace(/\s+/g, ' ')}`;
    return `${text.slice(0, m.index)}${name}${dated}${bracket ?? ''}${verb} ${text.slice(m.index + whole.length)}`;
  },
};

/**
 * Renewal said as extension, as many drafters write it: "shall automatically renew for" → "shall automatically be extended
 * for", "shall be renewed for" → "shall be extended for", "automatically renews for" → "is automatically extended for",
 * "Renewal Term" → "Extension Term", "renewal period" → "extension period". Whether, how often and for how long the
 * contract renews stays, so the renewal and its notice do.
 */
const renewalExtended: Perturbation = {
  name: 'renewal-extended',
  what: 'renewal said as extension ("shall automatically renew for" → "shall automatically be extended for", "be renewed" → "be extended", "Renewal Term" → "Extension Term")',
  apply: (text) =>
    text
      .replace(/\b(shall|will)\s+(automatically\s+)?renew\b(?=\s+(?:for|on|automatically|thereafter|at|upon|unless|from|and|,))/gi, (m: string, aux: string, auto: string | undefined) => `${aux} ${auto ?? ''}${aux === aux.toUpperCase() ? 'BE EXTENDED' : 'be extended'}`)
      .replace(/\b(automatically\s+)renews\b(?=\s+for\b)/gi, (m: string, auto: string) => `${inCaseOf(m, 'is')} ${auto.toLowerCase()}extended`)
      .replace(/\b(be|is|are|been)\s+(automatically\s+)?renewed\b/gi, (m: string, be: string, auto: string | undefined) => `${be} ${auto ?? ''}${inCaseOf(m.slice(-7), 'extended')}`)
      .replace(/\b(?:(a)\s+)?(renewal)(\s+(?:terms?|periods?))\b/gi, (m: string, a: string | undefined, word: string, rest: string) => `${a ? `${a}n ` : ''}${inCaseOf(word, 'extension')}${rest}`),
};

/**
 * A notice or other lead time stated as a minimum: "at least ninety (90) days prior to", "not less than sixty (60) days'
 * notice" → "a minimum of ninety (90) days prior to", "a minimum of sixty (60) days' notice". The length stays, so the
 * renewal notice does.
 */
const noticeMinimum: Perturbation = {
  name: 'notice-minimum',
  what: '"at least N days", "not less than N days", "no less than N days" written "a minimum of N days"',
  apply: (text) =>
    text.replace(new RegExp(String.raw`\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than)\s+(?=${LENGTH_OF}(?:calendar\s+|business\s+)?(?:days|months|weeks)\b)`, 'gi'), (m: string) => inCaseOf(m, 'a minimum of ')),
};

/**
 * The parties named together as "the Parties": "either party" → "either of the Parties", "neither party" → "neither of the
 * Parties", "both parties" → "the Parties", as contracts that define "Party" write it. Who may act stays, so the renewal
 * and its notice (“unless either of the Parties gives notice …”) do.
 */
const partiesEitherOf: Perturbation = {
  name: 'parties-either-of',
  what: '"either party" → "either of the Parties", "neither party" → "neither of the Parties", "both parties" → "the Parties"',
  apply: (text) =>
    text
      .replace(/\b(either|neither)\s+part(?:y|ies)\b(?!['’])/gi, (m: string, word: string) => (word === word.toUpperCase() ? `${word} OF THE PARTIES` : `${word} of the Parties`))
      .replace(/\bboth\s+(?:of\s+the\s+)?parties\b(?!['’])/gi, (m: string) => (m === m.toUpperCase() ? 'THE PARTIES' : inCaseOf(m, 'the Parties'))),
};

/**
 * The opening's date of making with its verb: "made (and entered into)", "entered into", "dated" or "executed", then "as
 * of" or "on" (or nothing), then a date written with its month's name. Groups: the verb, "as of" if said, the month, the
 * day, the year.
 */
const OPENING_VERB_DATE = new RegExp(
  String.raw`\b(made(?:\s+and\s+entered\s+into)?|entered\s+into|dated|executed)\s+(?:(as\s+of)\s+|on\s+)?(?:the\s+)?${MONTH_DAY_YEAR.source}(\s*,)?`,
  'i',
);

/**
 * The opening's date in the formal words of a deed, as many American and English openings write it: `This Agreement is
 * made as of June 1, 2010 by and between` → `This Agreement is made as of this 1st day of June, 2010, by and between`,
 * "entered into on May 5, 2012 between" → "entered into this 5th day of May, 2012, between". Only the opening's first
 * dated verb (in the first 8,000 characters); the day stays, so the agreement date does.
 */
const openingMadeThisDay: Perturbation = {
  name: 'opening-made-this-day',
  what: 'the opening\'s "made (as of / on) June 1, 2010" written "made (as of) this 1st day of June, 2010,"',
  apply: (text) => {
    const m = OPENING_VERB_DATE.exec(text.slice(0, 8000));
    if (!m) return text;
    const [whole, verb, asOf, month, day, year] = m as unknown as [string, string, string | undefined, string, string, string];
    if (+day < 1 || +day > 31) return text;
    const caps = verb === verb.toUpperCase();
    const words = `${asOf ? `${asOf} ` : ''}this ${ordinal(+day)} day of`;
    // A comma after the year, as the form is punctuated, where the list of parties follows.
    const comma = /^\s+(?:by\s+and\s+)?(?:between|among|by)\b/i.test(text.slice(m.index + whole.length)) ? ',' : (m[6] ?? '');
    return `${text.slice(0, m.index)}${verb} ${caps ? words.toUpperCase() : words} ${month}, ${year}${comma}${text.slice(m.index + whole.length)}`;
  },
};

/**
 * An opening's party list taken apart to be set as a block ("BETWEEN:" / each party / "AND:" / the last): the text before
 * the list without its "by and" or trailing comma, the list word in capitals, the parties, and where the list ends.
 */
function blockOpening(text: string): { before: string; listWord: string; pieces: string[]; from: number } | undefined {
  const list = openingPartyList(text, true);
  if (!list) return undefined;
  const { word, pieces, from } = list;
  return {
    before: text.slice(0, word).replace(/\b(?:by\s+and|BY\s+AND)\s*$/, '').replace(/[ \t,]+$/, ''),
    listWord: /^among/i.test(text.slice(word)) ? 'AMONG' : 'BETWEEN',
    pieces,
    from,
  };
}

/** The parties of a block, each in a paragraph of its own: a semicolon after each, "AND:" before the last. */
function joinedAsBlock(entries: readonly string[]): string {
  return entries.map((e, k) => (k === 0 ? e : `${k === entries.length - 1 ? '\n\nAND:\n\n' : ';\n\n'}${e}`)).join('');
}

/**
 * The opening's party list in the English block layout: `This Agreement is made on June 1, 2010 by and between Acme
 * Inc., a Delaware corporation ("Acme"), and Bolt LLC ("Bolt").` → `This Agreement is made on June 1, 2010` / `BETWEEN:`
 * / `Acme Inc., a Delaware corporation ("Acme");` / `AND:` / `Bolt LLC ("Bolt").`, each party and each joining word in a
 * paragraph of its own. Only a list whose parties each end in their short name and which ends its sentence, or whose
 * date closes it (kept in the last party's paragraph: see `openingPartyList`); a third party or more is set after a
 * semicolon, the last after "AND:". The names and short names stay, so the parties do.
 */
const partiesBetweenBlock: Perturbation = {
  name: 'parties-between-block',
  what: 'the opening\'s party list set as a block: "BETWEEN:" / "Acme Inc. ("Acme");" / "AND:" / "Bolt LLC ("Bolt")", each on a paragraph of its own',
  apply: (text) => {
    const list = blockOpening(text);
    if (!list) return text;
    const { before, listWord, pieces, from } = list;
    return `${before}\n\n${listWord}:\n\n${joinedAsBlock(pieces).replace(/\n\nAND:/, ';\n\nAND:')}${text.slice(from)}`;
  },
};

/**
 * The opening's party list laid out as American cover-style openings set it: `… is made as of June 1, 2010 by and
 * between Acme Inc. ("Acme") and Bolt LLC ("Bolt").` → `… is made as of June 1, 2010 by and between` / `Acme Inc.
 * ("Acme"),` / `and` / `Bolt LLC ("Bolt").`, each party and the "and" before the last in a paragraph of its own (a
 * third party or more after a comma). The names and short names stay, so the parties do.
 */
const partiesAndLine: Perturbation = {
  name: 'parties-and-line',
  what: 'the opening\'s party list with each party, and the "and" before the last, in a paragraph of its own after "by and between"',
  apply: (text) => {
    const list = openingPartyList(text, true);
    if (!list) return text;
    const { start, pieces, from } = list;
    const and = /\b(?:BETWEEN|AMONG)\b/.test(text.slice(list.word, start)) ? 'AND' : 'and';
    const block = pieces.map((p, k) => (k === 0 ? p : `${k === pieces.length - 1 ? `,\n\n${and}\n\n` : ',\n\n'}${p}`)).join('');
    return `${text.slice(0, start).replace(/[ \t:]+$/, '')}\n\n${block}${text.slice(from)}`;
  },
};

/** The end of a term on a date written with its month's name: "until", "expire(s) on", "end(s) on", "terminate(s) on". Group: the words before the date. */
const ENDS_ON_DATE = new RegExp(String.raw`\b(until|(?:shall\s+|will\s+)?(?:expire|end|terminate)s?\s+on)\s+(?=(?:${MONTH_NAMES.join('|')})\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+(?:19|20)\d\d\b)`, 'gi');

/**
 * A term's last day given with the hour it ends, as many American drafters write it: "shall continue until June 30, 2018"
 * → "shall continue until 11:59 p.m. (Eastern Time) on June 30, 2018", "shall expire on June 30, 2018" → "shall expire at
 * 11:59 p.m. (Eastern Time) on June 30, 2018". The day stays, so the expiration does.
 */
const termEndTime: Perturbation = {
  name: 'term-end-time',
  what: 'an end date given with its hour ("until June 30, 2018" → "until 11:59 p.m. (Eastern Time) on June 30, 2018", "expire on" → "expire at 11:59 p.m. (Eastern Time) on")',
  apply: (text) =>
    text.replace(ENDS_ON_DATE, (m: string, words: string) => {
      const caps = m === m.toUpperCase();
      const hour = /^until$/i.test(words) ? `${words} 11:59 p.m. (Eastern Time) on ` : `${words.replace(/\s+on$/i, '')} at 11:59 p.m. (Eastern Time) on `;
      return caps ? hour.toUpperCase() : hour;
    }),
};

/**
 * A term of whole years from the contract's start written as a term expiring on its anniversary, the ordinal given in
 * words and digits: "for a period of four (4) years from the Effective Date" → "for a term expiring on the fourth (4th)
 * anniversary of the Effective Date". The start plus N years is the Nth anniversary, so the end stays; only up to
 * twenty years, and only from the contract's own start (as `term-anniversary`).
 */
const termExpiringAnniversary: Perturbation = {
  name: 'term-expiring-anniversary',
  what: 'a term of N years from the contract\'s start written "for a term expiring on the Nth (Nth) anniversary of" its start',
  apply: (text) => rewriteYearsFromStart(text, (m, n, start) => inCaseOf(m, `for a term expiring on the ${ORDINAL_WORDS[n]} (${ordinal(n)}) anniversary of `) + start),
};

/**
 * The choice of law said with "internal laws", as many American drafters write it: "governed by the laws of the State of
 * New York" (or "governed by and construed in accordance with the laws of") → "governed by and construed in accordance
 * with the internal laws of the State of New York". The place stays, so the governing law does.
 */
const lawInternal: Perturbation = {
  name: 'law-internal',
  what: 'in a governing-law clause, "governed by (and construed in accordance with) the laws of X" written "governed by and construed in accordance with the internal laws of X"',
  apply: (text) =>
    text.replace(/\bgoverned\s+by,?\s+(?:and\s+)?(?:(?:construed|interpreted|enforced|performed)\s*,?\s+(?:and\s+)?)*(?:(?:in\s+accordance\s+with|under|pursuant\s+to|by)\s*,?\s+)?(?:the\s+)?laws?\s+of\b/gi, (m: string) =>
      inCaseOf(m, 'governed by and construed in accordance with the internal laws of'),
    ),
};

/** A date and the "Effective Date" name given to it: `June 1, 2010 (the "Effective Date")`, any quotes. */
const DATE_NAMED_EFFECTIVE = new RegExp(String.raw`(${OPENING_DATE})(\s*)\(\s*(?:the\s+)?(["“])Effective\s+Date(["”])\s*\)`, 'gi');

/**
 * The name given to a date written "such date, the …", as drafters write it after a date or an event: `as of June 1,
 * 2010 (the "Effective Date")` → `as of June 1, 2010 (such date, the "Effective Date")`. The date and its name stay, so
 * the agreement and effective dates do.
 */
const effectiveSuchDate: Perturbation = {
  name: 'effective-such-date',
  what: 'a date\'s name `DATE (the "Effective Date")` written `DATE (such date, the "Effective Date")`',
  apply: (text) => text.replace(DATE_NAMED_EFFECTIVE, (_m: string, date: string, gap: string, open: string, close: string) => `${date}${gap}(such date, the ${open}Effective Date${close})`),
};

/** The date an opening's words give before its party list: "is made as of June 1, 2010 by and between" (group 1 the date). */
const OPENING_HEAD_DATE = new RegExp(String.raw`\b(?:as\s+of|on|dated(?:\s+as\s+of)?)\s+((?:${MONTH_NAMES.join('|')})\s+\d{1,2},?\s+(?:19|20)\d\d)\b`, 'i');

/**
 * An opening written with the parties as its subject, as some drafters write a short agreement: `This Agreement is made as
 * of June 1, 2010 by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").` → `Acme Inc. ("Acme") and Bolt LLC ("Bolt")
 * agree as of June 1, 2010 as follows:`. Only an opening that calls itself "this Agreement" (so no title is read from
 * it), with its date (if any) before the list and none after it, written "as of / on / dated Month D, YYYY" and not named
 * as the Effective Date; the names, short names and date stay, so the parties and dates do.
 */
const openingPartiesAgree: Perturbation = {
  name: 'opening-parties-agree',
  what: 'the opening "This Agreement is made as of DATE by and between A ("A") and B ("B")." written "A ("A") and B ("B") agree as of DATE as follows:"',
  apply: (text) => {
    const list = openingPartyList(text, true);
    if (!list || !/^\s*[.;:]/.test(text.slice(list.from))) return text;
    const { word, pieces, from } = list;
    const paragraph = Math.max(0, text.lastIndexOf('\n', word) + 1);
    const head = text.slice(paragraph, word);
    if (!/^\s*this\s+agreement\b/i.test(head) || head.length > 300) return text;
    const date = OPENING_HEAD_DATE.exec(head)?.[1];
    // The rewrite may only drop words that carry no label: a date in another form ("this 17th day of November,
    // 2015") or a name given to the date ("(the "Effective Date")", "entered into and effective as of") would be lost.
    if (/\beffective\b/i.test(head) || (!date && /\b(?:19|20)\d\d\b/.test(head)) || (date && /\b(?:19|20)\d\d\b/.test(head.replace(date, '')))) return text;
    const names = pieces.length === 2 ? pieces.join(' and ') : `${pieces.slice(0, -1).join(', ')} and ${pieces.at(-1)}`;
    const caps = head.trim() === head.trim().toUpperCase();
    const verb = `agree${date ? ` as of ${date}` : ''} as follows:`;
    const lead = text.slice(paragraph, word).match(/^\s*/)![0];
    return `${text.slice(0, paragraph)}${lead}${names} ${caps ? verb.toUpperCase() : verb}${text.slice(from).replace(/^\s*[.;:]/, '')}`;
  },
};

// session 33 generality

/**
 * "June 1, 2010" written "June 1st, 2010", the month first with the day as an ordinal, as many US drafters write a date
 * ("effective as of March 3rd, 2011"). A date that has its ordinal already is left. The day, month and year stay, so
 * every labelled date does.
 */
const dateOrdinalSuffix: Perturbation = {
  name: 'date-ordinal-suffix',
  what: 'every "Month D, YYYY" written "Month Dth, YYYY" ("June 1, 2010" → "June 1st, 2010")',
  apply: (text) =>
    text.replace(MONTH_DAY_YEAR, (m: string, _month: string, day: string) =>
      +day >= 1 && +day <= 31 && !/\d(?:st|nd|rd|th)/i.test(m) ? m.replace(/(\s)(\d{1,2})(?=\s*,?\s)/, (_d: string, gap: string, dd: string) => `${gap}${ordinal(+dd)}`) : m,
    ),
};

/**
 * The law chosen said in the singular, as English and many US drafters write it: "governed by the laws of the State of
 * New York" → "governed by the law of the State of New York", "the internal laws of" → "the internal law of". Only a
 * "laws of" that a governing-law clause's verb ("governed", "construed", "interpreted") comes before within 100
 * characters of the same sentence, never a party's "organized under the laws of". The place stays, so the law does.
 */
const LAWS_PLURAL = /(\b(?:govern(?:ed|s|ing)?|construed|interpreted)\b[^.;]{0,100}?\bthe\s+(?:(?:internal|substantive|domestic)\s+)?)(laws|LAWS)(?=\s+of\b)/gi;
const lawSingular: Perturbation = {
  name: 'law-singular',
  what: 'in a governing-law clause, "the laws of X" written "the law of X"',
  apply: (text) => text.replace(LAWS_PLURAL, (_m: string, lead: string, laws: string) => `${lead}${laws === 'LAWS' ? 'LAW' : 'law'}`),
};

/** A company's legal form in its name or description ("Acme, Inc.", "BOLT LTD", "a Delaware corporation"); no person or group of persons has one. */
const COMPANY_FORM = /(?:\b(?:Inc|INC|Corp|CORP|Ltd|LTD|Co|CO)\.|\b(?:LLC|L\.L\.C\.|L\.P\.|LLP|PLC|plc|GmbH|AG|N\.V\.|B\.V\.|S\.A\.|Limited|LIMITED|Corporation|CORPORATION|Incorporated|INCORPORATED|Company|COMPANY)(?![\w.])|\b(?:corporation|company|partnership)\b)/;

/** Registration numbers given to the parties in turn (invented: eight digits, as a company register issues them). */
const COMPANY_NUMBERS = ['04512378', '09873154', '02265419', '07731862'];

/**
 * Each party's registration number in brackets before its short name, as UK, Irish and Commonwealth contracts
 * identify a company: `Acme Inc., a Delaware corporation ("Acme")` → `Acme Inc., a Delaware corporation (company no.
 * 04512378) ("Acme")`. Only in the opening's party list, only after a name or description that gives a legal form (a
 * person has no company number), and not before a short name that defines the agreement, a date, a term or the parties together. The names and short names stay, so the parties do.
 */
const partyCompanyNumber: Perturbation = {
  name: 'party-company-number',
  what: 'each party\'s registration number in brackets before its short name in the opening ("(company no. 04512378) ("Acme")")',
  apply: (text) => {
    const span = partyListSpan(text);
    if (!span) return text;
    let n = 0;
    const list = text.slice(span.start, span.end).replace(SHORT_NAME, (m: string, short: string, offset: number, all: string) => {
      // Only a company has a registration number: the words since the last bracket or "and" must name its legal form.
      const named = all.slice(0, offset).split(/\)|\band\b/i).at(-1)!;
      return NOT_ONE_PARTY.test(short) || !COMPANY_FORM.test(named) ? m : `(company no. ${COMPANY_NUMBERS[n++ % COMPANY_NUMBERS.length]}) ${m}`;
    });
    return text.slice(0, span.start) + list + text.slice(span.end);
  },
};

/** A run-in clause heading after its number: "12. Governing Law. This …" (groups: number and gap, heading); its text follows on the line. */
const RUN_IN_HEADING = new RegExp(String.raw`^([ \t]*(?:(?:ARTICLE|Article|SECTION|Section)\s+)?\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)([A-Z][A-Za-z'’-]+(?:[ \t]+(?:[A-Z][A-Za-z'’-]+|of|and|the|to|in|for|on|or|&)){0,5})(?=\.[ \t]+[A-Z("“])`, 'gm');

/**
 * Run-in clause headings set the other way: one in title case written in capitals ("12. Governing Law. This Agreement …"
 * → "12. GOVERNING LAW. This Agreement …") and one in capitals in title case, as drafters and their templates choose.
 * Only a heading after a clause number at a line's start, ending in a full stop with the clause's text after it on the
 * same line; the text is left as it is, so every value stays.
 */
const headingsCaseRunIn: Perturbation = {
  name: 'headings-case-run-in',
  what: 'run-in clause headings ("12. Governing Law. This …") set in capitals, and those in capitals in title case',
  apply: (text) =>
    text.replace(RUN_IN_HEADING, (m: string, num: string, heading: string) => {
      if (heading === heading.toUpperCase()) {
        const words = heading.toLowerCase().split(/([ \t]+)/);
        return num + words.map((w, i) => (i > 0 && TITLE_SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
      }
      return num + heading.toUpperCase();
    }),
};

/** A day of the month as an ordinal in words: 1 → "first", 22 → "twenty-second", 30 → "thirtieth". */
function dayInWords(n: number): string {
  if (n <= 20) return ORDINAL_WORDS[n]!;
  if (n === 30) return 'thirtieth';
  return `${n < 30 ? 'twenty' : 'thirty'}-${ORDINAL_WORDS[n % 10]!}`;
}

/**
 * "June 1, 2010" written "the first day of June, 2010", the day as an ordinal in words, as deeds, leases and many
 * openings write it ("made this twenty-first day of March, 2011"). A "the" already before the date is not doubled. The
 * day, month and year stay, so every labelled date does.
 */
const dateDayWords: Perturbation = {
  name: 'date-day-words',
  what: 'every "Month D, YYYY" written "the Dth (in words) day of Month, YYYY" ("June 21, 2010" → "the twenty-first day of June, 2010")',
  apply: (text) =>
    text.replace(new RegExp(`(\\bthe\\s+)?${MONTH_DAY_YEAR.source}`, 'gi'), (m: string, the: string | undefined, month: string, day: string, year: string) =>
      +day >= 1 && +day <= 31 ? `${the ?? 'the '}${dayInWords(+day)} day of ${month}, ${year}` : m,
    ),
};

/**
 * A number written in digits with its words in brackets after it, as many drafters (and most templates outside the US)
 * write it: "thirty (30) days" → "30 (thirty) days", "five (5) years" → "5 (five) years". Only where the words and the
 * digits give the same number, so no length changes.
 */
const numbersDigitsFirst: Perturbation = {
  name: 'numbers-digits-first',
  what: 'every "words (digits)" number written "digits (words)" ("thirty (30) days" → "30 (thirty) days")',
  apply: (text) =>
    text.replace(WORDS_THEN_DIGITS, (m: string, words: string, digits: string) => (wordsValue(words) === +digits ? `${digits} (${words})` : m)),
};

/**
 * "the State of New York", "the Commonwealth of Massachusetts" written with a small "state" / "commonwealth", as many
 * drafters write a place that is not a defined term ("the laws of the state of Delaware", "a corporation of the
 * commonwealth of Virginia"). Only the title-case word after "the" and before "of" and a capitalised name; a line in
 * capitals is left. The place stays, so the governing law and the parties do; values are compared with the word in
 * small letters.
 */
const lawStateLowercase: Perturbation = {
  name: 'law-state-lowercase',
  what: '"the State of X" and "the Commonwealth of X" written "the state of X", "the commonwealth of X"',
  fold: (value) => value.replace(/\b(State|Commonwealth)(?=\s+of\s)/g, (m: string) => m.toLowerCase()),
  apply: (text) => text.replace(/\b([Tt]he\s+)(State|Commonwealth)(?=\s+of\s+[A-Z][a-z])/g, (_m: string, the: string, word: string) => `${the}${word.toLowerCase()}`),
};

/** "a period of five (5) years": an article, an optional adjective, the number (digits or words, digits in brackets) and a plural unit. */
const PERIOD_OF_LENGTH = new RegExp(
  String.raw`\b(an?\s+)((?:additional|further|initial)\s+)?period\s+of\s+((?:\d{1,3}|${LENGTH_NUMBER})(?:\s*\(\d{1,3}\))?)\s+(day|week|month|year)s?\b(?!\s*['’])`,
  'gi',
);

/**
 * A length said as a compound before "period", the way a drafter can say it either way: "for a period of five (5) years
 * from the Effective Date" → "for a five (5) year period from the Effective Date", "an additional period of one (1) year"
 * → "an additional one (1) year period". The article follows the number's sound ("an eighteen month period"). The
 * number and unit stay, so every term, renewal and notice period does.
 */
const periodCompound: Perturbation = {
  name: 'period-compound',
  what: 'a length after "a period of" written as a compound before "period" ("for a period of five (5) years" → "for a five (5) year period")',
  apply: (text) =>
    text.replace(PERIOD_OF_LENGTH, (m: string, article: string, adjective: string | undefined, length: string, unit: string) => {
      const an = /^(?:eight|eleven|eighteen|8|11|18|8\d)\b/i.test(length);
      // The article's case from the whole phrase: a lone "A" is a capital, not a line in capitals.
      const word = m === m.toUpperCase() ? (an ? 'AN' : 'A') : `${article[0]}${an ? 'n' : ''}`;
      const lead = adjective ? `${article}${adjective}` : `${word} `;
      const period = inCaseOf(m.slice(m.search(/period/i)), 'period');
      return `${lead}${length} ${unit} ${period}`;
    }),
};

/**
 * The apostrophe of a length before "notice" left out, as many drafters write it: "thirty (30) days' prior written
 * notice" → "thirty (30) days prior written notice", "90 days’ notice" → "90 days notice". Only after a plural unit of
 * time. The length stays, so every notice period does.
 */
const daysNoApostrophe: Perturbation = {
  name: 'days-no-apostrophe',
  what: 'the apostrophe after a plural length left out ("thirty (30) days\' notice" → "thirty (30) days notice")',
  apply: (text) => text.replace(/\b(days|weeks|months|years)['’](?=\s)/gi, '$1'),
};

/**
 * A governing-law sentence that also names the disputes it governs, as English and many international contracts write
 * it: "This Agreement shall be governed by …" → "This Agreement and any dispute or claim arising out of or in connection
 * with it shall be governed by …". Only where "this Agreement" is the subject of "shall / will be governed" or "is
 * governed". The law named stays, so the governing law does.
 */
const lawScope: Perturbation = {
  name: 'law-scope',
  what: 'a governing-law sentence\'s subject widened ("This Agreement shall be governed by" → "This Agreement and any dispute or claim arising out of or in connection with it shall be governed by")',
  apply: (text) =>
    text.replace(/\bthis\s+agreement(?=\s+(?:(?:shall|will)\s+be|is)\s+governed\b)/gi, (m: string) => `${m} ${inCaseOf(m.slice(-1) === 'T' ? 'AND' : 'and', 'and any dispute or claim arising out of or in connection with it')}`),
};

/**
 * "of this Agreement" and "hereof" exchanged after the words a term clause uses, as drafters choose either: "the term of
 * this Agreement" → "the term hereof", "the date hereof" → "the date of this Agreement". Only after "term", "date",
 * "expiration" and "termination" (any case); the thing named is the same, so every value stays.
 */
const HEREOF_OR_OF_THIS = /\b(the\s+(?:(?:initial|then[\s-]current)\s+)?(?:term|date|expiration|termination))\s+(hereof|of\s+this\s+agreement)\b/gi;
const hereofToggle: Perturbation = {
  name: 'hereof-toggle',
  what: '"the term / date / expiration / termination of this Agreement" ↔ "… hereof"',
  apply: (text) =>
    text.replace(HEREOF_OR_OF_THIS, (_m: string, what: string, tail: string) => {
      const caps = tail === tail.toUpperCase();
      const out = /^hereof$/i.test(tail) ? 'of this Agreement' : 'hereof';
      return `${what} ${caps ? out.toUpperCase() : out}`;
    }),
};

/** The days of the week, Sunday first, as Date.getUTCDay numbers them. */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date written with its day of the week, as letters, notices and confirmations often date themselves: "June 1, 2010"
 * → "Tuesday, June 1, 2010" (the weekday that date fell on; in capitals where the month is). A date already after a
 * weekday, and one that is no calendar day ("February 30, 2011"), are left alone. The day, month and year stay, so every
 * labelled date does.
 */
const dateWeekday: Perturbation = {
  name: 'date-weekday',
  what: 'each "Month D, YYYY" date preceded by its day of the week ("June 1, 2010" → "Tuesday, June 1, 2010")',
  apply: (text) =>
    text.replace(MONTH_DAY_YEAR, (m: string, month: string, day: string, year: string, at: number, all: string) => {
      if (new RegExp(`\\b(?:${WEEKDAYS.join('|')}),?\\s*$`, 'i').test(all.slice(Math.max(0, at - 12), at))) return m;
      const monthIndex = MONTH_NAMES.findIndex((n) => n.toLowerCase() === month.toLowerCase());
      const date = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
      if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== Number(day)) return m;
      const weekday = WEEKDAYS[date.getUTCDay()]!;
      return `${month === month.toUpperCase() ? weekday.toUpperCase() : weekday}, ${m}`;
    }),
};

/**
 * A start day said to be inclusive, as finance and British drafting write a period's first day: "commencing on June 1,
 * 2010" → "commencing on and including June 1, 2010", "from 1 July 2011" → "from and including 1 July 2011" (also after
 * "commence(s) on", "begin(s)/beginning on", "start(s)/starting on", "effective from"). Only before a whole date: the
 * start is the same day, so the effective date and every end counted from it stay.
 */
const START_ON_DATE = new RegExp(String.raw`\b((?:commenc(?:e|es|ing)|begin(?:s|ning)?|start(?:s|ing)?)\s+on|from)\s+(?=${A_DATE}\b)`, 'gi');
const startAndIncluding: Perturbation = {
  name: 'start-and-including',
  what: 'a start on a date said inclusively ("commencing on June 1, 2010" → "commencing on and including June 1, 2010", "from 1 July 2011" → "from and including 1 July 2011")',
  apply: (text) => text.replace(START_ON_DATE, (m: string, words: string) => `${words} ${inCaseOf(words.slice(-1), 'and including')} `),
};

// session 37 generality: dates, effective-date, law, renewal and notice wording

/** The month (1-12) and day of a "Month D, YYYY" date, or undefined where it is no calendar day ("February 30, 2011"). */
function calendarDay(month: string, day: string, year: string): { m: number; d: number } | undefined {
  const m = MONTH_NAMES.findIndex((n) => n.toLowerCase() === month.toLowerCase());
  const date = new Date(Date.UTC(Number(year), m, Number(day)));
  return m >= 0 && date.getUTCMonth() === m && date.getUTCDate() === Number(day) ? { m: m + 1, d: Number(day) } : undefined;
}

/**
 * "June 1, 2010" written "2010-06-01", the ISO layout of data-room indexes, order forms and many templates generated by
 * software. Year first, the order cannot be misread, so the date stays; a date that is no calendar day is left alone.
 */
const dateIso: Perturbation = {
  name: 'date-iso',
  what: 'every "Month D, YYYY" written "YYYY-MM-DD" ("June 1, 2010" → "2010-06-01")',
  apply: (text) =>
    text.replace(MONTH_DAY_YEAR, (m: string, month: string, day: string, year: string) => {
      const c = calendarDay(month, day, year);
      return c ? `${year}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}` : m;
    }),
};

/**
 * "June 1, 2010" written "1st June 2010", the day first with its ordinal suffix and no "day of", as British and Indian
 * drafters date a contract ("This Agreement is made on 21st March 2011"). The day, month and year stay.
 */
const dateDmyOrdinal: Perturbation = {
  name: 'date-dmy-ordinal',
  what: 'every "Month D, YYYY" written "Dth Month YYYY" ("June 1, 2010" → "1st June 2010")',
  apply: (text) => text.replace(MONTH_DAY_YEAR, (m: string, month: string, day: string, year: string) => (calendarDay(month, day, year) ? `${ordinal(+day)} ${month} ${year}` : m)),
};

/**
 * What marks a contract as governed by a law outside the US, where a reader takes "1.6.2010" as 1 June: its law or
 * courts named as a country or province abroad (the name as written, capitalised).
 */
const FOREIGN_LAW = /\b(?:laws?|courts)\s+of\s+(?:the\s+)?(?:England|Scotland|Ireland|Hong\s+Kong|Singapore|India|Australia|New\s+Zealand|Canada|Province\s+of|Germany|France|Switzerland|Israel|People['’]s\s+Republic|China|Japan|Korea|Taiwan|Netherlands|Sweden|Spain|Italy|Bermuda|Cayman\s+Islands|Brazil|Mexico|United\s+Kingdom)\b|\bEnglish\s+law\b/;

/**
 * In a contract whose law or courts are outside the US, every "June 1, 2010" written "1.6.2010", day first with full
 * stops, as continental European and many Commonwealth drafters write a date. Its reader takes the day first, so the
 * date stays; a contract under a US law is left as it is (there the same digits would be read month first).
 */
const dateDotted: Perturbation = {
  name: 'date-dotted',
  what: 'in a contract under a non-US law, every "Month D, YYYY" written "D.M.YYYY" ("June 1, 2010" → "1.6.2010")',
  apply: (text) =>
    FOREIGN_LAW.test(text)
      ? text.replace(MONTH_DAY_YEAR, (m: string, month: string, day: string, year: string) => {
          const c = calendarDay(month, day, year);
          return c ? `${c.d}.${c.m}.${year}` : m;
        })
      : text,
};

/**
 * The start of the contract's dating said "as at", as British drafting does: "made as of June 1, 2010" → "made as at
 * June 1, 2010", "as of the date first written above" → "as at the date first written above". Only before a whole date
 * or "the date"; the date is the same, so the agreement and effective dates stay.
 */
const effectiveAsAt: Perturbation = {
  name: 'effective-as-at',
  what: '"as of" before a date written "as at" ("made as of June 1, 2010" → "made as at June 1, 2010", "as of the date first written above" → "as at …")',
  apply: (text) => text.replace(new RegExp(String.raw`\b(as)\s+(of)\s+(?=${A_DATE}\b|the\s+date\b)`, 'gi'), (m: string, as: string, of: string) => `${as} ${inCaseOf(of, 'at')} `),
};

/**
 * The contract's start defined as its "Commencement Date" in place of its "Effective Date", as English and Australian
 * drafters name it (the "Commencement Date"; "five years from the Commencement Date"). Every use of the name is changed,
 * in its own case, and only in a text that has no "Commencement Date" of its own; the date it names is the same.
 */
const commencementDate: Perturbation = {
  name: 'commencement-date',
  what: 'the defined term "Effective Date" named "Commencement Date" throughout (where the text has no "Commencement Date")',
  apply: (text) =>
    /\bcommencement\s+date\b/i.test(text) ? text : text.replace(/\b(Effective|EFFECTIVE)(\s+)(Date|DATE)\b/g, (m: string, e: string, gap: string, d: string) => `${e === 'EFFECTIVE' ? 'COMMENCEMENT' : 'Commencement'}${gap}${d}`),
};

/**
 * A governing-law sentence said with "the law applicable", as international contracts write it: "This Agreement shall be
 * governed by and read under the laws of X" → "The law applicable to this Agreement shall be the laws
 * of X". Only where this agreement or contract is the subject and "the (internal) law(s) of" follows; the law named stays.
 */
const lawApplicable: Perturbation = {
  name: 'law-applicable',
  what: 'a governing-law sentence said with "the law applicable" ("This Contract is governed by the laws of X", also with "and construed …" → "The law applicable to this Contract is the laws of X")',
  apply: (text) =>
    text.replace(
      // The contract as subject, "governed by", and any "and construed (interpreted, enforced) in accordance with / under" (groups: this, noun, verb).
      /\b(this|the)\s+(agreement|contract)\s+(shall|will|is)\s+(?:be\s+)?governed\s+by,?\s+(?:and\s+(?:(?:construed|interpreted|enforced)\s*,?\s+(?:and\s+)?)+(?:in\s+accordance\s+with|under)\s*,?\s+)?(?=the\s+(?:(?:internal|substantive)\s+)?laws?\s+of\b)/gi,
      (m: string, _this: string, noun: string, verb: string) => {
        const out = `The law applicable to this ${noun} ${verb.toLowerCase() === 'is' ? 'is' : `${verb.toLowerCase()} be`} `;
        return m === m.toUpperCase() ? out.toUpperCase() : out;
      },
    ),
};

/**
 * A renewal without notice said "tacitly", as civil-law and many European contracts write it: "shall automatically renew
 * for" / "shall be automatically renewed for" → "shall be tacitly renewed for", "will automatically be extended" → "will
 * be tacitly extended". Only after "shall" or "will"; the renewal period and its notice stay.
 */
const renewalTacit: Perturbation = {
  name: 'renewal-tacit',
  what: 'an automatic renewal said "tacitly" ("shall automatically renew" / "shall be automatically renewed" → "shall be tacitly renewed")',
  apply: (text) =>
    text.replace(/\b(shall|will)\s+(?:be\s+)?automatically\s+(?:be\s+)?(renew|extend)(?:ed)?\b/gi, (m: string, verb: string, what: string) => inCaseOf(m, `${verb.toLowerCase()} be tacitly ${what.toLowerCase()}ed`)),
};

/**
 * A notice's length set after the word "notice", as many drafters write it: "ninety (90) days' prior written notice" →
 * "prior written notice of ninety (90) days", "at least 60 days' notice" → "notice of at least 60 days". Only where the
 * notice is not followed by "of" (its subject: "notice of non-renewal" keeps its order). The length stays.
 */
const NOTICE_LENGTH_FIRST = new RegExp(
  String.raw`\b((?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+)?((?:${LENGTH_NUMBER}|ninety|one\s+hundred(?:\s+and)?\s+\w+|\d{1,3})(?:\s*\(\d{1,3}\))?\s+(?:calendar\s+|business\s+)?(?:days|months))['’]?\s+((?:prior\s+|advance\s+)?(?:written\s+)?)notice\b(?!\s+(?:of|in\s+writing\s+of)\b)`,
  'gi',
);
const noticeOfLength: Perturbation = {
  name: 'notice-of-length',
  what: 'a notice\'s length after "notice" ("ninety (90) days\' prior written notice" → "prior written notice of ninety (90) days")',
  apply: (text) =>
    text.replace(NOTICE_LENGTH_FIRST, (m: string, least: string | undefined, length: string, kind: string) => {
      const out = `${kind}notice of ${least ?? ''}${length}`;
      return m === m.toUpperCase() ? out.toUpperCase() : out;
    }),
};

// session 37 parties and title

/**
 * The opening's list word the other way round: "between" (or "by and between") → "among" ("by and among"), and "among" →
 * "between", as drafters use either for two parties or more. The parties stay, so they must read as before.
 */
const partiesAmongSwap: Perturbation = {
  name: 'parties-among-swap',
  what: 'the opening\'s list word swapped: "(by and) between" → "(by and) among", "among" → "between"',
  apply: (text) => {
    const list = openingPartyList(text);
    if (!list) return text;
    const word = /^(between|among|amongst)\b/i.exec(text.slice(list.word));
    if (!word) return text;
    const other = /^between$/i.test(word[1]!) ? 'among' : 'between';
    const to = word[1] === word[1]!.toUpperCase() ? other.toUpperCase() : /^[A-Z]/.test(word[1]!) ? other.charAt(0).toUpperCase() + other.slice(1) : other;
    return `${text.slice(0, list.word)}${to}${text.slice(list.word + word[1]!.length)}`;
  },
};

/** A party's words before its short name: its name, then a description of the kind of body it is (group 2). */
const NAME_THEN_KIND = /^([A-Z0-9][^,()"“”\n]{1,80}?(?:,\s*(?:Inc|LLC|L\.L\.C|Ltd|Corp|N\.A|L\.P|LP)\.?)?)(,\s+an?\s+[^,;()"“”\d\n]{1,80}?\b(?:corporation|company|partnership|trust|association|bank)),?\s*$/;

/**
 * Each party's short name set right after its name, before the description of its kind: `Acme Inc., a Delaware
 * corporation ("Acme")` → `Acme Inc. ("Acme"), a Delaware corporation`, as many drafters order them. Only a list read to its
 * end whose every party is so described; the names and short names stay, so the parties must read as before.
 */
const partiesShortNameFirst: Perturbation = {
  name: 'parties-short-name-first',
  what: 'each party\'s short name moved before its description: Acme Inc., a Delaware corporation ("Acme") → Acme Inc. ("Acme"), a Delaware corporation',
  apply: (text) => {
    const list = openingParties(text);
    if (!list?.complete || list.parties.length < 2) return text;
    const moved = list.parties.map((p) => NAME_THEN_KIND.exec(text.slice(p.at, p.short.index).replace(/\s+/g, ' ').trim()));
    if (moved.some((m) => !m)) return text;
    let out = '';
    let at = 0;
    for (const [k, p] of list.parties.entries()) {
      const m = moved[k]!;
      out += `${text.slice(at, p.at)}${m[1]!} ${p.short[0]}${m[2]!}`;
      at = p.short.index + p.short[0].length;
    }
    return out + text.slice(at);
  },
};

/**
 * The opening's party list set as a block with each party's address on lines of its own under its name, the short name
 * on the line after: "BETWEEN:" / "Acme Inc., a Delaware corporation" / "100 Main Street" / "Springfield, IL 60601" /
 * "("Acme")" / "AND:" / …, as English and Canadian openings set it (a party the opening gives an address keeps its own).
 * The names and short names stay, so the parties must read as before.
 */
const partiesAddressLines: Perturbation = {
  name: 'parties-address-lines',
  what: 'the opening\'s party list as a block: "BETWEEN:", then each party\'s name, two address lines (where it has none) and its short name on lines of their own, "AND:" before the last',
  apply: (text) => {
    const list = blockOpening(text);
    if (!list) return text;
    const { before, listWord, pieces, from } = list;
    const entries = pieces.map((p, k) => {
      const short = [...p.matchAll(SHORT_NAME)].at(-1);
      if (!short || short.index === undefined) return undefined;
      const name = p.slice(0, short.index).replace(/[\s,]+$/, '');
      // A party the opening already gives an address keeps it, on the name's line; the others get one on two lines.
      const address = /\d/.test(name) ? '' : `\n${100 + 20 * k} Harbor Street, Suite ${k + 2}\nSpringfield, IL 6060${k}`;
      return `${name}${address}\n${p.slice(short.index).trim()}`;
    });
    if (entries.some((e) => !e)) return text;
    return `${before}\n\n${listWord}:\n\n${joinedAsBlock(entries as string[])}${text.slice(from)}`;
  },
};

/**
 * A title line of three words or more in capitals set over two lines, broken before its last word ("MASTER SUPPLY" /
 * "AGREEMENT"), as a cover with a large type does. The title's words stay, so the title must read as before.
 */
const titleTwoLines: Perturbation = {
  name: 'title-two-lines',
  what: 'the title line in capitals (three words or more) broken over two lines before its last word',
  apply: (text) => {
    const head = text.slice(0, 3000);
    const title = /^([ \t]*)([A-Z][A-Z0-9&,.'’#-]*(?: [A-Z0-9&,.'’#-]+){1,12}) (AGREEMENT|CONTRACT|LICENSE|LICENCE|LEASE|AMENDMENT|ADDENDUM)[ \t]*$/m.exec(head);
    if (!title || title.index === undefined) return text;
    return `${text.slice(0, title.index)}${title[1]!}${title[2]!}\n${title[1]!}${title[3]!}${text.slice(title.index + title[0].length)}`;
  },
};

// session 38 generality: lengths, ends, renewal, notice and law wording

/** A length in months a whole number of years makes: "twelve (12) months", "24 months", "a 36-month term". Groups as YEARS_LENGTH's. */
const MONTHS_LENGTH = new RegExp(
  String.raw`(?<!\b(?:${NUMBER_WORD}|\d+)(?:\s*\(\d+\))?\s*(?:to|or|and|-|–)\s*)(?<![\w.,$(/-])(${LENGTH_NUMBER}|one\s+hundred(?:\s+and)?\s+(?:eight|twenty)|\d{2,3})(\s*\(\d{1,3}\))?([\s-]+)(months?)\b(['’]s?)?`,
  'gi',
);

/**
 * A length of 12N months written as N years, the other way from years-as-months, as many drafters count a term, a
 * renewal or a notice: "twelve (12) months" → "one (1) year", "a 36-month term" → "a 3-year term", "twenty-four months'
 * notice" → "two years' notice". Only a whole number of years up to ten; a number whose words and digits disagree, and a
 * range's second end ("six to twelve months"), are left alone. Values are compared in months, as under years-as-months.
 */
const monthsAsYears: Perturbation = {
  name: 'months-as-years',
  what: 'every length of 12N months written as N years ("twelve (12) months" → "one (1) year", "a 36-month term" → "a 3-year term")',
  // Compared in months, as under years-as-months.
  fold: yearsAsMonths.fold,
  apply: (text) =>
    text.replace(MONTHS_LENGTH, (m: string, number: string, digits: string | undefined, gap: string, unit: string, possessive: string | undefined, at: number, all: string) => {
      const n = /^\d/.test(number) ? Number(number) : wordsValue(number);
      if (!n || n % 12 !== 0 || n > 120 || (digits && Number(/\d+/.exec(digits)![0]) !== n)) return m;
      const years = n / 12;
      // "a 36-month term" and "a twelve (12) month period" are adjectives and stay singular; "twelve months" is a noun.
      const adjective = gap.includes('-') || unit.toLowerCase() === 'month' || YEAR_NOUN_AFTER.test(all.slice(at + m.length, at + m.length + 40));
      // "once every twelve months" and "the twelve months preceding" do not read as "every one year", "the one year".
      if (years === 1 && !adjective && /\b(?:every|each|the|any|such|first|last|preceding|following|prior)\s+$/i.test(all.slice(Math.max(0, at - 12), at))) return m;
      const word = inCaseOf(unit, (years > 1 && !adjective) || (possessive && years > 1) ? 'years' : 'year');
      const mark = possessive ? (years > 1 ? possessive[0]! : `${possessive[0]!}s`) : '';
      return `${numberLike(number, years)}${digits ? digits.replace(/\d+/, String(years)) : ''}${gap}${word}${mark}`;
    }),
};

/**
 * A governing-law sentence that says the law governs "in all respects", as many US contracts do: "shall be governed by
 * (and read under) the laws of X" → "shall in all respects be governed by …", "is governed by" → "is in
 * all respects governed by". Only where a law is named within the sentence's next 100 characters; the law stays.
 */
const lawAllRespects: Perturbation = {
  name: 'law-all-respects',
  what: 'a governing-law sentence\'s "shall be governed by" / "is governed by" written "shall in all respects be governed by" / "is in all respects governed by"',
  apply: (text) =>
    text.replace(/\b(shall\s+|will\s+|is\s+)(be\s+)?(governed\s+by)\b(?=[^.;]{0,100}\blaws?\b)/gi, (m: string, aux: string, be: string | undefined, governed: string) => {
      if (/^is/i.test(aux) === Boolean(be)) return m;
      const words = governed === governed.toUpperCase() ? 'IN ALL RESPECTS' : 'in all respects';
      return `${aux}${words} ${be ?? ''}${governed}`;
    }),
};

/** The four US states that call themselves commonwealths. */
const COMMONWEALTHS = 'Kentucky|Massachusetts|Pennsylvania|Virginia';

/**
 * The four commonwealths named either way, as contracts do: "the State of Massachusetts" ↔ "the Commonwealth of
 * Massachusetts" (in the case of "State"). Each names the same state, so the governing law (and a party's home) stays.
 */
const lawCommonwealth: Perturbation = {
  name: 'law-commonwealth',
  what: '"State of X" ↔ "Commonwealth of X" for Kentucky, Massachusetts, Pennsylvania and Virginia',
  apply: (text) =>
    text.replace(new RegExp(String.raw`\b(State|Commonwealth)(\s+of\s+)(?=(?:${COMMONWEALTHS})\b)`, 'gi'), (m: string, word: string, of: string) => `${inCaseOf(word, /^state$/i.test(word) ? 'commonwealth' : 'state')}${of}`),
};

/** Words US drafters add after a state's name in a governing-law clause: the kind of contract whose law is chosen. */
const CONTRACTS_WITHIN = ' as applied to agreements signed and wholly performed within that State';

/**
 * A governing-law clause that adds the kind of contract whose law is chosen, as many US contracts write it:
 * "the laws of the State of Ohio" → "the laws of the State of Ohio as applied to agreements signed and wholly performed
 * within that State". Only a US state's name in a clause that says what governs, and not where the sentence
 * already says "applicable to", "as applied to" or "to be performed". The state stays, so the governing law must be read past
 * the added words.
 */
const lawContractsWithin: Perturbation = {
  name: 'law-contracts-within',
  what: 'in a governing-law clause, a US state followed by "as applied to agreements signed and wholly performed within that State"',
  apply: (text) =>
    text.replace(LAWS_OF, (m: string, _lead: string, place: string, at: number, whole: string) => {
      if (!US_STATES.includes(place)) return m;
      const rest = whole.slice(at + m.length, at + m.length + 300);
      if (/applicable\s+to|applied\s+to|to\s+be\s+performed/i.test(rest.slice(0, rest.search(/[.;](?=\s|$)|$/)))) return m;
      // A conflict-of-laws exclusion right after the state is set off by a comma, as the added words would leave it.
      return m + CONTRACTS_WITHIN + (/^\s+(?:without|excluding|exclusive)\b/i.test(rest) ? ',' : '');
    }),
};

/**
 * The contract's natural end said with the other verb, as drafters use either: "shall expire on December 31, 2012" ↔
 * "shall terminate on December 31, 2012", "will terminate at the end of the Term" ↔ "will expire at …". Only after
 * "shall" or "will" and before a date with its month's name, an anniversary, or the end, close or last day of a period:
 * an end that comes of itself, never one a party causes ("terminate upon breach" stays).
 */
const END_VERB = new RegExp(
  String.raw`\b(shall|will)(\s+(?:automatically\s+)?)(expire|terminate)(?=\s+(?:on|upon|at)\s+(?:${A_DATE}|the\s+(?:(?:\w+|\d+(?:st|nd|rd|th)?)(?:\s*\(\d+(?:st|nd|rd|th)?\))?\s+)?anniversary\b|the\s+(?:end|close|last\s+day)\s+of\b))`,
  'gi',
);
const endExpireTerminate: Perturbation = {
  name: 'end-expire-terminate',
  what: 'a natural end said with the other verb ("shall expire on DATE" ↔ "shall terminate on DATE", "… at the end of", "… on the Nth anniversary")',
  apply: (text) => text.replace(END_VERB, (m: string, aux: string, gap: string, verb: string) => `${aux}${gap}${inCaseOf(verb, /^expire$/i.test(verb) ? 'terminate' : 'expire')}`),
};

/**
 * A lead time's minimum said after its length: "at least ninety (90) days prior to" / "not less than 60 days before" →
 * "ninety (90) days or more prior to", "60 days or more before". Only before "prior to", "before" or "in advance of";
 * the length stays, so every notice period does.
 */
const noticeOrMore: Perturbation = {
  name: 'notice-or-more',
  what: '"at least (not less than, no less than) N days prior to" written "N days or more prior to"',
  apply: (text) =>
    text.replace(
      new RegExp(String.raw`\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than)\s+(${LENGTH_OF}(?:calendar\s+|business\s+)?(?:days|months))(?=\s+(?:prior\s+to|before|in\s+advance\s+of)\b)`, 'gi'),
      (m: string, length: string) => `${length} ${inCaseOf(length.slice(-1), 'or more')}`,
    ),
};

/**
 * A lead time counted back from an end with "in advance of", as drafters write it: "ninety (90) days prior to the
 * expiration of" → "ninety (90) days in advance of the expiration of", "60 days before the end" alike. Only after a length
 * in days or months; the length and the end stay, so every notice period does.
 */
const noticeInAdvance: Perturbation = {
  name: 'notice-in-advance',
  what: 'a length "prior to" / "before" an event written "in advance of" ("90 days prior to the expiration" → "90 days in advance of the expiration")',
  apply: (text) =>
    text.replace(/\b((?:days|months)['’]?\s+)(prior\s+to|before)(?=\s+(?:the|its|any|such|each)\b)/gi, (m: string, lead: string, word: string) => `${lead}${inCaseOf(word, 'in advance of')}`),
};

/**
 * An automatic renewal said by what it does without: "shall automatically renew for" → "shall, without further action by
 * either party, renew for", "will be automatically renewed" → "will, without further action by either party, be renewed".
 * Only after "shall" or "will"; the renewal period and its notice stay.
 */
const renewalWithoutAction: Perturbation = {
  name: 'renewal-without-action',
  what: 'an automatic renewal said "without further action by either party" ("shall automatically renew" → "shall, without further action by either party, renew")',
  apply: (text) =>
    text.replace(/\b(shall|will)\s+(be\s+)?automatically\s+(be\s+)?(renew(?:ed)?|extend(?:ed)?)\b/gi, (m: string, aux: string, be1: string | undefined, be2: string | undefined, verb: string) => {
      const be = be1 ?? be2 ?? '';
      const out = `${aux.toLowerCase()}, without further action by either party, ${be.trim() ? 'be ' : ''}${verb.toLowerCase()}`;
      return m === m.toUpperCase() ? out.toUpperCase() : out;
    }),
};

/**
 * The opening's date referred to the other way round, as drafters write either: "the date first above written" ↔ "the
 * date first written above", "the day and year first above written" ↔ "… first written above". The date meant is the
 * same, so the agreement and effective dates stay.
 */
const dateAboveWritten: Perturbation = {
  name: 'date-above-written',
  what: '"first above written" ↔ "first written above"',
  apply: (text) =>
    text.replace(/\b(first)(\s+)(?:(above)(\s+)(written)|(written)(\s+)(above))\b/gi, (m: string, first: string, g1: string, a1?: string, g2?: string, w1?: string, w2?: string, g3?: string, a2?: string) =>
      a1 ? `${first}${g1}${w1!}${g2!}${a1}` : `${first}${g1}${a2!}${g3!}${w2!}`,
    ),
};

/**
 * "expiration" as British and Commonwealth drafters write it, "expiry": "on the expiration of the Rental Term" → "on the
 * expiry of the Rental Term", "Expiration Date" → "Expiry Date" (every use, in its case). The end meant is the same,
 * so the expiration, renewal and notice stay.
 */
const expiryNoun: Perturbation = {
  name: 'expiry-noun',
  what: '"expiration" written "expiry" ("on the expiration of the Rental Term" → "on the expiry of the Rental Term")',
  apply: (text) => text.replace(/\bexpiration\b/gi, (m: string) => inCaseOf(m, 'expiry')),
};

/**
 * The contract's start said as "deemed" effective, as drafters write it when signing follows the date: "This Agreement
 * shall be effective as of June 1, 2010" → "This Agreement shall be deemed effective as of June 1, 2010", "is effective
 * on" → "is deemed effective on". Only before "as of", "on" or "from"; the date is the same, so the effective date stays.
 */
const effectiveDeemed: Perturbation = {
  name: 'effective-deemed',
  what: '"shall be (is) effective as of / on / from" written "shall be (is) deemed effective …"',
  apply: (text) => text.replace(/\b((?:shall|will)\s+be|is)(\s+)(effective)(?=\s+(?:as\s+of|on|from)\b)/gi, (m: string, verb: string, gap: string, word: string) => `${verb}${gap}${inCaseOf(word, 'deemed')} ${word}`),
};

/**
 * A notice of non-renewal named as a "non-renewal notice", as drafters also write it: "written notice of non-renewal" →
 * "a written non-renewal notice", "notice of nonrenewal" → "a non-renewal notice" (where "a" or "the" already stands
 * before it, no second article). Who gives it and how long before the end stay, so the renewal notice does.
 */
const noticeNonRenewalNoun: Perturbation = {
  name: 'notice-non-renewal-noun',
  what: '"(written) notice of non-renewal" written "a (written) non-renewal notice"',
  apply: (text) =>
    text.replace(/\b(?:(a|an|the|its|such)\s+)?((?:prior\s+)?(?:written\s+)?)notice\s+of\s+non-?\s?renewal\b(?!\s+of\b)/gi, (m: string, article: string | undefined, kind: string, at: number, all: string) => {
      // After a length ("180 days' notice of non-renewal") the length is the article: "180 days' non-renewal notice".
      const afterLength = !article && /['’]\s*$/.test(all.slice(Math.max(0, at - 3), at));
      const out = `${afterLength ? '' : `${article ?? 'a'} `}${kind}non-renewal notice`;
      return m === m.toUpperCase() ? out.toUpperCase() : out;
    }),
};

// session 39 generality: term, renewal, notice and law wording of other drafters

/**
 * The two verbs of a governing-law clause in the other order, as many drafters write them: "governed by and construed in
 * accordance with" → "construed in accordance with and governed by" ("interpreted under", "construed under" alike),
 * before the law it names. The law named stays.
 */
const lawConstruedFirst: Perturbation = {
  name: 'law-construed-first',
  what: '"governed by and construed (interpreted) in accordance with (under)" with its verbs the other way round',
  apply: (text) =>
    text.replace(/\bgoverned\s+by,?\s+and\s+(construed|interpreted)\s+(in\s+accordance\s+with|under),?(?=\s+(?:the\s+)?(?:(?:internal|substantive|domestic)\s+)?laws?\b)/gi, (m: string, verb: string, how: string) =>
      m === m.toUpperCase() ? `${verb} ${how.replace(/\s+/g, ' ')} AND GOVERNED BY` : `${verb.toLowerCase()} ${how.replace(/\s+/g, ' ').toLowerCase()} and governed by`,
    ),
};

/**
 * "the laws of X" in a clause that says what governs written "the substantive laws of X", as many US drafters write it
 * beside a conflict-of-laws exclusion. Only where no "internal", "substantive" or "domestic" stands already; the place stays.
 */
const lawSubstantive: Perturbation = {
  name: 'law-substantive',
  what: 'in a governing-law clause, "the laws of X" written "the substantive laws of X"',
  apply: (text) => text.replace(/(\bgovern(?:ed|s|ing)?\b[^.;]{0,100}?\bthe\s+)(laws?\s+of\b)/gi, (m: string, lead: string, laws: string) => `${lead}${inCaseOf(laws, 'substantive')} ${laws}`),
};

/**
 * A governing-law clause that says the law governs alone: "shall be governed by the laws of X" → "shall be governed
 * exclusively by the laws of X". Only where a law is named within the next 150 characters of the sentence; the law stays.
 */
const lawExclusively: Perturbation = {
  name: 'law-exclusively',
  what: 'in a governing-law clause, "governed by" written "governed exclusively by"',
  apply: (text) => text.replace(/\b(governed)(\s+)(by)\b(?=[^.;]{0,150}\blaws?\b)/gi, (m: string, governed: string, gap: string, by: string) => `${governed}${gap}${inCaseOf(by, 'exclusively')} ${by}`),
};

/**
 * The law chosen as "the laws in force in X", as English and Canadian drafters write it: "the laws of Manitoba" →
 * "the laws in force in Manitoba". Only in a clause that says what governs, before a capitalised place (after any
 * "the State of" or "the Province of"); the place stays.
 */
const lawInForceIn: Perturbation = {
  name: 'law-in-force-in',
  what: 'in a governing-law clause, "the laws of X" written "the laws in force in X"',
  apply: (text) =>
    // The place after "of" (and any "the State of") must start with a capital: "the laws of such place" is no place named.
    text.replace(/(\bgovern(?:ed|s|ing)?\b[^.;]{0,100}?\bthe\s+(?:(?:internal|substantive|domestic)\s+)?)(laws?)(\s+)of(\s+)(?=(?:the\s+)?(?:(?:state|commonwealth|province|republic)\s+of\s+)?([A-Za-z]))/gi, (m: string, lead: string, laws: string, g1: string, g2: string, initial: string) =>
      /[A-Z]/.test(initial) ? `${lead}${laws}${g1}${inCaseOf(laws, 'in force in')}${g2}` : m,
    ),
};

/**
 * A term without end said "unless and until terminated", as many drafters write it: "shall continue until terminated"
 * → "shall continue unless and until terminated" ("until sooner terminated", "until it is terminated" alike). The term
 * runs until an ending either way, so the expiration stays.
 */
const termUnlessUntil: Perturbation = {
  name: 'term-unless-until',
  what: '"until (sooner) terminated" written "unless and until (sooner) terminated"',
  apply: (text) => text.replace(/(?<!\bunless\s+and\s+)\b(until)(?=\s+(?:(?:sooner|earlier|otherwise)\s+|it\s+is\s+|(?:this|the)\s+agreement\s+is\s+)?terminated\b)/gi, (m: string) => inCaseOf(m, 'unless and until')),
};

/**
 * A term of whole years from the contract's start said with both its ends: "for a period of four (4) years from the
 * Effective Date" → "for a term commencing on the Effective Date and ending on the fourth anniversary of the Effective
 * Date". The start plus N years is the Nth anniversary, so the end stays; only up to twenty years, and only from the
 * contract's own start (as `term-anniversary`).
 */
const termCommencingEnding: Perturbation = {
  name: 'term-commencing-ending',
  what: 'a term of N years from the contract\'s start written "for a term commencing on S and ending on the Nth anniversary of S"',
  apply: (text) =>
    rewriteYearsFromStart(text, (m, n, start) => `${inCaseOf(m, 'for a term commencing on ')}${start} ${inCaseOf(m.slice(-1), `and ending on the ${ORDINAL_WORDS[n]} anniversary of`)} ${start}`),
};

/**
 * Renewal periods with their length after the noun, as many drafters write them: "for successive one (1) year periods"
 * → "for successive periods of one (1) year", "for additional two-year renewal terms" → "for additional renewal terms of
 * two years". The adjective ("successive", "consecutive", "additional") and the length stay, so the renewal does.
 */
const RENEWAL_PERIODS_ADJ = new RegExp(String.raw`\bfor\s+(successive|consecutive|additional|subsequent|further)\s+${LENGTH_OF}(year|month)\s+((?:renewal\s+)?(?:periods|terms))\b`, 'gi');
const renewalPeriodsOf: Perturbation = {
  name: 'renewal-periods-of',
  what: 'renewal periods with the length after the noun ("for successive one (1) year periods" → "for successive periods of one (1) year")',
  apply: (text) =>
    text.replace(RENEWAL_PERIODS_ADJ, (m: string, adjective: string, number: string, digits: string | undefined, _gap: string, unit: string, noun: string) => {
      const one = /^(?:one|1)$/i.test(number);
      const out = `for ${adjective} ${noun} of ${number}${digits ?? ''} ${unit}${one ? '' : 's'}`;
      return m === m.toUpperCase() ? out.toUpperCase() : out.replace(/^for/, inCaseOf(m, 'for'));
    }),
};

/**
 * A notice of non-renewal named as an election, as many drafters write it: "written notice of non-renewal" → "written
 * notice of its election not to renew", "notice of its intention not to renew" → "notice of its election not to renew".
 * Who gives it and how long before the end stay, so the renewal and its notice do.
 */
const noticeElection: Perturbation = {
  name: 'notice-election',
  what: '"notice of non-renewal" and "notice of (its) intention not to renew" written "notice of its election not to renew"',
  apply: (text) =>
    text
      .replace(/\b(notice\s+of\s+)non-?\s?renewal\b(?!\s+of\b)/gi, (m: string, lead: string) => `${lead}${inCaseOf(m.slice(lead.length), 'its election not to renew')}`)
      .replace(/\b(notice\s+of\s+)(?:(its|their)\s+)?(?:intention|intent)(?=\s+not\s+to\s+(?:renew|extend)\b)/gi, (m: string, lead: string, its: string | undefined) => `${lead}${inCaseOf(m.slice(lead.length), `${its ?? 'its'} election`)}`),
};

/** A length in months that is a whole number of years and a half: the number, its digits in brackets, the unit (plural only). */
const HALF_YEAR_MONTHS = new RegExp(String.raw`(?<![\w.,$(/-])(${LENGTH_NUMBER})(\s*\(\d{1,2}\))?\s+(months)\b(?!['’]|\s+(?:period|term|notice)\b)`, 'gi');

/**
 * A length of 12N + 6 months written as N and a half years, as many drafters count a term: "eighteen (18) months" →
 * "one and one-half (1 1/2) years", "thirty (30) months" → "two and one-half (2 1/2) years", "42 months" → "3.5 years".
 * Only a plural noun ("an eighteen-month term" and "eighteen months' notice" stay), a number whose words and digits
 * agree, and up to 20 years. The length is the same, so every value read from it is.
 */
const monthsAsHalfYears: Perturbation = {
  name: 'months-as-half-years',
  what: 'a length of 12N + 6 months written as N and a half years ("thirty (30) months" → "two and one-half (2 1/2) years", "42 months" → "3.5 years")',
  apply: (text) =>
    text.replace(HALF_YEAR_MONTHS, (m: string, number: string, digits: string | undefined, unit: string) => {
      const n = /^\d/.test(number) ? Number(number) : wordsValue(number);
      if (!n || n < 18 || n > 246 || n % 12 !== 6 || (digits && Number(/\d+/.exec(digits)![0]) !== n)) return m;
      const years = (n - 6) / 12;
      const word = inCaseOf(unit, 'years');
      if (/^\d/.test(number)) return `${years}.5 ${word}`;
      return `${inCaseOf(number, `${inWords(years)} and one-half`)}${digits ? ` (${years} 1/2)` : ''} ${word}`;
    }),
};

/** An end on a date: "shall expire (terminate, end) on June 30, 2018", "shall continue (remain in effect) until June 30, 2018" (no groups). */
const EXPIRES_ON_DATE = new RegExp(String.raw`\b(?:shall|will)\s+(?:(?:automatically\s+)?(?:expire|terminate|end)\s+on|(?:continue|remain)(?:\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?)?\s+(?:until|through))\s+(?:${MONTH_NAMES.join('|')})\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+(?:19|20)\d\d\b(?!\s*\()`, 'gi');

/** A sentence whose subject is the contract or its term: "This Agreement …", "The initial Term …", "(a) The Term of this Agreement …". */
const CONTRACT_SUBJECT = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:this\s+(?:agreement|contract)|the\s+(?:initial\s+)?term)\b/i;

/**
 * The contract's end date given a defined name, as many drafters name it: "This Agreement shall commence on … and shall
 * expire on June 30, 2018" → "… shall expire on June 30, 2018 (the "Expiration Date")" ("shall terminate on", "shall
 * continue in full force and effect until" alike). Only the first such end in a
 * sentence whose subject is the agreement or its term (a right's end, "exclusivity shall expire on …", named "the
 * Expiration Date" would be read as the contract's), and only in a text that does not define an "Expiration Date"
 * already; the date stays, so the expiration does.
 */
const expiryDateDefined: Perturbation = {
  name: 'expiry-date-defined',
  what: 'the first "shall expire on DATE" (or "terminate on", "continue until") in a sentence about the agreement or its term followed by (the "Expiration Date"), where no "Expiration Date" is defined',
  apply: (text) => {
    if (/["“]Expiration\s+Date["”]/i.test(text)) return text;
    for (const m of text.matchAll(EXPIRES_ON_DATE)) {
      const before = text.slice(Math.max(0, m.index - 400), m.index);
      const sentence = before.slice(before.search(/(?:[.;:]\s|\n)(?!.*(?:[.;:]\s|\n))/s) + 1);
      if (!CONTRACT_SUBJECT.test(sentence)) continue;
      const caps = m[0] === m[0].toUpperCase();
      const at = m.index + m[0].length;
      return `${text.slice(0, at)} ${caps ? '(THE "EXPIRATION DATE")' : '(the "Expiration Date")'}${text.slice(at)}`;
    }
    return text;
  },
};

// --- session 40 generality (probe40): a place's law in the possessive, formal dates "in the year", notice "not later than"

/**
 * "governed by the laws of the State of Ohio" becomes "governed by Ohio's laws", a possessive some drafters use
 * ("Oregon's substantive laws"). Only in a clause that says what governs, with the place's name whole (as law-short);
 * the place stays, so the governing law does.
 */
const lawPossessive: Perturbation = {
  name: 'law-possessive',
  what: 'in a governing-law clause, "the laws of the State of X" written "X\'s laws"',
  apply: (text) => text.replace(LAWS_OF, (m: string, lead: string, place: string) => (/^(?:The|This|That|Such|Any|Each)$/.test(place.split(/\s+/)[0]!) ? m : `${lead}${place}'s laws`)),
};

/**
 * "June 1, 2010" becomes "the 1st day of June in the year 2010", the formal order of deeds with the year said as such.
 * A "the" already before the date is not doubled; the day, month and year stay, so every labelled date does.
 */
const dateInTheYear: Perturbation = {
  name: 'date-in-the-year',
  what: 'every "Month D, YYYY" written "the Dth day of Month in the year YYYY"',
  apply: (text) =>
    text.replace(new RegExp(`(\\bthe\\s+)?${MONTH_DAY_YEAR.source}`, 'gi'), (m: string, the: string | undefined, month: string, day: string, year: string) =>
      +day >= 1 && +day <= 31 ? `${the ?? 'the '}${ordinal(+day)} day of ${month} in the year ${year}` : m,
    ),
};

/**
 * A lead time's minimum said as a deadline: "at least ninety (90) days prior to" / "not less than 60 days before" →
 * "not later than ninety (90) days prior to", "not later than 60 days before" (a notice given by then is given at least
 * that long before). Only before "prior to", "before" or "in advance of"; the length stays, so every notice period does.
 */
const noticeNotLaterThan: Perturbation = {
  name: 'notice-not-later-than',
  what: '"at least (not less than, no less than) N days prior to" written "not later than N days prior to"',
  apply: (text) =>
    text.replace(
      new RegExp(String.raw`\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than)(?=\s+${LENGTH_OF}(?:calendar\s+|business\s+)?(?:days|months)\s+(?:prior\s+to|before|in\s+advance\s+of)\b)`, 'gi'),
      (m: string) => inCaseOf(m, 'not later than'),
    ),
};

export const PERTURBATIONS: readonly Perturbation[] = [quotesCurly, wrap72, pageBreaks, dateDmy, dateOrdinal, dateNumeric, numbersDigits, numbersWords, typesetPdf, capsOpening, shallWill, lawShort, definedHereinafter, openingRephrase, coverNoise, termSynonyms, termInForce, titleCase, lawConstrued, yearsAsMonths, partyAddresses, renewalWords, termAnniversary, entityFormsSpelled, partiesNumbered, effectFrom, throughIncluding, nbspSpaces, doubleSpaces, monthAbbrev, britishSpelling, incComma, definedThe, definedSingle, tocCover, headingSynonyms, recitalsCase, attachedForm, coverPage, partiesAffiliates, shortNameAlias, partiesSemicolons, renewalYearToYear, effectiveDefinedLater, venueElsewhere, noticeInWriting, ligatures, softHyphens, unicodeDashes, hyphenWrap, tabsInline, unicodeSpaces,
  // session 29 drafting
  lawConflictsVariants, noticeBeforeEnd, termPeriodPhrasing, sectionRefs, eitherPartyHereto, partiesEachAParty, daysCalendar, lawUsa, lawActive,
  // session 29 parties
  partyJurisdictionForms, partyPrincipalOffice, partyRoleWords, partiesOneHand, partyActingThrough,
  // session 30 layouts and clause orders
  doubleSpaced, runningHeaders, numberingStyles, renewalConditionFirst, openingDateAfterParties, dateNoComma, termCommenceEnd, lawCaps,
  // session 30 PDF layouts
  typesetPdfDouble, typesetPdfIndent, typesetPdfRagged, typesetPdfHeader,
  // session 31
  termPresentTense, partyFormedOn, lawSubjectTo, openingDatedTitle, renewalExtended, noticeMinimum, partiesEitherOf,
  // session 32
  openingMadeThisDay, partiesBetweenBlock, partiesAndLine, termExpiringAnniversary, termEndTime, lawInternal,
  // session 33 dates
  effectiveSuchDate,
  // session 33 parties
  openingPartiesAgree,
  // session 33 generality
  dateOrdinalSuffix, lawSingular, partyCompanyNumber, headingsCaseRunIn, dateDayWords,
  // session 34 generality
  numbersDigitsFirst, lawStateLowercase, periodCompound, daysNoApostrophe, lawScope, hereofToggle,
  // session 36 generality
  dateWeekday, startAndIncluding,
  // session 37 generality
  dateIso, dateDmyOrdinal, dateDotted, effectiveAsAt, commencementDate, lawApplicable, renewalTacit, noticeOfLength,
  // session 37 parties and title
  partiesAmongSwap, partiesShortNameFirst, partiesAddressLines, titleTwoLines,
  // session 38 generality
  monthsAsYears, lawAllRespects, lawCommonwealth, lawContractsWithin, endExpireTerminate, noticeOrMore, noticeInAdvance, renewalWithoutAction, dateAboveWritten, expiryNoun, effectiveDeemed, noticeNonRenewalNoun,
  // session 39 generality
  lawConstruedFirst, lawSubstantive, lawExclusively, lawInForceIn, termUnlessUntil, termCommencingEnding, renewalPeriodsOf, noticeElection, monthsAsHalfYears, expiryDateDefined,
  // session 40 generality
  lawPossessive, dateInTheYear, noticeNotLaterThan,
  // session 44 generality
  applyBinding,
  // Word documents
  typesetDocxPlain, typesetDocxNumbered, typesetDocxStyles, typesetDocxNs0Hidden, typesetDocxDefaultsHiddenRewrite, typesetDocxChunkRewrite,
];

/**
 * The named rewrite, or an error listing the names there are. Names joined by "+" ("date-dmy+caps-opening")
 * apply one after another, as a contract drafted in several unfamiliar habits at once would read; a
 * rewrite that typesets a PDF can only come last.
 */
export function perturbationNamed(name: string): Perturbation {
  const parts = name.split('+').map((n) => n.trim());
  const found = parts.map((n) => {
    const p = PERTURBATIONS.find((q) => q.name === n);
    if (!p) throw new Error(`Unknown perturbation "${n}"; there are: ${PERTURBATIONS.map((q) => q.name).join(', ')}`);
    return p;
  });
  return found.length === 1 ? found[0]! : composed(found);
}

function composed(steps: readonly Perturbation[]): Perturbation {
  const folds = steps.flatMap((p) => (p.fold ? [p.fold] : []));
  return {
    name: steps.map((p) => p.name).join('+'),
    what: steps.map((p) => p.what).join('; then '),
    apply: (text) => {
      let t = text;
      for (const [i, p] of steps.entries()) {
        const out = p.apply(t);
        if (typeof out === 'string') t = out;
        else if (i === steps.length - 1) return out;
        else throw new Error(`"${p.name}" typesets a PDF, so it must be the last rewrite`);
      }
      return t;
    },
    ...(steps.at(-1)?.file ? { file: steps.at(-1)!.file! } : {}),
    ...(steps.some((p) => p.caseless) ? { caseless: true } : {}),
    ...(folds.length ? { fold: (value: string) => folds.reduce((v, f) => f(v), value) } : {}),
  };
}
