/**
 * Words split by a hyphen at a line end ("equip-|ment", "third-|party"). Whether the hyphen is
 * typographic (drop it) or part of the word (keep it) can only be told from the whole document,
 * so line joining leaves a mark ({@link LINE_HYPHEN}) and {@link resolveLineHyphens} decides once
 * every page has been laid out.
 *
 * The rule, for a split "A-|B":
 * 1. B starts with a capital ("non-|Disclosure", "Call-|Off"): keep the hyphen.
 * 2. Elsewhere in the document (outside other line-end splits), the hyphenated form "A-B" is seen
 *    more often than the joined word "AB": keep the hyphen; the joined word is seen at least as
 *    often: join.
 * 3. Neither is seen, and A and B (each at least 3 letters) both occur as words: keep the hyphen
 *    ("third-|party" in a document that says "third" and "party" but never "thirdparty"). Where the
 *    split word is part of a longer compound ("year-|to-year", "day-to-|day"), a hyphen stands next
 *    to the break already and A and B of any length count: a typesetter breaks a compound at its own
 *    hyphens, and "yearto-year" is no word.
 * 4. Otherwise: join (ordinary typographic hyphenation: "equip-|ment").
 */

/** Stands between the halves of a word split at a line end until the document decides. */
export const LINE_HYPHEN = '\uE000';

const SEPARATORS = /[^\p{L}\p{N}\-‐‑\uE000]+/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** One split word "A|B": the halves and where the whole "A\uE000B" stands in its text. */
interface Split {
  start: number;
  end: number;
  a: string;
  b: string;
}

/** The code point ending just before `i` (a surrogate pair whole), as a string. */
function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.slice(i - 1, i);
}

/** The code point starting at `i` (a surrogate pair whole), as a string. */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i)!;
  return text.slice(i, i + (cp > 0xffff ? 2 : 1));
}

/**
 * Every split word of `text`: letters and digits, the mark, letters and digits, taken left to right
 * without overlap (as a global match of that pattern would take them). Found from each mark outwards
 * rather than by a pattern, which would try every letter of a long word as a start and read the
 * rest of the word from each: time growing with the square of the word's length.
 */
function splitsOf(text: string): Split[] {
  const out: Split[] = [];
  let from = 0;
  for (let mark = text.indexOf(LINE_HYPHEN); mark >= 0; mark = text.indexOf(LINE_HYPHEN, Math.max(mark + 1, from))) {
    if (mark < from) continue;
    let start = mark;
    while (start > from) {
      const c = charBefore(text, start);
      if (!WORD_CHAR.test(c)) break;
      start -= c.length;
    }
    let end = mark + 1;
    while (end < text.length) {
      const c = charAt(text, end);
      if (!WORD_CHAR.test(c)) break;
      end += c.length;
    }
    if (start === mark || end === mark + 1) continue;
    out.push({ start, end, a: text.slice(start, mark), b: text.slice(mark + 1, end) });
    from = end;
  }
  return out;
}

/**
 * How often each candidate form occurs as a whole word ("third-party", "thirdparty"), and which
 * candidates occur as a word or as part of a compound ("third", "party"). Only candidates are
 * counted: this runs over the whole document.
 */
function vocabulary(texts: string[], candidates: Set<string>): { tokens: Map<string, number>; parts: Set<string> } {
  const tokens = new Map<string, number>();
  const parts = new Set<string>();
  for (const text of texts) {
    for (let token of text.toLowerCase().split(SEPARATORS)) {
      // Split words are what is being decided: they are not evidence.
      if (token.length === 0 || token.includes(LINE_HYPHEN)) continue;
      if (/[‐‑]/.test(token)) token = token.replace(/[‐‑]/g, '-');
      if (candidates.has(token)) tokens.set(token, (tokens.get(token) ?? 0) + 1);
      if (token.includes('-')) {
        for (const part of token.split('-')) if (candidates.has(part)) parts.add(part);
      } else if (candidates.has(token)) parts.add(token);
    }
  }
  return { tokens, parts };
}

/** Resolves every {@link LINE_HYPHEN} mark in `texts` (one document's unit texts), per the rule above. */
export function resolveLineHyphens(texts: string[]): string[] {
  if (!texts.some((t) => t.includes(LINE_HYPHEN))) return texts;
  const candidates = new Set<string>();
  for (const t of texts) {
    if (!t.includes(LINE_HYPHEN)) continue;
    for (const { a, b } of splitsOf(t)) {
      const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
      for (const c of [la, lb, `${la}${lb}`, `${la}-${lb}`]) candidates.add(c);
    }
  }
  const { tokens, parts } = vocabulary(texts, candidates);
  const keep = (a: string, b: string, compound: boolean): boolean => {
    if (/^\p{Lu}/u.test(b)) return true;
    const joined = tokens.get(`${a}${b}`.toLowerCase()) ?? 0;
    const hyphenated = tokens.get(`${a}-${b}`.toLowerCase()) ?? 0;
    if (joined > 0 || hyphenated > 0) return hyphenated > joined;
    return (compound || (a.length >= 3 && b.length >= 3)) && parts.has(a.toLowerCase()) && parts.has(b.toLowerCase());
  };
  /** A hyphen stands just before the split word or just after it: it is part of a longer compound. */
  const inCompound = (t: string, start: number, end: number): boolean => /[-‐‑]/.test(t[start - 1] ?? '') || /[-‐‑]/.test(t[end] ?? '');
  return texts.map((t) => {
    if (!t.includes(LINE_HYPHEN)) return t;
    let out = '';
    let at = 0;
    for (const { start, end, a, b } of splitsOf(t)) {
      out += `${t.slice(at, start)}${a}${keep(a, b, inCompound(t, start, end)) ? '-' : ''}${b}`;
      at = end;
    }
    return `${out}${t.slice(at)}`.replaceAll(LINE_HYPHEN, '-');
  });
}
