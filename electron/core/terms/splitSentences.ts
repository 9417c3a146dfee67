/**
 * Sentence splitting tuned for contracts: "Inc.", "No.", "U.S.", "Sec. 4.2" and clause numbers such
 * as "(a)" or "4.2." must not end a sentence, while lower-cased, punctuation-poor text (as in the
 * plain-English evaluation set) still splits on ". ".
 */

// Abbreviations that end with a period inside a sentence (lower-case, without the final dot); "rs" is
// the rupee before its amount ("Rs. 5,00,000"), "messrs" the title before the names it goes with.
const ABBREVIATIONS = new Set([
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'lp', 'llp', 'no', 'nos', 'sec', 'secs', 'art', 'arts', 'para',
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'rs', 'dr', 'st', 'jr', 'sr', 'vs', 'v', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'n.a', 'l.p',
  'l.l.c', 'approx', 'dept', 'est', 'fig', 'ex', 'exh', 'sch', 'cl', 'pp', 'p', 'viz', 'cf', 'al', 'ave',
  'blvd', 'ste', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * A word that opens a sentence and cannot go on a name or a number before it: an article, a
 * demonstrative or a pronoun, a quantifier, or a word that opens a condition or a link between
 * sentences. Capitalised and not all capitals (in text set in capitals, "INC. THE UNIVERSITY OF …" is
 * one name after another); not "A" or "No", which also label ("Schedule A", "No. 5"); and not when a
 * colon or a stop follows it, as a signature block's labels do ("Acme, Inc. Its: President").
 */
const SENTENCE_OPENER =
  /^(?:The|This|These|Those|Each|Every|Any|All|Such|Neither|Either|Nothing|None|It|They|We|You|Our|Your|Their|If|In|Upon|Unless|Until|Except|Notwithstanding|Subject|Provided|Where|When|Whenever|While|Although|However|Additionally|Accordingly|Furthermore|Moreover|Thereafter|Otherwise)\b(?![.:])/;

// Abbreviations after which any word may come, even one that opens a sentence: a pointer to an example
// or a source ("e.g. The Times"), "v." between the names of a case ("Smith v. The State"), a title before
// a name, and "Rs." before its amount.
const GOES_ON_INTO_ANYTHING = new Set(['e.g', 'i.e', 'cf', 'viz', 'v', 'vs', 'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'rs']);

/** The full stop after an abbreviation that goes on into the sentence ("Dec. 1", "Acme Co. and", "Sec. 4"). */
const ABBREVIATION_DOT = /\b([A-Za-z]+(?:\.[A-Za-z])*)\.(?=\s+[a-z0-9(])/g;

/**
 * The sentence with each full stop that closes an abbreviation inside it ("shall take effect on Dec. 1,
 * 2015 and shall expire on …", "between Acme Co. and Beta") written as a space, the same length: a rule
 * that looks for words "within the sentence" with [^.] reads on past it, as a reader does.
 */
export function withoutAbbreviationDots(text: string): string {
  return text.replace(ABBREVIATION_DOT, (m: string, word: string) => (ABBREVIATIONS.has(word.toLowerCase()) ? `${word} ` : m));
}

/** One sentence and where it starts in the text it was split from. */
export interface SentenceSpan {
  text: string;
  start: number;
}

// Also a boundary: in text that lost its punctuation, a bare two-level clause number between a
// word and the opening of a new statement ("… from google 10 2 your use of the sdk …"). A version
// number ("attribution 3 0 license") is followed by no such opening word.
const BOUNDARY = /[.!?]["”’)\]]*\s+|(?<=[a-z])\s+(?=\d{1,2} \d{1,2} (?:the|your|you|we|our|if|any|each|all|no|in|this|these|unless|except|subject|notwithstanding)\b)/g;

/** Splits text into sentences; never returns empty strings. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + 1);
    if (!isRealBoundary(before, text.slice(end, end + 40))) continue;
    pushSpan(spans, text, start, end);
    start = end;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (!trimmed) return;
  spans.push({ text: trimmed, start: start + raw.indexOf(trimmed) });
}

/** A time zone after "a.m." / "p.m.": "Eastern Time", "New York City time", "(Pacific Standard Time)", "EST", "GMT". */
const TIME_ZONE = /^\(?(?:(?:[A-Z][a-z]+\s+){1,3}[Tt]ime\b|(?:[ECMPA][SD]?T|ET|PT|CT|MT|GMT|UTC|BST|CET|CEST|HKT|JST|SGT)\b)/;

// Units of measure written with a stop ("lbs.", "sq. ft."), read as abbreviations only after a number.
const UNITS = new Set(['lbs', 'lb', 'oz', 'ft', 'sq', 'hrs', 'hr', 'yds', 'yd', 'kgs', 'gal', 'pcs', 'mos', 'yrs', 'mins', 'cu']);
// A single capital as a label: closing a list of letters ("coverages A, B and C.").
const LETTER_LABEL = /\b[A-Z],?\s+(?:and|or|and\/or)\s+[A-Z]\.$/;

// An amount (a currency sign or code, then a figure) or a part's number after its name (or the last of
// a list of them, "Sections 9.1. or 9.2"), then the stop.
const FIGURE_GOES_ON = /(?:(?:[$€£¥]|\b(?:US\$|USD|EUR|GBP|CAD|AUD|Rs\.?)\s?)\d[\d,]*(?:\.\d+)?|\b(?:sections?|articles?|clauses?|paragraphs?|schedules?|exhibits?|appendix|appendices|annex(?:es)?)\s+\d+(?:\.\d+)*(?:\.?,?\s+(?:and|or|to|through)\s+\d+(?:\.\d+)*)*)\.$/i;

/**
 * How much of the sentence so far the checks below read: each looks at the last few words before the
 * stop, and a pattern anchored at the end ("…\.$") is tried from every earlier position, so reading the
 * whole sentence at every stop made a long run of stops that do not end it ("Acme Inc. and Acme Inc.
 * and …") cost the square of its length.
 */
const BEFORE_WINDOW = 200;

function isRealBoundary(whole: string, after: string): boolean {
  if (!whole.endsWith('.')) return true;
  const before = whole.length > BEFORE_WINDOW ? whole.slice(-BEFORE_WINDOW) : whole;
  const lastWord = /([A-Za-z][A-Za-z.]*|\(?[0-9ivxlcA-Za-z]{1,4}\)?)\.$/.exec(before)?.[1] ?? '';
  const word = lastWord.replace(/^\(/, '').replace(/\)$/, '').toLowerCase();
  // An abbreviation, or initials written with dots, before a word that only opens a sentence ("… sold in
  // the U.S. The Grower shall …", "Acme, Inc. These shares …", "tents, poles, ropes, etc. Upon expiry …"):
  // no name and no number goes on with "The" or "Upon", so the stop is the sentence's own.
  if (SENTENCE_OPENER.test(after) && !GOES_ON_INTO_ANYTHING.has(word) && (ABBREVIATIONS.has(word) || /^(?:[a-z]\.){1,4}[a-z]$/.test(word))) return true;
  if (ABBREVIATIONS.has(word)) return false;
  // A unit after a number goes on into the sentence when a lower-case word or a figure follows
  // ("… purchase 30,000 lbs. of barley …", "2 hrs. per week"); before a capital it may end one.
  if (UNITS.has(word) && /\d\s*[A-Za-z]+\.$/.test(before) && /^[a-z0-9(]/.test(after)) return false;
  // A time of day goes on into lower-case words or its time zone: "at 11:59 p.m. on …", "until 5:00 p.m.
  // Pacific Time on …", "5:00 p.m. EST".
  if ((word === 'a.m' || word === 'p.m') && (/^[a-z(]/.test(after) || TIME_ZONE.test(after))) return false;
  // Without an hour before it, "A.M." is a name's initials, not a time ("an A.M. Best rating of A-",
  // "rated by A.M. Best"): a time of day is written after its number ("5:00 p.m.", "9 a.m.", "noon").
  if ((word === 'a.m' || word === 'p.m') && !/(?:\d|\bnoon|\bo'clock)\s*[ap]\.m\.$/i.test(before)) return false;
  // Initials written with dots ("U.N. Convention", "Acme (U.S.A.) Inc.", "Foo S.A. and Bar B.V.",
  // "the P.R.C. Ministry") belong to a name, like "U.S." above; "a.m."/"p.m." were decided just before.
  if (/^(?:[a-z]\.){1,4}[a-z]$/.test(word) && word !== 'a.m' && word !== 'p.m') return false;
  // A single capital letter ("J. Smith", "Schedule A.") followed by a capital is usually an initial.
  // Not after an apostrophe: that is a possessive set in capitals ("Termination by MAPLE’S. The …").
  // Nor at the end of a list of letters ("… coverages A, B and C. The insurer …"): there the letter is
  // a label.
  if (/^[A-Z]$/.test(lastWord) && /^[A-Z]/.test(after) && LETTER_LABEL.test(before)) return true;
  if (/^[A-Z]$/.test(lastWord) && /^[A-Z]/.test(after) && !/['’][A-Z]\.$/.test(before)) return false;
  // A reference to an item, written with its parentheses and then the stop ("… the kits in (a) or (b).
  // The Grower …"), ends the sentence before an opener: a marker that opens an item inside the
  // sentence has no stop after its closing parenthesis.
  if (SENTENCE_OPENER.test(after) && /[A-Za-z]{2,}\W+\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\.$/.test(before)) return true;
  // A list marker after a word that cannot end a sentence ("a licence to 1. access …, and 2. use …")
  // opens an item inside the sentence, it does not close one.
  if (/\b(?:to|and|or|nor|of|the|an|for|with|by|in|on|at|from|as|that|which|not|than|into|including|such|either|whether|if)\s+\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)?\.$/i.test(before)) return false;
  // A figure that cannot end the sentence: an amount ("a service fee of $180,000. per year") or the
  // number of a part of the document ("as set out in Section 4.2.1. for any reason",
  // "Sections 9.1. or 9.2. herein") goes on into a lower-case word. Only in text with capitals:
  // in lower-cased text a lower-case word after a stop marks nothing.
  if (/^[a-z]/.test(after) && /[A-Z]/.test(before) && FIGURE_GOES_ON.test(before)) return false;
  // Clause numbers at the start of the text so far ("4.2." or "(a).") are not sentences.
  if (/^\s*(\(?[0-9]+(\.[0-9]+)*\)?|\([a-z]{1,4}\))\.$/i.test(whole)) return false;
  return true;
}
