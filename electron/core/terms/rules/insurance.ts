/** Insurance the contract requires a party to carry. */
import type { KeyTerm } from '../../../../shared/terms';
import { currency, MONEY } from '../money';
import { makeTerm, type Sentence, type TermContext } from '../termContext';

function first(sents: readonly Sentence[], re: RegExp, where?: (s: Sentence) => boolean): Sentence | undefined {
  return sents.find((s) => re.test(s.text) && (!where || where(s)));
}

export function insuranceRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const s = first(sents, /\b(maintain|carry|procure|obtain|keep)\b[^.]{0,120}\binsurance\b|\binsurance (coverage|policy|policies)\b[^.]{0,80}\b(of|at least|not less than|minimum)\b/i);
  if (!s) return undefined;
  MONEY.lastIndex = 0;
  const money = s.text.match(MONEY)?.[0];
  return makeTerm(money ? `required; at least ${currency(money)}` : 'required', s.text, [s.block]);
}
