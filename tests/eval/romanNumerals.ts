/** Roman numerals for the rewrites that renumber clauses (1-39, as outline numbering reaches). */
const ROMAN = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
] as const;

/** 1-39 as a Roman numeral ("XIV"). */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** A Roman numeral's value ("XIV" is 14), or undefined where the letters are not one. */
export function fromRoman(letters: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let n = 0;
  for (let k = 0; k < letters.length; k++) {
    const v = values[letters[k]!]!;
    const next = values[letters[k + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n > 0 && toRoman(n) === letters ? n : undefined;
}
