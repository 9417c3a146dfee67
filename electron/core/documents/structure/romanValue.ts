/**
 * Roman numerals as contracts number their clauses and items ("IV.", "(xii)"), read by the structure
 * builder and by the sentence joiner alike.
 */

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** The value of a lower- or upper-case roman numeral ("iv" is 4), or 0 when the text is not one. */
export function romanValue(text: string): number {
  const t = text.toLowerCase();
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN_DIGITS[t[i]!];
    if (!v) return 0;
    const next = ROMAN_DIGITS[t[i + 1] ?? ''] ?? 0;
    total += next > v ? -v : v;
  }
  return total;
}
