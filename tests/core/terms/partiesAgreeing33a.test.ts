/**
 * An opening whose subject is the two parties named bare, with no between-list and no short names: "Acme Inc. and Bolt
 * LLC agree as of May 5, 2010 as follows:". Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { definedPartiesAgreeing, partiesAgreeing } from '../../../electron/core/terms/rules/parties';
import { makeDoc } from './docFixture';

const partiesOf = (opening: string): unknown =>
  extractKeyTerms(makeDoc([{ text: 'HOSTING AGREEMENT', kind: 'heading' }, opening, { text: '1. Services. Harlow shall host the Platform.', clause: '1' }])).terms.parties?.value;

describe('two parties named bare as the subject of "agree"', () => {
  it('are the parties', () => {
    expect(partiesOf('Harlow Data, Inc. and Pinecrest Foods LLC agree as of May 5, 2010 as follows:')).toEqual([{ name: 'Harlow Data, Inc.' }, { name: 'Pinecrest Foods LLC' }]);
  });
  it('also in capitals, with "hereby", and a person as one party', () => {
    expect(partiesAgreeing('ANN MARSDEN AND HARLOW DATA, INC. HEREBY AGREE AS FOLLOWS:')).toEqual([{ name: 'ANN MARSDEN' }, { name: 'HARLOW DATA, INC.' }]);
    expect(partiesAgreeing('Ann Marsden and Harlow Data, Inc. mutually agree to the terms below.')).toEqual([{ name: 'Ann Marsden' }, { name: 'Harlow Data, Inc.' }]);
  });
  it('leave the short names to the rules that read them', () => {
    expect(partiesOf('Harlow Data, Inc. ("Harlow") and Pinecrest Foods LLC ("Customer") agree as of May 5, 2010 as follows:')).toEqual([
      { name: 'Harlow Data, Inc.', role: 'Harlow' },
      { name: 'Pinecrest Foods LLC', role: 'Customer' },
    ]);
  });
  it('are not a subject that names no one', () => {
    expect(partiesAgreeing('The parties agree as follows:')).toBeUndefined();
    expect(partiesAgreeing('The Buyer and the Seller agree as follows:')).toBeUndefined();
    expect(partiesAgreeing('Each of the Company and the Holder hereby agrees as follows:')).toBeUndefined();
    expect(partiesAgreeing('Licensee and Licensor agree that the fees are final.')).toBeUndefined();
  });
  it('are not a clause whose subject only mentions a body', () => {
    expect(partiesAgreeing('Payments to Harlow Data, Inc. and its affiliates agree with the invoice.')).toBeUndefined();
    expect(partiesAgreeing('Harlow Data, Inc., Pinecrest Foods LLC and Oakfield Partners LP agree as follows:')).toBeUndefined();
  });
});

describe('two parties, each described and defined, as the subject of "agree"', () => {
  it('are the list, before a later definition that says "between"', () => {
    const value = extractKeyTerms(
      makeDoc([
        { text: 'HOSTING AGREEMENT', kind: 'heading' },
        'Harlow Data, Inc., a Delaware corporation ("Harlow") and Pinecrest Foods LLC, 12 Orchard Way, Dayton, Ohio 45402 ("Customer") agree as of May 5, 2010 as follows:',
        { text: '1. Definitions.', kind: 'heading', clause: '1' },
        { text: '"Loan Agreement" means the loan agreement between Harlow and the Customer dated May 1, 2010 (the "Loan Agreement").', clause: '1' },
      ]),
    ).terms.parties?.value;
    expect(value).toEqual([
      { name: 'Harlow Data, Inc.', role: 'Harlow' },
      { name: 'Pinecrest Foods LLC', role: 'Customer' },
    ]);
  });
  it('are not a recital, nor roles with no names', () => {
    expect(definedPartiesAgreeing('WHEREAS, Harlow Data, Inc. ("Harlow") and Pinecrest Foods LLC ("Customer") agree that the platform is hosted.')).toBeUndefined();
    expect(definedPartiesAgreeing('The Seller ("Seller") and the Buyer ("Buyer") agree as follows:')).toBeUndefined();
    expect(definedPartiesAgreeing('Harlow Data, Inc. ("Harlow") agrees to host the platform.')).toBeUndefined();
  });
});
