/** Jurisdiction: the courts or the seat of arbitration disputes go to, and whether exclusively. */
import type { KeyTerm } from '../../../../shared/terms';
import { makeTerm, type TermContext } from '../termContext';

export function jurisdictionRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const cue = /\b(exclusive|non-exclusive)?\s*jurisdiction of\b|\bsubmits? to the\b[^.]{0,60}\bjurisdiction\b|\bcourts? (?:of|located in|sitting in)\b|\bvenue\b[^.]{0,60}\b(?:in|of)\b|\barbitration\b[^.]{0,160}\b(?:held|seated|conducted|take place) in\b/i;
  const noise = /\b(competent jurisdiction|having or asserting jurisdiction|jurisdiction of (its|their) (organi[sz]ation|incorporation)|any jurisdiction|insolven\w*|bankrupt\w*)\b/i;
  for (const s of sents) {
    if (!cue.test(s.text) || noise.test(s.text)) continue;
    const courts = /\b(?:courts?|tribunals?)\s+(?:of|located in|sitting in|in)\s+(?:the\s+)?([A-Z][^,.;()]{2,60}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)/.exec(s.text) ?? /\b(?:held|seated|conducted|take place|venue (?:shall be|is|of))\s+in\s+(?:the\s+)?([A-Z][^,.;()]{2,60}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)/.exec(s.text) ?? /\bjurisdiction of (?:the\s+)?([A-Z][^,.;()]{2,60})/.exec(s.text);
    const place = courts?.[1]?.replace(/\s+(?:in|for|with|and|to)\s*$/i, '').trim();
    if (!place) continue;
    const exclusive = /\bnon-exclusive jurisdiction\b/i.test(s.text) ? 'non-exclusive' : /\bexclusive\b/i.test(s.text) ? 'exclusive' : undefined;
    const arbitration = /\barbitrat/i.test(s.text) ? 'arbitration' : undefined;
    return makeTerm([place, exclusive, arbitration].filter(Boolean).join('; '), s.text, [s.block]);
  }
  return undefined;
}
