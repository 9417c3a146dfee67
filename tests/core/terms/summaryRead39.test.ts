import { describe, expect, it } from 'vitest';
import { explainsReference, namesNoun, unnamedReference } from '../../../electron/core/terms/needsPrevious';

// Each contract here is invented for the rule it tests (session 39: how the model-free summary reads).

describe('a noun named by its verb', () => {
  it('reads "shall notify" as naming the notice, "fails to pay" the failure and the payment, "sell" the sale', () => {
    expect(explainsReference('The Grower shall notify the Miller in writing of any blight in the orchard.', 'notice')).toBe(true);
    expect(unnamedReference('If the Grower fails to pay any invoice and such failure continues for ten days, the Miller may stop delivery.')).toBeUndefined();
    expect(unnamedReference('If the Grower fails to pay on the date such payment is due, interest runs.')).toBeUndefined();
    expect(namesNoun('Kestrel may sell the cider only in Northvale.', 'sales')).toBe(true);
    expect(namesNoun('Kestrel sold the press.', 'sale')).toBe(true);
  });

  it('does not take another word for the noun', () => {
    expect(explainsReference('The Grower shall keep the orchard free of blight.', 'notice')).toBe(false);
    expect(unnamedReference('The Miller may withhold such payment until the audit ends.')?.noun).toBe('payment');
    expect(unnamedReference('The Grower shall cure such failure within ten days.')?.noun).toBe('failure');
    // A word that only begins like one of the family ("payroll", "painted", "cellar") names nothing of it.
    expect(namesNoun('The payroll of the Grower is kept by Kestrel.', 'payment')).toBe(false);
    expect(namesNoun('The Grower painted the barn.', 'payment')).toBe(false);
    expect(namesNoun('The Miller keeps a cellar.', 'sale')).toBe(false);
  });
});
