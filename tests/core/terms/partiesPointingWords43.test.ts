/**
 * Words after "between" that only point at the list to come ("the undersigned:", "the following:", "the parties listed
 * below:", "the below-named parties:") are no part of the first party's name: the list starts after the colon. A name
 * that merely begins with such a word ("Following Seas LLC") stays whole. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOfText } from './partiesProbe';

const contract = (opening: string): string => ['DISTRIBUTION AGREEMENT', opening, '1. Appointment. Nordlicht appoints Harbor as its distributor of the Products.'].join('\n\n');

describe('words that point at the party list', () => {
  it.each([
    'between the undersigned:',
    'between the following:',
    'by and between the parties listed below:',
    'among the below-named parties:',
    'between the undersigned parties:',
    'by and between the parties named below:',
  ])('are dropped before the first party: "%s"', async (lead) => {
    expect(await partiesOfText(contract(`This Agreement is made on 3 May 2017 ${lead} Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").`))).toBe('Nordlicht GmbH (Nordlicht); Harbor Lane Inc. (Harbor)');
  });

  it('also when the list is set on paragraphs of its own', async () => {
    const text = contract('This Agreement is made on 3 May 2017 between the undersigned:\n\nNordlicht GmbH, Hauptstrasse 1, Berlin ("Nordlicht"),\n\nand\n\nHarbor Lane Inc., 5 Main Street, Dover ("Harbor").');
    expect(await partiesOfText(text)).toBe('Nordlicht GmbH (Nordlicht); Harbor Lane Inc. (Harbor)');
  });

  it('keeps a name that begins with such a word', async () => {
    expect(await partiesOfText(contract('This Agreement is made on 3 May 2017 between Following Seas LLC ("Seas") and Harbor Lane Inc. ("Harbor").'))).toBe('Following Seas LLC (Seas); Harbor Lane Inc. (Harbor)');
  });
});
