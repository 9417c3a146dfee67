/**
 * Two fixed halves of an evaluation's items by their file's place in the file-name order (A even, B
 * odd), as the terms evaluation splits contracts: a rule found by reading one half's misses is checked
 * on the other, which it was not fitted to. Every item of one file falls in the same half.
 */
export function halvesByFile<T extends { pdf: string }>(items: readonly T[]): { a: T[]; b: T[] } {
  const files = [...new Set(items.map((x) => x.pdf))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const even = new Set(files.filter((_, i) => i % 2 === 0));
  return { a: items.filter((x) => even.has(x.pdf)), b: items.filter((x) => !even.has(x.pdf)) };
}
