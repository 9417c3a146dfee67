/**
 * Parties read from signature blocks. Some instruments name no one in their opening: a joint filing
 * agreement says "the undersigned agree…" and each signatory is known only from its signature
 * block, which by convention starts with the party's name in capitals ("ACME CAPITAL PARTNERS, L.P."
 * over "By: …, its general partner", "/s/ …", "Name: …", "Title: …").
 */
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { isGenericName, LEGAL_FORM_END } from './parties';

/** What separates the parts of a signature block laid out on one line or in a table row. */
const SIGNATURE_MARK = /\s*(\||\bBy\s*:|\/s\/|\b(?:Name|Title|Its|Date|Dated)\s*:)\s*/g;

/** A word in capitals (no lower-case letter), as signature blocks set the party's name. */
const CAPITALS_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$|^[\d&(),.'’/-]+$/u;

/**
 * The party's name at the end of one part of a signature block: the longest run of words in
 * capitals before the part's end, ending in a legal form ("ACME HOLDINGS GP, L.L.C."). What comes
 * before it in lower case ("Authorized Signatory") is the previous block's signer.
 */
function capitalsNameAtEnd(part: string): string | undefined {
  const words = part.trim().split(/\s+/);
  let start = words.length;
  while (start > 0 && CAPITALS_WORD.test(words[start - 1]!)) start--;
  // A role label before the name is not part of it ("ASSIGNEE: ACME CORP.", "MASTER FRANCHISEE: …").
  const name = words.slice(start).join(' ').replace(/^.*:\s+(?=\S)/, '').replace(/^[^\p{L}\p{N}]+|[,;:\s]+$/gu, '');
  if (name.split(' ').length < 2 || !LEGAL_FORM_END.test(name) || isGenericName(name)) return undefined;
  // A heading that names an instrument of the party ("ADDENDUM TO ACME LLC FRANCHISE …") is not a signature block.
  if (/\b(?:AGREEMENT|ADDENDUM|AMENDMENT|EXHIBIT|SCHEDULE|ATTACHMENT|APPENDIX|WITNESS)\b/.test(name)) return undefined;
  return name;
}

/** The names that head the signature blocks in `blocks`, in order, each once. */
export function partiesFromSignatures(blocks: readonly Block[]): Party[] {
  const out: Party[] = [];
  const seen = new Set<string>();
  for (const b of blocks) {
    const parts = b.text.replace(/\s+/g, ' ').split(SIGNATURE_MARK);
    // split() with a capture group alternates text and marks: a part right after "By:" is a signer
    // acting for the party ("By: Acme GP LLC, its general partner"), never a party of its own.
    for (let k = 0; k < parts.length; k += 2) {
      const mark = k > 0 ? parts[k - 1]!.trim() : '';
      if (/^(?:By|Name)/i.test(mark)) continue;
      const name = capitalsNameAtEnd(parts[k]!);
      // Compared without spaces or punctuation: a scan may split a word ("TH E ACME CORP.").
      const key = name?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      if (name && key && !seen.has(key)) {
        seen.add(key);
        out.push({ name });
      }
    }
  }
  return out;
}
