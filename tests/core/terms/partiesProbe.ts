import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const heading = (text: string): Entry => ({ text, kind: 'heading' });
// Enough clauses that the signature page stands past the opening blocks, as in a real contract.
const clauses: Entry[] = Array.from({ length: 30 }, (_, k) => ({ text: `${k + 1}. Covenant. Each party shall perform its obligations under clause ${k + 1} in good faith.`, clause: String(k + 1) }));
const clauseText = clauses.map((c) => (typeof c === 'string' ? c : c.text)).join('\n\n');
const SIGNED = 'IN WITNESS WHEREOF, the parties have signed this Agreement.';

/** Parties shown as "Name (Role); Name". */
export const shown = (parties: readonly Party[] | undefined): string | undefined => parties?.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');

/** The parties of a contract whose title heads the opening blocks, then 30 clauses and `tail`. */
export const partiesOf = (title: string, opening: readonly Entry[], tail: readonly Entry[] = [SIGNED]): string | undefined =>
  shown(extractKeyTerms(makeDoc([...(title ? [heading(title)] : []), ...opening, ...clauses, ...tail])).terms.parties?.value as Party[] | undefined);

/** The parties of a plain-text contract, as a flattened text file gives it, with the same clauses and signature line. */
export const partiesOfText = async (text: string): Promise<string | undefined> => {
  const doc = await extractDocument({ bytes: new TextEncoder().encode(`${text}\n\n${clauseText}\n\n${SIGNED}\n`), name: 'contract.txt' });
  return shown(extractKeyTerms(doc).terms.parties?.value as Party[] | undefined);
};
