import { describe, expect, it } from 'vitest';
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

/** One probe: a named plain-text contract and the key-term values wanted of it (see matchesProbe). */
export interface Probe {
  name: string;
  text: string;
  expect: Partial<Record<keyof KeyTerms, string | null>>;
}

/** A contract: a title line, then one paragraph per clause. */
export const contractText = (title: string, ...paras: string[]): string => [title, ...paras].join('\n\n') + '\n';

/** A probe named `name`. */
export const probe = (name: string, text: string, expect: Probe['expect']): Probe => ({ name, text, expect });

/** Each probe as a test of its own under `title`. */
export function runProbes(title: string, probes: readonly Probe[]): void {
  describe(title, () => {
    it.each(probes.map((x) => [x.name, x] as const))('%s', async (_name, x) => {
      await expectProbe(x.text, x.expect);
    });
  });
}
