/** Payment: the amounts the contract states and when they fall due. */
import type { KeyTerm } from '../../../../shared/terms';
import { currency, MONEY } from '../money';
import { makeTerm, type TermContext } from '../termContext';

export function paymentRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const payish = /\b(pay\w*|fees?|price|royalt\w*|compensat\w*|purchase amount|consideration|invoice\w*|rates?|charges?)\b/i;
  const withMoney = sents.filter((s) => payish.test(s.text) && MONEY.test(s.text) && !/\binsurance|liabilit/i.test(s.text));
  MONEY.lastIndex = 0;
  const timing = sents.find((s) => /\b(within|no later than|net)\s+\w+\s*(\(\d+\)\s*)?days?\b[^.]{0,60}\b(invoice|receipt|after)|\binvoices?\b[^.]{0,80}\b(payable|due|paid) within\b/i.test(s.text));
  const blankMoney = sents.find((s) => payish.test(s.text) && /(?:\$|€|£)\s?\[[^\]]*\]|\[\s*_{2,}\s*\]\s*(dollars|euros|pounds)/i.test(s.text));
  if (!withMoney.length && blankMoney) {
    const m = /(?:\$|€|£)\s?\[[^\]]*\]|\[\s*_{2,}\s*\]\s*(?:dollars|euros|pounds)/i.exec(blankMoney.text)!;
    return makeTerm(m[0], blankMoney.text, [blankMoney.block], true);
  }
  if (!withMoney.length && !timing) {
    const payer = sents.find((s) => /\b(shall|will|must|agrees? to)\s+pay\b/i.test(s.text));
    return payer ? makeTerm('payment obligation stated, no amount in the text', payer.text, [payer.block]) : undefined;
  }
  const amounts: string[] = [];
  for (const s of withMoney.slice(0, 3)) for (const m of s.text.matchAll(MONEY)) if (amounts.length < 3 && !amounts.includes(currency(m[0]))) amounts.push(currency(m[0]));
  const due = timing ? /\b(within|no later than)\s+\w+\s*(?:\(\d+\)\s*)?days?[^.;,]{0,60}/i.exec(timing.text)?.[0] ?? /\bnet\s+\d+/i.exec(timing.text)?.[0] : undefined;
  const value = [amounts.join(', '), due].filter(Boolean).join('; ');
  const used = [...withMoney.slice(0, 2), ...(timing ? [timing] : [])];
  const blank = used.some((s) => /\$\s?\[|\[\s*_*\s*\]|\$_{2,}/.test(s.text));
  return makeTerm(value || 'stated in the clause', used.map((s) => s.text).join(' … '), used.map((s) => s.block), blank);
}
