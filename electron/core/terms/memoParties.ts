/**
 * The parties of a confirmation or a letter agreement set out as a memo: "To: A" and "From: B" head
 * lines (or table rows "To: | A"). The one it is addressed to and the one that sends it are the two
 * parties, as a trade confirmation between a dealer and its counterparty is.
 */
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { hasEntityForm, isPersonName, nameOf, shortNamesOf } from './parties';

/** "To: Acme Bank, N.A. (…)", "From: | Bolt AG, London Branch": the label, then the name. Group 1: label, 2: the rest. */
const MEMO_LINE = /^\s*(To|From)\s*:\s*\|?\s*(\S.*)$/i;

/** How many head lines a memo's To/From may stand in. */
const MEMO_HEAD_LINES = 15;

function partyOf(rest: string): Party | undefined {
  // A table row may carry more cells after the name ("From: | Bolt AG | Date: …").
  const cell = rest.split(' | ')[0]!;
  const name = nameOf(cell);
  if (!name || !(hasEntityForm(name) || isPersonName(name))) return undefined;
  const role = shortNamesOf(cell)[0];
  return role ? { name, role } : { name };
}

/** The addressee and the sender of a memo-form head, or undefined unless both are names. */
export function partiesFromMemo(head: readonly Block[]): { parties: Party[]; blocks: Block[] } | undefined {
  let to: { p: Party; b: Block } | undefined;
  let from: typeof to;
  for (const b of head.slice(0, MEMO_HEAD_LINES)) {
    const m = MEMO_LINE.exec(b.text.replace(/\s+/g, ' '));
    if (!m) continue;
    const p = partyOf(m[2]!);
    if (!p) continue;
    if (/^to$/i.test(m[1]!)) to ??= { p, b };
    else from ??= { p, b };
  }
  if (!to || !from || to.p.name.toLowerCase() === from.p.name.toLowerCase()) return undefined;
  return { parties: [to.p, from.p], blocks: [to.b, from.b] };
}
