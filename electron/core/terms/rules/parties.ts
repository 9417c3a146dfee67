/** Parties: the opening sentence's between/among list, else "Licensor: NAME" lines, else defined short names. */
import type { Block } from '../../../../shared/document';
import type { KeyTerm, Party } from '../../../../shared/terms';
import { hasBlank } from '../blanks';
import { partiesFromDefinitions, partiesFromOpening, partyFromRoleLine } from '../parties';
import { makeTerm, type TermContext } from '../termContext';

/** Blocks read together as one opening: layout often breaks the first sentence over lines or blocks. */
const OPENING_SPAN = 6;

/** A cover page's line that ends its party list: a rule, a date, "Dated as of …". */
const COVER_END = /^(?:[_\-–—=*\s]+|(?:dated\b.*)|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}))$/i;

/**
 * The text of an opening read over several blocks. A cover page sets "A", "and", "B" on lines of
 * their own: an "and" (or "- and -") line separates two parties, and a rule or a date line ends the list.
 */
function openingText(span: readonly Block[]): string {
  const parts: string[] = [];
  for (const [k, b] of span.entries()) {
    const t = b.text.trim();
    if (k > 0 && COVER_END.test(t)) break;
    parts.push(/^[-–—\s]*and[-–—\s:]*$/i.test(t) ? ';' : t);
  }
  return parts.join(' ');
}

export function partiesRule(ctx: TermContext): KeyTerm | undefined {
  const options = { usedLater: ctx.usedLater };
  let single: { parties: Party[]; text: string; blocks: Block[] } | undefined;
  let listed: typeof single;
  // Blocks, not sentences: a cover page sets "BY AND BETWEEN A" and "AND B" as separate heading lines.
  for (const [i, block] of ctx.preamble.entries()) {
    // Once the opening has named parties, recitals and clauses that say "between" speak of other agreements.
    if ((listed || single) && /^\s*(?:WHEREAS|Whereas|RECITALS?|Recitals?|BACKGROUND|NOW,? THEREFORE)\b/.test(block.text)) break;
    if (!/\b(between|among|amongst)\b/i.test(block.text)) continue;
    const text = openingText(ctx.preamble.slice(i, i + OPENING_SPAN));
    const parties = partiesFromOpening(text, options);
    const cited = { parties, text: block.text, blocks: [block] };
    // A cover line ("AGREEMENT BETWEEN A AND B") names the parties too, but the sentence that also
    // gives them short names is the one the contract itself relies on: prefer it when there is one.
    if (parties.length >= 2 && parties.some((p) => p.role)) return makeTerm(parties, block.text, [block], parties.some((p) => hasBlank(p.name)));
    if (parties.length >= 2) listed ??= cited;
    if (parties.length === 1) single ??= cited;
  }
  if (listed) return makeTerm(listed.parties, listed.text, listed.blocks, listed.parties.some((p) => hasBlank(p.name)));
  const roles = ctx.preamble.map((b) => ({ b, p: partyFromRoleLine(b.text) })).filter((x): x is { b: Block; p: Party } => !!x.p);
  if (roles.length >= 2) return makeTerm(roles.map((r) => r.p), roles.map((r) => r.b.text).join('; '), roles.map((r) => r.b));
  // Templates list parties under a "Parties:" label, one per line, often as blanks.
  const label = ctx.preamble.findIndex((b) => /^parties\s*:?$/i.test(b.text.trim()));
  // A "PARTIES" heading over a numbered list reads like an opening's list: "(1) A Ltd … ; and (2) B …".
  if (label >= 0) {
    const after: Block[] = [];
    for (const b of ctx.preamble.slice(label + 1, label + 1 + OPENING_SPAN)) {
      if (/^\s*(?:WHEREAS|RECITALS?|BACKGROUND|AGREED\s+TERMS|IT\s+IS\s+AGREED|NOW,?\s+THEREFORE|\d+\.\s|ARTICLE)\b/i.test(b.text)) break;
      after.push(b);
    }
    const listed = partiesFromOpening(`between ${after.map((b) => b.text).join(' ')}`, options);
    if (listed.length >= 2) return makeTerm(listed, after.map((b) => b.text).join(' '), after, listed.some((p) => hasBlank(p.name)));
  }
  if (label >= 0) {
    const listed: Block[] = [];
    for (const b of ctx.preamble.slice(label + 1, label + 10)) {
      if (/^\s*\d+[.)]\s/.test(b.text) || b.clause) break;
      if (b.text.length < 1200 && /^(?:(?:or|and)\s+)?\[?[A-Z]/i.test(b.text.trim())) listed.push(b);
    }
    const names = listed
      .flatMap((b) => b.text.trim().split(/\s+(?:or|and)\s+(?=\[)/i))
      .map((t) => t.replace(/^(?:or|and)\s+/i, ''))
      .map((t) => ({ name: (/^(\[[^\]]+\]|[^,]+?)(?:,|\s+of\s+|$)/.exec(t)?.[1] ?? t).trim() }))
      .filter((p) => p.name && !/^(or|and)$/i.test(p.name));
    const unique = names.filter((p, i) => names.findIndex((q) => q.name === p.name) === i);
    if (unique.length) return makeTerm(unique, listed.map((b) => b.text).join(' '), listed, unique.some((p) => hasBlank(p.name)));
  }
  for (const s of ctx.opening) {
    const found = partiesFromDefinitions(s.text, options);
    if (found.length >= 2) return makeTerm(found, s.text, [s.block], found.some((p) => hasBlank(p.name)));
  }
  if (single) return makeTerm(single.parties, single.text, single.blocks, single.parties.some((p) => hasBlank(p.name)));
  return undefined;
}
