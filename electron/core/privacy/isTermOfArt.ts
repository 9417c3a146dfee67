/**
 * Capitalised phrases that name no one but carry a clause's meaning: the title of a statute, a convention or a set of
 * rules ("Uniform Commercial Code", "the Convention on Contracts for the International Sale of Goods", "Rules of
 * Arbitration"), and the Latin and French terms of art of legal English ("Force Majeure", "Bona Fide", "Pari Passu"),
 * also as the head of a defined term ("Force Majeure Event"). A name of an organisation or a person has a word of
 * its own, or ends with a legal form or an institution's noun, so it is not read as a term of art.
 */
import { bareWord, isEnglishWord, isFirstName, isLegalFormWord } from './nameLexicon';

// The nouns that head the title of a law, an instrument or a body of rules: "… Act", "… Code", "Convention on …",
// "Rules of …", "Generally Accepted Accounting Principles".
const INSTRUMENT_NOUNS = new Set(
  (
    'act acts code codes convention conventions treaty treaties statute statutes regulation regulations directive directives ordinance ' +
    'ordinances protocol protocols rules law laws constitution incoterms guidelines principles standards articles memorandum declaration deed ' +
    'certificate bylaws'
  ).split(' '),
);

// A body's constitution or a deed, whose title ends with the kind of body: "Memorandum and Articles of Association",
// "Declaration of Trust", "Deed of Trust".
const DOCUMENT_OF = /^(?:the\s+)?(?:(?:Memorandum|Articles|Declaration|Deed|Certificate|Bylaws)\s+(?:and|&)\s+)?(?:Memorandum|Articles|Declaration|Deed|Certificate|Bylaws)\s+of\s+/i;

// The nouns written before a rule's number or letters.
const FIRST_NOUNS = new Set(['regulation', 'rule', 'directive', 'form', 'schedule']);

// A rule's number or letters: a digit or a hyphen in it ("S-K", "144A", "10b-5"), or at most three capitals ("D", "AB").
const RULE_NUMBER = /^(?:(?=[\p{Lu}\d-]*[\d-])[\p{Lu}\d][\p{Lu}\p{Ll}\d-]{0,7}|\p{Lu}{1,3})$/u;

// Nouns that make a phrase an organisation's name ("Kestrel Code Bank", "Treaty Oak Foundation").
const INSTITUTION_NOUNS = new Set('bank trust fund foundation university association institute group holdings partners capital ventures'.split(' '));

// Terms of art of legal English borrowed from Latin and French, as phrases: a word of them alone may be a name
// ("Alia"), the phrase never is.
const FOREIGN_TERMS = [
  'force majeure', 'bona fide', 'bona fides', 'mala fide', 'pari passu', 'pro rata', 'pro tanto', 'pro forma', 'inter alia', 'inter se',
  'inter vivos', 'mutatis mutandis', 'prima facie', 'res judicata', 'sui generis', 'ejusdem generis', 'ultra vires', 'de minimis',
  'de facto', 'de jure', 'quantum meruit', 'ab initio', 'in personam', 'in rem', 'nunc pro tunc', 'per se', 'per diem', 'per annum',
  'status quo', 'contra proferentem', 'caveat emptor', 'lex loci', 'lex fori', 'forum non conveniens', 'lis pendens', 'ex parte',
  'ex gratia', 'ad hoc', 'ad valorem', 'amicus curiae', 'habeas corpus', 'stare decisis', 'in limine', 'sine die', 'cy pres',
  'force majeur', 'cas fortuit', 'raison d’être', 'pro bono', 'pendente lite', 'locus standi', 'novus actus', 'volenti non fit injuria',
].map((t) => t.split(' ').map((w) => bareWord(w)));

// Small words inside a title: "Convention on Contracts for the International Sale of Goods".
const CONNECTORS = new Set(['of', 'on', 'for', 'the', 'and', 'to', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

// No title or term of art runs to more than a few dozen words; a longer run is read as a name (hidden).
const MAX_WORDS = 24;

/**
 * Whether a capitalised phrase is a rule's number ("Regulation S-K"), a statute's or an instrument's title, or a Latin
 * or French term of art among English words. Never when it ends with a legal form; an institution's noun ends it only
 * as the body whose rules it names ("… of the Kestrel Arbitration Association") or in a constitution's title.
 */
export function isTermOfArt(value: string): boolean {
  const words = value
    .replace(/[’']s\b/g, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[("“'‘]+|[)"”'’.:;]+$/g, ''))
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  const bare = words.map((w) => bareWord(w));
  // A title may hold a legal form or an institution's noun ("Investment Company Act of 1940"), and end with the body
  // whose rules it names ("Commercial Rules of the American Arbitration Association"), never with a legal form.
  if (isRuleNumber(words, bare)) return true;
  if (isLegalFormWord(words[words.length - 1]!)) return false;
  const endsWithBody = INSTITUTION_NOUNS.has(bare[bare.length - 1]!);
  if (isInstrumentTitle(words, bare) && (!endsWithBody || / of the /i.test(` ${words.join(' ')} `) || DOCUMENT_OF.test(value.trim()))) return true;
  if (endsWithBody) return false;
  if (words.some((w) => isLegalFormWord(w)) || bare.some((w) => INSTITUTION_NOUNS.has(w))) return false;
  return isForeignTerm(bare);
}

/**
 * A title whose head noun (the last word before its first small word: "UN Convention" of "UN Convention on
 * Contracts …") names a kind of law or instrument.
 */
function isInstrumentTitle(words: readonly string[], bare: readonly string[]): boolean {
  let start = 0;
  while (start < bare.length && CONNECTORS.has(bare[start]!)) start++;
  let end = start;
  while (end < bare.length && !CONNECTORS.has(bare[end]!)) end++;
  if (end === start) return false;
  const head = bare[end - 1]!;
  if (!INSTRUMENT_NOUNS.has(head)) return false;
  // "Rules" alone, or "Code" alone, is a word, not a title; a title has a word before or after its head.
  if (words.length < 2) return false;
  // "Law" is also a family name: "Imogen Law" is someone, the "Sherman Act" is not.
  return !(head === 'law' && end - start === 2 && isFirstName(words[start]!));
}

/**
 * The noun first, then the rule's number or letters: "Regulation S-K", "Rule 144A", "Regulation AB" (whose letters
 * would otherwise read as a Swedish legal form).
 */
function isRuleNumber(words: readonly string[], bare: readonly string[]): boolean {
  const start = bare[0] === 'the' ? 1 : 0;
  return words.length - start >= 2 && words.length - start <= 3 && FIRST_NOUNS.has(bare[start]!) && words.slice(start + 1).every((w) => RULE_NUMBER.test(w) && !(w.length >= 3 && isLegalFormWord(w)));
}

/**
 * A Latin or French term of art among English words only: "Force Majeure Event", "the grounds of Forum Non
 * Conveniens" (a clause written in capitals).
 */
function isForeignTerm(bare: readonly string[]): boolean {
  const english = bare.map((w) => CONNECTORS.has(w) || w === 'a' || w === 'an' || isEnglishWord(w));
  for (let from = 0; from < bare.length; from++) {
    for (const term of FOREIGN_TERMS) {
      if (bare.length - from < term.length || !term.every((t, i) => bare[from + i] === t)) continue;
      if (english.every((e, i) => e || (i >= from && i < from + term.length))) return true;
    }
  }
  return false;
}
