/**
 * A party list set one entry to a paragraph whose entry closes with a full stop after its short name ("… Ohio
 * ("Harbor").") and goes on with more entries of the same shape: the list goes on. Prose after the list is no entry.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOfText } from './partiesProbe';

const OPENING = 'THIS ADDENDUM ("Addendum") is made on the 4th day of March 2021 between the following parties:';
const FIRST = 'Nordlicht GmbH, with an office at 3 Lakeside Road, Springfield ("Nordlicht");';
const CLOSED = 'Harbor Lane Inc., a company incorporated in Ohio, with its registered office at 6 Elm Court, Dayton, Ohio 45402 ("Harbor").';

describe('party entries after a full stop', () => {
  it('reads on through entries that each open with a legal name and close on a short name', async () => {
    const text = [
      'SUPPLY ADDENDUM',
      OPENING,
      FIRST,
      CLOSED,
      'Harbor Lane West, Inc. a Harbor affiliate incorporated in Oregon, whose registered business address is 19 Pine Avenue, Salem, Oregon 97301 ("Harbor West")',
      'KESTREL DE CHILE S. DE R.L. DE C.V., a Harbor affiliate incorporated in Chile, whose registered business address is Calle 4, Santiago ("Harbor Chile")',
      '(Collectively "Distributor")',
      'WHEREAS the parties entered into a supply agreement on May 1, 2015.',
    ].join('\n\n');
    expect(await partiesOfText(text)).toBe('Nordlicht GmbH (Nordlicht); Harbor Lane Inc. (Harbor); Harbor Lane West, Inc. (Harbor West); KESTREL DE CHILE S. DE R.L. DE C.V. (Harbor Chile)');
  });

  it('ends the list at the full stop when the next paragraph is prose, even one that names a body', async () => {
    const text = ['SUPPLY ADDENDUM', OPENING, FIRST, CLOSED, 'Harbor makes garden tools and sells them in Ohio (the "Products").', 'WHEREAS the parties wish to buy and sell the Products.'].join('\n\n');
    expect(await partiesOfText(text)).toBe('Nordlicht GmbH (Nordlicht); Harbor Lane Inc. (Harbor)');
    const guarantor = ['SUPPLY ADDENDUM', OPENING, FIRST, CLOSED, 'Oakridge Capital LLC guarantees the obligations of Harbor under this Addendum.', 'WHEREAS the parties wish to buy and sell garden tools.'].join('\n\n');
    expect(await partiesOfText(guarantor)).toBe('Nordlicht GmbH (Nordlicht); Harbor Lane Inc. (Harbor)');
  });
});

describe('two numbers of an address joined by "and"', () => {
  it('keeps the entry whole, with its short name', async () => {
    const text = ['SUPPLY AGREEMENT', 'THIS AGREEMENT is made on March 4, 2021 between Harbor West Ltda., a company organized under the laws of Chile, with offices at Avenida Central 2529, Units 11 and 12, Curitiba, enrolled under No. 05.607.657/0001-35 ("Harbor West") and Nordlicht GmbH ("Nordlicht").', 'WHEREAS the parties wish to trade.'].join('\n\n');
    expect(await partiesOfText(text)).toBe('Harbor West Ltda. (Harbor West); Nordlicht GmbH (Nordlicht)');
  });

  it('still starts a party named by its number after "and"', async () => {
    const text = ['SUPPLY AGREEMENT', 'THIS AGREEMENT is made on March 4, 2021 between Harbor West Ltda., with offices at Suite 12 and 724019 Alberta Ltd. ("Alberta").', 'WHEREAS the parties wish to trade.'].join('\n\n');
    expect(await partiesOfText(text)).toBe('Harbor West Ltda.; 724019 Alberta Ltd. (Alberta)');
  });
});
