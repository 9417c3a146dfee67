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
 *    ("third-|party" in a document that says "third" and "party" but never "thirdparty").
 * 4. Otherwise: join (ordinary typographic hyphenation: "equip-|ment").
 */

/** Stands between the halves of a word split at a line end until the document decides. */
export const LINE_HYPHEN = '\uE000';

const SEPARATORS = /[^\p{L}\p{N}\-‐‑\uE000]+/u;
const SPLIT = /([\p{L}\p{N}]+)\uE000([\p{L}\p{N}]+)/gu;

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
    for (const [, a, b] of t.matchAll(SPLIT)) {
      const [la, lb] = [a!.toLowerCase(), b!.toLowerCase()];
      for (const c of [la, lb, `${la}${lb}`, `${la}-${lb}`]) candidates.add(c);
    }
  }
  const { tokens, parts } = vocabulary(texts, candidates);
  const keep = (a: string, b: string): boolean => {
    if (/^\p{Lu}/u.test(b)) return true;
    const joined = tokens.get(`${a}${b}`.toLowerCase()) ?? 0;
    const hyphenated = tokens.get(`${a}-${b}`.toLowerCase()) ?? 0;
    if (joined > 0 || hyphenated > 0) return hyphenated > joined;
    return a.length >= 3 && b.length >= 3 && parts.has(a.toLowerCase()) && parts.has(b.toLowerCase());
  };
  return texts.map((t) =>
    t.includes(LINE_HYPHEN) ? t.replace(SPLIT, (_, a: string, b: string) => `${a}${keep(a, b) ? '-' : ''}${b}`).replaceAll(LINE_HYPHEN, '-') : t,
  );
}
