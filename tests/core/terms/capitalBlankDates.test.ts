/**
 * A date left blank in an opening set in capitals reads as it does in ordinary case: the month's
 * name in capitals stays with the blank, and the year with a blank day. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { blankDateAtStart } from '../../../electron/core/terms/date';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const terms = (opening: string) => extractKeyTerms(makeDoc([{ text: 'HAULAGE AGREEMENT', kind: 'heading' }, opening, 'WHEREAS, the Carrier hauls freight.'])).terms;

describe('blank dates in capitals', () => {
  it('reads a blank date in capitals as the same blank in ordinary case', () => {
    expect(blankDateAtStart('OCTOBER ___, 2021 BY AND BETWEEN')).toBe('OCTOBER ___, 2021');
    expect(blankDateAtStart('THIS ____ DAY OF __________, 2014, BY AND AMONG')).toBe('THIS ____ DAY OF __________, 2014');
    expect(blankDateAtStart('THE 3RD DAY OF MAY, (THE "EFFECTIVE DATE")')).toBe('THE 3RD DAY OF MAY,');
    // In capitals any word is capitalised: only a month's name stands before the blank.
    expect(blankDateAtStart('AGREEMENT, 2019')).toBe(undefined);
  });

  it('keeps the month of an agreement and an effective date left blank in a capitals opening', () => {
    const t = terms('THIS HAULAGE AGREEMENT (THE "AGREEMENT") IS ENTERED INTO AS OF OCTOBER ___, 2021 (THE "EFFECTIVE DATE") BY AND BETWEEN RUSTON FREIGHT LLC ("CARRIER") AND SAVORY MILLS INC. ("SHIPPER").');
    expect(t.agreementDate).toMatchObject({ value: 'OCTOBER ___, 2021', blank: true });
    expect(t.effectiveDate).toMatchObject({ value: 'OCTOBER ___, 2021', blank: true });
  });

  it('keeps the year of a day left blank, and takes no other word for a month', () => {
    const t = terms('THIS HAULAGE AGREEMENT IS EFFECTIVE THIS ______ DAY OF ____________, 2014 (THE "EFFECTIVE DATE"), BY AND BETWEEN RUSTON FREIGHT LLC ("CARRIER") AND SAVORY MILLS INC. ("SHIPPER").');
    expect(t.agreementDate?.value).toBe('______ DAY OF ____________, 2014');
    expect(t.effectiveDate?.value).toBe('THIS ______ DAY OF ____________, 2014');
    expect(terms('THIS HAULAGE AGREEMENT IS MADE AS OF ___________, 2015 (THE "EFFECTIVE DATE") BY AND BETWEEN RUSTON FREIGHT LLC ("CARRIER") AND SAVORY MILLS INC. ("SHIPPER").').effectiveDate?.value).toBe('___________, 2015');
  });
});
