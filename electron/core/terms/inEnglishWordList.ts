/**
 * The English word list (~275,000 lower-case words with their inflections, in which proper names are
 * mostly absent), loaded once and only when first asked: redaction reads it to tell names from
 * vocabulary, the summary to mend a word the PDF broke at a line end.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let english: Set<string> | undefined;

/** Whether `word`, lower-cased letters only ("specifying"), is in the list. */
export function inEnglishWordList(word: string): boolean {
  english ??= new Set(require('an-array-of-english-words') as string[]);
  return english.has(word);
}
