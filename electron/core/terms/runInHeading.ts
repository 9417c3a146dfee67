/**
 * The run-in title of a clause whose heading shares its paragraph: "6.1 Term. The initial term …"
 * → "Term"; "11.11 Governing Law; Submission to Jurisdiction. This …" → "Governing Law; Submission
 * to Jurisdiction". One definition for every reader of clause titles in terms/.
 */
export interface RunInHeadingOptions {
  /** Longest title accepted, in characters (longer ones are sentences, not titles). */
  maxChars: number;
  /**
   * Also accept an unnumbered title in capitals ("GOVERNING LAW. This …"). Off for the sentence
   * ranker, whose weights were fitted on numbered titles only.
   */
  unnumberedCaps?: boolean;
}

const numberedByLength = new Map<number, RegExp>();

// An optional "Section"/"Article"/"Clause", a clause number ("6", "6.1", "6.1.2."), then a title that
// starts with a capital and holds no period or colon (3 to maxChars + 1 characters), ended by "." or
// ":" and a space.
function numberedTitle(maxChars: number): RegExp {
  let re = numberedByLength.get(maxChars);
  if (!re) numberedByLength.set(maxChars, (re = new RegExp(`^(?:(?:section|article|clause)\\s+)?[0-9]+(?:\\.[0-9]+)*\\.?\\s+([A-Z][^.:]{2,${maxChars}})[.:]\\s`, 'i')));
  return re;
}

// An unnumbered title in capitals, spaces and the punctuation titles use (4 to 61 characters), ended by "." or ":" and a space.
const CAPS_TITLE = /^([A-Z][A-Z ;,&'-]{3,60})[.:]\s/;

export function runInHeading(text: string, options: RunInHeadingOptions): string | undefined {
  const m = numberedTitle(options.maxChars).exec(text) ?? (options.unnumberedCaps ? CAPS_TITLE.exec(text) : null);
  return m?.[1]?.trim();
}

// A title run in before its sentence with a colon ("Season Tickets: The Club shall …", "WARRANTY:
// Kestrel warrants …"): up to eight words, each opening with a capital or a digit, or one of the
// small words titles keep in lower case; then the colon, a space and the sentence's capital.
const SMALL_TITLE_WORDS = String.raw`and|or|of|to|for|the|in|on|by|with|a|an|other|upon|from`;
const TITLE_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\p{N}&'’/-]*|${SMALL_TITLE_WORDS})`;
const COLON_TITLE = new RegExp(String.raw`^(${TITLE_WORD}(?:\s+${TITLE_WORD}){0,7}):\s+(?=\p{Lu})`, 'u');
// The finite verb of a statement, and the word before it.
const FIRST_FINITE = /(\S+)\s+(?:shall|will|may|must|can|cannot|is|are|agrees?|acknowledges?|warrants?|represents?|grants?|has|have)\b/i;
// A title set in capitals may hold a capitalised verb ("PAYMENT SHALL BE MADE: …"): then it is a sentence.
const TITLE_VERB = /\b(?:shall|will|may|must|is|are|agrees?)\b/i;
// At least this many words after the title: a sentence of its own, not a label's value ("Fees: Net 30 days").
const SENTENCE_WORDS = 6;
// The small words a title holds say nothing of their own.
const SMALL_TITLE_WORD = new RegExp(`^(?:${SMALL_TITLE_WORDS})$`, 'i');
const wordsOf = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
// A word and its plural or other ending read as one: a final "s" set aside, then the first five letters ("Fees", "fee").
const stem = (word: string): string => word.toLowerCase().replace(/s$/, '').slice(0, 5);

/**
 * `text` without a run-in title glued before it with a colon, for a summary line, where the title
 * only repeats what the sentence says: every word of it but the small ones stands in the sentence
 * ("Indemnification: Each party shall indemnify …", "STORAGE FEES: Kestrel shall pay the storage
 * fee …"). A title that says what the sentence does not ("Harvest Tickets: The Grower shall give
 * four tickets …") is kept, since not every citation names its clause. Kept too when what follows is
 * no statement of its own: fewer than six words, or its first verb belongs to a relative clause
 * ("Harvest Fees: Net 30 days from the invoice, which shall be issued …"), so the title is the
 * subject the rest speaks of.
 */
export function withoutRunInTitle(text: string): string {
  const numbered = withoutNumberedTitle(text);
  if (numbered !== text) return numbered;
  const m = COLON_TITLE.exec(text);
  if (!m || TITLE_VERB.test(m[1]!)) return text;
  const rest = text.slice(m[0].length);
  if (!isStatement(rest)) return text;
  const said = new Set(wordsOf(rest).map(stem));
  return wordsOf(m[1]!).every((w) => SMALL_TITLE_WORD.test(w) || /^\d/.test(w) || said.has(stem(w))) ? rest : text;
}

/** Whether `rest` states something of its own: six words or more, and a first verb that is no relative clause's. */
function isStatement(rest: string): boolean {
  const verb = FIRST_FINITE.exec(rest);
  return rest.split(/\s+/).length >= SENTENCE_WORDS && verb !== null && !/^(?:which|that|who|whom|whose)$/i.test(verb[1]!);
}

// A numbered clause title run in before its sentence, which the sentence splitter leaves glued on when
// the title ends with an abbreviation's full stop ("Section 5.5 Sales Tax, Etc. Provider shall be
// entitled …") or with a colon ("7. Payment Terms: Licensee shall pay …"): an optional "Section",
// "Article" or "Clause", the clause number, a title of up to eight words that opens with a capital, then
// "." or ":" and the sentence's capital. A name cut at its legal form's full stop ("3. Kestrel Corp. will
// deliver …") is followed by the verb, in lower case: it is the sentence's subject, and no title.
const NUMBERED_TITLE = /^(?:(?:[Ss]ection|SECTION|[Aa]rticle|ARTICLE|[Cc]lause|CLAUSE)\s+)?\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+(\p{Lu}[^.:;]{2,60}?)[.:]\s+(?=["“(]?\p{Lu})/u;
const TITLE_MAX_WORDS = 8;

/**
 * `text` without a numbered clause title run in before it (NUMBERED_TITLE), for a summary line: the
 * point's citation names the clause by its number, and the sentence says what the clause does. Kept
 * when the title holds a verb (a sentence that opens with a clause number: "4. Kestrel shall deliver the
 * Kits. …"), and when what follows is no statement of its own (fewer than six words, or a first verb
 * in a relative clause: "Section 4 Fees. Net 30 days from the invoice, which shall be issued …"): then
 * the title is the subject the rest speaks of.
 */
export function withoutNumberedTitle(text: string): string {
  const m = NUMBERED_TITLE.exec(text);
  if (!m || TITLE_VERB.test(m[1]!) || /\bmeans?\b/i.test(m[1]!) || wordsOf(m[1]!).length > TITLE_MAX_WORDS) return text;
  const rest = text.slice(m[0].length);
  return isStatement(rest) ? rest : text;
}

