/**
 * Whether a capitalised phrase is a party's name with the contract's own words beside it ("Brindle Products",
 * "Brindle's Third-Party Data", "the Quill-Brindle Schedule"): a phrase the contract writes about that party, not a
 * name of its own. The party's forms hide its name wherever it stands, so the phrase keeps the party's placeholder and
 * its ordinary words stay readable. Both places that read names (the party signals and the name detectors) decide so
 * with this one test, so a phrase is never a name for one and a phrase for the other.
 */
import { SMALL_WORDS, type NameLexicon } from './nameLexicon';

/** Where a party's name stands in the phrase (character offsets, end exclusive). */
export interface PhraseNameSpan {
  start: number;
  end: number;
}

// The small English words that join the words of a phrase ("Brindle Terms of Sale", "Brindle & Velmora Schedule",
// "the Brindle Rules for Returns") are the ones the name lexicon lets inside a capitalised phrase (SMALL_WORDS); they
// are listed because a contract written in capitals never writes them in lower case. Name particles ("de", "von",
// "van", "y") are not among them: beside a party's name they start another name ("Velmora de Quillanor", a
// subsidiary), not a phrase.

// A phrase of the contract's words around a name is short: a longer run is no such phrase and stays hidden whole.
export const MAX_PHRASE_WORDS = 12;
// Characters, so that a crafted run costs no more than a short phrase.
const MAX_PHRASE_CHARS = 400;

// A word: letters and digits, with an apostrophe inside ("O'Brien", "Brindle's"). Hyphens and slashes split a compound
// into its words ("Third-Party"), each tested on its own, as the name lexicon reads a compound.
const WORD = /&|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/iu;

/**
 * Whether `phrase` is one or more party names (`names`, their places in the phrase) with only the contract's own words
 * beside them: every other word is a small joining word or a word the contract also writes in lower case. A word the
 * contract only ever capitalises, a number, or a legal form the contract never writes in lower case ("Brindle Products,
 * Inc.") makes the phrase a name of its own. A name's possessive ("Brindle's") is the name's.
 */
export function isPartyPhrase(phrase: string, names: readonly PhraseNameSpan[], lexicon: Pick<NameLexicon, 'isVocabulary'>): boolean {
  if (names.length === 0 || phrase.length > MAX_PHRASE_CHARS) return false;
  const covered = new Uint8Array(phrase.length);
  for (const s of names) covered.fill(1, Math.max(0, s.start), Math.min(phrase.length, s.end));
  let named = false;
  let count = 0;
  for (const m of phrase.matchAll(WORD)) {
    if (++count > MAX_PHRASE_WORDS) return false;
    const word = m[0];
    const end = m.index + word.length - (POSSESSIVE.test(word) && covered[m.index] ? 2 : 0);
    if (covered.subarray(m.index, end).every((c) => c === 1)) {
      named = true;
      continue;
    }
    if (SMALL_WORDS.has(word.toLowerCase())) continue;
    if (/^\p{L}/u.test(word) && lexicon.isVocabulary(word)) continue;
    return false;
  }
  return named;
}
