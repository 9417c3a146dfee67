/**
 * Whether a key term's value is the one a probe wants: a wanted value ending in "*" is a prefix
 * ("1 year each, automatic*"); null means no value at all.
 */
export function matchesProbe(want: string | null, got: string | undefined): boolean {
  if (want === null) return got === undefined;
  return typeof got === 'string' && (want.endsWith('*') ? got.startsWith(want.slice(0, -1)) : got === want);
}
