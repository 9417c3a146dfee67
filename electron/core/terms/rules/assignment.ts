/** Assignment: whether a party may assign the contract, and with whose consent. */
import type { KeyTerm } from '../../../../shared/terms';
import { makeTerm, type Sentence, type TermContext } from '../termContext';

function first(sents: readonly Sentence[], re: RegExp, where?: (s: Sentence) => boolean): Sentence | undefined {
  return sents.find((s) => re.test(s.text) && (!where || where(s)));
}

export function assignmentRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const s = first(sents, /\b(may not|shall not|will not|cannot|no party may|neither\b[^.]{0,40}\b(may|shall|are))\b[^.]{0,80}\bassign\w*\b|\bassign\w*\b[^.]{0,120}\b(without (the )?(prior )?(written )?consent|consent of the other)\b|\bmay (freely )?assign\b/i, (c) => !/\bassignment for the benefit of creditors\b/i.test(c.text));
  if (!s) return undefined;
  const consent = /\bwithout (?:the )?(?:prior )?(?:express )?(?:written )?consent\b|\bconsent of the other\b/i.test(s.text);
  const prohibited = consent || /\b(may not|shall not|will not|cannot|no party may|neither\b[^.]{0,60}\b(may|shall|are|is)|not (transferable|assignable))\b/i.test(s.text);
  const exceptions = /\b(affiliate|successor|merger|acquisition|change of control|sale of all)\w*/i.exec(s.text);
  const value = prohibited ? (consent ? 'consent of the other party required' : 'not assignable') : /freely/i.test(s.text) ? 'freely assignable' : 'assignable (see clause)';
  return makeTerm(exceptions && prohibited ? `${value} (except to ${exceptions[0].toLowerCase().replace(/s$/, '')}s)` : value, s.text, [s.block]);
}
