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
 */

// A dash rule standing between two words of prose: a letter, or a comma / semicolon / closing
// parenthesis that ends a word, then the rule with a space on each side, then a letter or "(".
// Not before "day" ("this ------ day of"), where a run of dashes is the blank for a date.
const RULE_IN_PROSE = /(?<=[\p{L},;)]) +(?:-{4,}|[–—]{2,}) +(?=[\p{L}(])(?!day\b)/gu;
// A space the layout left before a comma or semicolon, after a word, a number or a closing bracket.
const SPACE_BEFORE_COMMA = /(?<=[\p{L}\p{N})])\s+(?=[,;](?:\s|$))/gu;

/** `text` as a summary shows it: without rule lines in its prose or spaces before its commas. */
export function displayText(text: string): string {
  return text.replace(RULE_IN_PROSE, ' ').replace(SPACE_BEFORE_COMMA, '');
}
