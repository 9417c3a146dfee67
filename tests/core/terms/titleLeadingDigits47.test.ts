/**
 * A title whose first word is a brand or an ordinal written with digits ("3M-STYLE SUPPLY AGREEMENT", "7-STAR FRANCHISE
 * AGREEMENT", "2ND AMENDMENT TO LEASE"): the digits are part of the name. A numbered clause heading ("2.1 Supply
 * Agreement", "2A Supply Agreement", "12 Supply Agreement") is still no title. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './titleProbe';

const opening = (name: string): string => `This ${name} is made on 2 June 2021 between Harbor Lane Inc. ("Buyer") and Nordlicht GmbH ("Supplier").`;

describe('a title that starts with digits', () => {
  it.each([
    ['3M-STYLE SUPPLY AGREEMENT', 'Agreement'],
    ['7-STAR FRANCHISE AGREEMENT', 'Agreement'],
    ['24-HOUR SERVICE AGREEMENT', 'Agreement'],
    ['2ND AMENDMENT TO LEASE', 'Amendment'],
    ['3Com Distribution Agreement', 'Agreement'],
  ])('%j is the title', (head, noun) => {
    expect(titleOf([head], opening(noun))).toBe(head);
  });
  it.each([
    ['2.1 Supply Agreement', 'Agreement'],
    ['2A Supply Agreement', 'Agreement'],
    ['12 Supply Agreement', 'Agreement'],
    ['3) Supply Agreement', 'Agreement'],
  ])('%j is no title', (head, noun) => {
    expect(titleOf([head], opening(noun))).not.toBe(head);
  });
});
