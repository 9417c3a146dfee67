/**
 * An abbreviated month in a term label or before an end date ("from Mar. 2, 2020 to …", "Initial Service
 * Period: Jan. 4, 2021 through …") is read as the month written out is: its dot does not end the line.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

function expirationOf(termLine: string) {
  return extractKeyTerms(
    makeDoc([
      { text: 'FIELD TRIAL SERVICES AGREEMENT', kind: 'heading' },
      'This Field Trial Services Agreement is made by and between Orrin Vale Analytics, Inc. ("Orrin") and Tamsett Growers LLC ("Tamsett").',
      { text: '1. Services. Orrin shall carry out the trials described in the Work Plan and report each month.', clause: '1', section: ['1 Services'] },
      { text: termLine, clause: '2', section: ['2 Term'] },
      { text: '3. Fees. Tamsett shall pay the fees in the Work Plan within thirty (30) days of each invoice.', clause: '3', section: ['3 Fees'] },
    ]),
  ).terms.expiration?.value;
}

const WRITTEN: Record<string, string> = { 'Jan.': 'January', 'Mar.': 'March', 'Sept.': 'September', 'Dec.': 'December', 'Feb.': 'February' };

describe('an abbreviated month in the line that states the term', () => {
  it.each([
    ['Term of the trial: 10 weeks from Mar. 2, 2020 to May 11, 2020.', '2020-05-11'],
    ['Initial Service Period: Jan. 4, 2021 through Dec. 31, 2022.', '2022-12-31'],
    ['Initial Service Period: Feb. 1, 2019 - Jan. 31, 2020.', '2020-01-31'],
    ['The trials shall begin on Sept. 1, 2021 and this Agreement shall remain in force until Dec. 31, 2022.', '2022-12-31'],
  ])('reads the end as it does with the months written out: %s', (line, end) => {
    expect(expirationOf(line)).toBe(end);
    const written = line.replace(/\b(?:Jan|Mar|Sept|Dec|Feb)\./g, (m) => WRITTEN[m]!);
    expect(expirationOf(written)).toBe(end);
  });
});

describe('an abbreviation between the words that end the term and its date', () => {
  it('reads the dated arm of a choice of ends past a company name\'s "Inc."', () => {
    expect(expirationOf('This Agreement shall expire upon the later of (a) the date on which Orrin Vale Analytics, Inc. delivers its final report and (b) June 30, 2023.')).toBe('2023-06-30');
  });
});
