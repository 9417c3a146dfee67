/**
 * Short names defined in the formal words ((hereinafter referred to as the "Acme"), (hereinafter called "Acme")) close a
 * party's entry and mark the opening's own list as the plain (the "Acme") does. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOfText } from './partiesProbe';

const forms: ((x: string) => string)[] = [(x) => `("${x}")`, (x) => `(hereinafter referred to as the "${x}")`, (x) => `(hereinafter called "${x}")`];

describe('short names defined in formal words', () => {
  it('reads the opening\'s own list after a cover that names the parties bare, in either form', async () => {
    for (const d of forms) {
      const text = ['Hosting Agreement', 'between', 'Nordlicht, Inc.', 'and', 'Harbor Business Machines Corporation', 'Hosting Agreement',
        `Under this Hosting Agreement ${d('Agreement')} between Harbor Business Machines Corporation ${d('HBM')} and Nordlicht, Inc. ${d('Customer')}, HBM will provide hosting services ${d('Services')} to Customer.`].join('\n\n');
      expect(await partiesOfText(text)).toBe('Harbor Business Machines Corporation (HBM); Nordlicht, Inc. (Customer)');
    }
  });

  it('ends an entry set on a paragraph of its own at its short name, in either form, and not at a paragraph that defines none', async () => {
    for (const d of forms) {
      const text = ['SUPPLY ADDENDUM', 'THIS ADDENDUM is made on the 4th day of March 2021 between the following parties:', `Nordlicht GmbH, with an office at 3 Lakeside Road, Springfield ${d('Nordlicht')}`,
        `Quillon Trading Corporation of America, a company with its principal place of business at 19 Pine Avenue, Salem, Oregon 97301 ${d('Quillon')};`, 'AND', `Harbor Lane Inc., a company incorporated in Ohio ${d('Harbor')}.`, 'WHEREAS the parties wish to trade.'].join('\n\n');
      expect(await partiesOfText(text)).toBe('Nordlicht GmbH (Nordlicht); Quillon Trading Corporation of America (Quillon); Harbor Lane Inc. (Harbor)');
    }
    const open = ['SUPPLY ADDENDUM', 'THIS ADDENDUM is made on the 4th day of March 2021 between the following parties:', 'Nordlicht GmbH, with an office at 3 Lakeside Road, Springfield (hereinafter referred to as the Seller)', 'Quillon Trading Ltd. (hereinafter called "Quillon").', 'WHEREAS the parties wish to trade.'].join('\n\n');
    expect(await partiesOfText(open)).not.toContain('Nordlicht GmbH (Nordlicht');
  });
});
