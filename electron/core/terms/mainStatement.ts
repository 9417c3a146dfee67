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

import { subItems, trimJoin } from './operativePart';

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

/** Sentences longer than this are cut further for a summary line (longStatement). */
export const LONG_SENTENCE_WORDS = 150;

// Where each top-level character sits: outside parentheses, brackets and quotes.
function topLevel(text: string): boolean[] {
  const out: boolean[] = [];
  let depth = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === '"') quoted = !quoted;
    else if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    for (let i = 0; i < ch.length; i++) out.push(depth === 0 && !quoted);
  }
  return out;
}

// The statement a condition leads to, after a top-level comma: ", then …" or ", <party> shall / may / will …".
const CONSEQUENCE = /^,\s+(?=then\b|(?:(?:the|each|either|such|any|neither)\s+)?(?:\p{Lu}[\p{L}\p{N}’'&.-]*|party|parties)(?:\s+(?:\p{Lu}[\p{L}\p{N}’'&.-]*|party|parties|of))*\s+(?:shall|may|will|must|agrees?|is|are)\b)/u;

/** The main clause of `text` after its condition, from the first top-level ", then …" or ", X shall …". */
function consequence(text: string): string | undefined {
  const top = topLevel(text);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ',' || !top[i]) continue;
    const m = CONSEQUENCE.exec(text.slice(i));
    if (m) return text.slice(i + m[0].length);
  }
  return undefined;
}

// A top-level join between two statements: ";", ", and", ", or", ", and/or", ", but", "and, …".
const JOIN = /^(?:;|,\s+(?:and|or|and\/or|but)\s|\s+and,\s)/i;
// A statement follows the join: a subject, then within 25 words a verb that states something
// (", and shall direct …" continues the same subject's verbs, and is no new statement).
const STATEMENT_SOON = /^(?!(?:shall|will|may|must|is|are|has|have|agrees?)\b)(?:\S+\s+){1,25}?(?:shall|will|may|must|is|are|has|have|agrees?)\b/i;
// A list of examples: ", including", "including, without limitation,", "including but not limited to".
const INCLUDING = /^,?\s+including(?:,?\s+(?:without\s+limitation|but\s+not\s+limited\s+to),?)?\s+/i;
// A kept part that stops on a word that needs more: "… each Receiving Party shall", "… the".
const ENDS_OPEN = /\b(?:shall|will|may|must|to|the|a|an|of|and|or|that|which|any|all|its|their)$/i;

/**
 * The sentence up to the first top-level join after which a new statement begins, when what comes
 * before is a full statement itself (for a sentence that opens with its condition: the condition
 * and the statement it leads to).
 */
function firstStatement(text: string): string | undefined {
  const top = topLevel(text);
  const conditional = CONDITION_FIRST.test(text);
  for (let i = 0; i < text.length; i++) {
    if (!top[i]) continue;
    const list = INCLUDING.exec(text.slice(i));
    if (list) {
      // "… shall be borne by X including, without limitation, A, B, C …": the statement and its first example.
      const from = i + list[0].length;
      const end = top.findIndex((t, j) => j > from && t && text[j] === ',');
      const kept = end > 0 ? text.slice(0, end).trim() : '';
      if (kept && words(kept) >= 12 && STATES.test(kept) && !(conditional && !consequence(kept))) return `${kept} …`;
      continue;
    }
    const m = JOIN.exec(text.slice(i));
    if (!m) continue;
    // A ", then …" further on states what the part before leads to: a cut here would hide it.
    if (/,\s+then\s/i.test(text.slice(i + m[0].length))) return undefined;
    const kept = text.slice(0, i).replace(/[\s,;:]+$/, '').trim();
    if (words(kept) < 12 || !STATES.test(kept) || ENDS_OPEN.test(kept) || (conditional && !consequence(kept))) continue;
    if (m[0] !== ';' && !STATEMENT_SOON.test(text.slice(i + m[0].length).trim())) continue;
    return `${kept} …`;
  }
  return undefined;
}

/**
 * A sentence that lists its cases ("(a) … (b) … (c) …") shown by its lead-in and first case; when
 * the lead-in is the condition ("If (i) … or (iii) …, then X may terminate"), with the statement it
 * leads to, which closes the last case.
 */
function firstCase(text: string): string | undefined {
  const items = subItems(text);
  if (!items.length) return undefined;
  const head = text.slice(0, items[0]!.at).trim();
  const item = (k: number): string => text.slice(items[k]!.at, items[k + 1]?.at ?? text.length).trim();
  const last = item(items.length - 1);
  // The lead-in is only a condition when the statement it leads to is not in it already
  // ("Subject to Section 9, the Agent shall (i) …" states what it does before its list).
  // A lead-in that ends on a colon announces the cases as what it states ("Except as disclosed: (1) …").
  if (CONDITIONAL.test(head || item(0).replace(/^\(\w+\)\s*/, '')) && !consequence(head) && !/:$/.test(head)) {
    const then = consequence(last);
    return then ? `${head} ${trimJoin(item(0))} … ${then}`.trim() : undefined;
  }
  if (words(head) < 3) return undefined;
  // A first case of a few words ("(i) are perpetual and") says little alone: the next one is shown
  // too, by its own first case when it runs on with a list of its own.
  let shown = trimJoin(item(0));
  if (words(shown) < 8) {
    const next = item(1);
    shown = `${item(0)} ${trimJoin(words(next) > 40 ? (firstCase(next) ?? next).replace(/\s*…$/, '') : next)}`;
  }
  return `${head} ${shown} …`;
}

// A condition whose statement follows its cases ("If (i) … or (ii) …, then …"); "Except …",
// "Subject to …" and "Notwithstanding …" only qualify a statement that the cases may make themselves.
const CONDITIONAL = /^\W*(?:if|in\s+the\s+event|in\s+case|where|wherever|when|whenever|should|unless|upon|on|following|after)\b/i;

// An aside in parentheses long enough to be a sentence of its own (a proviso, a list of exceptions).
const LONG_ASIDE_WORDS = 25;

/** `text` with each parenthesised aside of more than LONG_ASIDE_WORDS words shown as "(…)". */
function withoutLongAsides(text: string): string {
  let out = '';
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = text.slice(start + 1, i);
        out += words(inner) > LONG_ASIDE_WORDS ? '(…)' : `(${inner})`;
      }
      continue;
    }
    if (depth === 0) out += ch;
  }
  return depth === 0 ? out : text;
}

/**
 * A sentence of more than `maxWords` words (LONG_SENTENCE_WORDS) shown by what it states, for a
 * summary line no reader skims past: by its first case when it lists cases (with the statement a
 * listed condition leads to), else up to the first top-level join after which another statement
 * begins, and with its long parenthesised asides shown as "(…)". An ellipsis marks every
 * omission, and the point's citation names the clause to read in full. Unchanged when no cut takes
 * off at least a quarter of the sentence.
 */
export function longStatement(sentence: string, options: { maxWords?: number } = {}): string {
  const total = words(sentence);
  if (total <= (options.maxWords ?? LONG_SENTENCE_WORDS)) return sentence;
  const cut = firstCase(sentence) ?? firstStatement(sentence) ?? sentence;
  const shown = withoutLongAsides(cut);
  return words(shown) <= total * 0.75 ? shown : sentence;
}
