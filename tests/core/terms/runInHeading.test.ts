import { describe, expect, it } from 'vitest';
import { runInHeading } from '../../../electron/core/terms/runInHeading';

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
