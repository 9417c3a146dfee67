/**
 * A plain text without line breaks runs a cover's lines together: a "PARTIES" heading on after the sentence before it,
 * over its numbered entries, and the last "Licensee: NAME" line on into the sentence after it. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { partyFromRoleLine } from '../../../electron/core/terms/parties';
import { makeDoc } from './docFixture';
import { partiesOf, partiesOfText } from './partiesProbe';

describe('a "PARTIES" heading run on after the sentence before it', () => {
  const entries = [
    '1. Nordlicht Limited incorporated and registered in England and Wales with company number 01234567 whose registered office is at 5 High Street, London (Supplier).',
    '2. Harbor Lane Limited incorporated and registered in England and Wales with company number 07654321 whose registered office is at 4 Oak Road, Leeds (Customer).',
  ];

  it('heads the numbered entries in the lines after it', async () => {
    expect(await partiesOfText(`SERVICES AGREEMENT\n\nThis Services Agreement is dated 5 May 2020.\nPARTIES\n${entries.join('\n')}`)).toBe('Nordlicht Limited (Supplier); Harbor Lane Limited (Customer)');
    expect(await partiesOfText(`SERVICES AGREEMENT\n\nThis agreement is dated 5 May 2020.\nParties\n${entries.join('\n')}`)).toBe('Nordlicht Limited (Supplier); Harbor Lane Limited (Customer)');
  });

  it('is no heading inside a sentence, nor over a list that is not numbered', () => {
    // The word ends a sentence's clause, not a heading: no full stop or colon before it.
    expect(partiesOf('SERVICES AGREEMENT', ['This Services Agreement is dated 5 May 2020 and binds the PARTIES', ...entries])).toBeUndefined();
    expect(partiesOf('SERVICES AGREEMENT', ['This Services Agreement is dated 5 May 2020. PARTIES', 'Each of Nordlicht Limited and Harbor Lane Limited shall keep records.'])).not.toBe('Nordlicht Limited; Harbor Lane Limited');
  });

  it('reads a crafted run of full stops, spaces and heading words in linear time', () => {
    const started = performance.now();
    extractKeyTerms(makeDoc([`.${' '.repeat(100_000)}PARTIE`, '(1) Kestrel Ltd']));
    extractKeyTerms(makeDoc([`${'. PARTIES'.repeat(6_000)} x`, '(1) Kestrel Ltd']));
    extractKeyTerms(makeDoc([`${'. THE'.repeat(20_000)} PARTIES`, '(1) Kestrel Ltd']));
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('role lines run on into the sentence after them', () => {
  const cover = (last: string): Promise<string | undefined> =>
    partiesOfText(`LICENSE AGREEMENT\n\nThis License Agreement is made as of May 5, 2020.\nLicensor: Nordlicht GmbH, Hauptstrasse 5, Berlin\n${last}`);

  it('reads the last label\'s name up to its form where the next sentence ends on a colon', async () => {
    expect(await cover('Licensee: Harbor Lane Inc., 4 Oak Road, Austin, Texas\nThe parties agree as follows:')).toBe('Nordlicht GmbH (Licensor); Harbor Lane Inc. (Licensee)');
    expect(await cover('Licensee: Ann Marsden, 12 Harbor Street, Austin\nThe parties agree as follows:')).toBe('Nordlicht GmbH (Licensor); Ann Marsden (Licensee)');
  });

  it('takes no name from a label followed by words that name no one', async () => {
    expect(partyFromRoleLine('Licensee: the party named in the order form as follows:')).toBeUndefined();
    expect(partyFromRoleLine('Licensee:')).toBeUndefined();
    expect(await cover('Licensee: as set out in the order form, on the terms as follows:')).toBeUndefined();
  });
});

describe('a role line that ends on an empty label', () => {
  it('is no party\'s line, as a signature line is not', () => {
    expect(partyFromRoleLine('Party B: Kestrel Gas Supply Co., Ltd. (Seal) Representative:')).toBeUndefined();
    expect(partyFromRoleLine('Licensee: Harbor Lane Inc., 4 Oak Road The parties agree as follows:')).toEqual({ name: 'Harbor Lane Inc.', role: 'Licensee' });
  });
});
