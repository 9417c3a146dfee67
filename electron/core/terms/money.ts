/** Amounts of money as contracts write them, and their normalised form ("USD 1,000,000"). */

/**
 * A currency sign or code before the figure ("$1,000", "US$ 2.5 million", "EUR 300"), or a figure
 * followed by the currency in words ("5,000 dollars"). Global: reset `lastIndex` or use matchAll.
 */
export const MONEY = /(?:US\$|USD|\$|€|EUR|£|GBP|CAD|C\$|A\$|AUD|RMB|¥)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand|[mk]\b))?|\d[\d,]*(?:\.\d+)?\s?(?:dollars|euros|pounds)\b/gi;

/** True when `text` states an amount of money. */
export function hasMoney(text: string): boolean {
  MONEY.lastIndex = 0;
  const found = MONEY.test(text);
  MONEY.lastIndex = 0;
  return found;
}

/** Every amount in `text`, in order. */
export function findMoney(text: string): string[] {
  return [...text.matchAll(MONEY)].map((m) => m[0]);
}

/** "$ 1,000" → "USD 1,000"; "5,000 euros" → "EUR 5,000". */
export function currency(amount: string): string {
  const a = amount.replace(/\s+/g, ' ').trim();
  const code = /^(US\$|USD|\$)/i.test(a) ? 'USD' : /^(€|EUR)/i.test(a) ? 'EUR' : /^(£|GBP)/i.test(a) ? 'GBP' : /^(CAD|C\$)/i.test(a) ? 'CAD' : /^(A\$|AUD)/i.test(a) ? 'AUD' : /^(RMB|¥)/i.test(a) ? 'CNY' : /dollars/i.test(a) ? 'USD' : /euros/i.test(a) ? 'EUR' : /pounds/i.test(a) ? 'GBP' : '';
  const number = a.replace(/^(US\$|USD|\$|€|EUR|£|GBP|CAD|C\$|A\$|AUD|RMB|¥)\s?/i, '').replace(/\s?(dollars|euros|pounds)$/i, '');
  return code ? `${code} ${number}` : number;
}
