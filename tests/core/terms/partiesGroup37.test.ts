/**
 * A party widened to its group after its name ("Harrow Brands and its affiliates (collectively "Harrow")", a form's
 * "____ and its licensed affiliates listed in Schedule 2 (collectively "Dealer")"): the name is the party's
 * own, the group is described. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { partiesFromOpening } from '../../../electron/core/terms/parties';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

const shown = (parties: readonly Party[]): string => parties.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
const listed = (opening: string): string => shown(partiesFromOpening(opening, { usedLater: () => true }));
const partiesOf = (opening: string): string =>
  shown((extractKeyTerms(makeDoc([{ text: 'DEALER AGREEMENT', kind: 'heading' }, opening, { text: '1. Sales. The Dealer shall offer the Policies.', clause: '1' }])).terms.parties?.value as Party[] | undefined) ?? []);

describe('a party widened to its group', () => {
  it('keeps a blank party whose group is described at length, under its short name', () => {
    expect(
      partiesOf(
        'This Dealer Agreement (the "Agreement") is made among Kestrel Mutual Company ("Insurer"), Harrow Securities Corporation ("Agent") and ____________________ and its licensed affiliates listed in Schedule 2 to this Agreement, if any, (collectively "Dealer").',
      ),
    ).toBe('Kestrel Mutual Company (Insurer); Harrow Securities Corporation (Agent); ____________________ (Dealer)');
  });
  it('gives a name without a legal form, and a person, without the group', () => {
    expect(listed('This Agreement is made between Kestrel Mutual Company ("Issuer") and Harrow Brands and its affiliates (collectively "Harrow").')).toBe('Kestrel Mutual Company (Issuer); Harrow Brands (Harrow)');
    expect(listed('This Agreement is made between Kestrel Mutual Company ("Buyer") and Ann Marsden and her heirs and assigns (collectively "Seller").')).toBe('Kestrel Mutual Company (Buyer); Ann Marsden (Seller)');
  });
  it('leaves a group whose member is named, and a name that holds "and", as they were', () => {
    expect(listed('This Agreement is made between Kestrel Mutual Company ("Buyer") and Tarrow Holdings Inc. and its subsidiary Bolt Foods LLC (together, the "Sellers").')).toBe(
      'Kestrel Mutual Company (Buyer); Tarrow Holdings Inc. (Sellers); Bolt Foods LLC (Sellers)',
    );
    expect(listed('This Agreement is made between Kestrel Mutual Company ("Buyer") and Harrow and Sons Ltd ("Seller").')).toBe('Kestrel Mutual Company (Buyer); Harrow and Sons Ltd (Seller)');
  });
});
