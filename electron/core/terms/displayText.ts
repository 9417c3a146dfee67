/**
 * The last clean-up of a summary point's text before it is shown: marks that the page's layout left
 * in the sentence, which a reader of the summary would otherwise have to read past. Only the shown
 * text changes; the point's citation still opens the block as the document has it, and nothing here
 * is read by the key terms or the ranking.
 *  - A rule line caught inside a sentence ("Neither party makes any representations, ---------- extends
 *    …"): plain-text filings underline a defined word or a heading with a line of dashes below it,
 *    and the extractor reads that line into the running text. A run of four or more hyphens (or two
 *    or more en or em dashes) between two words of running prose is dropped. A blank to fill in
 *    ("the ------ day of", "$--------", "dated ---------, 2020") is not between two words of
 *    prose, or is before "day": it stays, as do underscores ("____"), which are always a blank.
 *  - A space before a comma or a semicolon ("from the Agent , provided that …"), which the line's
 *    layout put there, is taken out. A blank or a redaction before it ("[ * ] ,") keeps its space.
 *  - A word the PDF broke at a line end ("the notice speci- fying the default"), read with its hyphen
 *    and a space, is mended. Written with its hyphen and no space when the document spells it so
 *    elsewhere ("non- appealable" when "non-appealable" occurs); joined when the document spells the
 *    whole word elsewhere, or when the joined word is an English word and its second piece is none
 *    ("speci- fying", "rep- resentation"). Otherwise it stays as it is: "non- exclusive" may be a
 *    compound of two words ("exclusive" is one), and a guess would misspell it.
 */

import { inEnglishWordList } from './inEnglishWordList';

// A dash rule standing between two words of prose: a letter, or a comma / semicolon / closing
// parenthesis that ends a word, then the rule with a space on each side, then a letter or "(".
// Not before "day" ("this ------ day of"), where a run of dashes is the blank for a date.
const RULE_IN_PROSE = /(?<=[\p{L},;)]) +(?:-{4,}|[–—]{2,}) +(?=[\p{L}(])(?!day\b)/gu;
// A space the layout left before a comma or semicolon, after a word, a number or a closing bracket.
const SPACE_BEFORE_COMMA = /(?<=[\p{L}\p{N})])\s+(?=[,;](?:\s|$))/gu;

// A word piece (its first letter may be a capital), a hyphen, the line break read as white space, and a lower-case piece: "speci- fying".
const BROKEN_WORD = /(?<![\p{L}\p{N}-])(\p{L}\p{Ll}*)-\s+(\p{Ll}+)(?![\p{L}\p{N}])/gu;
// A word as the document spells it, hyphens inside it kept: "specifying", "non-appealable".
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** The words `texts` spell whole, lower-cased, each also with its hyphens: what a broken word may be joined to. */
export function spelledWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(WORD)) out.add(m[0].toLowerCase());
  return out;
}

/**
 * `text` as a summary shows it: without rule lines in its prose or spaces before its commas, and,
 * given the words its document spells (spelledWords), with the words broken at a line end mended.
 */
export function displayText(text: string, spelled?: ReadonlySet<string>): string {
  const cleaned = text.replace(RULE_IN_PROSE, ' ').replace(SPACE_BEFORE_COMMA, '');
  if (!spelled) return cleaned;
  return cleaned.replace(BROKEN_WORD, (m: string, head: string, tail: string) => {
    const whole = `${head}${tail}`.toLowerCase();
    if (spelled.has(`${head}-${tail}`.toLowerCase())) return `${head}-${tail}`;
    if (spelled.has(whole) || (inEnglishWordList(whole) && !inEnglishWordList(tail.toLowerCase()))) return `${head}${tail}`;
    return m;
  });
}
