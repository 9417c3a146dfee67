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
 *    "Rather," (with its comma: "rather than" opens a comparison, not a reply to the sentence before),
 *    alternatively (the alternative to what was said), accordingly, therefore, thus, hence, otherwise, nevertheless, instead, similarly, likewise, then;
 *  - openers that point back: such, said, the foregoing, the same, this/these/that/those/it/they/
 *    thereafter/thereupon/in such case(s)/event(s)/in that case/in addition/as a result/in this regard,
 *    notwithstanding the foregoing, except as aforesaid; "Further," (the connective, with its comma:
 *    not "Further assurances"), "To this end", "For this purpose": what end or purpose, the
 *    sentence alone does not say;
 *  - "and"/"or"/"but"/"provided"; and, in text that keeps its capitals, a lower-case start
 *    (a fragment cut from a longer sentence).
 */
const LEANS_BACK = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:however|furthermore|moreover|additionally|alternatively|also|accordingly|therefore|thus|hence|otherwise|nevertheless|nonetheless|instead|rather(?=\s*,)|similarly|likewise|then|such|said|the\s+foregoing|the\s+same|(?:this|these|that|those)(?!\s+(?:agreement|contract|amendment|addendum|licen[cs]e|lease|section|clause|article|schedule|exhibit|appendix|annex|policy|document|website|site|service|privacy|terms)\b)|it|its|they|their|thereafter|thereupon|in\s+(?:such|that|this|which)\s+(?:case|event|regard)s?|in\s+addition|as\s+a\s+result|further(?=\s*,)|to\s+(?:this|that)\s+end|for\s+(?:this|that|such|these|those)\s+purposes?|notwithstanding\s+the\s+foregoing|except\s+as\s+aforesaid|and|or|but|provided(?:\s+that|,)?)\b/i;

/**
 * "(b) …", "(ii) …", "b) …", "ii. …": a sub-item that continues a list; "(a)" may open one and is kept.
 * Also a marker in parentheses glued to a lower-case word ("(ii)disclose only …"), where the
 * extractor lost the space after it.
 */
const SUB_ITEM = /^\(?(?:[b-z]|i{2,3}|iv|v|vi{1,3}|ix|x)\)\s|^(?:[b-z]|i{2,3}|iv|vi{0,3}|ix|x)\.\s|^\((?:[b-z]|i{2,3}|iv|vi{0,3}|ix|x)\)(?=\p{Ll})/iu;

// A run-in title in capitals with its colon, before the sentence it heads ("TERMINATION FOR CAUSE:
// Notwithstanding the foregoing, …"): looked past, like an opening "(a)". Two letters at least, and
// capitals only, so a sentence's own lead-in ("Fees: …", "Note: …") is not taken for one.
// The second capital is the first one after the first letter, so the two runs never share a character: read in one pass.
const RUN_IN_TITLE = /^[A-Z][0-9&'’/ -]*[A-Z][A-Z0-9&'’/ -]*:\s+/;
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
// A short "No other X shall be Y." ("No other samples shall be supplied.", "No other fee is payable."):
// "other" than the ones the sentence before named, which alone it does not say. One that says what
// it is set against ("other than …", "except …", "unless …") or goes on past the verb stays.
const NO_OTHER = /^no\s+other\s+(?:[\p{L}-]+\s+){1,4}?(?:shall|will|may|is|are)\s+(?:not\s+)?(?:be\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s*[.!]?$/iu;
const SAYS_AGAINST_WHAT = /\b(?:than|except|unless|save|but)\b/i;

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
  return (!titleSubject && (LEANS_BACK.test(body) || THIS_EFFORT.test(body))) || REFERS_BACK_EARLY.test(body) || NAMES_WHAT_WAS_SAID.test(body) || opensOnWhatWasSaid(body) || (NO_OTHER.test(body) && !SAYS_AGAINST_WHAT.test(body));
}

/**
 * "such X" or "the foregoing / above / preceding / aforesaid X" ("Any assignment without such consent
 * shall be void."): X was named in an earlier sentence. Not "such as" (examples), "such that", "as
 * such", nor the correlative "such X … as …" ("such other place as the Miller names"), whose
 * "as" comes after the noun, before a verb or a comma, and says which X.
 */
const BACK_REFERENCE = /\b(?:such|the\s+(?:foregoing|above|preceding|aforesaid))\s+(?:(?:a|an)\s+)?(?:(?:other|further|additional)\s+)?(\p{L}[\p{L}'’-]*)/giu;
// The "as" of a correlative "such X … as …", before the first verb, comma, semicolon or stop after the
// noun ("as of a date", "as soon as", "as well as" are other words).
const CORRELATIVE_AS = /^[^,;.]*?\bas\b(?!\s+(?:of|soon|well)\b)/i;
// "Amounts so disputed", "the notice so given": a sentence that says "so" before a participle points back itself.
const SO_DONE = /\bso\s+\p{L}+ed\b/iu;
const VERB = /\b(?:shall|will|must|may|is|are|was|were|has|have|can|cannot|should|would)\b/i;
// What "the preceding …" names when it names the text itself: the sentence or paragraph before.
const TEXT_ITSELF = /^(?:sentence|paragraph|provisions?|clause|subsection)$/i;

// An item's marker before a capital: "(d) Either …", "G. Kestrel …", "(iv) The …".
const ITEM_BEFORE_SENTENCE = /^\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})[.)]\s+(?=\p{Lu})/iu;

/** The first letters of a word that say it is the same word (a plural or another ending set aside). */
const stem = (word: string): string => word.toLowerCase().slice(0, 5);

/**
 * Nouns a sentence before names by their verb, whose first five letters differ from the noun's:
 * "shall notify the Miller" names the notice that "such notice" refers to; "fails to pay" names
 * the failure and the payment of "such failure", "such payment"; "may sell" names "such sale". Each
 * pattern is read at a word's start; the noun's own stem is tried first, as for any other noun.
 */
const WORD_FAMILIES: readonly RegExp[] = [
  // notice, notices, notification; notify, notifies, notified
  /^(?:notic|notif)/i,
  // failure; fail, fails, failed, failing
  /^fail/i,
  // payment; pay, pays, paid, paying, payable
  /^(?:pay(?:s|ing|able|ments?)?$|paid$)/i,
  // sale, sales; sell, sells, selling, sold
  /^(?:sales?$|sell(?:s|ing)?$|sold$)/i,
];

/** Whether `text` uses `noun` (by its first five letters, at a word's start), or a word of its family. */
export function namesNoun(text: string, noun: string): boolean {
  const s = stem(noun).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(?<![\\p{L}])${s}`, 'iu').test(text)) return true;
  const family = WORD_FAMILIES.find((f) => f.test(noun));
  return family !== undefined && (text.match(/\p{L}+/gu) ?? []).some((w) => family.test(w));
}

/**
 * The first back-reference in `text` to something it does not name itself: "such X" or "the
 * foregoing X" where X (by its first five letters) is not used before it in the same text ("fails to
 * cure such breach" after "breaches" names it). `at` is where the reference starts; `noun` the word
 * it refers by. A sentence that holds one leans on the one before it, though it reads as whole.
 */
export function unnamedReference(text: string): { noun: string; at: number } | undefined {
  for (const m of text.matchAll(BACK_REFERENCE)) {
    const at = m.index ?? 0;
    // A participle or a "-related" word before the noun ("such proposed termination", "such
    // attempted assignment", "such distribution-related services") describes it: the noun comes next.
    const next = /^\s+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(at + m[0].length))?.[1];
    const noun = /^\p{Ll}{3,}ed$|-related$/u.test(m[1]!) && next && !VERB.test(next) ? next : m[1]!;
    if (/^(?:as|that)$/i.test(noun) || /\bas\s+$/i.test(text.slice(0, at))) continue;
    const after = text.slice(at + m[0].length);
    const beforeVerb = after.split(VERB)[0] ?? '';
    if (/^such/i.test(m[0]) && CORRELATIVE_AS.test(beforeVerb)) continue;
    if (namesNoun(text.slice(0, at), noun)) continue;
    return { noun, at };
  }
  return undefined;
}

/**
 * Whether `before` is what `sentence`'s back-reference leans on: it names the noun ("the preceding
 * sentence" is the sentence before by definition), stands alone, and leans on nothing unnamed itself.
 */
export function explainsReference(before: string, noun: string, options: { cased?: boolean } = {}): boolean {
  // An item of a list that is a sentence of its own ("(d) Either party may end this Agreement on six
  // months' notice.") explains as well as a paragraph does; the summary shows it without its marker.
  const body = before.trim().replace(ITEM_BEFORE_SENTENCE, '');
  if (needsPrevious(body, options) || unnamedReference(body) || SO_DONE.test(body)) return false;
  return TEXT_ITSELF.test(noun) || namesNoun(before, noun);
}
