import { expect } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { KeyTerms } from '../../../shared/terms';

/**
 * Whether a key term's value is the one a probe wants: a wanted value ending in "*" is a prefix
 * ("1 year each, automatic*"); null means no value at all.
 */
export function matchesProbe(want: string | null, got: string | undefined): boolean {
  if (want === null) return got === undefined;
  return typeof got === 'string' && (want.endsWith('*') ? got.startsWith(want.slice(0, -1)) : got === want);
}

/**
 * Reads `text` as a plain-text contract and checks each field a probe names against the key terms
 * found, as matchesProbe reads the wanted value; returns the key terms for further checks.
 */
export async function expectProbe(text: string, want: Partial<Record<keyof KeyTerms, string | null>>): Promise<KeyTerms> {
  const doc = await extractDocument({ bytes: new TextEncoder().encode(text), name: 'contract.txt' });
  const terms = extractKeyTerms(doc).terms;
  for (const [field, value] of Object.entries(want) as [keyof KeyTerms, string | null][]) {
    const got = terms[field]?.value;
    expect(matchesProbe(value, typeof got === 'string' ? got : undefined), `${field}: want ${value}, got ${JSON.stringify(got)}`).toBe(true);
  }
  return terms;
}
