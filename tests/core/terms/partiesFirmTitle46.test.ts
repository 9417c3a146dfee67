/**
 * "Messrs." and its Indian short form "M/s." title the firm that follows, as "Mr." titles a person: they are no part of
 * the party's name, in whatever layout the opening names the party. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOf, partiesOfText } from './partiesProbe';

const TITLE = 'SUPPLY AGREEMENT';

describe('a firm titled "M/s." or "Messrs."', () => {
  it('"M/s." before a role in "the" form, and a party with no title beside it', () => {
    expect(partiesOf(TITLE, ['This Agreement is made on 2 June 2021 between M/s. Kaveri Looms Pvt. Ltd. (the "Supplier") and Harbor Lane Inc. (the "Buyer").'])).toBe('Kaveri Looms Pvt. Ltd. (Supplier); Harbor Lane Inc. (Buyer)');
  });
  it('"M/s" without its stop, with a description and "of the ONE PART"', () => {
    expect(partiesOf(TITLE, ['This Agreement is made on 2 June 2021 between M/s Kaveri Looms Pvt. Ltd., a company incorporated under the Companies Act, 2013, having its registered office at 4 Temple Road, Chennai (hereinafter referred to as "Kaveri") of the ONE PART and M/s Godavari Traders, a partnership firm (hereinafter referred to as "Godavari") of the OTHER PART.'])).toBe('Kaveri Looms Pvt. Ltd. (Kaveri); Godavari Traders (Godavari)');
  });
  it('"M/S" in capitals, with and without its stop', () => {
    expect(partiesOf(TITLE, ['This Agreement is made on 2 June 2021 between M/S. KAVERI LOOMS PVT. LTD. ("Kaveri") and M/S GODAVARI TRADERS ("Godavari").'])).toBe('KAVERI LOOMS PVT. LTD. (Kaveri); GODAVARI TRADERS (Godavari)');
  });
  it('"Messrs." and "Messrs" as the full word', () => {
    expect(partiesOf(TITLE, ['This Agreement is made on 2 June 2021 between Messrs. Kaveri Looms Pvt. Ltd. ("Kaveri") and Messrs Godavari Traders ("Godavari").'])).toBe('Kaveri Looms Pvt. Ltd. (Kaveri); Godavari Traders (Godavari)');
  });
  it('in rows that label each party', () => {
    expect(partiesOf(TITLE, ['Supplier: M/s Kaveri Looms Pvt. Ltd.', 'Buyer: M/S. Godavari Traders Limited'])).toBe('Kaveri Looms Pvt. Ltd. (Supplier); Godavari Traders Limited (Buyer)');
  });
  it('in a plain-text contract', async () => {
    expect(await partiesOfText(`${TITLE}\n\nThis Agreement is made on 2 June 2021 between M/s. Kaveri Looms Pvt. Ltd. (the "Supplier") and Harbor Lane Inc. (the "Buyer").`)).toBe('Kaveri Looms Pvt. Ltd. (Supplier); Harbor Lane Inc. (Buyer)');
  });
});

describe('what is no firm title stays in the name', () => {
  it('"MS" without a slash starts a name', () => {
    expect(partiesOf(TITLE, ['This Agreement is made on 2 June 2021 between MS Kestrel Holdings Ltd. (the "Supplier") and Harbor Lane Inc. (the "Buyer").'])).toBe('MS Kestrel Holdings Ltd. (Supplier); Harbor Lane Inc. (Buyer)');
  });
  it('"M/V" (a ship) and a slash inside the name stay', () => {
    expect(partiesOf(TITLE, ['This Agreement is made on 2 June 2021 between M/V Nordlicht Shipping GmbH (the "Owner") and Harbor M/S Lines Inc. (the "Charterer").'])).toBe('M/V Nordlicht Shipping GmbH (Owner); Harbor M/S Lines Inc. (Charterer)');
  });
  it('a hostile run of titles and spaces is read at once', () => {
    const t0 = performance.now();
    partiesOf(TITLE, [`This Agreement is made between M/s.${' '.repeat(50_000)}${'M/s.'.repeat(12_500)} Kaveri Looms Pvt. Ltd. ("Kaveri").`]);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
