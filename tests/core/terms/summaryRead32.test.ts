import { describe, expect, it } from 'vitest';
import { compressSentence } from '../../../electron/core/terms/compressSentence';
import { splitSentences } from '../../../electron/core/terms/splitSentences';
import { summaryPoints as points, type DocEntries as Entries } from './summaryFixture';

// Each contract here is invented for the rule it tests (session 32: C62–C66 and P13 in tests/eval/rougeCandidates.md).

// A short haulage agreement with room for one extra clause: the clause under test, and clauses of substance around it.
const haulage = (clause: string, number = '9.1'): Entries => [
  { text: 'TIMBER HAULAGE AGREEMENT', kind: 'heading' },
  'This Timber Haulage Agreement is made between Orrin Forestry LLC (“Orrin”) and Pellow Freight Ltd. (“Pellow”).',
  { text: 'Pellow shall collect cut spruce from the Orrin landing twice every week.', clause: '2.1' },
  { text: 'Orrin shall pay Pellow $410 per load no later than 30 days after each delivery.', clause: '3.1' },
  { text: 'Either party may end this Agreement if it gives the other sixty (60) days’ notice in writing.', clause: '7.1' },
  { text: clause, clause: number },
];
const shows = (clause: string, re: RegExp): boolean => points(haulage(clause)).some((p) => re.test(p));

describe('C62: a verb in the present tense states something', () => {
  it('shows a statement whose verb is a present-tense waiver, reservation or assumption', () => {
    expect(shows('Each party waives any right to a jury trial in any dispute about the haulage.', /waives any right/)).toBe(true);
    expect(shows('Pellow assumes the risk of loss of the spruce while it is on the lorry.', /assumes the risk/)).toBe(true);
    expect(shows('Orrin hereby releases Pellow from the old Kestrel Road haulage contract.', /hereby releases/)).toBe(true);
  });

  it('still leaves out a line with no subject before its verb, or a noun that looks like a verb', () => {
    expect(shows('Includes weekly loading of the lorries by the landing crew.', /weekly loading/)).toBe(false);
    expect(shows('Successors and permitted assigns of Orrin and its forestry affiliates.', /permitted assigns/)).toBe(false);
  });

  it('leaves out the entire-agreement clause and the reference and capacity clauses the new verbs let in', () => {
    expect(shows('This Agreement constitutes the entire agreement between the parties and supersedes all prior haulage agreements.', /entire agreement/)).toBe(false);
    expect(shows('Any reference to this agreement includes its Schedules.', /reference to this agreement/)).toBe(false);
    expect(shows('This Agreement constitutes the legal, valid and binding obligation of each party.', /binding obligation/)).toBe(false);
    expect(shows('The haulage rate includes fuel, tolls and the driver’s overnight costs.', /includes fuel/)).toBe(true);
  });
});

describe('C64: a heading that capitalises a small word', () => {
  it('leaves out a heading whose verb is lower case but whose small words are capitalised', () => {
    expect(shows('Hauler has No Claim to Storage.', /No Claim/)).toBe(false);
    expect(shows('Orrin is Not Liable for Road Damage.', /Not Liable/)).toBe(false);
  });

  it('keeps a short sentence written as a sentence', () => {
    expect(shows('The Hauler is not a Licensed Carrier.', /Licensed Carrier/)).toBe(true);
  });
});

describe('C65: a definition written as an exclusion', () => {
  it('leaves out what a defined term does not include', () => {
    expect(shows('Haulage Charges shall not include the cost of loading cranes hired by Orrin.', /loading cranes/)).toBe(false);
    expect(shows('“Yard Data” does not include weather records that are public.', /weather records/)).toBe(false);
  });

  it('keeps a party’s duty and a term of the deal in lower case', () => {
    expect(shows('Pellow shall not include any other customer’s timber in an Orrin load.', /other customer/)).toBe(true);
    expect(shows('The haulage fee shall not include tolls on the coast road, which Orrin repays.', /tolls on the coast road/)).toBe(true);
  });
});

describe('P13: a doubled full stop is shown as one', () => {
  it('shows one stop, and leaves an ellipsis alone', () => {
    expect(compressSentence('Pellow shall use the yard for loading and weighing purposes..')).toBe('Pellow shall use the yard for loading and weighing purposes.');
    expect(compressSentence('Pellow shall deliver the spruce to Hartwell Mills, Inc..')).toBe('Pellow shall deliver the spruce to Hartwell Mills, Inc.');
    expect(compressSentence('Pellow shall deliver the spruce, the larch...')).toBe('Pellow shall deliver the spruce, the larch...');
  });
});

describe('C66: where cheques are mailed is payment mechanics', () => {
  it('leaves out a remittance instruction with the payee’s address or account', () => {
    expect(shows('All cheques shall be made payable to Pellow Freight Ltd. and mailed to 12 Quarry Lane, Bodmin.', /Quarry Lane/)).toBe(false);
    expect(shows('Payments shall be wired to Pellow’s account number 0042 at Tamar Bank.', /account number/)).toBe(false);
  });

  it('keeps a payment term that names no address', () => {
    expect(shows('Payments shall be made to Pellow by wire transfer in pounds sterling.', /wire transfer/)).toBe(true);
  });
});

describe('P14: "Rs." before an amount does not end a sentence', () => {
  it('keeps the amount in the sentence, and still ends a sentence after a full stop', () => {
    expect(splitSentences('The share capital of the venture shall be Rs. 4,00,000 in equity shares. Each party holds half.').map((s) => s.text)).toEqual([
      'The share capital of the venture shall be Rs. 4,00,000 in equity shares.',
      'Each party holds half.',
    ]);
  });
});
