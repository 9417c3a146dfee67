/**
 * Wordings of plain-language drafting read as their formal twins: definitions that "will mean", and a
 * law named before "law" beside a country's federal law. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { jurisdictionOf } from '../../../electron/core/terms/jurisdiction';
import { makeDoc } from './docFixture';

const terms = (...clauses: string[]) =>
  extractKeyTerms(
    makeDoc([
      { text: 'CATERING AGREEMENT', kind: 'heading' },
      'This Catering Agreement is entered into by and between Tamber Halls Inc. ("Venue") and Ulmer Kitchens LLC ("Caterer").',
      { text: '1. DEFINITIONS', kind: 'heading' },
      ...clauses,
    ]),
  ).terms;

describe('plain-language wordings', () => {
  it('reads definitions that "will mean" as those that "shall mean"', () => {
    const t = terms('(a) "Effective Date" will mean April 4, 2022.', '(b) "Service Period" will mean that period of time commencing on the Effective Date and concluding March 31, 2024.', '2. The Caterer will serve the events the Venue books during the Service Period.');
    expect(t.effectiveDate?.value).toBe('2022-04-04');
    expect(terms('1.7 Term will mean the Effective Date through October 31, 2025.', '"Effective Date" will mean April 4, 2022.').expiration?.value).toBe('2025-10-31');
  });

  it('takes the province or state named before "law" over the country whose federal laws follow', () => {
    expect(jurisdictionOf('This Agreement will be governed by Manitoba law and the federal laws of Canada applicable in it.')).toBe('Manitoba, Canada');
    expect(jurisdictionOf('This Agreement is governed by Oregon law and, where they apply, the laws of the United States.')).toBe('Oregon, United States');
    expect(jurisdictionOf('This Agreement is governed by the laws of Canada.')).toBe('Canada');
  });
});
