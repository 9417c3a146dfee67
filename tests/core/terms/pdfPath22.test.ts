/**
 * Layouts that a PDF keeps and a plain text loses, read the same way on both paths: a letterhead set
 * as a table (its date in a cell of its own beside the sender's address), and online terms dated only
 * by a "Last updated" line above the title. Invented documents, built block by block as a PDF reads them.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const dateOf = (...entries: Parameters<typeof makeDoc>[0]): unknown => extractKeyTerms(makeDoc(entries)).terms.agreementDate?.value;
const termOf = (...entries: Parameters<typeof makeDoc>[0]) => extractKeyTerms(makeDoc(entries)).terms.agreementDate;

describe('agreement date on a PDF layout', () => {
  it('reads a letterhead date set in a table cell beside the address, as the letterhead\'s date', () => {
    const term = termOf(
      { text: '11/04/09 | 48 Quarry Lane, Suite 3', kind: 'table-row' },
      { text: '555.201.7788 | Halden, OR 97001', kind: 'table-row' },
      { text: 'Website Maintenance Agreement', kind: 'heading' },
      'This is a website maintenance agreement between Brightfold Media and Lanterne Studio. The service runs for six months.',
    );
    // Read from the cell, not taken for a signature's date.
    expect([term?.value, term?.text]).toEqual(['2009-11-04', '11/04/09']);
  });

  it('does not read a date from a table row that is not a date alone', () => {
    expect(
      dateOf(
        { text: 'Invoice due 11/04/09 | 48 Quarry Lane', kind: 'table-row' },
        { text: 'Website Maintenance Agreement', kind: 'heading' },
        'This is a website maintenance agreement between Brightfold Media and Lanterne Studio.',
      ),
    ).toBeUndefined();
  });

  it('dates online terms by their "Last updated" line when nothing else dates them', () => {
    expect(
      dateOf(
        { text: 'Last Updated: September 14, 2011', kind: 'heading' },
        { text: 'PARTNER PROGRAM TERMS', kind: 'heading' },
        'THESE TERMS govern the relationship between Oldmere Savings Bank ("Oldmere") and you as a partner in the Oldmere Partner Program.',
        '1. Enrollment. You must complete the online enrollment form.',
      ),
    ).toBe('2011-09-14');
  });

  it('prefers the opening\'s date of making to a "Last revised" line', () => {
    expect(
      dateOf(
        { text: 'Last revised on 2 May 2019', kind: 'heading' },
        { text: 'SERVICES AGREEMENT', kind: 'heading' },
        'This Services Agreement is made as of June 3, 2020 between Oldmere Savings Bank and Pell Courier LLC.',
        '1. Services. Pell Courier LLC shall carry documents between branches.',
      ),
    ).toBe('2020-06-03');
  });
});
