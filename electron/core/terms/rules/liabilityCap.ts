/** Liability cap: the amount or basis liability is limited to. */
import type { KeyTerm } from '../../../../shared/terms';
import { currency, MONEY } from '../money';
import { makeTerm, type Sentence, type TermContext } from '../termContext';

function first(sents: readonly Sentence[], re: RegExp, where?: (s: Sentence) => boolean): Sentence | undefined {
  return sents.find((s) => re.test(s.text) && (!where || where(s)));
}

/** A phrase cut at a word boundary to at most `max` characters, marked with an ellipsis when cut. */
function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

export function liabilityCapRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const s = first(
    sents,
    /\b(liabilit\w*|liable)\b[^.]{0,250}\b(shall not exceed|will not exceed|not to exceed|(?:will|shall) not be more than|(?<!not )limited to|exceed|capped at|maximum aggregate)\b/i,
    (c) => /\b(in no event|not|aggregate|total|maximum|cap\w*|limited to)\b/i.test(c.text) && !/\bindemnif/i.test(c.text.slice(0, 80)),
  );
  if (!s) return undefined;
  MONEY.lastIndex = 0;
  const money = s.text.match(MONEY)?.[0];
  const basis = /\b(?:exceed|limited to|capped at|more than)\s+([^.;]{5,400})/i.exec(s.text)?.[1];
  const value = money ? currency(money) : basis ? shorten(basis) : 'limited (see clause)';
  return makeTerm(value, s.text, [s.block]);
}
