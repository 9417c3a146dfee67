/**
 * The main statement of a very long sentence that has no lettered list, for a summary line. Many
 * contract sentences of 80–150 words say one thing and then qualify it: a second statement after a
 * semicolon ("…; provided, however, that …", "…; however, such consent …") or a proviso
 * (", provided that …"). The summary shows the statement up to that first break, marked with an
 * ellipsis; the point's citation still names the clause to read in full.
 *
 * Left whole, because the cut would hide what the reader needs:
 *  - sentences of at most `minWords` words, and sentences that list "(a) … (b) …" items (those are
 *    shown by their operative part, see operativePart);
 *  - sentences that open with their condition ("If …", "In the event …", "Upon …"): the statement
 *    the condition leads to may come after the break;
 *  - a cut that would leave out a figure (an amount, a percentage, a number of days, months or
 *    years, a date): a proviso often sets the limit that matters ("provided that in no event less
 *    than $2,500,000");
 *  - a kept part under 12 words or without a verb that states something, and any cut that does not
 *    take off at least a quarter of the sentence.
 * Breaks inside parentheses, brackets or quotes do not count.
 */

export interface MainStatementOptions {
  /** Sentences of up to this many words are shown whole. */
  minWords?: number;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

// Two or more list items in the sentence: "(a) … (b)", "(i) … (ii)", "(1) … (2)".
const LIST_ITEMS = /(?:^|[\s:;,\u2014-])\((?:[a-z]|[ivx]{1,5}|\d{1,2}|[A-Z])\)\s[\s\S]*?[\s:;,\u2014-]\((?:[a-z]|[ivx]{1,5}|\d{1,2}|[A-Z])\)\s/;
const CONDITION_FIRST = /^\W*(?:if|in\s+the\s+event|in\s+case|where|wherever|when|whenever|should|unless|upon|on|following|after|to\s+the\s+extent|subject\s+to|notwithstanding|except)\b/i;
// A proviso at the top level: ", provided that", ", provided, that", ", provided, however, that", ", provided further that".
const PROVISO = /^,\s*provided\b(?:\s*,?\s*(?:however|further|always))?\s*,?\s+that\b/i;
// A figure the reader must not lose: money, a percentage, a period, a year or a written-out date.
const FIGURE = /(?:[$€£]\s?\d|\b(?:usd|eur|gbp|dollars?|euros?)\b|\d\s*(?:%|percent\b)|(?:\b\d+|\(\d+\))\s*(?:business\s+|calendar\s+)?(?:days?|weeks?|months?|years?)\b|\b(?:19|20)\d\d\b)/i;
const STATES = /\b(?:shall|will|may|must|can|cannot|is|are|be|has|have|agrees?|grants?|pays?|provides?|owns?|terminates?|expires?|renews?)\b/i;

// Where the first top-level break starts (the ";" or the comma before "provided that"), or -1.
function firstBreak(text: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === '"') quoted = !quoted;
    else if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    else if (depth === 0 && !quoted && (ch === ';' || (ch === ',' && PROVISO.test(text.slice(i, i + 40))))) return i;
  }
  return -1;
}

/** `sentence` shown up to its first top-level ";" or proviso, with an ellipsis, or unchanged. */
export function mainStatement(sentence: string, options: MainStatementOptions = {}): string {
  const total = words(sentence);
  if (total <= (options.minWords ?? 80) || LIST_ITEMS.test(sentence) || CONDITION_FIRST.test(sentence)) return sentence;
  const at = firstBreak(sentence);
  if (at < 0) return sentence;
  const kept = sentence.slice(0, at).replace(/[\s,;:]+$/, '').trim();
  const left = sentence.slice(at);
  if (FIGURE.test(left) || !STATES.test(kept) || words(kept) < 12 || words(kept) > total * 0.75) return sentence;
  return `${kept} …`;
}
