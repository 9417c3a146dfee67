/**
 * Term, renewal, date and governing-law wordings in drafting styles earlier probes did not cover, each
 * in a short invented contract read from plain text: a term counted from a defined event other than the
 * contract's own dates, a single additional term against successive ones, federal and state law named
 * together, dates whose digits a scan misread as letters, term rows on a label line or in a table row,
 * British, Canadian and Asian drafting, evergreen terms, notice periods in words, and terms defined in a
 * definitions section or a schedule.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';
import { expectProbe } from './probeValue';

type F = 'agreementDate' | 'effectiveDate' | 'expiration' | 'renewal' | 'renewalNotice' | 'governingLaw';
interface Probe { name: string; text: string; expect: Partial<Record<F, string | null>> }

const HEAD = 'SERVICES AGREEMENT';
const PARTIES = 'between Halvorsen Freight Ltd. ("Provider") and Quillon Retail Inc. ("Customer")';
const OPEN = `This Services Agreement (the "Agreement") is made on September 3, 2017 ${PARTIES}.`;
const NODATE = `This Services Agreement (the "Agreement") is made ${PARTIES}.`;
const doc = (...paras: string[]): string => [HEAD, ...paras].join('\n\n') + '\n';
const body = '2. Services. Provider shall carry the goods described in Schedule 1.';
const p = (name: string, text: string, expect: Probe['expect']): Probe => ({ name, text, expect });

const PROBES: Probe[] = [
  // --- 1. a term counted from a defined event that is not the contract's date: the end is given from the
  // contract's own start, as the answers lawyers give for such clauses count it, with a note (tested below)
  p('event-launch-date', doc(OPEN, '3. Term. This Agreement shall expire five (5) years after the Launch Date.'), { expiration: '2022-09-03' }),
  p('event-first-commercial-sale', doc(OPEN, '3. Term. This Agreement shall remain in force for ten years from the First Commercial Sale.'), { expiration: null }),
  p('event-go-live', doc(OPEN, '3. Term. The Initial Term shall be thirty-six (36) months commencing on the Go-Live Date.'), { expiration: '2020-09-03' }),
  p('event-opening-date', doc(OPEN, '3. Term. This Agreement shall continue for a period of seven (7) years following the Opening Date.'), { expiration: '2024-09-03' }),
  p('event-defined-dated', doc(OPEN, '1. "Launch Date" means 1 March 2018.', '3. Term. This Agreement shall expire five (5) years after the Launch Date.'), { expiration: '2022-09-03' }),
  p('event-effective-still-dated', doc(OPEN, '3. Term. This Agreement shall continue for three (3) years from the Effective Date.'), { expiration: '2020-09-03' }),
  p('event-commencement-dated', doc(NODATE, '1. Definitions. "Commencement Date" means 1 April 2018.', '3. Term. This Agreement shall continue for two (2) years from the Commencement Date.'), { expiration: '2020-04-01' }),
  p('event-date-hereof', doc(OPEN, '3. Term. This Agreement shall expire four (4) years after the date hereof.'), { expiration: '2021-09-03' }),
  // --- 2. one additional term, or successive terms
  p('renew-one-additional-agreement', doc(OPEN, '3. Term. This Agreement shall continue for two (2) years and may be renewed for an additional three (3) year term by mutual written agreement.'), { renewal: '3 years each, by agreement, one renewal' }),
  p('renew-one-additional-option', doc(OPEN, '3. Term. The initial term is five (5) years. Customer may renew this Agreement for one additional term of five (5) years by written notice given at least six (6) months before expiry.'), { renewal: '5 years each, by option, one renewal' }),
  p('renew-one-additional-digit', doc(OPEN, '3. Term. The initial term is five (5) years. Customer may renew this Agreement for 1 additional term of 5 years by written notice given at least 6 months before expiry.'), { renewal: '5 years each, by option, one renewal' }),
  p('renew-two-additional-digits', doc(OPEN, '3. Term. The initial term is five (5) years. Customer may renew this Agreement for 2 additional terms of 5 years each by written notice.'), { renewal: '5 years each, by option' }),
  p('renew-one-further-period', doc(OPEN, '3. Term. This Agreement shall continue for two (2) years and shall then automatically renew for a further period of one (1) year unless either party gives notice of termination at least sixty (60) days before the end of the initial term.'), { renewal: '1 year each, automatic, one renewal', renewalNotice: '60 days' }),
  p('renew-successive-still-each', doc(OPEN, '3. Term. This Agreement shall continue for two (2) years and shall automatically renew for successive periods of one (1) year each.'), { renewal: '1 year each, automatic, successive' }),
  p('renew-additional-terms-plural', doc(OPEN, '3. Term. This Agreement shall continue for two (2) years and shall automatically renew for additional one (1) year terms.'), { renewal: '1 year each, automatic' }),
  p('renew-two-additional', doc(OPEN, '3. Term. The initial term is three (3) years. Customer may extend the term for two (2) additional periods of one (1) year each.'), { renewal: '1 year each, by option*' }),
  p('renew-another-term', doc(OPEN, '3. Term. The initial term is four (4) years. Customer may extend this Agreement for another two (2) years by written notice to Provider.'), { renewal: '2 years each, by option, one renewal' }),
  p('renew-additional-then-current', doc(OPEN, '3. Term. This Agreement shall continue for one (1) year and shall automatically renew for an additional one (1) year period unless either party gives notice at least 30 days before the end of the then-current term.'), { renewal: '1 year each, automatic', renewalNotice: '30 days' }),
  p('renew-additional-and-thereafter', doc(OPEN, '3. Term. This Agreement shall continue for one (1) year and shall then renew for an additional year, and thereafter from year to year, unless terminated by either party on sixty (60) days\' notice.'), { renewal: '1 year each, automatic, successive' }),
  p('renew-once-same-period', doc(OPEN, '3. This Agreement shall have a term of three years and may be renewed once for the same period at the option of Customer.'), { renewal: '3 years each, by option, one renewal' }),
  p('renew-renewable-once', doc(OPEN, '3. This Agreement is for three years and is renewable once for a further two years by agreement of the parties.'), { renewal: '2 years each, by agreement, one renewal' }),
  p('renew-one-further-by-customer', doc(OPEN, '3. The initial term is two years. The term may be extended by Customer for one (1) further period of twelve (12) months.'), { expiration: '2019-09-03', renewal: '12 months each, by option, one renewal' }),
  p('renew-shall-then-renew', doc(OPEN, '1. DEFINITIONS', '"Initial Term" means the period of five (5) years commencing on the Launch Date.', '3. This Agreement shall continue for the Initial Term and shall then renew for successive one (1) year terms.'), { expiration: '2022-09-03', renewal: '1 year each, automatic, successive' }),
  // --- 3. federal and state law named together
  p('law-federal-and-texas', doc(OPEN, '14. This Agreement shall be governed by the federal law of the United States and the laws of the State of Texas.'), { governingLaw: 'Texas, United States' }),
  p('law-federal-then-state-bare', doc(OPEN, '14. This Agreement shall be governed by federal law and, to the extent not preempted, by the laws of the State of Georgia.'), { governingLaw: 'Georgia, United States' }),
  p('law-us-federal-only', doc(OPEN, '14. This Agreement shall be governed by the federal laws of the United States of America.'), { governingLaw: 'United States' }),
  p('law-usa-and-colorado', doc(OPEN, '14. The laws of the United States of America and the State of Colorado govern this Agreement.'), { governingLaw: 'Colorado, United States' }),
  p('law-federal-preempted-long', doc(OPEN, '14. This Agreement shall be governed by and construed in accordance with the federal law of the United States of America and, to the extent not preempted by it, the laws of the State of Oregon.'), { governingLaw: 'Oregon, United States' }),
  p('law-federal-where-not-apply', doc(OPEN, '14. This Agreement shall be interpreted under the federal laws of the United States and, where federal law does not apply, the laws of the Commonwealth of Kentucky.'), { governingLaw: 'Kentucky, United States' }),
  p('law-canada-federal-then-province', doc(OPEN, '14. This Agreement is governed by the federal laws of Canada and, in all other respects, by the laws of the Province of Manitoba.'), { governingLaw: 'Manitoba, Canada' }),
  p('law-us-then-other-country', doc(OPEN, '14. This Agreement shall be governed by the laws of the United States of America, and any translation into the languages of Mexico is for convenience only.'), { governingLaw: 'United States' }),
  // --- 4. dates a scan misread
  p('ocr-letter-l-day', doc(`This Services Agreement is made on March l, 2019 ${PARTIES}.`, body), { agreementDate: '2019-03-01' }),
  p('ocr-digit-1-in-month', doc(`This Services Agreement is made on Ju1y 4, 2020 ${PARTIES}.`, body), { agreementDate: '2020-07-04' }),
  p('ocr-letter-o-year', doc(`This Services Agreement is made on May 6, 2O19 ${PARTIES}.`, body), { agreementDate: '2019-05-06' }),
  p('ocr-letter-l-in-day-ordinal', doc(`This Services Agreement is made as of the 2lst day of June, 2016 ${PARTIES}.`, body), { agreementDate: '2016-06-21' }),
  p('ocr-letter-i-day', doc(`This Services Agreement is made on October I2, 2015 ${PARTIES}.`, body), { agreementDate: '2015-10-12' }),
  p('ocr-noise-no-date', doc(`This Services Agreement is made on Mayl, 2O1 ${PARTIES}.`, body), { agreementDate: null }),
  p('ocr-expiry-end', doc(OPEN, '3. Term. This Agreement shall expire on December 3l, 2O22.'), { expiration: '2022-12-31' }),
  p('ocr-day-of-month-digit', doc(`This Services Agreement is made as of the 4th day of Ju1y, 2020 ${PARTIES}.`, body), { agreementDate: '2020-07-04' }),
  p('ocr-zero-for-o-month', doc(`This Services Agreement is made on 0ctober 5, 2018 ${PARTIES}.`, body), { agreementDate: '2018-10-05' }),
  p('ocr-day-first-two-misreads', doc(`This Services Agreement is made on 1O June 2O18 ${PARTIES}.`, body), { agreementDate: '2018-06-10' }),
  p('ocr-abbrev-month-day', doc(`This Services Agreement is made on Nov. l5, 2011 ${PARTIES}.`, body), { agreementDate: '2011-11-15' }),
  p('ocr-three-misreads-left', doc(`This Services Agreement is made on Apri1 3O, 2O15 ${PARTIES}.`, body), { agreementDate: null }),
  p('ocr-not-a-section-number', doc(OPEN, '7. Fees are payable under Section l, 2O19 budget lines and Schedule O.'), { agreementDate: '2017-09-03' }),
  p('ocr-not-a-word', doc(`This Services Agreement is made on Mayo l, 2019 ${PARTIES}.`, body), { agreementDate: null }),
  p('ocr-too-many-misreads', doc(`This Services Agreement is made on March lI, lOl9 ${PARTIES}.`, body), { agreementDate: null }),
  // --- 5. a term row on a label line or a table row
  p('row-term-bar-span', doc(NODATE, 'TERM: | April 15, 2000 through October 15, 2000', body), { expiration: '2000-10-15' }),
  p('row-term-colon-span', doc(NODATE, 'TERM: April 15, 2000 through October 15, 2000', body), { expiration: '2000-10-15' }),
  p('row-period-of-agreement', doc(OPEN, 'Period of Agreement: one year from the date hereof', body), { expiration: '2018-09-03' }),
  p('row-period-of-agreement-bar', doc(OPEN, 'Period of Agreement | one year from the date hereof', body), { expiration: '2018-09-03' }),
  p('row-agreement-term-bar', doc(OPEN, 'Agreement Term | 24 months from the date hereof', body), { expiration: '2019-09-03' }),
  p('row-expiry-date-bar', doc(OPEN, 'Expiry Date | 30 June 2021', body), { expiration: '2021-06-30' }),
  // --- British drafting
  p('uk-deed-commencement', doc('THIS DEED is dated 12 May 2014 and made between Halvorsen Freight Ltd. and Quillon Retail Ltd.', '1. In this Deed "Commencement Date" means 1 June 2014.', '3. This Deed shall continue for a period of three years from the Commencement Date.'), { agreementDate: '2014-05-12', expiration: '2017-06-01' }),
  p('uk-law-england-wales', doc(OPEN, '20. This Agreement and any dispute or claim arising out of it shall be governed by and construed in accordance with the law of England and Wales.'), { governingLaw: 'England and Wales' }),
  p('uk-law-scotland', doc(OPEN, '20. This Agreement shall be governed by the law of Scotland.'), { governingLaw: 'Scotland' }),
  p('uk-english-law-deed', doc(OPEN, '20. This Deed is governed by English law.'), { governingLaw: 'England and Wales' }),
  p('uk-expiry-date-defined', doc(OPEN, '1. "Expiry Date" means 31 March 2020.', '3. This Agreement shall continue until the Expiry Date.'), { expiration: '2020-03-31' }),
  // --- Canada, Commonwealth, Asia
  p('law-alberta', doc(OPEN, '14. This Agreement shall be governed by the laws of the Province of Alberta and the federal laws of Canada applicable therein.'), { governingLaw: 'Alberta, Canada' }),
  p('law-quebec', doc(OPEN, '14. This Agreement is governed by the laws in force in the Province of Québec.'), { governingLaw: 'Quebec, Canada' }),
  p('law-nova-scotia', doc(OPEN, '14. This Agreement shall be construed under the laws of Nova Scotia.'), { governingLaw: 'Nova Scotia, Canada' }),
  p('law-commonwealth-pa', doc(OPEN, '14. This Agreement shall be governed by the laws of the Commonwealth of Pennsylvania.'), { governingLaw: 'Pennsylvania, United States' }),
  p('law-commonwealth-ma-federal', doc(OPEN, '14. This Agreement shall be governed by the laws of the Commonwealth of Massachusetts and applicable federal law.'), { governingLaw: 'Massachusetts, United States' }),
  p('law-hk-region', doc(OPEN, '14. This Agreement shall be governed by the laws of the Hong Kong Special Administrative Region.'), { governingLaw: 'Hong Kong' }),
  p('law-prc-law', doc(OPEN, '14. This Agreement shall be governed by PRC law.'), { governingLaw: 'China' }),
  p('law-singapore', doc(OPEN, '14. This Agreement shall be governed by the laws of the Republic of Singapore.'), { governingLaw: 'Singapore' }),
  p('law-nsw', doc(OPEN, '14. This Agreement is governed by the laws of New South Wales, Australia.'), { governingLaw: 'New South Wales, Australia' }),
  // --- ends counted to a month's or year's close
  p('end-last-day-of-month', doc(OPEN, '3. Term. This Agreement shall expire on the last day of the month in which the third anniversary of the date hereof falls.'), { expiration: '2020-09-30' }),
  p('end-contract-year', doc(OPEN, '1. "Contract Year" means each period of twelve (12) months beginning on the date hereof.', '3. Term. This Agreement shall continue for five (5) Contract Years.'), { expiration: '2022-09-03' }),
  p('end-third-anniversary-effective', doc(NODATE, '1. "Effective Date" means January 10, 2016.', '3. Term. This Agreement shall end on the third anniversary of the Effective Date.'), { expiration: '2019-01-10' }),
  // --- evergreen
  p('evergreen-ninety-days', doc(OPEN, '3. Term. This Agreement shall commence on the date hereof and continue until terminated by either party on ninety days\' notice.'), { expiration: 'perpetual' }),
  p('evergreen-indefinite', doc(OPEN, '3. Duration. This Agreement is entered into for an indefinite period.'), { expiration: 'perpetual' }),
  p('evergreen-until-terminated-writing', doc(OPEN, '3. Term. This Agreement shall remain in effect until terminated in writing by either party.'), { expiration: 'perpetual' }),
  // --- renewal notices
  p('notice-not-less-than-ninety', doc(OPEN, '3. Term. The initial term is two (2) years, after which this Agreement shall automatically renew for successive one (1) year terms unless either party gives written notice of non-renewal not less than ninety (90) days prior to the end of the then-current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '90 days' }),
  p('notice-hundred-and-twenty', doc(OPEN, '3. Term. The initial term is three (3) years and shall be automatically renewed for successive periods of one year unless either party gives notice at least one hundred and twenty days before the end of the then current period.'), { renewal: '1 year each, automatic, successive', renewalNotice: '120 days' }),
  p('notice-hundred-eighty-hyphen', doc(OPEN, '3. Term. This Agreement shall automatically renew for successive two-year terms unless either party gives one hundred eighty (180) days\' prior written notice of non-renewal.'), { renewal: '2 years each, automatic, successive', renewalNotice: '180 days' }),
  p('notice-three-months-before', doc(OPEN, '3. Term. This Agreement shall continue for one year and shall automatically renew for successive periods of one year unless terminated by either party giving not less than three months\' written notice expiring at the end of the then current period.'), { renewal: '1 year each, automatic, successive', renewalNotice: '3 months' }),
  p('notice-weeks', doc(OPEN, '3. Term. This Agreement shall renew automatically for successive six (6) month periods unless either party gives at least four (4) weeks\' notice before the end of the current period.'), { renewal: '6 months each, automatic, successive', renewalNotice: '4 weeks' }),
  p('notice-prevent-renewal-clause', doc(OPEN, '3. This Agreement shall continue for an initial term of two (2) years and shall automatically renew for successive one (1) year periods.', '4. Either party may prevent renewal by giving written notice to the other not less than ninety (90) days before the end of the then-current term.'), { expiration: '2019-09-03', renewal: '1 year each, automatic, successive', renewalNotice: '90 days' }),
  p('notice-serves-sixty-words', doc(OPEN, '3. The Term shall automatically be renewed for consecutive terms of one year unless either party serves a notice of termination no later than sixty days before the end of the current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('notice-forty-five-intention', doc(OPEN, '3. This Agreement shall be automatically renewed for successive terms of one (1) year each, unless either Party notifies the other in writing of its intention not to renew this Agreement no less than forty-five (45) days prior to the expiry of the then current term.'), { renewalNotice: '45 days' }),
  p('notice-anniversary-date', doc(OPEN, '3. This Agreement shall renew automatically for consecutive one-year periods unless written notice of non-renewal is received at least thirty days prior to the anniversary date.'), { renewal: '1 year each, automatic, successive', renewalNotice: '30 days' }),
  // --- term defined in a definitions section
  p('def-initial-term-means', doc(OPEN, '1. Definitions.', '"Initial Term" means the period of three (3) years beginning on the date of this Agreement.', body, '9. Renewal. After the Initial Term, this Agreement shall renew automatically for successive one (1) year periods.'), { expiration: '2020-09-03', renewal: '1 year each, automatic, successive' }),
  p('def-term-means-until', doc(OPEN, '1. Definitions. "Term" means the period from the date of this Agreement until 31 December 2021.', body), { expiration: '2021-12-31' }),
  // --- schedule lines
  p('schedule-term-line', doc(OPEN, body, 'SCHEDULE 1', 'Term: 3 years from the date of this Agreement', 'Fees: as set out in Schedule 2'), { expiration: '2020-09-03' }),
  p('schedule-initial-term-months', doc(OPEN, body, 'SCHEDULE 1 – KEY DETAILS', 'Initial Term: 18 months from the date of this Agreement'), { expiration: '2019-03-03' }),
  // --- more dates
  p('date-this-day-of-british', doc(`THIS AGREEMENT is made the 4th day of November 2011 ${PARTIES}.`, body), { agreementDate: '2011-11-04' }),
  p('date-dated-label', doc('Dated: 17 February 2013', `This Services Agreement is made ${PARTIES}.`, body), { agreementDate: '2013-02-17' }),
  p('date-effective-label-bar', doc(NODATE, 'Effective Date | 1 March 2018', body), { effectiveDate: '2018-03-01' }),
  // --- more renewal styles
  p('renew-rolling-twelve', doc(OPEN, '3. Term. Upon expiry of the Initial Term this Agreement shall continue on a rolling twelve (12) month basis unless terminated by either party on three (3) months\' written notice.'), { renewal: '12 months each, automatic*', renewalNotice: '3 months' }),
  p('renew-tacit-civil', doc(OPEN, '3. Duration. This Agreement is concluded for a period of two years and shall be tacitly renewed for periods of one year unless terminated by registered letter at least three months before its expiry.'), { expiration: '2019-09-03', renewal: '1 year each, automatic', renewalNotice: '3 months' }),
  p('renew-words-hundred', doc(OPEN, '3. Term. The Initial Term shall be five (5) years. Thereafter this Agreement shall automatically renew for successive periods of two (2) years unless either party notifies the other in writing not later than one hundred twenty (120) days before the end of the then-current term.'), { expiration: '2022-09-03', renewal: '2 years each, automatic, successive', renewalNotice: '120 days' }),
  // --- more places
  p('law-hk-of-prc', doc(OPEN, '14. This Agreement shall be governed by the laws of the Hong Kong Special Administrative Region of the People\'s Republic of China.'), { governingLaw: 'Hong Kong' }),
  p('law-ny-performed-within', doc(OPEN, '14. This Agreement shall be governed by the laws of the State of New York applicable to contracts made and to be performed entirely within such State.'), { governingLaw: 'New York, United States' }),
  p('law-minnesota-usa', doc(OPEN, '14. This Agreement shall be governed by the laws of Minnesota, U.S.A.'), { governingLaw: 'Minnesota, United States' }),
  p('law-bermuda', doc(OPEN, '14. This Agreement shall be governed by and construed in accordance with the laws of Bermuda.'), { governingLaw: 'Bermuda' }),
  p('law-irish', doc(OPEN, '14. This Agreement is governed by Irish law.'), { governingLaw: 'Ireland' }),
  p('law-in-force-in-england', doc(OPEN, '14. This Agreement shall be governed by the laws in force in England.'), { governingLaw: 'England and Wales' }),
  p('law-washington-usa', doc(OPEN, '14. This Agreement shall be governed by the laws of the State of Washington, USA, excluding its choice of law rules.'), { governingLaw: 'Washington, United States' }),
  p('law-japan', doc(OPEN, '14. This Agreement shall be governed by and interpreted under the laws of Japan.'), { governingLaw: 'Japan' }),
  p('law-hong-kong-law', doc(OPEN, '14. This Agreement is governed by Hong Kong law.'), { governingLaw: 'Hong Kong' }),
  // --- more dates
  p('date-day-month-comma', doc(`This Services Agreement is made on 1st July, 2019 ${PARTIES}.`, body), { agreementDate: '2019-07-01' }),
  p('date-of-the-month-no-day', doc(`This Services Agreement is dated as of the 30th of June 2014 ${PARTIES}.`, body), { agreementDate: '2014-06-30' }),
  p('date-words-year', doc(`This Services Agreement is made on the first day of July, two thousand nineteen ${PARTIES}.`, body), { agreementDate: '2019-07-01' }),
  p('date-come-into-force', doc(NODATE, '3. This Agreement shall come into force on 1 January 2020 and shall remain in force until 31 December 2022.'), { effectiveDate: '2020-01-01', expiration: '2022-12-31' }),
  // --- more terms
  p('term-initial-term-anniversary-def', doc(NODATE, '1. "Commencement Date" means 1 February 2016.', '2. "Initial Term" means the period commencing on the Commencement Date and ending on the fifth anniversary of the Commencement Date.', body), { expiration: '2021-02-01' }),
  p('term-end-on-event-month', doc(OPEN, '3. Term. This Agreement shall terminate on the last day of the month in which Customer makes its final payment.'), { expiration: null }),
  p('term-months-words-hundred', doc(OPEN, '3. Term. This Agreement shall continue for one hundred and twenty (120) days from the date hereof.'), { expiration: '2018-01-01' }),
  p('term-deed-expire', doc('THIS DEED is dated 12 May 2014 and made between Halvorsen Freight Ltd. and Quillon Retail Ltd.', '3. This Deed shall expire on 11 May 2019.'), { expiration: '2019-05-11' }),
  p('term-uk-initial-period-thereafter', doc(OPEN, '3. This Agreement shall continue for an initial period of three (3) years from the date hereof and thereafter from year to year unless terminated by either party giving not less than six (6) months\' written notice.'), { expiration: '2020-09-03', renewal: '1 year each, automatic, successive', renewalNotice: '6 months' }),
  // --- more notices
  p('notice-one-month-before', doc(OPEN, '3. Term. This Agreement shall automatically renew for successive periods of one (1) year unless either party gives the other at least one (1) month\'s written notice before the end of the then current period.'), { renewalNotice: '1 month' }),
  p('notice-calendar-days', doc(OPEN, '3. Term. This Agreement shall automatically renew for successive one-year terms unless either party provides notice of non-renewal at least sixty (60) calendar days prior to expiration.'), { renewalNotice: '60 days' }),
  p('notice-no-later-than-months', doc(OPEN, '3. Term. This Agreement shall be renewed automatically for successive periods of two (2) years unless terminated by either party no later than three (3) months prior to the end of the current period.'), { renewal: '2 years each, automatic, successive', renewalNotice: '3 months' }),
  // --- contract years, renewal dates, British renewals
  p('cy-term-in-contract-years-def', doc(NODATE, '1. "Commencement Date" means 1 October 2015.', '1.2 "Contract Year" means each consecutive twelve (12) month period beginning on the Commencement Date.', '3. Term. This Agreement shall continue until the end of the third Contract Year.'), { expiration: '2018-10-01' }),
  p('uk-further-periods-each', doc(OPEN, '3. On expiry of the Initial Term this Agreement shall be renewed for further periods of 12 months each unless either party serves notice not less than 90 days before the Renewal Date.'), { renewal: '12 months each, automatic', renewalNotice: '90 days' }),
  p('uk-serves-notice-expiry', doc(OPEN, '3. This Agreement shall continue for an Initial Term of two years and shall automatically extend for further periods of one year at the end of the Initial Term and each anniversary thereafter unless either party serves written notice at least three months before the expiry of the Initial Term or the relevant anniversary.'), { expiration: '2019-09-03', renewal: '1 year each, automatic', renewalNotice: '3 months' }),
  p('date-sep-ordinal-abbrev', doc(`This Services Agreement is made on Sep. 3rd, 2017 ${PARTIES}.`, body), { agreementDate: '2017-09-03' }),
  p('date-day-abbrev-month', doc(`This Services Agreement is made on 3 Sept 2017 ${PARTIES}.`, body), { agreementDate: '2017-09-03' }),
  p('exp-schedule-expiry-dayfirst', doc(NODATE, body, '20. This Agreement is governed by the laws of England and Wales.', 'SCHEDULE 1', 'Commencement Date: 01/04/2018', 'Expiry Date: 31/03/2021'), { expiration: '2021-03-31' }),
  p('renew-option-written-number', doc(OPEN, '3. Term. Customer shall have the option to extend the Term for two further periods of eighteen months each.'), { renewal: '18 months each, by option*' }),
  // --- a start the contract names and dates in a definition
  p('start-date-defined', doc(OPEN, '1. "Start Date" means 1 May 2019.', '3. This Agreement shall run for a fixed term of 24 months starting on the Start Date.'), { expiration: '2021-05-01' }),
  p('commencement-defined-apart', doc(OPEN, '1. "Commencement Date" means 1 May 2019.', '3. This Agreement shall continue for three years from the Commencement Date.'), { expiration: '2022-05-01' }),
  p('start-date-undefined', doc(OPEN, '3. This Agreement shall run for a fixed term of 24 months starting on the Start Date.'), { expiration: '2019-09-03' }),
  // --- more ends and renewals
  p('evergreen-word', doc(OPEN, '3. This Agreement is evergreen and continues until terminated by either party.'), { expiration: 'perpetual' }),
  p('exp-date-falling', doc(OPEN, '3. This Agreement shall expire on the date falling five (5) years after the date of this Agreement.'), { expiration: '2022-09-03' }),
  p('renew-auto-hyphen', doc(OPEN, '3. This Agreement will auto-renew for successive 12-month periods unless either party cancels with 30 days notice before the renewal date.'), { renewal: '12 months each, automatic, successive', renewalNotice: '30 days' }),
  p('renew-at-a-time', doc(OPEN, '3. The Agreement shall automatically be extended by twelve months at a time unless terminated by either party with ninety days written notice prior to the Expiry Date.'), { renewal: '12 months each, automatic', renewalNotice: '90 days' }),
  p('exp-day-before-anniversary', doc(OPEN, '3. The term of this Agreement shall end at midnight on the day before the third anniversary of the date hereof.'), { expiration: '2020-09-02' }),
];

describe('term, renewal, date and law wordings in further drafting styles, read from plain text', () => {
  it.each(PROBES.map((x) => [x.name, x] as const))('%s', async (_name, probe) => {
    await expectProbe(probe.text, probe.expect);
  });
});

describe('an end counted from an event the contract names says so', () => {
  const run = async (text: string) => extractKeyTerms(await extractDocument({ bytes: new TextEncoder().encode(text), name: 'contract.txt' })).terms.expiration;
  it('notes an undated event', async () => {
    const t = await run(doc(OPEN, '3. Term. This Agreement shall expire five (5) years after the Launch Date.'));
    expect(t?.value).toBe('2022-09-03');
    expect(t?.warning).toBe("The term runs 5 years after the Launch Date, which the contract does not date. 2022-09-03 counts it from the contract's own start.");
  });
  it('notes the date a defined event has', async () => {
    const t = await run(doc(OPEN, '1. "Launch Date" means 1 March 2018.', '3. Term. This Agreement shall expire five (5) years after the Launch Date.'));
    expect(t?.warning).toBe("The term runs 5 years after the Launch Date; the contract dates it 2018-03-01, which would end the term on 2023-03-01. 2022-09-03 counts it from the contract's own start.");
  });
  it('notes an event named in the definition of the Initial Term', async () => {
    const t = await run(doc(OPEN, '1. DEFINITIONS', '"Initial Term" means the period of five (5) years commencing on the Launch Date.', '3. This Agreement shall continue for the Initial Term.'));
    expect([t?.value, t?.warning]).toEqual(['2022-09-03', "The term runs 5 years after the Launch Date, which the contract does not date. 2022-09-03 counts it from the contract's own start."]);
  });
  it('gives no note for a term counted from the contract\'s own dates', async () => {
    const t = await run(doc(OPEN, '3. Term. This Agreement shall continue for three (3) years from the Effective Date.'));
    expect(t?.value).toBe('2020-09-03');
    expect(t?.warning).toBeUndefined();
  });
});

describe('a term row set as a table, as the PDF path gives it', () => {
  const OPENING = 'This Services Agreement is made on September 3, 2017 between Halvorsen Freight Ltd. ("Provider") and Quillon Retail Inc. ("Customer").';
  const terms = (...rows: { text: string; kind: 'table-row' | 'heading' | 'paragraph' }[]) => extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, OPENING, ...rows, '2. Services. Provider shall carry the goods described in Schedule 1.'])).terms;
  it('reads a span of dates in a term row', () => {
    const t = terms({ text: 'TERM: | April 15, 2000 through October 15, 2000', kind: 'table-row' });
    expect([t.expiration?.value, t.effectiveDate?.value]).toEqual(['2000-10-15', '2000-04-15']);
  });
  it('reads a length in a "Period of Agreement" row', () => {
    expect(terms({ text: 'Period of Agreement | one year from the date hereof', kind: 'table-row' }).expiration?.value).toBe('2018-09-03');
  });
  it('reads a length in a term row without a colon', () => {
    expect(terms({ text: 'Initial Term | 24 months from the date of this Agreement', kind: 'table-row' }).expiration?.value).toBe('2019-09-03');
  });
  it('reads a span under a term label in the cell or line before it', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, OPENING, { text: 'TERM', kind: 'heading' }, { text: 'March 1, 2011 through February 28, 2013', section: ['TERM'] }])).terms;
    expect([t.effectiveDate?.value, t.expiration?.value]).toEqual(['2011-03-01', '2013-02-28']);
  });
  it('reads a length under a "Period of Agreement" heading', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, OPENING, { text: 'Period of Agreement:', kind: 'heading' }, { text: 'One year from the date hereof.', section: ['Period of Agreement:'] }])).terms;
    expect(t.expiration?.value).toBe('2018-09-03');
  });
  it('reads an expiry date row', () => {
    expect(terms({ text: 'Expiration Date: | 31 December 2020', kind: 'table-row' }).expiration?.value).toBe('2020-12-31');
  });
});
