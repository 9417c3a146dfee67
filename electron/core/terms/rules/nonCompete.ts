/** Non-compete, non-solicitation and exclusivity. */
import type { KeyTerm } from '../../../../shared/terms';
import { makeTerm, type Sentence, type TermContext } from '../termContext';

function first(sents: readonly Sentence[], re: RegExp, where?: (s: Sentence) => boolean): Sentence | undefined {
  return sents.find((s) => re.test(s.text) && (!where || where(s)));
}

export function nonCompeteRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const compete = first(sents, /\bnon-?compet\w*|\bshall not[^.]{0,60}\b(compete|engage in (any )?(business|activit))|\bnon-?solicit\w*/i);
  const exclusive = first(sents, /\b(sole and )?exclusive (provider|supplier|distributor|licen[cs]ee?|rights?|dealer|agent|reseller|purchaser|customer)\b|\ban? (\d+ year )?exclusive[^.]{0,40}\blicen[cs]e\b/i, (c) => !/\b(non-exclusive|remedy|remedies)\b/i.test(c.text) && !/["“][^"”]{2,50}["”]\s+(means|shall mean)\b/i.test(c.text));
  const s = compete ?? exclusive;
  if (!s) return undefined;
  const value = compete ? (/solicit/i.test(compete.text) && !/compet/i.test(compete.text) ? 'non-solicitation' : 'non-compete') : 'exclusivity';
  const used = [compete, exclusive].filter((x): x is Sentence => !!x);
  return makeTerm(compete && exclusive ? `${value}; exclusivity` : value, used.map((x) => x.text).join(' … '), used.map((x) => x.block));
}
