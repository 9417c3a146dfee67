/**
 * Whether a sentence leans on the one before it and means little alone: it opens with a connective
 * ("However", "Furthermore", "Notwithstanding the foregoing"), a back-reference ("Such …", "The
 * foregoing …", "This …", "It …", "In that case", and within its first words "Any such …", "Without
 * limiting the foregoing"; "aforementioned" anywhere), or a sub-item marker ("(b)", "ii.") that continues a list; an opening
 * "(a)" or "1." is looked past, as is a page number the extractor glued before a marker ("8 (f) …"
 * is item (f)). A text that opens inside a parenthesis ("(solely for the purposes …") is the rest
 * of a sentence begun elsewhere, as is one that opens with an aside already closed ("(US$5,000), and
 * …"). An extractive summary never shows such a sentence out of its context.
 */

/**
 * The words at the start (after an optional clause number "4.2"):
 *  - connectives that continue an argument: however, furthermore, moreover, additionally, also,
 *    alternatively (the alternative to what was said), accordingly, therefore, thus, hence, otherwise, nevertheless, instead, similarly, likewise, then;
 *  - openers that point back: such, said, the foregoing, the same, this/these/that/those/it/they/
 *    thereafter/thereupon/in such case(s)/event(s)/in that case/in addition/as a result/in this regard,
 *    notwithstanding the foregoing, except as aforesaid; "Further," (the connective, with its comma:
 *    not "Further assurances"), "To this end", "For this purpose": what end or purpose, the
 *    sentence alone does not say;
 *  - "and"/"or"/"but"/"provided"; and, in text that keeps its capitals, a lower-case start
 *    (a fragment cut from a longer sentence).
 */
const LEANS_BACK = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:however|furthermore|moreover|additionally|alternatively|also|accordingly|therefore|thus|hence|otherwise|nevertheless|nonetheless|instead|similarly|likewise|then|such|said|the\s+foregoing|the\s+same|(?:this|these|that|those)(?!\s+(?:agreement|contract|amendment|addendum|licen[cs]e|lease|section|clause|article|schedule|exhibit|appendix|annex|policy|document|website|site|service|privacy|terms)\b)|it|its|they|their|thereafter|thereupon|in\s+(?:such|that|this|which)\s+(?:case|event|regard)s?|in\s+addition|as\s+a\s+result|further(?=\s*,)|to\s+(?:this|that)\s+end|for\s+(?:this|that|such|these|those)\s+purposes?|notwithstanding\s+the\s+foregoing|except\s+as\s+aforesaid|and|or|but|provided(?:\s+that|,)?)\b/i;

/**
 * "(b) …", "(ii) …", "b) …", "ii. …": a sub-item that continues a list; "(a)" may open one and is kept.
 * Also a marker in parentheses glued to a lower-case word ("(ii)disclose only …"), where the
 * extractor lost the space after it.
 */
const SUB_ITEM = /^\(?(?:[b-z]|i{2,3}|iv|v|vi{1,3}|ix|x)\)\s|^(?:[b-z]|i{2,3}|iv|vi{0,3}|ix|x)\.\s|^\((?:[b-z]|i{2,3}|iv|vi{0,3}|ix|x)\)(?=\p{Ll})/iu;

// A run-in title in capitals with its colon, before the sentence it heads ("TERMINATION FOR CAUSE:
// Notwithstanding the foregoing, …"): looked past, like an opening "(a)". Two letters at least, and
// capitals only, so a sentence's own lead-in ("Payment: …", "Note: …") is not taken for one.
const RUN_IN_TITLE = /^[A-Z][A-Z0-9&'’/ -]*[A-Z][A-Z0-9&'’/ -]*:\s+/;
const TITLE_SUBJECT = /^(?:this|these|that|those|it|its|they|their)\b/i;

// The opening phrase before the first comma names what was said before ("In furtherance and not in
// limitation of the foregoing waiver, …", "Except as set out in the preceding paragraph, …"): past
// the three words REFERS_BACK_EARLY reads, when the phrase is short enough to be a lead-in.
const OPENING_PHRASE_WORDS = 10;
function opensOnWhatWasSaid(body: string): boolean {
  const comma = body.indexOf(',');
  if (comma < 0) return false;
  const phrase = body.slice(0, comma);
  return phrase.split(/\s+/).filter(Boolean).length <= OPENING_PHRASE_WORDS && /\bthe\s+(?:foregoing|preceding|aforesaid)\b/i.test(phrase);
}

/**
 * A back-reference in the opening words, after up to two others: "Any such changes …", "All such
 * reports …", "Upon such termination …", "For such a quarter …" ("such as" introduces examples and
 * is no reference), and "Without limiting the foregoing …", "Notwithstanding the preceding
 * sentence …", "Subject to the above …", and a "thereafter" or "thereupon" before the verb's object
 * ("The parties will thereafter meet …": after what, the sentence does not say).
 */
const REFERS_BACK_EARLY = /^(?:[\p{L}'’-]+\s+){0,2}such\b(?!\s+as\b)|^(?:[\p{L}'’-]+\s+){0,3}(?:the\s+(?:foregoing|preceding|above|aforesaid)|thereafter|thereupon)\b/iu;

// A word that names something said before, wherever it stands: "the aforementioned Schedule",
// "as aforesaid", "the above-mentioned notice".
const NAMES_WHAT_WAS_SAID = /\b(?:aforementioned|aforesaid|above-?mentioned)\b/i;

// "in this effort", "in these endeavours" anywhere in the sentence: which effort, the sentence alone
// does not say. ("for this purpose" is left: it often names a purpose the same sentence gave, "… for
// advertising purposes unless … a solution provided for this purpose".) An opening "For example," /
// "By way of example," gives an example of the rule the sentence before stated.
const THIS_EFFORT = /\bin\s+(?:this|that|these|those)\s+(?:efforts?|endeavou?rs?)\b|^(?:for\s+example|by\s+way\s+of\s+example|for\s+instance)\s*,/i;

// A leading "(a) " or "1. " opens a list, but what follows it may still lean back ("(a) Such payment …").
const LEADING_ITEM = /^(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)])\s+/i;

// A page number glued before an item marker: "8 (f) within …", "4 (b) The …".
const GLUED_PAGE_NUMBER = /^\d{1,3}\s+(?=\((?:[a-z]{1,2}|[ivx]{1,5})\)\s)/i;
// An opening parenthesis followed by a lower-case word that is no item marker: "(solely for …", "(with respect to …".
const INSIDE_PARENTHESIS = /^\((?!(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\))\p{Ll}/u;
// A parenthesis closed at the start, no item marker, then a comma, a semicolon or a lower-case word:
// "(US$25,000), and shall pay the rest …", "(the “Consultant”), and Acme Corp. …", "(or their
// alternates) attend each meeting.": the aside ended a sentence begun on the line before.
const AFTER_PARENTHESIS = /^\((?!(?:[a-z]{1,3}|[ivxl]{1,7}|\d{1,3}|[A-Z])\))[^()]{1,40}\)\s*(?:[,;]|\p{Ll})/u;

/** `cased`: the text keeps its capitals (a lower-case start then marks a fragment); false for lower-cased corpora. */
export function needsPrevious(sentence: string, options: { cased?: boolean } = {}): boolean {
  const t = sentence.trim().replace(GLUED_PAGE_NUMBER, '');
  if (!t) return true;
  if (options.cased !== false && (/^[a-z]/.test(t) || INSIDE_PARENTHESIS.test(t.replace(/^\d+(?:\.\d+)+\.?\s+|^\d+\.\s+/, '')) || AFTER_PARENTHESIS.test(t))) return true;
  if (SUB_ITEM.test(t)) return true;
  const item = t.replace(LEADING_ITEM, '');
  const body = item.replace(RUN_IN_TITLE, '');
  // Behind a title, a pronoun or "this" is read as the title's own subject ("WARRANTY: ITS Products
  // are …", "ENTIRE AGREEMENT: This Strategic Alliance Agreement …"), not as a reference back.
  const titleSubject = body !== item && TITLE_SUBJECT.test(body);
  return (!titleSubject && (LEANS_BACK.test(body) || THIS_EFFORT.test(body))) || REFERS_BACK_EARLY.test(body) || NAMES_WHAT_WAS_SAID.test(body) || opensOnWhatWasSaid(body);
}
