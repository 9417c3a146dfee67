/**
 * Party lists in drafting styles a lawyer meets often: a joint venture described as made of its members (named or
 * not), people listed one after another before a collective short name, a married couple, a party acting in a
 * capacity ("…, as indenture trustee for …"), a footnote's number after a short name, a party introduced by a
 * sentence that names the agreement ("Acme Inc. ("Acme") enters into this Services Agreement with Bolt LLC …"), and a
 * cover's field lines run together with the date's field. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const partiesOf = (entries: readonly Entry[]): Party[] | undefined => extractKeyTerms(makeDoc(entries)).terms.parties?.value as Party[] | undefined;
const namesOf = (entries: readonly Entry[]): string[] | undefined => partiesOf(entries)?.map((p) => p.name);
const contract = (opening: string): Entry[] => [{ text: 'OPERATING SERVICES AGREEMENT', kind: 'heading' }, opening, { text: '1. Services. The Operator shall operate the Facility for the Owner.', clause: '1' }];

describe('a joint venture described as made of other bodies', () => {
  it('is one party when it has a name: the "and" inside its description joins its members', () => {
    const opening = 'This Operating Services Agreement is entered into as of March 3, 2010 between Redfern Energy Corp., a Texas corporation ("Operator"), and Blue Mesa Partners, a joint venture comprised of Canyon Oil LLC and Sandhill Gas Inc. ("Owner").';
    expect(partiesOf(contract(opening))).toEqual([
      { name: 'Redfern Energy Corp.', role: 'Operator' },
      { name: 'Blue Mesa Partners', role: 'Owner' },
    ]);
  });
  it('also when its members are listed with commas', () => {
    const opening = 'This Operating Services Agreement is entered into as of March 3, 2010 between Redfern Energy Corp. ("Operator") and Blue Mesa Partners, a general partnership consisting of Canyon Oil LLC, Sandhill Gas Inc. and Dry Wash Corp. ("Owner").';
    expect(namesOf(contract(opening))).toEqual(['Redfern Energy Corp.', 'Blue Mesa Partners']);
  });
  it('gives its members as the parties when it has no name, in a lettered list with a footnote after the first party', () => {
    const opening =
      'This Agency Agreement is made as of June 2, 2019, by and between Larkfield Outlets, Inc. (collectively, "Merchant"),2 on the one hand, and (a) a contractual joint venture comprised of Hobb Liquidators, LLC ("Hobb") and Marten Asset Group, Inc. ("Marten" and collectively with Hobb, the "Agent") and (b) Quayside Trust Company, N.A., as the collateral trustee for the senior notes due 2024 (in such capacity, the "Notes Trustee"), on the other hand.';
    expect(namesOf(contract(opening))).toEqual(['Larkfield Outlets, Inc.', 'Hobb Liquidators, LLC', 'Marten Asset Group, Inc.', 'Quayside Trust Company, N.A.']);
  });
  it('the same in an opening set in capitals, its list lettered "(A)", "(B)"', () => {
    const opening =
      'THIS AGENCY AGREEMENT IS MADE AS OF JUNE 2, 2019, BY AND BETWEEN LARKFIELD OUTLETS, INC. ("MERCHANT"), ON THE ONE HAND, AND (A) A CONTRACTUAL JOINT VENTURE COMPRISED OF HOBB LIQUIDATORS, LLC ("HOBB") AND MARTEN ASSET GROUP, INC. ("MARTEN") AND (B) HARBOR CREST BANK, AS THE COLLATERAL TRUSTEE FOR THE SENIOR NOTES (THE "NOTES TRUSTEE"), ON THE OTHER HAND.';
    expect(namesOf(contract(opening))).toEqual(['LARKFIELD OUTLETS, INC.', 'HOBB LIQUIDATORS, LLC', 'MARTEN ASSET GROUP, INC.', 'HARBOR CREST BANK']);
  });
});

describe('people named one after another', () => {
  it('are each a party before their collective short name', () => {
    const opening = 'This Stock Purchase Agreement is entered into as of July 7, 2015 by and among Arlo Venn, Beatrice Venn and Corin Hale (collectively, the "Sellers"), and Dovetail Acquisition Corp., a Nevada corporation ("Buyer").';
    expect(namesOf(contract(opening))).toEqual(['Arlo Venn', 'Beatrice Venn', 'Corin Hale', 'Dovetail Acquisition Corp.']);
  });
  it('a married couple is two parties, the description after them no part of a name', () => {
    const opening = 'This Real Estate Purchase Agreement is made on June 3, 2013 between Harold Finch and Grace Finch, husband and wife (together, "Seller"), and Westbury Homes LLC, a Florida limited liability company ("Buyer").';
    expect(namesOf(contract(opening))).toEqual(['Harold Finch', 'Grace Finch', 'Westbury Homes LLC']);
  });
  it('also holding as joint tenants (a guard)', () => {
    const opening = 'This Lease is made on June 3, 2013 between Harold Finch and Grace Finch, as joint tenants ("Landlord"), and Westbury Homes LLC ("Tenant").';
    expect(namesOf(contract(opening))).toEqual(['Harold Finch', 'Grace Finch', 'Westbury Homes LLC']);
  });
  it('a person described after a comma stays one party (a guard)', () => {
    const opening = 'This Consulting Agreement is made on June 3, 2013 between Westbury Homes LLC ("Company") and Harold Finch, an individual ("Consultant").';
    expect(namesOf(contract(opening))).toEqual(['Westbury Homes LLC', 'Harold Finch']);
  });
});

describe('a party acting in a capacity', () => {
  it('is named without the capacity', () => {
    const opening = 'This Intercreditor Agreement is made as of May 1, 2017 between Ostrander Foods Corporation ("Borrower") and Harbor Crest Bank, as the indenture trustee for the holders of the notes (the "Trustee").';
    expect(namesOf(contract(opening))).toEqual(['Ostrander Foods Corporation', 'Harbor Crest Bank']);
  });
  it('also a capacity held solely, not in its own right', () => {
    const opening = 'This Pledge Agreement is made as of May 1, 2017 between Ostrander Foods Corporation ("Pledgor") and Harbor Vale Bank, not individually but solely as collateral agent for the lenders (the "Agent").';
    expect(namesOf(contract(opening))).toEqual(['Ostrander Foods Corporation', 'Harbor Vale Bank']);
  });
});

describe('an opening whose sentence names the agreement between the parties', () => {
  it('does not read the agreement\'s name as a party', () => {
    const entries: Entry[] = [
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'Lark Ridge Hospital, Inc. ("Hospital") enters into this Services Agreement with Pallas Imaging LLC ("Contractor") effective as of January 1, 2019.',
      { text: '1. Services. Contractor shall provide imaging services to Hospital.', clause: '1' },
    ];
    expect(partiesOf(entries)).toEqual([
      { name: 'Lark Ridge Hospital, Inc.', role: 'Hospital' },
      { name: 'Pallas Imaging LLC', role: 'Contractor' },
    ]);
  });
});

describe('a cover\'s field lines run together on one line', () => {
  it('ends the last party\'s name at the next field\'s label', () => {
    const entries: Entry[] = [
      { text: 'PRACTICE SUPPORT AGREEMENT', kind: 'heading' },
      'Customer: Larchmont Dental Group, P.C. Provider: Sablewing Software LLC Effective Date: February 1, 2020',
      { text: '1. Services. Provider shall provide the Services to Customer.', clause: '1' },
    ];
    expect(partiesOf(entries)).toEqual([
      { name: 'Larchmont Dental Group, P.C.', role: 'Customer' },
      { name: 'Sablewing Software LLC', role: 'Provider' },
    ]);
  });
});

describe('a party the opening describes rather than names', () => {
  it('does not lend its short name to the party before it', () => {
    const entries: Entry[] = [
      { text: 'CONSULTING AGREEMENT', kind: 'heading' },
      'This Consulting Agreement is made as of March 1, 2020 between Sablewing Software LLC ("Company") and the consultant identified on the signature page ("Consultant").',
      { text: '1. Services. Consultant shall provide the Services to Company.', clause: '1' },
    ];
    expect(partiesOf(entries)).toEqual([{ name: 'Sablewing Software LLC', role: 'Company' }]);
  });
  it('is the party a cover names in its name field, even without a colon', () => {
    const entries: Entry[] = [
      { text: 'RESELLER AGREEMENT', kind: 'heading' },
      'Reseller Full Legal Name Tamsin Networks, Inc., a Delaware corporation having its principal place of business at 4 Elm Street, Dover, Delaware 19901',
      'This Reseller Agreement is made by and between Sablewing Software LLC, a Delaware limited liability company ("Sablewing") and the Reseller named above.',
      { text: '1. Appointment. Sablewing appoints Reseller as a non-exclusive reseller.', clause: '1' },
    ];
    expect(partiesOf(entries)).toEqual([
      { name: 'Sablewing Software LLC', role: 'Sablewing' },
      { name: 'Tamsin Networks, Inc.', role: 'Reseller' },
    ]);
  });
  it('also a one-word name the field describes as a body, beside a brand in lower case', () => {
    const entries: Entry[] = [
      { text: 'RESELLER AGREEMENT', kind: 'heading' },
      'Reseller Full Legal Name Tamsinet, a nonprofit corporation having its principal place of business at 4 Elm Street, Dover, Delaware 19901',
      'This Reseller Agreement is made by and between sablewing.io, inc., a Delaware corporation ("Sablewing") and the Reseller named above.',
      { text: '1. Appointment. Sablewing appoints Reseller as a non-exclusive reseller.', clause: '1' },
    ];
    expect(partiesOf(entries)?.map((p) => p.name)).toEqual(['sablewing.io, inc.', 'Tamsinet']);
  });
  it('is not a field whose label goes on ("Reseller Name and Address")', () => {
    const entries: Entry[] = [
      { text: 'RESELLER AGREEMENT', kind: 'heading' },
      'Reseller Name and Address: see the signature page',
      'This Reseller Agreement is made by and between Sablewing Software LLC ("Sablewing") and the Reseller named above.',
      { text: '1. Appointment. Sablewing appoints Reseller as a non-exclusive reseller.', clause: '1' },
    ];
    expect(partiesOf(entries)?.map((p) => p.name) ?? []).not.toContain('Address');
  });
});

describe('a name field the layout ran into the opening sentence', () => {
  it('gives no party from the sentence\'s words', () => {
    const entries: Entry[] = [
      { text: 'RESELLER AGREEMENT', kind: 'heading' },
      'Reseller Full Legal Name This Reseller Agreement (this "Agreement") is made by and between Sablewing Software LLC ("Sablewing") and the Reseller named above.',
      { text: '1. Appointment. Sablewing appoints Reseller as a non-exclusive reseller.', clause: '1' },
    ];
    expect(partiesOf(entries)?.map((p) => p.name)).toEqual(['Sablewing Software LLC']);
  });
});
