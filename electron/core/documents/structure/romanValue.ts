/**
 * Roman numerals as contracts number their clauses and items ("IV.", "(xii)"), read by the structure
 * builder and by the sentence joiner alike, and written where a Word list or an item counts in them.
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

/**
 * Roman numerals have no standard form from 4,000 on (they need a bar over the letters), so such a
 * counter is written in digits: a crafted start value (up to two billion) would otherwise give a
 * label of two million m's.
 */
const ROMAN_LIMIT = 3999;

/** The small roman numeral of `n` (4 is "iv"); from 4,000 on, its digits. */
export function romanNumeral(n: number): string {
  if (n > ROMAN_LIMIT) return String(n);
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}
