/**
 * A party list set one entry to a paragraph, each entry giving an address after its short name ("… ("Harbor"), with
 * offices at 6 Elm Court, Dayton, Ohio 45402."): the entry still closes on its short name. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOfText } from './partiesProbe';

const OPENING = 'THIS ADDENDUM ("Addendum") is made on the 4th day of March 2021 between the following parties:';
const FIRST = 'Nordlicht GmbH, a company organized under the laws of Germany ("Nordlicht"), with offices at 3 Lakeside Road, Springfield, IL 60601,';
const SECOND = 'Quillon Trading Corporation of America, a company with its principal place of business at 19 Pine Avenue, Salem, Oregon 97301 ("Quillon"), with offices at 19 Pine Avenue, Salem, Oregon 97301;';
const CLOSED = 'Harbor Lane Inc., a company incorporated in Ohio ("Harbor"), with offices at 6 Elm Court, Dayton, Ohio 45402.';
const NEXT = 'Harbor Lane West, Inc. a Harbor affiliate incorporated in Oregon, whose registered business address is 19 Pine Avenue, Salem, Oregon 97301 ("Harbor West")';

describe('party entries with an address after the short name', () => {
  it('keeps an entry that ends in a comma apart from the next, and reads on past a full stop after the address', async () => {
    const text = ['SUPPLY ADDENDUM', OPENING, FIRST, SECOND, 'AND', CLOSED, NEXT, 'WHEREAS the parties entered into a supply agreement on May 1, 2015.'].join('\n\n');
    expect(await partiesOfText(text)).toBe('Nordlicht GmbH (Nordlicht); Quillon Trading Corporation of America (Quillon); Harbor Lane Inc. (Harbor); Harbor Lane West, Inc. (Harbor West)');
  });

  it('ends the list at the full stop after the address when prose follows', async () => {
    const text = ['SUPPLY ADDENDUM', OPENING, FIRST, 'AND', CLOSED, 'Oakridge Capital LLC guarantees the obligations of Harbor under this Addendum.', 'WHEREAS the parties wish to buy and sell garden tools.'].join('\n\n');
    expect(await partiesOfText(text)).toBe('Nordlicht GmbH (Nordlicht); Harbor Lane Inc. (Harbor)');
  });

  it('ends a party at its address when a party described in lower case follows, so the two short names stay apart', async () => {
    const address = 'with offices at 100 Main Street, Suite 5, Springfield, IL 60601';
    const opening = (a: string) => `THIS AMENDMENT ("Amendment") is made as of May 1, 2020 by and among Harbor Lane, a California general partnership ("Partnership")${a}, the lenders from time to time party hereto ("Lenders")${a}, and Nordlicht Management Inc., a California corporation ("Manager"), with respect to the following facts:`;
    for (const a of ['', `, ${address}`]) expect(await partiesOfText(['AMENDMENT', opening(a), 'WHEREAS the parties wish to amend the loan.'].join('\n\n'))).toBe('Harbor Lane (Partnership); Nordlicht Management Inc. (Manager)');
  });

  it('does not read a footer after an entry whose address ends a sentence, then a page number, as a party', async () => {
    const text = ['SUPPLY ADDENDUM', 'THIS ADDENDUM is made on the 4th day of March 2021 by and between:', 'Nordlicht GmbH, a company organized under the laws of Germany (hereinafter referred to as "Nordlicht"), with offices at 3 Lakeside Road, Springfield, IL 60601,', 'AND',
      'Harbor Lane Inc., a company incorporated in Ohio (hereinafter referred to as "Harbor"), with offices at 6 Elm Court, Dayton, Ohio 45402.   1', 'Source: KESTREL HOLDINGS PLC, F-4/A, 6/24/2015', '1. RECITALS', 'The parties wish to trade.'].join('\n\n');
    expect(await partiesOfText(text)).toBe('Nordlicht GmbH (Nordlicht); Harbor Lane Inc. (Harbor)');
  });
});

