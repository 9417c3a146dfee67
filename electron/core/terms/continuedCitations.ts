/**
 * A key term read from a sentence that a page or column break cut in two cites both halves. The
 * term reader joins such a sentence and remembers the block it ends in (TermContext's `end`); the
 * rules cite the block a sentence starts in. A lawyer checking "renews for successive one (1) year
 * / terms unless …" needs the page where the notice period is written too, so after the rule has
 * run, each cited block that starts a joined sentence the term quotes is followed by the block that
 * finishes it.
 */
import { citationOf } from '../../../shared/document';
import type { KeyTerm } from '../../../shared/terms';
import type { Sentence, TermContext } from './termContext';

const joinedCache = new WeakMap<TermContext, Map<string, Sentence[]>>();

// The joined sentences of a document, by the id of the block they start in (built once per context).
function joinedByStart(ctx: TermContext): Map<string, Sentence[]> {
  let byStart = joinedCache.get(ctx);
  if (!byStart) {
    byStart = new Map();
    for (const s of ctx.sentences) if (s.end) byStart.set(s.block.id, [...(byStart.get(s.block.id) ?? []), s]);
    joinedCache.set(ctx, byStart);
  }
  return byStart;
}

/** `term`'s citations with the block that finishes each quoted cross-break sentence after the block it starts in. */
export function continuedCitations(term: KeyTerm, ctx: TermContext): KeyTerm['citations'] {
  const byStart = joinedByStart(ctx);
  if (!byStart.size) return term.citations;
  const quoted = term.text.replace(/\s+/g, ' ');
  const out: KeyTerm['citations'] = [];
  const seen = new Set(term.citations.map((c) => c.blockId));
  for (const c of term.citations) {
    out.push(c);
    for (const s of byStart.get(c.blockId) ?? []) {
      // Only when the term quotes the sentence: the half on the next page is part of its source.
      if (!s.end || seen.has(s.end.id) || !quoted.includes(s.text)) continue;
      seen.add(s.end.id);
      out.push(citationOf(s.end));
    }
  }
  return out;
}
