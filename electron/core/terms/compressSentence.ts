/**
 * Trims what a summary reader does not need from a sentence picked for the extractive summary,
 * without changing what it says: the point's own citation already names the page and clause, so
 *  - a clause title run in with a spaced dash ("Right to Audit - …") is dropped;
 *  - a leading enumerator or clause number ("(a) ", "(dd) ", "c. ", "(iv) ", "4.2 ", "12.Time", and in
 *    text that lost its punctuation "6 1 " or a lone "c ") is dropped;
 *  - a page number the extractor glued to the start of the text from a page's header or footer
 *    ("8 (f) within …", "13 Indemnitor will …") is dropped: a sentence never opens with a bare
 *    numeral before a name or an item, except a quantity ("30 Business Days after …"), which stays;
 *  - a list item picked on its own ends cleanly: its closing "; and", "; or" or ";" becomes a full stop,
 *    and a doubled full stop at the end ("purposes..") is shown as one;
 *  - a parenthesised pointer to another place in the document ("(as defined in Section 2.1)",
 *    "(see Exhibit B)", "(Section 4.2)", "(as set forth below)") is dropped, as are the bare
 *    pointers "as set forth below/above" and "see below/above".
 * Everything that qualifies the sentence stays: "subject to Section 9", "except as provided in
 * Section 4", "pursuant to …", "to the extent permitted by law", "including but not limited to",
 * statute citations and defined-term parentheses. A sentence that would lose most of its words is
 * returned unchanged.
 */

// "(a) ", "(dd) " (lists past "(z)"), "(iv) ", "(12) ", "a) ", "5) ", "c. ", "iv. ", "4.2 ", "4.2. ", "16A.1 ",
// "4. ", and "12.Time …" where the space after the number was lost; "Section 4.2 " is not an enumerator.
// A nested start ("(a) (i) The …") loses both.
const LEADING_MARKER = /^(?:\((?:([a-z])\1?|[ivx]{1,5}|\d{1,3})\)|(?:[a-z]|[ivx]{2,5}|\d{1,3})\)|(?:[a-z]|[ivx]{2,5})\.|\d{1,3}[a-z]?(?:\.\d{1,3})+\.?|\d{1,3}\.)\s+/i;
const NUMBER_WITHOUT_SPACE = /^\d{1,3}\.(?=\p{Lu}(?:\p{Lu}|\p{Ll}{2}))/u;
// A page number glued to the text: a bare numeral before a capitalised word or an item marker. A
// numeral that counts something ("30 Business Days", "10 Shares") is the sentence's own.
const GLUED_PAGE_NUMBER = /^\d{1,3}\s+(?=\p{Lu}|\((?:[a-z]{1,2}|[ivx]{1,5})\)\s)/u;
const COUNTED = /^\d{1,3}\s+(?:business|calendar|working|days?|weeks?|months?|years?|hours?|minutes?|percent|per|shares?|units?|copies|dollars?|cents?|million|billion|thousand|hundred|times)\b/i;
// A list item picked on its own: "…; and", "…; or", "…;" at the end.
// (Read from the start of a run of spaces, and with one run of spaces where the joining word is
// missing: a long run of spaces is then read once, not once for each place it could start or split.)
const LIST_JOIN_END = /(?<!\s)\s*;\s*(?:(?:and|or|and\/or)\s*)?$/i;
// Text without punctuation (lower-cased, stripped corpora): "6 1 in order to …", "10 2 your use …".
const LEADING_BARE_NUMBER = /^\d{1,2}(?: \d{1,2}){1,2} (?=[a-z])/;
// A lone letter before a word: English has no one-letter words but "a" and "I", so "c you may …" is item c.
const LEADING_BARE_LETTER = /^[b-hj-z] (?=[a-z]{2})/;

const PLACE = String.raw`(?:section|sections|clause|clauses|article|articles|paragraph|paragraphs|exhibit|exhibits|schedule|schedules|appendix|appendices|annex|annexes|attachment|§{1,2})`;
// "(as defined in Section 2.1)", "(see Exhibit B)", "(as described below)", "(Section 4.2)", "(see Sections 3 and 4)".
const PARENTHESISED_POINTER = new RegExp(
  String.raw`(?<!\s)\s*\((?:(?:as\s+)?(?:defined|described|set\s+(?:forth|out)|specified|provided|referred\s+to)(?:\s+(?:in|under|at))?|see(?:\s+also)?|cf\.?)?\s*(?:${PLACE}\s*[\w.()-]+(?:\s*(?:,|and|or|through|to)\s*[\w.()-]+)*(?:\s+(?:above|below|hereof|hereto|of\s+this\s+\w+))?|below|above|herein|hereof)\)`,
  'gi',
);
// Openers that only announce the sentence ("For the avoidance of doubt, …", "Please note that …").
const ANNOUNCING = /^(?:for\s+(?:the\s+)?(?:avoidance\s+of\s+doubt|clarity|(?:the\s+)?purposes?\s+of\s+clarity)|please\s+note\s+that)\s*,?\s+/i;
// A clause title run into its text with a dash ("Right to Audit - The Customer may …", "License – Each
// party grants …"): up to five words in title case before a spaced dash and a capital. The
// citation already names the clause; a dash between two sentences' words is never spaced so.
const DASHED_TITLE = /^\p{Lu}[\p{L}'’]*(?:\s+(?:\p{Lu}[\p{L}'’]*|of|to|and|or|the|for|in|on|by)){0,4}\s+[-–—]\s+(?=\p{Lu})/u;
// Bare pointers that only tell the reader to look elsewhere.
const BARE_POINTER = /(?:,\s*)?\b(?:as\s+set\s+(?:forth|out)\s+(?:below|above)|see\s+(?:below|above))\b(?:\s*,)?/gi;

/** The sentence without enumerators and pointers to other places, or unchanged when trimming would gut it. */
export function compressSentence(sentence: string): string {
  let t = sentence.trim();
  const before = t.split(/\s+/).length;
  if (!COUNTED.test(t)) t = t.replace(GLUED_PAGE_NUMBER, '');
  t = t.replace(LEADING_MARKER, '').replace(LEADING_MARKER, '').replace(NUMBER_WITHOUT_SPACE, '').replace(LEADING_BARE_NUMBER, '').replace(LEADING_BARE_LETTER, '').replace(DASHED_TITLE, '').replace(ANNOUNCING, '');
  t = t.replace(PARENTHESISED_POINTER, '');
  // Only the spacing where a pointer was taken out is tidied; the rest of the text stays as written.
  t = t
    .replace(BARE_POINTER, '\uE000')
    .replace(/(?<!\s)\s*\uE000\s*([,.;:)]?)/g, (_, p: string) => p || ' ')
    .replace(/^[,;:]\s*/, '')
    .replace(LIST_JOIN_END, '.')
    // A doubled stop at the end ("… racing purposes..", "… Warner Chilcott, Inc..") is a typing slip
    // or an abbreviation's stop before the sentence's: one is shown. An ellipsis ("...") stays.
    .replace(/(?<!\.)\.\.\s*$/, '.')
    .trim();
  if (!t || t.split(/\s+/).length < Math.max(3, before / 2)) return sentence.trim();
  // A sentence that opened with a capital ("Please note that fees …") still does.
  return /^\P{L}*\p{Lu}/u.test(sentence) && /^\p{Ll}/u.test(t) ? t[0]!.toUpperCase() + t.slice(1) : t;
}
