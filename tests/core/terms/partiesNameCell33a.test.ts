/**
 * A form whose label row gives a party's legal name in a table, the cell after the label holding a one-word name the row
 * describes as a body ("Reseller Full Legal Name | Brightwell.org, a nonprofit public benefit corporation …"), and an
 * opening that points to it ("… and the Reseller named above"). Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { partiesFromTermSheet } from '../../../electron/core/terms/termSheetParties';
import { makeDoc } from './docFixture';

const opening = 'This Referral Agreement (this "Agreement") is made and entered into by and between Harlow Data, Inc., a Delaware corporation having its principal place of business at 9 Quay Street, Boston, Massachusetts 02110 ("Harlow") and the Reseller named above.';
const partiesOf = (row: string): unknown =>
  extractKeyTerms(makeDoc([{ text: 'REFERRAL AGREEMENT', kind: 'heading' }, { text: row, kind: 'table-row' }, opening, { text: '1. Referrals. The Reseller shall refer customers.', clause: '1' }])).terms.parties?.value;

describe('a label row whose cell describes a one-word name as a body', () => {
  it('gives the party the opening points to, set as a table', () => {
    expect(partiesOf('Reseller Full Legal Name | Brightwell.org, a nonprofit public benefit corporation having its principal place of business at 4 Mill Lane, Salem, Oregon 97301')).toEqual([
      { name: 'Harlow Data, Inc.', role: 'Harlow' },
      { name: 'Brightwell.org', role: 'Reseller' },
    ]);
  });
  it('as it did with the row run together', () => {
    expect(partiesOf('Reseller Full Legal Name Brightwell.org, a nonprofit public benefit corporation having its principal place of business at 4 Mill Lane, Salem, Oregon 97301')).toEqual([
      { name: 'Harlow Data, Inc.', role: 'Harlow' },
      { name: 'Brightwell.org', role: 'Reseller' },
    ]);
  });
  it('is not a one-word cell that describes nothing', () => {
    const row = { id: 'p1.1', page: 1, kind: 'table-row' as const, text: 'Reseller Full Legal Name | Brightwell.org', section: [] };
    expect(partiesFromTermSheet([row]).parties).toEqual([]);
    const address = { ...row, text: 'Reseller | Brightwell.org, 4 Mill Lane, Salem, Oregon 97301' };
    expect(partiesFromTermSheet([address]).parties).toEqual([]);
  });
});
