/**
 * Wordings of dates found by session 37's rewrites, each rule both ways, in short invented contracts read as plain text:
 * "as at" before a date, as British drafting dates a contract ("made as at 1 June 2010"), reads as "as of" does; a
 * balance "as at" a date in a representation is no start of the contract, as one "as of" a date is not. A contract's
 * start named its "Commencement Date" and given by a definition ("… means 18 May 2000", "shall be: …") or an opening cut
 * at an abbreviation; a notice's length after "notice of"; an extension on an event with any adverb before "extended".
 */
import { describe, expect, it } from 'vitest';
import { contractText, expectProbe, probe, type Probe } from './probeValue';

const TERM = '3. Term. This Agreement runs for five (5) years from the Effective Date.';
const doc = (...paras: string[]): string => contractText('SUPPLY AGREEMENT', ...paras);
const PARTIES = 'between Corvane Mills Inc. ("Seller") and Tessaly Foods LLC ("Buyer")';
const OPEN = `This Supply Agreement (the "Agreement") is entered into ${PARTIES}.`;

const PROBES: Probe[] = [
  // --- "as at" a date dates the contract and starts it
  probe('made-as-at', doc(`This Supply Agreement (the "Agreement") is made as at June 8, 2016 ${PARTIES}.`, TERM.replace('the Effective Date', 'the date hereof')), { agreementDate: '2016-06-08', expiration: '2021-06-08' }),
  probe('effective-as-at', doc(`This Supply Agreement (the "Agreement"), effective as at 1 July 2016 (the "Effective Date"), is made ${PARTIES}.`, TERM), { effectiveDate: '2016-07-01', expiration: '2021-07-01' }),
  probe('parties-then-effective-as-at', doc(`This Supply Agreement is made ${PARTIES}, effective as at July 1, 2016.`), { effectiveDate: '2016-07-01' }),
  probe('executed-as-at', doc(`This Supply Agreement is made ${PARTIES}.`, '12. Signatures. IN WITNESS WHEREOF, Corvane and Tessaly have executed this Agreement as at July 1, 2016.'), { agreementDate: '2016-07-01' }),
  // --- a figure "as at" a date is no date of the contract
  probe('balance-as-at', doc(`This Supply Agreement is made ${PARTIES}.`, '7. Warranties. The Seller warrants that its accounts as at December 31, 2015 are true and fair.'), { effectiveDate: null }),
  probe('balance-as-of', doc(`This Supply Agreement is made ${PARTIES}.`, '7. Warranties. The Seller warrants that its accounts as of December 31, 2015 are true and fair.'), { effectiveDate: null }),
  // --- a "Commencement Date" given as an "Effective Date" would be
  probe('commencement-means', doc(OPEN, '1. Definitions. In this Agreement:', '"Buyer Product" means a widget;', '"Commencement Date" Means August 10, 2007;', '"Territory" means Ohio.', TERM.replace('Effective', 'Commencement')), { effectiveDate: '2007-08-10', expiration: '2012-08-10' }),
  probe('commencement-caps-means', doc(OPEN, '1. Definitions. In this Agreement:', 'COMMENCEMENT DATE means 18 May 2000;', '"Territory" means Ohio.'), { effectiveDate: '2000-05-18' }),
  probe('commencement-shall-be', doc(OPEN, 'THE COMMENCEMENT DATE OF THIS SUPPLY AGREEMENT SHALL BE: Sept 29, 2004'), { effectiveDate: '2004-09-29' }),
  probe('commencement-cut-opening', doc('This Supply Agreement is entered into on Sept. 1st 2019 ("Commencement Date") by and between: Corvane Mills Inc. ("Seller"); and Tessaly Foods LLC ("Buyer").'), { effectiveDate: '2019-09-01' }),
  // …but not the day of another event a recital names, nor a definition of a date that is no start
  probe('commencement-after-market', doc(OPEN, 'B. This Agreement shall commence when Tessaly first sells in the open market. On 3 March 2021 (the "Commencement Date") Tessaly will open a stall of its own.'), { effectiveDate: null }),
  probe('commencement-other-event', doc(OPEN, 'A. Effective April 6, 2020 (the "Commencement Date"), Tessaly is completing a sale of its shares to the public.'), { effectiveDate: null }),
  probe('delivery-date-means', doc(OPEN, '1. Definitions.', '"Delivery Date" means August 10, 2007;'), { effectiveDate: null }),
  // --- a notice's length after "notice of"
  probe('notice-of-length', doc(OPEN, '3. Term. This Agreement runs for five (5) years from June 8, 2016 and shall automatically renew for one-year periods unless ended by either party upon written notice of sixty (60) days after the end of a term.'), { renewalNotice: '60 days' }),
  probe('window-after-notice', doc(OPEN, '3. Term. This Agreement runs for five (5) years from June 8, 2016 and shall automatically renew for one-year periods. Either party may cure a breach within sixty (60) days after notice of it.'), { renewalNotice: null }),
  // --- an extension on an event, with an adverb before "extended", is no renewal; one on no notice is
  probe('extended-tacitly-on-event', doc(OPEN, TERM, '9. Delay. If the plant is closed by a strike, the Term will be tacitly extended by the days it stays closed.'), { renewal: null }),
  probe('extended-tacitly-on-notice', doc(OPEN, TERM, '9. Renewal. If neither party gives notice of termination, this Agreement shall be tacitly extended for successive one (1) year periods.'), { renewal: '1 year each, automatic*' }),
];

describe('session 37 date wordings, read from plain text', () => {
  it.each(PROBES.map((x) => [x.name, x] as const))('%s', async (_name, p) => {
    await expectProbe(p.text, p.expect);
  });
  it('has probes', () => expect(PROBES.length).toBeGreaterThan(0));
});
