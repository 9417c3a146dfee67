import { describe, expect, it } from 'vitest';
import { compressSentence } from '../../../electron/core/terms/compressSentence';

describe('compressSentence', () => {
  it('drops a leading enumerator or clause number (the citation names the clause)', () => {
    expect(compressSentence('(a) The Supplier shall deliver the Goods within 30 days.')).toBe('The Supplier shall deliver the Goods within 30 days.');
    expect(compressSentence('(iv) Either party may terminate on notice.')).toBe('Either party may terminate on notice.');
    expect(compressSentence('4.2 The Term renews each year for one year.')).toBe('The Term renews each year for one year.');
    expect(compressSentence('2. Payment terms are net thirty days.')).toBe('Payment terms are net thirty days.');
    expect(compressSentence('5) The Processor shall not disclose personal data to any third party.')).toBe('The Processor shall not disclose personal data to any third party.');
    // Text that lost its punctuation: a two-level number, or a lone letter that is no English word.
    expect(compressSentence('10 1 you expressly agree that your use of the sdk is at your sole risk.')).toBe('you expressly agree that your use of the sdk is at your sole risk.');
    expect(compressSentence('c you may use the sites only for your personal use.')).toBe('you may use the sites only for your personal use.');
  });

  it('drops a clause title run in with a spaced dash, and keeps a dash inside a sentence', () => {
    expect(compressSentence('Right to Audit - The Customer may inspect the records of the Supplier once a year.')).toBe('The Customer may inspect the records of the Supplier once a year.');
    expect(compressSentence('7. Exclusivity – Reseller shall not sell competing products in the Territory.')).toBe('Reseller shall not sell competing products in the Territory.');
    expect(compressSentence('The Supplier - and only the Supplier - shall carry the insurance.')).toBe('The Supplier - and only the Supplier - shall carry the insurance.');
  });

  it('drops an opener that only announces the sentence', () => {
    expect(compressSentence('For the avoidance of doubt, Licensee retains all rights in its own data.')).toBe('Licensee retains all rights in its own data.');
    expect(compressSentence('for clarity you retain all of your ownership rights in your content.')).toBe('you retain all of your ownership rights in your content.');
    expect(compressSentence('Please note that fees paid are not refundable.')).toBe('Fees paid are not refundable.');
  });

  it('keeps quantities and the one-letter words "a" and "i"', () => {
    for (const s of ['30 days after notice the agreement ends.', 'a party may terminate on notice.', 'i agree to the terms of service.']) expect(compressSentence(s)).toBe(s);
  });

  it('drops pointers to other places, parenthesised or bare', () => {
    expect(compressSentence('Licensee shall pay the Fees (as defined in Section 2.1) every quarter.')).toBe('Licensee shall pay the Fees every quarter.');
    expect(compressSentence('The Term (see Exhibit B) renews each year unless either party objects.')).toBe('The Term renews each year unless either party objects.');
    expect(compressSentence('Licensee shall pay the fees set out in Sections 3 and 4 (see Sections 3 and 4).')).toBe('Licensee shall pay the fees set out in Sections 3 and 4.');
    expect(compressSentence('The first option shall vest on June 1, 1999 (Section 4.2).')).toBe('The first option shall vest on June 1, 1999.');
    expect(compressSentence('as set forth below all trading items are provided as is without any warranty.')).toBe('all trading items are provided as is without any warranty.');
    expect(compressSentence('The licence fees, as set forth below, are due on the first day of each month.')).toBe('The licence fees are due on the first day of each month.');
  });

  it('keeps what qualifies the sentence: exceptions, conditions, statutes, defined terms', () => {
    for (const s of [
      'Except as provided in Section 9.2, neither party shall assign this Agreement (the "Agreement").',
      'Subject to Section 4, Licensee shall pay the fees to the extent permitted by law.',
      'Licensee shall comply with the Act (15 U.S.C. § 78a), including but not limited to its reporting rules.',
      'Protected Health Information (as such term is defined by HIPAA) shall be kept secure.',
    ])
      expect(compressSentence(s)).toBe(s);
  });

  it('leaves the text as written where nothing was taken out, and never guts a sentence', () => {
    expect(compressSentence('That certain Indenture dated on or about , 2012, binds the Company.')).toBe('That certain Indenture dated on or about , 2012, binds the Company.');
    expect(compressSentence('Fees, as set forth below, are due (Section 4.2).')).toBe('Fees, as set forth below, are due (Section 4.2).');
  });
});
