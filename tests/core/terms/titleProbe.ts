import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string };

// A body of numbered clauses after the opening, so that the title is read from a whole contract's head.
const clauses: Entry[] = Array.from({ length: 12 }, (_, k) => ({ text: `${k + 1}. Covenant. Each party shall perform its obligations under clause ${k + 1} in good faith.`, clause: String(k + 1) }));
const clauseText = clauses.map((c) => (typeof c === 'string' ? c : c.text)).join('\n\n');

/** The title of a contract whose head is `head` (one heading line each), then `opening`, then a body of clauses. */
export function titleOf(head: readonly string[], opening: string): unknown {
  return extractKeyTerms(makeDoc([...head.map((text): Entry => ({ text, kind: 'heading' })), opening, ...clauses])).terms.title?.value;
}

/** The title of a plain-text contract, as a flattened text file gives it, with the same body of clauses. */
export async function titleOfText(text: string): Promise<unknown> {
  const doc = await extractDocument({ bytes: new TextEncoder().encode(`${text}\n\n${clauseText}\n`), name: 'contract.txt' });
  return extractKeyTerms(doc).terms.title?.value;
}
