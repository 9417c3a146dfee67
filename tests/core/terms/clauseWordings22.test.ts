/**
 * More term, renewal, date and governing-law wordings in common drafting styles, each in a short
 * invented contract read from plain text as a user's .txt file is (the approach of
 * clauseWordings21.test.ts): an extension on an event is not a renewal, terms stated as a length or
 * an anniversary, renewal by mutual agreement, non-renewal notices, dates in words and in numbers,
 * effective dates defined apart from the opening, and choice-of-law wordings.
 */
import { describe, it } from 'vitest';
import { expectProbe } from './probeValue';

type F = 'agreementDate' | 'effectiveDate' | 'expiration' | 'renewal' | 'renewalNotice' | 'governingLaw';
interface Probe { name: string; text: string; expect: Partial<Record<F, string | null>> }

const HEAD = 'SUPPLY AGREEMENT';
const PARTIES = 'between Corvane Mills Inc. ("Seller") and Tessaly Foods LLC ("Buyer")';
const OPEN = `This Supply Agreement (the "Agreement") is entered into on June 8, 2016 ${PARTIES}.`;
const NODATE = `This Supply Agreement (the "Agreement") is entered into ${PARTIES}.`;
const doc = (...paras: string[]): string => [HEAD, ...paras].join('\n\n') + '\n';
const body = '2. Supply. Seller shall sell and Buyer shall purchase the products listed in Exhibit A.';
const p = (name: string, text: string, expect: Probe['expect']): Probe => ({ name, text, expect });

const PROBES: Probe[] = [
  // --- extensions on an event are not renewals
  p('ext-on-event', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years from the date hereof.', '7. Force Majeure. In the event of a supply failure, the term shall automatically be extended by the period of the failure.'), { renewal: null, expiration: '2019-06-0*' }),
  p('ext-on-delay', doc(OPEN, '3. Term. This Agreement shall continue for two (2) years from the date hereof. If the launch is delayed, the Term will be extended by the length of the delay.'), { renewal: null }),
  // --- dates
  p('date-day-of-comma', doc(`This Supply Agreement is made as of the 1st day of March, 2019 ${PARTIES}.`, body), { agreementDate: '2019-03-01' }),
  p('date-ordinal-month-first', doc(`This Supply Agreement is made on March 1st, 2019 ${PARTIES}.`, body), { agreementDate: '2019-03-01' }),
  p('date-day-month-year', doc(`This Supply Agreement is made on 1 March 2019 ${PARTIES}.`, body), { agreementDate: '2019-03-01' }),
  p('date-iso', doc(`This Supply Agreement is dated 2019-03-01 and is made ${PARTIES}.`, body), { agreementDate: '2019-03-01' }),
  p('date-dots-two-digit-uk', doc(`This Supply Agreement is dated 4.7.98 and is made ${PARTIES}.`, body, '14. This Agreement is governed by the laws of England and Wales.'), { agreementDate: '1998-07-04' }),
  p('date-dots-uk', doc(`This Supply Agreement is dated 4.7.2018 and is made ${PARTIES}.`, body, '14. This Agreement is governed by English law.'), { agreementDate: '2018-07-04' }),
  p('date-dots-german', doc(`This Supply Agreement is dated 15.03.2017 and is made ${PARTIES}.`, body, '14. This Agreement is governed by German law.'), { agreementDate: '2017-03-15' }),
  p('date-sept-abbrev', doc(`This Supply Agreement is made on Sept. 12, 2014 ${PARTIES}.`, body), { agreementDate: '2014-09-12' }),
  p('date-day-of-month-year-words', doc(`This Supply Agreement is made this 22nd day of October 2013 ${PARTIES}.`, body), { agreementDate: '2013-10-22' }),
  // --- expiration
  p('exp-fifth-anniversary', doc(OPEN, '3. Term. This Agreement shall commence on the Effective Date and continue until the fifth (5th) anniversary thereof.', '"Effective Date" means July 1, 2016.'), { expiration: '2021-0*' }),
  p('exp-initial-36-months', doc(`This Supply Agreement is entered into as of January 15, 2017 ${PARTIES}.`, '3. Term. This Agreement shall be in effect for an initial period of thirty-six (36) months from the date hereof.'), { expiration: '2020-01-1*' }),
  p('exp-third-full-year', doc(`This Supply Agreement is entered into as of April 10, 2015 ${PARTIES}.`, '3. Term. This Agreement shall commence on the date hereof and terminate on December 31 of the third full calendar year following the date hereof.'), { expiration: '2018-12-31' }),
  p('exp-term-sheet', doc(`This Supply Agreement is entered into as of February 1, 2018 ${PARTIES}.`, 'Effective Date: February 1, 2018', 'Term: 2 years from the Effective Date', body), { expiration: '2020-0*' }),
  p('exp-until-date-ordinal', doc(OPEN, '3. Term. This Agreement shall remain in effect until the 31st day of December, 2020.'), { expiration: '2020-12-31' }),
  p('exp-period-ending', doc(OPEN, '3. Term. The term of this Agreement shall be the period beginning on the date hereof and ending on May 31, 2019.'), { expiration: '2019-05-31' }),
  p('exp-five-years-effective', doc(NODATE, '1. Definitions. "Effective Date" means September 1, 2015.', '3. Term. The term of this Agreement is a period of five (5) years counted from the Effective Date.'), { effectiveDate: '2015-09-01', expiration: '2020-0*' }),
  p('exp-perpetual', doc(OPEN, '3. Term. This Agreement shall continue in perpetuity unless terminated in accordance with Section 9.'), { expiration: 'perpetual' }),
  p('exp-iso', doc(OPEN, '3. Term. This Agreement shall expire on 2021-06-30.'), { expiration: '2021-06-30' }),
  // --- renewal
  p('ren-non-renewal-90', doc(OPEN, '3. Term. The initial term of this Agreement is three (3) years. This Agreement shall automatically renew for successive one (1) year terms unless either party gives written notice of non-renewal at least ninety (90) days prior to the end of the then-current term.'), { renewal: '1 year each, automatic*', renewalNotice: '90 days' }),
  p('ren-unless-terminated', doc(OPEN, '3. Term. This Agreement shall have an initial term of two (2) years and shall renew for successive one-year periods unless terminated by either party.'), { renewal: '1 year*' }),
  p('ren-mutual-written', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years from the date hereof and may be renewed for an additional three (3) year term by mutual written agreement of the parties.'), { renewal: '3 years each, by agreement, one renewal' }),
  p('ren-mutual-no-length', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years from the date hereof. This Agreement may be renewed by mutual written agreement of the parties.'), { renewal: null }),
  p('ren-annual', doc(OPEN, '3. Term. After the Initial Term, this Agreement will automatically renew for additional periods of one year each, unless either party notifies the other of its intent not to renew at least thirty (30) days before the end of the then-current term.'), { renewal: '1 year each, automatic*', renewalNotice: '30 days' }),
  p('ren-months-notice', doc(OPEN, '3. Term. This Agreement shall be automatically renewed for consecutive periods of two (2) years unless either party gives six (6) months\' prior written notice of termination before the expiry of the then current period.'), { renewal: '2 years each, automatic*', renewalNotice: '6 months' }),
  p('ren-option-buyer', doc(OPEN, '3. Term. The initial term is three (3) years. Buyer shall have the option to extend this Agreement for two (2) additional periods of one (1) year each by giving Seller written notice at least sixty (60) days before expiry.'), { renewal: '1 year*' }),
  p('ren-evergreen-month', doc(OPEN, '3. Term. After the initial term this Agreement shall continue on a month-to-month basis until terminated by either party on thirty (30) days\' notice.'), { renewal: '1 month*' }),
  // --- effective date defined elsewhere
  p('eff-definitions', doc(NODATE, '1. Definitions. In this Agreement: "Effective Date" shall mean October 1, 2014.', body), { effectiveDate: '2014-10-01' }),
  p('eff-definitions-day-of', doc(NODATE, '1. DEFINITIONS', '1.4 "Effective Date" means the 15th day of January, 2012.', body), { effectiveDate: '2012-01-15' }),
  p('eff-signature-block', doc(NODATE, body, 'IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.', 'CORVANE MILLS INC.', 'By: /s/ Dana Holt', 'Name: Dana Holt', 'Effective Date: May 5, 2017', 'TESSALY FOODS LLC', 'By: /s/ Lee Marr'), { effectiveDate: '2017-05-05' }),
  // --- governing law
  p('law-england-wales-construed', doc(OPEN, '14. This Agreement shall be construed in accordance with the laws of England and Wales.'), { governingLaw: 'England and Wales' }),
  p('law-ny-conflicts', doc(OPEN, '14. This Agreement shall be governed by the laws of the State of New York, without regard to its conflicts of laws principles.'), { governingLaw: 'New York, United States' }),
  p('law-ontario-federal', doc(OPEN, '14. This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.'), { governingLaw: 'Ontario, Canada' }),
  p('law-ontario-bare', doc(OPEN, '14. This Agreement shall be governed by the laws of Ontario and the federal laws of Canada applicable therein.'), { governingLaw: 'Ontario, Canada' }),
  p('law-hk-sar', doc(OPEN, '14. This Agreement shall be governed by the laws of the Hong Kong SAR.'), { governingLaw: 'Hong Kong' }),
  p('law-prc', doc(OPEN, '14. This Agreement shall be governed by the laws of the PRC.'), { governingLaw: 'China' }),
  p('law-prc-long', doc(OPEN, '14. This Agreement shall be governed by the laws of the People\'s Republic of China.'), { governingLaw: 'China' }),
  p('law-swiss', doc(OPEN, '14. This Agreement shall be governed by Swiss law.'), { governingLaw: 'Switzerland' }),
  p('law-swiss-substantive', doc(OPEN, '14. This Agreement is subject to substantive Swiss law, excluding the Vienna Convention.'), { governingLaw: 'Switzerland' }),
  p('law-mass-internal', doc(OPEN, '14. This Agreement shall be governed by the internal laws of the Commonwealth of Massachusetts.'), { governingLaw: 'Massachusetts, United States' }),
  p('law-heading-only', doc(OPEN, '14. GOVERNING LAW. New York.'), { governingLaw: 'New York, United States' }),
  p('law-heading-only-state', doc(OPEN, '14. Governing Law: State of Delaware'), { governingLaw: 'Delaware, United States' }),
  p('law-delaware-corp', doc(OPEN, '14. This Agreement shall be governed by and construed under the laws of the State of Delaware applicable to agreements entered into and wholly performed therein.'), { governingLaw: 'Delaware, United States' }),
  p('law-bc', doc(OPEN, '14. This Agreement shall be governed by the laws of British Columbia and the laws of Canada applicable in that province.'), { governingLaw: 'British Columbia, Canada' }),
  p('law-dutch', doc(OPEN, '14. This Agreement is governed by Dutch law.'), { governingLaw: 'Netherlands' }),
  p('law-french', doc(OPEN, '14. This Agreement shall be governed by and construed in accordance with French law.'), { governingLaw: 'France' }),
  p('law-israel', doc(OPEN, '14. This Agreement shall be governed by the laws of the State of Israel.'), { governingLaw: 'Israel' }),
  p('law-dc', doc(OPEN, '14. This Agreement shall be governed by the laws of the District of Columbia.'), { governingLaw: 'District of Columbia, United States' }),
  p('law-cayman', doc(OPEN, '14. This Agreement shall be governed by the laws of the Cayman Islands.'), { governingLaw: 'Cayman Islands' }),
  p('law-us-federal-and-state', doc(OPEN, '14. This Agreement shall be governed by the laws of the United States and the State of Virginia.'), { governingLaw: 'Virginia, United States' }),
  // --- second round: extensions, calendar ends, renewals by the year or by agreement
  p('ext-any-period', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years from the date hereof. The Term shall be automatically extended by any period during which Seller is unable to supply due to Force Majeure.'), { renewal: null, expiration: '2019-06-08' }),
  p('ext-equal-outage', doc(OPEN, '3. Term. This Agreement shall continue for two (2) years from the date hereof, and shall be extended for a period equal to the length of any shutdown of the Plant.'), { renewal: null, expiration: '2018-06-08' }),
  p('exp-full-year-hereof', doc(`This Supply Agreement is entered into as of April 10, 2015 ${PARTIES}.`, '3. Term. This Agreement shall remain in effect until December 31 of the third full calendar year following the date hereof.'), { expiration: '2018-12-31' }),
  p('exp-calendar-month-end', doc(OPEN, '3. Term. The term of this Agreement shall begin on the date hereof and shall end on the last day of the twelfth (12th) full calendar month following the date hereof.'), { expiration: '2017-06-30' }),
  p('exp-month-after-effective', doc(NODATE, '1. Definitions. "Effective Date" means March 15, 2019.', '3. Term. This Agreement shall expire at the end of the eighteenth (18th) month following the Effective Date.'), { expiration: '2020-09-15' }),
  p('exp-year-end-execution', doc(`This Supply Agreement is entered into as of August 2, 2012 ${PARTIES}.`, '3. Term. This Agreement shall expire on the last day of the second calendar year after the execution of this Agreement.'), { expiration: '2014-12-31' }),
  p('ren-thereafter-successive', doc(OPEN, '3. Term. The initial term is three (3) years and thereafter for successive periods of one year until terminated by either party upon not less than three months\' notice.'), { renewal: '1 year each, automatic*', renewalNotice: '3 months', expiration: '2019-06-08' }),
  p('ren-each-anniversary', doc(OPEN, '3. Term. The term of this Agreement is one (1) year and shall renew automatically on each anniversary of the date hereof, unless cancelled by either party with 30 days written notice.'), { renewal: '1 year each, automatic', renewalNotice: '30 days' }),
  p('ren-agreement-of-both', doc(OPEN, '3. Term. This Agreement shall continue for two (2) years. The term may be extended for an additional five (5) years upon the written agreement of both parties.'), { renewal: '5 years each, by agreement, one renewal' }),
  p('ren-one-at-a-time', doc(OPEN, '3. Term. The initial term is two (2) years. This Agreement shall then be automatically renewed for one year at a time unless either party gives notice of termination at least three (3) months before the end of the current term.'), { renewal: '1 year each, automatic', renewalNotice: '3 months', expiration: '2018-06-08' }),
  p('ren-option-count', doc(OPEN, '3. Term. Buyer may renew this Agreement for up to three (3) additional terms of two (2) years each by giving notice at least 90 days before the end of the term.'), { renewal: '2 years each, by option, up to 3', renewalNotice: null }),
  p('ren-separate-clauses', doc(OPEN, '3. Term. The initial term is one (1) year.', '4. Renewal. Following the initial term, this Agreement shall automatically renew for successive one-year terms.', '5. Non-Renewal. Either party may elect not to renew this Agreement by giving the other party written notice at least 30 days before the end of the then current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '30 days', expiration: '2017-06-08' }),
  p('date-of-the-month', doc(`This Supply Agreement is made on the 5th of May, 2008 ${PARTIES}.`, body), { agreementDate: '2008-05-05' }),
  p('date-ad', doc(`This Supply Agreement is made as of this 5th day of May A.D. 2008 ${PARTIES}.`, body), { agreementDate: '2008-05-05' }),
  p('date-in-the-year', doc(`This Supply Agreement is made as of the 5th day of May, in the year 2008 ${PARTIES}.`, body), { agreementDate: '2008-05-05' }),
  p('date-time-of-day', doc(`This Supply Agreement is effective as of 12:01 a.m. on January 1, 2015 ${PARTIES}.`, body), { agreementDate: '2015-01-01' }),
  p('law-swiss-substantive-subject', doc(OPEN, '14. This Agreement is subject to substantive Swiss law.'), { governingLaw: 'Switzerland' }),
  p('law-ca-residents', doc(OPEN, '14. This Agreement shall be governed by the laws of the State of California as applied to agreements among California residents entered into and to be performed entirely within California.'), { governingLaw: 'California, United States' }),
  p('law-ny-and-federal', doc(OPEN, '14. This Agreement shall be governed by the laws of the State of New York and the federal laws of the United States.'), { governingLaw: 'New York, United States' }),
  p('law-taiwan-roc', doc(OPEN, '14. This Agreement shall be governed by the laws of Taiwan, R.O.C.'), { governingLaw: 'Taiwan' }),
  p('law-prc-excluding', doc(OPEN, '14. This Agreement shall be governed by the laws of the People\'s Republic of China (excluding Hong Kong, Macau and Taiwan).'), { governingLaw: 'China' }),
  p('law-with-forum', doc(OPEN, '14. Governing Law and Jurisdiction. This Agreement is governed by the laws of England. The courts of London shall have exclusive jurisdiction.'), { governingLaw: 'England and Wales' }),
  p('law-forum-first', doc(OPEN, '14. Each party irrevocably submits to the exclusive jurisdiction of the courts of Ontario. This Agreement shall be interpreted under Ontario law.'), { governingLaw: 'Ontario, Canada' }),
  p('law-korean', doc(OPEN, '14. This Agreement shall be governed by Korean law.'), { governingLaw: 'Korea' }),
  p('eff-the-period-from', doc(NODATE, '3. Term. The Term of this Agreement shall be the period from 1 July 2015 until 30 June 2018 inclusive.', body), { effectiveDate: '2015-07-01', expiration: '2018-06-30' }),
  p('exp-span-label', doc(NODATE, 'Term: July 1, 2015 through June 30, 2018', body), { effectiveDate: '2015-07-01', expiration: '2018-06-30' }),
  p('ren-same-period', doc(OPEN, '3. Term. This Agreement is for two years and shall be renewed automatically for the same period unless terminated in writing by either party at least ninety days before its expiration.'), { renewal: '2 years each, automatic', renewalNotice: '90 days' }),
  p('ren-by-one-year', doc(OPEN, '3. Term. This Agreement shall be valid until 31st December, 2019 and shall be automatically extended by one year unless terminated by either party with three months notice.'), { expiration: '2019-12-31', renewal: '1 year each, automatic', renewalNotice: '3 months' }),
  // --- a term counted from an Effective Date that an event sets: no end can be stated
  p('exp-from-event-effective', doc(OPEN, '1. Definitions. "Effective Date" means the date on which Buyer receives the first shipment of Products.', '3. Term. This Agreement shall continue for a period of sixty (60) months following the Effective Date.'), { effectiveDate: null, expiration: null }),
  p('exp-from-closing-effective', doc(OPEN, '1. Definitions. "Effective Date" means the date of the Closing.', '3. Term. The term of this Agreement is three (3) years from the Effective Date.'), { expiration: null }),
  p('exp-from-signed-effective', doc(OPEN, '1. Definitions. "Effective Date" means the date on which this Agreement is signed by both parties.', '3. Term. This Agreement shall continue for a period of sixty (60) months following the Effective Date.'), { effectiveDate: '2016-06-08', expiration: '2021-06-08' }),
  p('exp-from-undefined-effective', doc(OPEN, '3. Term. This Agreement shall continue for seven (7) years from the Effective Date.'), { expiration: '2023-06-08' }),
  // --- an extension on an event is not a renewal; a renewal on a condition still is
  p('ext-if-minimum', doc(OPEN, '3. Term. This Agreement shall continue for five (5) years. If Buyer has not achieved the Minimum Purchases, the Term shall be extended for an additional period of six (6) months.'), { renewal: null, expiration: '2021-06-08' }),
  p('ext-in-the-event', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years. In the event of a supply failure, this Agreement shall automatically be extended for a further twelve (12) months.'), { renewal: null }),
  p('ren-if-no-notice', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years. If neither party gives notice of termination at least 90 days before expiry, the Term shall be extended for one (1) year.'), { renewal: '1 year each, automatic', renewalNotice: '90 days' }),
  p('ren-if-not-in-breach', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years. If Buyer is not in breach, the Term shall be extended for successive one (1) year periods unless either party gives 60 days notice.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('ren-if-minimum-renews', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years. If Buyer meets the Minimum Purchases in the final year, this Agreement shall renew for an additional one (1) year term.'), { renewal: '1 year each, automatic, one renewal' }),
  // --- the law on a label line, or under a label on a line of its own
  p('law-label-colon', doc(OPEN, 'Governing Law: Delaware', body), { governingLaw: 'Delaware, United States' }),
  p('law-label-bar', doc(OPEN, 'Applicable Law | England and Wales', body), { governingLaw: 'England and Wales' }),
  p('law-label-next-line', doc(OPEN, '14. GOVERNING LAW', 'New York'), { governingLaw: 'New York, United States' }),
  p('law-label-colon-next-line', doc(OPEN, '14. GOVERNING LAW:', 'State of Illinois'), { governingLaw: 'Illinois, United States' }),
  p('law-label-not-a-place', doc(OPEN, '14. GOVERNING LAW', 'Notices'), { governingLaw: null }),
  // --- a start some time after the date the contract bears
  p('eff-first-of-next-month', doc(OPEN, '3. Term. This Agreement shall commence on the first day of the month following the date hereof and continue for one year.'), { effectiveDate: '2016-07-01', expiration: '2017-07-01' }),
  p('eff-first-of-next-calendar-month', doc(OPEN, '3. This Agreement shall take effect on the first day of the calendar month following the date of execution.'), { effectiveDate: '2016-07-01' }),
  p('eff-days-after', doc(OPEN, '3. Term. This Agreement shall become effective forty-five (45) days after the date hereof.'), { effectiveDate: null }),
  // --- the term as the length the contract "is for"
  p('exp-is-for-years', doc(OPEN, '3. Term. This Agreement is for two years and shall be renewed automatically for the same period.'), { expiration: '2018-06-08', renewal: '2 years each, automatic' }),
  p('exp-shall-be-for-months', doc(OPEN, '3. The Contract shall be for thirty-six (36) months.'), { expiration: '2019-06-08' }),
  p('exp-is-for-not-a-length', doc(OPEN, '3. This Agreement is for the benefit of the parties only.'), { expiration: null }),
];

describe('more clauses in common drafting styles, read from plain text', () => {
  it.each(PROBES.map((x) => [x.name, x] as const))('%s', async (_name, probe) => {
    await expectProbe(probe.text, probe.expect);
  });
});
