/**
 * Unfilled template blanks: "[Company Name]", "[•]", "201[ ]", "$[_____]", "_____". A value that
 * contains one is reported as a blank rather than guessed. Redaction marks in filed contracts
 * ("[***]") are not blanks: the value existed and was withheld.
 */
const BLANK = /\[(?!\*+\])[^\]\n]{0,60}\]|_{3,}|•|\u2022|\bTBD\b/;

/** True when `text` contains an unfilled template blank. */
export function hasBlank(text: string): boolean {
  return BLANK.test(text);
}

/** The first blank in `text` with its surrounding word (e.g. "[•], 2020"), or undefined. */
export function blankText(text: string): string | undefined {
  const m = BLANK.exec(text);
  return m ? m[0] : undefined;
}
