import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: 'heading' | 'paragraph' | 'table-row'; clause?: string; section?: string[] };

/** An invented services contract with a dated opening; the entries given are its term clauses. */
const terms = (...rest: Entry[]) =>
  extractKeyTerms(
    makeDoc([
      { text: 'SERVICES FRAMEWORK AGREEMENT', kind: 'heading' },
      'This Services Framework Agreement is made as of March 3, 2016 (the "Effective Date") by and between Orrin Tool Co. ("Supplier") and Delta Vane LLC ("Customer").',
      ...rest,
    ]),
  ).terms;

describe('a master contract that runs as long as the orders under it', () => {
  it('reads "ends on the expiration or termination of all Statements of Work" as running until terminated', () => {
    const t = terms({ text: '3. Term. This Agreement commences on the Effective Date and ends on the expiration or termination of all Statements of Work issued under it.', clause: '3' });
    expect(t.expiration?.value).toBe('perpetual');
  });

  it('reads "will be effective … and ending on the expiration and/or termination of all Service Attachments"', () => {
    const t = terms({ text: '2. Term. This Agreement will be effective beginning on the day after the date of last signature and ending on the expiration and/or termination of all Hosting Attachments, unless terminated earlier in accordance with its terms.', clause: '2' });
    expect(t.expiration?.value).toBe('perpetual');
  });

  it('reads "shall remain in effect until the completion of the last Work Order"', () => {
    const t = terms({ text: '4. Duration. This Agreement shall remain in effect until the completion of the last of the Work Orders placed under it.', clause: '4' });
    expect(t.expiration?.value).toBe('perpetual');
  });

  it('keeps a term of its own stated before the orders: the length, not "perpetual"', () => {
    const t = terms({ text: '3. Term. This Agreement shall remain in effect for three (3) years from the Effective Date and thereafter until the completion of all Statements of Work then outstanding.', clause: '3' });
    expect(t.expiration?.value).toBe('2019-03-03');
  });

  it('does not read a licence that lasts until the orders end as the contract\'s term', () => {
    const t = terms(
      { text: '3. Term. The term of this Agreement shall be two (2) years from the Effective Date.', clause: '3' },
      { text: '7. License. The license granted in Section 6 shall continue until the expiration of all Statements of Work.', clause: '7' },
    );
    expect(t.expiration?.value).toBe('2018-03-03');
  });
});

describe('the parts of a master contract renew, not the contract', () => {
  it('gives no renewal (and no notice) when only each Statement of Work renews', () => {
    const t = terms(
      { text: '3. Term. This Agreement commences on the Effective Date and ends on the expiration or termination of all Statements of Work issued under it.', clause: '3' },
      { text: '3.2 Each Statement of Work will renew automatically for an additional term equal to its previous term unless either party notifies the other in writing at least sixty (60) days prior to the end of its then-current term.', clause: '3.2' },
    );
    expect(t.renewal).toBeUndefined();
    expect(t.renewalNotice).toBeUndefined();
  });

  it('still reads the contract\'s own renewal with its notice', () => {
    const t = terms({ text: '3. Term. The initial term of this Agreement is three (3) years from the Effective Date and this Agreement shall renew automatically for successive one (1) year periods unless either party gives written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.', clause: '3' });
    expect(t.renewal?.value).toBe('1 year each, automatic, successive');
    expect(t.renewalNotice?.value).toBe('60 days');
  });
});

describe('the first period named on a cover sheet', () => {
  it('reads "Initial Supply Period: D1 through D2" as the term', () => {
    const t = terms({ text: 'INITIAL SUPPLY PERIOD: June 1, 2016 through November 30, 2016 (6 Months from the Effective Date)' });
    expect(t.expiration?.value).toBe('2016-11-30');
  });

  it('reads a bare span of dates under an "Initial Term" heading', () => {
    const t = terms({ text: 'INITIAL TERM', kind: 'heading' }, { text: 'March 3, 2016 through March 2, 2019', section: ['INITIAL TERM'] });
    expect(t.expiration?.value).toBe('2019-03-02');
  });

  it('reads the span under the heading written "D1 to and including D2"', () => {
    const t = terms({ text: 'INITIAL TERM', kind: 'heading' }, { text: 'March 3, 2016 to and including March 2, 2019', section: ['INITIAL TERM'] });
    expect(t.expiration?.value).toBe('2019-03-02');
  });

  it('keeps "Initial Term: D1 through D2" as it was', () => {
    const t = terms({ text: 'INITIAL TERM: March 3, 2016 through March 2, 2019', clause: '3' });
    expect(t.expiration?.value).toBe('2019-03-02');
  });

  it('does not take a span under another heading, nor a payment period label, for the term', () => {
    const t = terms(
      { text: 'DELIVERY WINDOW', kind: 'heading' },
      { text: 'April 1, 2016 through April 30, 2016', section: ['DELIVERY WINDOW'] },
      { text: 'Initial payment period: the first ninety days after delivery.' },
    );
    expect(t.expiration).toBeUndefined();
  });
});
