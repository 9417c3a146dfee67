import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { partiesInFavorOf } from '../../../electron/core/terms/favorParties';
import { partiesFromMemo } from '../../../electron/core/terms/memoParties';
import { makeDoc } from './docFixture';

const parties = (...blocks: Parameters<typeof makeDoc>[0]): unknown => {
  const v = extractKeyTerms(makeDoc(blocks)).terms.parties?.value;
  return Array.isArray(v) ? v.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)) : v;
};

// Contracts written for the rules: instruments made by one party for another, and memo-form confirmations.
describe('parties of an instrument made by one party in favor of another', () => {
  it('reads the maker and the one it is made for', () => {
    expect(partiesInFavorOf('THIS GUARANTY (this "Guaranty") is made as of June 2, 2011 by QUILLON HOLDINGS, L.P. (the "Guarantor"), in favor of TARROW BANK, N.A., a national banking association, as agent (the "Agent") for the Lenders.').map((p) => `${p.name} (${p.role})`)).toEqual(['QUILLON HOLDINGS, L.P. (Guarantor)', 'TARROW BANK, N.A. (Agent)']);
    expect(partiesInFavorOf('This Undertaking is given by Marlow Foods Ltd ("Marlow") for the benefit of Kestrel Dairy, Inc. ("Kestrel").').map((p) => p.name)).toEqual(['Marlow Foods Ltd', 'Kestrel Dairy, Inc.']);
    expect(partiesInFavorOf('This Deed is made in favour of Quillon Widgets, Inc.')).toEqual([]);
    // "made by" something that is not a party, or no one it is made for: nothing.
    expect(partiesInFavorOf('Payments made by the Buyer shall be in US dollars.')).toEqual([]);
  });

  it('gives them as the parties when the opening has no between list', () => {
    expect(parties(
      { text: 'MAINTENANCE AGREEMENT', kind: 'heading' },
      'THIS MAINTENANCE AGREEMENT (this "Agreement") is made and entered into as of the 3rd day of May 2006 by ORCHID EQUITY PARTNERS II, L.P. (the "Investor"), in favor of TARROW BANK, N.A., a national banking association ("Tarrow"), in its capacity as agent for the Lenders (in such capacity, the "Agent").',
      'RECITALS:',
      'A. The Agent and the Borrowers are parties to a Financing Agreement.',
      'The Investor shall make the Required Capital Contributions to the Agent.',
    )).toEqual(['ORCHID EQUITY PARTNERS II, L.P. (Investor)', 'TARROW BANK, N.A. (Tarrow / Agent)']);
  });
});

describe('parties of a memo-form confirmation', () => {
  it('reads the addressee and the sender from To: and From: rows', () => {
    const doc = makeDoc([
      { text: 'Rate Cap Confirmation', kind: 'heading' },
      { text: 'Date: | 14 March 2007', kind: 'table-row' },
      { text: 'To: | Kestrel Trust Company, N.A., not individually but solely as trustee ("Counterparty")', kind: 'table-row' },
      { text: 'Attention: | Swaps Desk', kind: 'table-row' },
      { text: 'From: | Marlow Bank plc, London Branch ("Marlow")', kind: 'table-row' },
      'The purpose of this communication is to confirm the terms of the Transaction entered into between us.',
    ]);
    expect(partiesFromMemo(doc.blocks)?.parties).toEqual([{ name: 'Kestrel Trust Company, N.A.', role: 'Counterparty' }, { name: 'Marlow Bank plc', role: 'Marlow' }]);
    expect(parties(...doc.blocks.map((b) => ({ text: b.text, kind: b.kind })))).toEqual(['Kestrel Trust Company, N.A. (Counterparty)', 'Marlow Bank plc (Marlow)']);
  });

  it('needs both lines, each a name', () => {
    expect(partiesFromMemo(makeDoc(['To: Kestrel Trust Company', 'Re: the Supply Agreement']).blocks)).toBeUndefined();
    expect(partiesFromMemo(makeDoc(['To: all employees', 'From: Marlow Bank plc']).blocks)).toBeUndefined();
    expect(partiesFromMemo(makeDoc(['To: Ann Lee', 'From: Tom Baxter', 'Subject: your consulting engagement']).blocks)?.parties).toEqual([{ name: 'Ann Lee' }, { name: 'Tom Baxter' }]);
  });
});
