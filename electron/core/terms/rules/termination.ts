/** Termination rights: for cause and for convenience, with the notice a party must give. */
import type { KeyTerm } from '../../../../shared/terms';
import { findDuration, formatDuration } from '../duration';
import { makeTerm, type Sentence, type TermContext } from '../termContext';

/** "fifteen (15) years" → "15 years": the first duration in `text`. */
function durationText(text: string): string | undefined {
  const d = findDuration(text);
  return d ? formatDuration(d) : undefined;
}

export function terminationRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const rights = sents.filter(
    (s) =>
      /\b(may|shall have the right to|will have the right to|is entitled to|can)\s+(immediately\s+)?(terminate|be terminated)\b[^.]{0,60}\b(this|the|an?|any)\s+(\w+\s+){0,2}(agreement|contract|terms|order form|licen[cs]e|lease|sow|statement of work)|\b(this|the) (agreement|contract)\b[^.]{0,40}\bmay be terminated\b|\bterminat\w+ (this agreement |the agreement )?for (convenience|cause)\b/i.test(s.text) &&
      !/\b(no material breach|would give any party)\b/i.test(s.text),
  );
  if (!rights.length) return undefined;
  const kinds: string[] = [];
  const cause = rights.find((s) => /\b(breach|default|insolven\w*|bankrupt\w*|fails? to|material)\b/i.test(s.text));
  const convenience = rights.find((s) => /\b(convenience|without cause|for any reason|at any time|no reason)\b/i.test(s.text));
  if (cause) kinds.push('for cause');
  if (convenience) kinds.push('for convenience');
  const noticeSrc = convenience ?? cause ?? rights[0]!;
  const notice = /(\d+|\w+)\s*(?:\(\d+\)\s*)?(?:business |calendar )?days?['’]?\s*(?:prior\s+)?(?:written\s+)?notice|notice of (?:at least |not less than )?\w+\s*(?:\(\d+\)\s*)?days/i.exec(noticeSrc.text);
  const d = notice ? durationText(notice[0]) : undefined;
  const value = [kinds.length ? kinds.join(' and ') : 'rights stated', d ? `${d}' notice` : undefined].filter(Boolean).join('; ');
  const used = [cause, convenience].filter((s): s is Sentence => !!s);
  const sources = used.length ? used : [rights[0]!];
  return makeTerm(value, sources.map((s) => s.text).join(' … '), sources.map((s) => s.block));
}
