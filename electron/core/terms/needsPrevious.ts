/**
 * Whether a sentence leans on the one before it and means little alone: it opens with a connective
 * ("However", "Furthermore", "Notwithstanding the foregoing"), a back-reference ("Such …", "The
 * foregoing …", "This …", "It …", "In that case"), or a sub-item marker ("(b)", "ii.") that continues
 * a list. An extractive summary never shows such a sentence out of its context.
 */

/**
 * The words at the start (after an optional clause number "4.2"):
 *  - connectives that continue an argument: however, furthermore, moreover, additionally, also,
 *    accordingly, therefore, thus, hence, otherwise, nevertheless, instead, similarly, likewise, then;
 *  - openers that point back: such, said, the foregoing, the same, this/these/that/those/it/they/
 *    thereafter/thereupon/in such (case|event)/in that case/in addition/as a result/in this regard,
 *    notwithstanding the foregoing, except as aforesaid;
 *  - "and"/"or"/"but"/"provided"; and, in text that keeps its capitals, a lower-case start
 *    (a fragment cut from a longer sentence).
 */
const LEANS_BACK = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:however|furthermore|moreover|additionally|also|accordingly|therefore|thus|hence|otherwise|nevertheless|nonetheless|instead|similarly|likewise|then|such|said|the\s+foregoing|the\s+same|(?:this|these|that|those)(?!\s+(?:agreement|contract|amendment|addendum|licen[cs]e|lease|section|clause|article|schedule|exhibit|appendix|annex|policy|document|website|site|service|privacy|terms)\b)|it|its|they|their|thereafter|thereupon|in\s+(?:such|that|this|which)\s+(?:case|event|regard)|in\s+addition|as\s+a\s+result|notwithstanding\s+the\s+foregoing|except\s+as\s+aforesaid|and|or|but|provided(?:\s+that|,)?)\b/i;

/** "(b) …", "(ii) …", "b) …", "ii. …": a sub-item that continues a list; "(a)" may open one and is kept. */
const SUB_ITEM = /^\(?(?:[b-z]|i{2,3}|iv|v|vi{1,3}|ix|x)\)\s|^(?:[b-z]|i{2,3}|iv|vi{0,3}|ix|x)\.\s/i;

/** `cased`: the text keeps its capitals (a lower-case start then marks a fragment); false for lower-cased corpora. */
export function needsPrevious(sentence: string, options: { cased?: boolean } = {}): boolean {
  const t = sentence.trim();
  if (!t) return true;
  if (options.cased !== false && /^[a-z]/.test(t)) return true;
  return LEANS_BACK.test(t) || SUB_ITEM.test(t);
}
