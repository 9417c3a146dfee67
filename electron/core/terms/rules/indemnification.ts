/** Indemnification: who indemnifies whom (mutual or by one party). */
import type { KeyTerm } from '../../../../shared/terms';
import { makeTerm, type TermContext } from '../termContext';

export function indemnificationRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const all = sents.filter((s) => /\b(shall|will|agrees? to|covenants? and agrees? to)\b[^.]{0,80}\b(indemnif\w+|hold harmless)\b/i.test(s.text));
  if (!all.length) return undefined;
  const who = all
    .map((s) => /^(?:[0-9.]+\s+)?(?:subject to [^,]*,\s*)?(.{2,60}?)\s+(?:hereby|covenants|agrees|shall|will)\b/i.exec(s.text)?.[1]?.trim())
    .map((w) => w?.replace(/\s*\([^)]*\)/g, '').trim())
    .filter((w): w is string => !!w && w.split(' ').length <= 5 && (/^[A-Z]/.test(w) || /^(each|either) party$/i.test(w)));
  const unique = [...new Set(who.map((w) => w.replace(/^the\s+/i, '')))];
  const mutual = unique.some((w) => /^(each|either) party$/i.test(w)) || unique.length >= 2;
  const value = mutual ? `mutual${unique.length >= 2 && !unique.some((w) => /party$/i.test(w)) ? ` (${unique.slice(0, 2).join(', ')})` : ''}` : unique[0] ? `by ${unique[0]}` : 'stated in the clause';
  const used = all.slice(0, 2);
  return makeTerm(value, used.map((s) => s.text).join(' … '), used.map((s) => s.block));
}
