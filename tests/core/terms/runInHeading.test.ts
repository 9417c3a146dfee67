import { describe, expect, it } from 'vitest';
import { runInHeading, withoutRunInTitle } from '../../../electron/core/terms/runInHeading';

describe('run-in clause titles', () => {
  it('reads numbered titles up to the length asked for', () => {
    expect(runInHeading('6.1 Term. The initial term is two years.', { maxChars: 60 })).toBe('Term');
    expect(runInHeading('Section 11.11 Governing Law; Submission to Jurisdiction. This Agreement …', { maxChars: 80 })).toBe('Governing Law; Submission to Jurisdiction');
    const long = `7. ${'Limitation of Liability and Exclusion of Certain Damages Arising'} and Indemnities: The Supplier …`;
    expect(runInHeading(long, { maxChars: 80 })).toBe('Limitation of Liability and Exclusion of Certain Damages Arising and Indemnities');
    expect(runInHeading(long, { maxChars: 60 })).toBeUndefined();
  });

  it('reads unnumbered titles in capitals only when asked', () => {
    expect(runInHeading('GOVERNING LAW. This Agreement is governed by …', { maxChars: 80, unnumberedCaps: true })).toBe('GOVERNING LAW');
    expect(runInHeading('GOVERNING LAW. This Agreement is governed by …', { maxChars: 60 })).toBeUndefined();
    expect(runInHeading('The Supplier shall deliver. Then …', { maxChars: 80, unnumberedCaps: true })).toBeUndefined();
  });
});

describe('a numbered clause title glued before its sentence', () => {
  it('is left out when the rest states something of its own', () => {
    expect(withoutRunInTitle('Section 5.5 Sales Tax, Etc. Provider shall be entitled to invoice the Grower for any sales taxes.')).toBe(
      'Provider shall be entitled to invoice the Grower for any sales taxes.',
    );
    expect(withoutRunInTitle('7. Payment Terms: Licensee shall pay each invoice within thirty days of its date.')).toBe('Licensee shall pay each invoice within thirty days of its date.');
    expect(withoutRunInTitle('ARTICLE 12.3 Exclusivity. During the Term, Kestrel shall not sell any competing orchard kit.')).toBe(
      'During the Term, Kestrel shall not sell any competing orchard kit.',
    );
  });

  it('stays when it is the sentence’s subject, a sentence itself, or what a short or relative rest speaks of', () => {
    for (const text of [
      '3. Kestrel Corp. will deliver the Kits to the Grower each month.',
      '4. Kestrel shall deliver the Kits. The Grower shall pay for them.',
      'Section 4 Fees. Net 30 days from the invoice, which shall be issued monthly.',
      '5. Minimum Purchases: 500 units a year.',
      'Section 5.5 of this Agreement shall survive any termination of it.',
    ]) expect(withoutRunInTitle(text), text).toBe(text);
  });
});
