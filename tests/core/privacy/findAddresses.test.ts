/**
 * Postal addresses hidden before the cloud: street lines, post-office boxes and postcodes, while the city, the state and
 * the country, a clause number and an amount stay readable. Every address here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../electron/core/privacy/findAddresses';

const found = (text: string): string[] => findAddresses(text).map((s) => s.value);

describe('street lines', () => {
  it.each([
    ['whose office is at 1250 Kestrel Ridge Road, Austin, Texas', '1250 Kestrel Ridge Road'],
    ['Notices: 77 W. 53rd Street, Suite 1200, New York', '77 W. 53rd Street, Suite 1200'],
    ['located at 4410-2 Harbor Lane Blvd., #310, Tampa', '4410-2 Harbor Lane Blvd., #310'],
    ['at 9 Quayside Walk, Bristol', '9 Quayside Walk'],
    ['at 2700B Larch Crescent West, Calgary', '2700B Larch Crescent West'],
    ['to 1401 Kestrel Avenue, NW Washington', '1401 Kestrel Avenue, NW'],
    ['ADDRESS: 6210 KESTREL WAY, LANSING', '6210 KESTREL WAY'],
    ['at 20 Orchard Street East 3rd Floor Toronto', '20 Orchard Street East 3rd Floor'],
  ])('hides the street line in "%s"', (text, street) => {
    expect(found(text)).toContain(street);
  });

  it('leaves a clause number, an amount, a count and a court alone', () => {
    expect(found('as set out in Section 4 Supreme Court Rules and Article 12 High Court practice')).toEqual([]);
    expect(found('pay $1,250 Kestrel Road Fund and 30 Business Days after the Closing')).toEqual([]);
    expect(found('within 30 days of the Court order, 12 months after the Effective Date')).toEqual([]);
    expect(found('at Kestrel Street in the city centre')).toEqual([]);
  });
});

describe('boxes and postcodes', () => {
  it('hides a post-office box and the postcode, and keeps the city, state and country', () => {
    expect(found('P.O. Box 4471, Springfield, IL 62704-1234, United States')).toEqual(['P.O. Box 4471', '62704-1234']);
    expect(found('PO BOX 88 Dayton, Ohio 45402')).toEqual(['PO BOX 88', '45402']);
    expect(found('Sherborne, Dorset DT9 9QX, United Kingdom')).toEqual(['DT9 9QX']);
    expect(found('Ottawa, Ontario K2X 9Z9 Canada; Halifax, NS B9Q9Z8')).toEqual(['K2X 9Z9', 'B9Q9Z8']);
  });

  it('reads no ZIP code in a number that follows no state, nor a postcode in a product code', () => {
    expect(found('Invoice 45402 was paid; the MODEL X1 2000 ships in 12345 units')).toEqual([]);
    expect(found('in Texas, 90210 units were sold')).toEqual(['90210']);
  });
});

describe('hostile text', () => {
  it('reads long runs of its own pieces in linear time', () => {
    const start = Date.now();
    findAddresses(`${'1 '.repeat(50000)}Street`);
    findAddresses(`12 ${'Kestrel '.repeat(30000)}`);
    findAddresses(`${'12 Ab Cd Ef Gh '.repeat(20000)}`);
    findAddresses(`${'TX '.repeat(40000)}12345`);
    findAddresses('A1A'.repeat(50000));
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
