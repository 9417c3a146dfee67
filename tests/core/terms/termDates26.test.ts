/**
 * Dates, term, renewal and governing-law wordings earlier probes left open, each in a short invented
 * contract read from plain text: a start set back before signing ("effective retroactive to …"), an end
 * stated for when no renewal is made ("If not renewed, …"), dates defined with "shall be", order-form rows
 * for the service's or term's start and end, amendments that extend the term, terms counted in Lease or
 * Contract Years, and more.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const SVC = 'SERVICES AGREEMENT';
const SVCS = 'between Orlow Harbor Systems, Inc. ("Provider") and Mendle Creek Dairy Cooperative ("Client")';
const SVC_OPEN = `This Services Agreement (the "Agreement") is entered into as of August 9, 2013 ${SVCS}.`;

const LEASE = 'LEASE';
const LEASE_OPEN = 'This Lease is made as of February 3, 2009 between Pembury Estates LLC ("Landlord") and Caldera Bakeries Inc. ("Tenant").';
const AMEND = 'AMENDMENT NO. 2';
const AMEND_OPEN = `This Amendment No. 2 is made as of June 1, 2016 ${SVCS}.`;

const OF = 'ORDER FORM';
const OF_OPEN = 'This Order Form is entered into by Pellucid Networks, Inc. ("Pellucid") and Grantham Freight Corp. ("Customer").';

const PROBES: Probe[] = [
  p('gap1-retroactive-not-end', k(SVC, `This Services Agreement is entered into on June 3, 2011 ${SVCS}.`, '2. Term. This Agreement is effective retroactive to January 1, 2011 and shall continue for two (2) years.'), { effectiveDate: '2011-01-01', expiration: '2013-01-01' }),
  p('gap1-retroactive-not-end-b', k(SVC, `This Services Agreement is entered into on June 3, 2011 ${SVCS}.`, '2. Term. This Agreement shall be effective retroactive to January 1, 2011 and shall remain in force until terminated by either party.'), { effectiveDate: '2011-01-01', expiration: 'perpetual' }),
  p('gap2-if-not-renewed-expire', k(SVC, SVC_OPEN, '3. Term. If not renewed, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('gap2-unless-renewed-expire', k(SVC, SVC_OPEN, '3. Term. Unless renewed by written agreement of the parties, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('gap3-commencement-shall-be', k(SVC, `This Services Agreement is made ${SVCS}.`, '1. Definitions. "Commencement Date" shall be April 1, 2014.', '3. Term. The Term shall begin on the Commencement Date and continue for three (3) years.'), { effectiveDate: '2014-04-01', expiration: '2017-04-01' }),
  p('gap3-commencement-shall-mean', k(SVC, `This Services Agreement is made ${SVCS}.`, '1. Definitions. "Commencement Date" shall mean April 1, 2014.', '3. Term. The Term shall begin on the Commencement Date and continue for three (3) years.'), { effectiveDate: '2014-04-01', expiration: '2017-04-01' }),
  p('gap3-effective-date-means', k(SVC, `This Services Agreement is made ${SVCS}.`, '1. Definitions. "Effective Date" means April 1, 2014.', '3. Term. This Agreement shall continue for three (3) years from the Effective Date.'), { effectiveDate: '2014-04-01', expiration: '2017-04-01' }),
  p('gap4-service-start-row', k(OF, OF_OPEN, 'Service Start Date: March 1, 2020', 'Service End Date: February 28, 2023'), { effectiveDate: '2020-03-01', expiration: '2023-02-28' }),
  p('gap4-term-start-row', k(OF, OF_OPEN, 'Term Start Date: March 1, 2020', 'Term End Date: February 28, 2023'), { effectiveDate: '2020-03-01', expiration: '2023-02-28' }),

  // --- ends stated for when no renewal is made, amendments, counted years
  p('gap2-initial-then-if-not-renewed', k(SVC, SVC_OPEN, '3. Term. This Agreement shall commence on the date hereof. The parties may renew this Agreement by mutual written agreement. If not renewed, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('gap2-if-not-renewed-term-expire', k(SVC, SVC_OPEN, '3. Term. If not renewed in accordance with Section 4, the Term shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('gap2-if-not-renewed-own-para', k(SVC, SVC_OPEN, '3. Renewal. Provider may offer to renew this Agreement on revised terms not later than sixty (60) days before its expiry.', 'If not renewed, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('gap2-if-not-extended', k(SVC, SVC_OPEN, '3. Duration. If not extended by the parties in writing, this Agreement shall terminate on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('gap2-absent-renewal', k(SVC, SVC_OPEN, '3. Term. Absent renewal, this Agreement will expire at 11:59 p.m. on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('amend-hereby-extended-through', k('THIRD AMENDMENT', `This Third Amendment is entered into as of March 2, 2018 ${SVCS}.`, '1. The Term is hereby extended through December 31, 2020.'), { expiration: '2020-12-31' }),
  p('amend-shall-now-expire', k('THIRD AMENDMENT', `This Third Amendment is entered into as of March 2, 2018 ${SVCS}.`, '1. Section 3 of the Agreement is amended so that the Agreement shall now expire on December 31, 2020.'), { expiration: '2020-12-31' }),
  p('amend-expiration-date-changed', k('THIRD AMENDMENT', `This Third Amendment is entered into as of March 2, 2018 ${SVCS}.`, '1. The Expiration Date of the Agreement is hereby changed from March 31, 2019 to December 31, 2020.'), { expiration: '2020-12-31' }),
  p('amend-extend-for-additional', k('THIRD AMENDMENT', `This Third Amendment is entered into as of March 2, 2018 ${SVCS}.`, '1. The parties hereby extend the Term of the Agreement to and including December 31, 2020.'), { expiration: '2020-12-31' }),
  p('lease-years-count', k('LEASE AGREEMENT', 'This Lease is made as of February 3, 2009 between Pembury Estates LLC ("Landlord") and Caldera Bakeries Inc. ("Tenant").', '2. Term. The term of this Lease shall be five (5) Lease Years commencing on the Commencement Date.', '"Commencement Date" shall mean March 1, 2009.'), { effectiveDate: '2009-03-01', expiration: '2014-03-01' }),
  p('contract-years-count', k(SVC, SVC_OPEN, '3. Term. This Agreement shall remain in effect for three (3) Contract Years from the Effective Date.'), { expiration: '2016-08-09' }),
  p('last-day-month-fifth-anniv-falls', k(SVC, SVC_OPEN, '3. Term. This Agreement shall expire on the last day of the month in which the fifth anniversary of the Effective Date falls.'), { expiration: '2018-08-31' }),
  p('notice-range-no-renew', k(SVC, SVC_OPEN, '3. Term. The initial term is three (3) years and shall renew automatically for successive one-year periods unless either party notifies the other not less than ninety (90) nor more than one hundred eighty (180) days before the end of the then-current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '90 days' }),
  p('law-choice-of-law-heading', k(SVC, SVC_OPEN, '14. Choice of Law.', 'This Agreement shall be construed under the substantive laws of the State of Oregon, without giving effect to any conflict of laws provisions that would require the laws of another jurisdiction to apply.'), { governingLaw: 'Oregon, United States' }),
  p('law-choice-of-law-runin', k(SVC, SVC_OPEN, '14. Choice of Law. The substantive laws of the State of Oregon, without giving effect to its choice of law rules, govern this Agreement.'), { governingLaw: 'Oregon, United States' }),
  p('law-alberta', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the Province of Alberta and the federal laws of Canada applicable therein.'), { governingLaw: 'Alberta, Canada' }),
  p('law-manitoba', k(SVC, SVC_OPEN, '14. Governing Law. This Agreement is governed by the laws in force in Manitoba.'), { governingLaw: 'Manitoba, Canada' }),
  p('law-maharashtra', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of India, and subject to the exclusive jurisdiction of the courts at Mumbai, Maharashtra.'), { governingLaw: 'India' }),
  p('law-karnataka-state', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the State of Karnataka, India.'), { governingLaw: '*' }),

  // --- batch 3
  p('b3-term-through-and-including', k(SVC, SVC_OPEN, '3. Term. The Term of this Agreement begins on September 1, 2013 and runs through and including August 31, 2015.'), { effectiveDate: '2013-09-01', expiration: '2015-08-31' }),
  p('b3-period-commencing-ending', k(SVC, SVC_OPEN, '3. Term. This Agreement shall be for the period commencing September 1, 2013 and ending August 31, 2015.'), { effectiveDate: '2013-09-01', expiration: '2015-08-31' }),
  p('b3-term-shall-be-period-from-to', k(SVC, SVC_OPEN, '3. Term. The term of this Agreement shall be the period from September 1, 2013 to August 31, 2015, both dates inclusive.'), { effectiveDate: '2013-09-01', expiration: '2015-08-31' }),
  p('b3-expire-contract-year-end', k(SVC, SVC_OPEN, '3. Term. This Agreement shall expire at the end of the fourth Contract Year.'), { expiration: '2017-08-09' }),
  p('b3-initial-term-months-words', k(SVC, SVC_OPEN, '3. Term. The Initial Term shall be eighteen (18) months commencing on the Effective Date.'), { expiration: '2015-02-09' }),
  p('b3-expire-thirty-first-december', k(SVC, SVC_OPEN, '3. Term. This Agreement shall remain in force until the thirty-first day of December, 2016.'), { expiration: '2016-12-31' }),
  p('b3-term-until-date-inclusive', k(SVC, SVC_OPEN, '3. Term. This Agreement takes effect on the date first written above and continues up to and including August 31, 2016.'), { expiration: '2016-08-31' }),
  p('b3-renew-unless-notice-range-words', k(SVC, SVC_OPEN, '3. Term. The initial term of this Agreement is two (2) years. Thereafter the Agreement shall be renewed automatically for further periods of twelve (12) months each unless terminated by either party on not less than three (3) months nor more than six (6) months written notice prior to the expiry of the then current period.'), { renewal: '12 months each, automatic*', renewalNotice: '3 months' }),
  p('b3-renew-option-by-notice-window', k(SVC, SVC_OPEN, '3. Term. Client may extend the Term for one (1) additional period of two (2) years by written notice given no earlier than one hundred eighty (180) days and no later than ninety (90) days before the end of the Initial Term.'), { renewal: '2 years*' }),
  p('b3-evergreen-30-days', k(SVC, SVC_OPEN, '3. Term. This Agreement has an initial term of one (1) year and will renew automatically for successive one (1) year terms unless either party provides written notice of non-renewal at least thirty (30) days prior to the renewal date.'), { expiration: '2014-08-09', renewal: '1 year each, automatic, successive', renewalNotice: '30 days' }),
  p('b3-law-british-columbia', k(SVC, SVC_OPEN, '14. This Agreement is governed by and is to be construed in accordance with the laws of British Columbia and the laws of Canada applicable in that province.'), { governingLaw: 'British Columbia, Canada' }),
  p('b3-law-nova-scotia', k(SVC, SVC_OPEN, '14. The laws of the Province of Nova Scotia shall govern this Agreement.'), { governingLaw: 'Nova Scotia, Canada' }),
  p('b3-law-quebec-province', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws in force in the Province of Quebec.'), { governingLaw: 'Quebec, Canada' }),
  p('b3-law-pei', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of Prince Edward Island.'), { governingLaw: 'Prince Edward Island, Canada' }),
  p('b3-law-india-tamil-nadu', k(SVC, SVC_OPEN, '14. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the Republic of India, and the courts at Chennai, Tamil Nadu shall have exclusive jurisdiction.'), { governingLaw: 'India' }),
  p('b3-law-choice-heading-line-only', k(SVC, SVC_OPEN, 'CHOICE OF LAW', 'The validity, interpretation and performance of this Agreement shall be determined in accordance with the substantive laws of the State of Vermont, without giving effect to principles of conflicts of law.'), { governingLaw: 'Vermont, United States' }),
  p('b3-law-applicable-law-heading', k(SVC, SVC_OPEN, '14. Applicable Law. This Agreement shall be interpreted according to the laws of the State of Nevada.'), { governingLaw: 'Nevada, United States' }),
  p('b3-law-commonwealth-virginia', k(SVC, SVC_OPEN, '14. This Agreement shall be governed in all respects by the laws of the Commonwealth of Virginia, without reference to its choice of law rules.'), { governingLaw: 'Virginia, United States' }),
  p('b3-law-state-ny-general-obligations', k(SVC, SVC_OPEN, '14. This Agreement shall in all respects be governed by the law of the State of New York applicable to contracts made and to be performed entirely within that State.'), { governingLaw: 'New York, United States' }),
  p('b3-effective-shall-be-the-date-of-last', k(SVC, `This Services Agreement is made ${SVCS}.`, '1. Definitions. "Effective Date" shall be the date of the last signature below.', 'ORLOW HARBOR SYSTEMS, INC.\nBy: /s/ Ada Ferris\nDate: May 3, 2017', 'MENDLE CREEK DAIRY COOPERATIVE\nBy: /s/ Rolf Amsel\nDate: May 11, 2017'), { effectiveDate: '2017-05-11' }),
  p('b3-start-date-is-definition', k(SVC, `This Services Agreement is made ${SVCS}.`, '1. Definitions. "Start Date" is 1 May 2019.', '3. Term. This Agreement shall run for twenty-four (24) months starting on the Start Date.'), { expiration: '2021-05-01' }),
  p('b3-commencement-will-be', k(SVC, `This Services Agreement is made ${SVCS}.`, '3. Term. The "Commencement Date" will be June 15, 2015, and the Term shall end on the third (3rd) anniversary of the Commencement Date.'), { effectiveDate: '2015-06-15', expiration: '2018-06-15' }),
  p('b3-term-start-end-table-pipe', k(OF, OF_OPEN, 'Term Start Date | March 1, 2020', 'Term End Date | February 28, 2023'), { effectiveDate: '2020-03-01', expiration: '2023-02-28' }),
  p('b3-contract-end-date-row', k(OF, OF_OPEN, 'Contract Start Date: 03/01/2020', 'Contract End Date: 02/28/2023'), { effectiveDate: '2020-03-01', expiration: '2023-02-28' }),
  p('b3-service-start-not-msa', k('MASTER SERVICES AGREEMENT', `This Master Services Agreement is entered into as of August 9, 2013 ${SVCS}.`, '3. Term. This Agreement shall continue until terminated by either party on ninety (90) days written notice.', '5. Each Statement of Work shall state its Service Start Date.'), { effectiveDate: null, expiration: 'perpetual' }),

  // --- places whose law earlier lists did not know
  p('law-indian-state-alone', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the State of Maharashtra.'), { governingLaw: 'India' }),
  p('law-indian-state-courts', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the State of Telangana, India and the courts at Hyderabad shall have jurisdiction.'), { governingLaw: 'India' }),
  p('law-union-of-india', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the Union of India.'), { governingLaw: 'India' }),
  p('law-emirate-dubai', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the Emirate of Dubai and the federal laws of the UAE as applicable in Dubai.'), { governingLaw: 'Dubai, United Arab Emirates' }),
  p('law-uae-federal', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the federal laws of the U.A.E.'), { governingLaw: 'United Arab Emirates' }),
  p('law-scots-law', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by Scots law.'), { governingLaw: 'Scotland' }),
  p('law-territory-guam', k(SVC, SVC_OPEN, '14. The rights and obligations of the parties shall be governed by the laws of the Territory of Guam.'), { governingLaw: 'Guam, United States' }),
  p('law-saskatchewan-domestic', k(SVC, SVC_OPEN, '14. JURISDICTION AND GOVERNING LAW. This Agreement shall be interpreted in accordance with the domestic laws of the Province of Saskatchewan.'), { governingLaw: 'Saskatchewan, Canada' }),
  p('law-dominion-canada-ontario', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the Dominion of Canada and the Province of Ontario.'), { governingLaw: 'Ontario, Canada' }),
  p('law-rhode-island-plantations', k(SVC, SVC_OPEN, '14. Governing law: the laws of the State of Rhode Island and Providence Plantations.'), { governingLaw: 'Rhode Island, United States' }),
  p('law-subject-to-and-governed', k(SVC, SVC_OPEN, '14. This Agreement shall be subject to and governed by the laws of the State of Washington.'), { governingLaw: 'Washington, United States' }),
  p('law-excluding-parenthesis-shall-govern', k(SVC, SVC_OPEN, '14. The laws of the State of Delaware (excluding its conflict of laws rules) shall govern this Agreement.'), { governingLaw: 'Delaware, United States' }),
  p('law-grand-duchy', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the Grand Duchy of Luxembourg.'), { governingLaw: 'Luxembourg' }),
  p('law-austria-excluding-cisg', k(SVC, SVC_OPEN, '14. This Agreement shall be governed exclusively by the laws of the Republic of Austria, excluding the UN Convention on Contracts for the International Sale of Goods.'), { governingLaw: 'Austria' }),

  // --- leases, rolling and year-end wordings, amendments that extend
  p('lease-habendum-term', k(LEASE, LEASE_OPEN, '2. Term. TO HAVE AND TO HOLD the Premises for the term of ten (10) years, commencing on the first day of May, 2009, and ending on the thirtieth day of April, 2019.'), { effectiveDate: '2009-05-01', expiration: '2019-04-30' }),
  p('lease-commencement-row-later', k(LEASE, LEASE_OPEN, 'Commencement Date: May 1, 2009', '2. Term. The Term of this Lease shall be for a period of sixty (60) months, commencing on the Commencement Date.'), { effectiveDate: '2009-05-01', expiration: '2014-05-01' }),
  p('ren-anniversary-further-year', k(SVC, SVC_OPEN, "3. Term. This Agreement shall automatically renew on each anniversary of the Effective Date for a further period of one (1) year, unless either party has given the other at least sixty (60) days' notice of its intention not to renew."), { renewal: '1 year each, automatic*', renewalNotice: '60 days' }),
  p('ren-date-that-is-before-end', k(SVC, SVC_OPEN, '3. Term. The Term shall be automatically extended for additional periods of one (1) year each unless either party elects otherwise by written notice delivered no later than the date that is forty-five (45) days before the end of the then-current Term.'), { renewal: '1 year each, automatic*', renewalNotice: '45 days' }),
  p('ren-year-to-year-notice-expire-anniversary', k(SVC, SVC_OPEN, "3. Term. This Agreement shall continue for an initial period of two (2) years and thereafter from year to year until terminated by not less than six (6) months' notice in writing by either party, such notice to expire on an anniversary of the Effective Date."), { expiration: '2015-08-09', renewal: '1 year each, automatic*', renewalNotice: '6 months' }),
  p('ren-rolling-basis-of-months', k(SVC, SVC_OPEN, "3. Term. This Agreement shall remain in force until 30 June 2016 and shall thereafter continue on a rolling basis of twelve months unless either party serves three months' notice."), { expiration: '2016-06-30', renewal: '12 months each, automatic*', renewalNotice: '3 months' }),
  p('ren-renewal-terms-months-unless', k(SVC, SVC_OPEN, "3. Term. Upon expiry of the Initial Term, this Agreement shall be renewed for successive Renewal Terms of twenty-four (24) months unless terminated by either Party giving the other not less than one hundred and twenty (120) days' written notice."), { renewal: '24 months each, automatic, successive', renewalNotice: '120 days' }),
  p('ren-mutual-up-to-three', k(SVC, SVC_OPEN, '3. Term. This Agreement may be renewed for up to three (3) additional terms of one (1) year each upon mutual written agreement of the parties.'), { renewal: '1 year each, by agreement, up to 3' }),
  p('ren-option-one-further-term', k(SVC, SVC_OPEN, "3. Term. This Agreement shall be effective for a term of three (3) years, subject to earlier termination, and may be extended for one further term of two (2) years at Client's option on one hundred eighty (180) days' prior written notice."), { expiration: '2016-08-09', renewal: '2 years each, by option, one renewal' }),
  p('exp-december-31-year-anniversary', k(SVC, SVC_OPEN, '3. Term. The initial term of this Agreement shall end on December 31 of the year in which the second anniversary of the Effective Date occurs.'), { expiration: '2015-12-31' }),
  p('exp-day-preceding-close-business', k(SVC, SVC_OPEN, '3. Term. The term of this Agreement shall run from the Effective Date until the close of business on the day preceding the third anniversary of the Effective Date.'), { expiration: '2016-08-08' }),
  p('exp-extended-by-mutual-not-renewal', k(SVC, SVC_OPEN, '3. Term. This Agreement shall expire five (5) years after the Effective Date unless extended by mutual agreement of the parties in writing.'), { expiration: '2018-08-09', renewal: null }),
  p('exp-agreement-years', k(SVC, SVC_OPEN, '3. Term. This Agreement shall remain in effect for a term of two (2) Agreement Years. "Agreement Year" means each successive twelve-month period beginning on the Effective Date.'), { expiration: '2015-08-09' }),
  p('eff-signed-by-both-in-force-years', k(SVC, SVC_OPEN, '3. Term. This Agreement shall become effective on the date on which it has been signed by both Parties and shall remain in force for four (4) years.'), { expiration: '2017-08-09' }),
  p('eff-commencement-def-in-brackets-no-the', k(SVC, SVC_OPEN, '3. Term. This Agreement shall commence on September 16, 2013 ("Commencement Date") and continue for an initial term of thirty-six (36) months.'), { effectiveDate: '2013-09-16', expiration: '2016-09-16' }),
  p('eff-with-effect-from-ordinal', k(SVC, SVC_OPEN, '3. Term. This Agreement will be in force for a period of five (5) years with effect from 1st October 2013.'), { effectiveDate: '2013-10-01', expiration: '2018-10-01' }),
  p('amend-section-replaced-expire', k(AMEND, AMEND_OPEN, '1. Section 3.1 of the Agreement is deleted in its entirety and replaced with the following: "3.1 Term. The term of this Agreement shall expire on August 31, 2019."'), { expiration: '2019-08-31' }),
  p('amend-agree-extend-so-that', k(AMEND, AMEND_OPEN, '1. The parties agree to extend the Term for an additional two (2) years, so that the Term shall now end on August 31, 2019.'), { expiration: '2019-08-31', renewal: null }),
  p('amend-hereby-extend-for-years', k(AMEND, AMEND_OPEN, '1. The parties hereby extend the Term for an additional period of one (1) year, through August 31, 2018.'), { expiration: '2018-08-31', renewal: null }),
  p('ren-may-agree-to-extend-still-renewal', k(SVC, SVC_OPEN, '3. Term. The initial term is three (3) years. The parties may agree in writing to extend this Agreement for successive one (1) year periods.'), { renewal: '1 year each*' }),

  // --- openings, cover rows and start wordings
  p('date-dated-this-line-top', k(SVC, 'Dated this 3rd day of June, 2014.', `This Agreement is made ${SVCS}.`), { agreementDate: '2014-06-03' }),
  p('eff-ordinal-of-month', k(SVC, `This Agreement is made effective as of the 15th of January, 2016 ${SVCS}.`, '1. Services.'), { effectiveDate: '2016-01-15' }),
  p('eff-effective-beginning', k(SVC, `This Agreement is made ${SVCS} and is effective beginning July 1, 2015.`, '1. Services.'), { effectiveDate: '2015-07-01' }),
  p('eff-applies-on-and-from', k(SVC, `This Agreement is made ${SVCS}.`, '1. This Agreement applies on and from 1 July 2015 and ends on 30 June 2018.'), { effectiveDate: '2015-07-01', expiration: '2018-06-30' }),
  p('eff-commences-on-and-from', k(SVC, `This Agreement is made ${SVCS}.`, '1. Term. This Agreement commences on and from 1 July 2015 and continues for three (3) years.'), { effectiveDate: '2015-07-01', expiration: '2018-07-01' }),
  p('date-agreement-date-row', k(SVC, 'Agreement Date: 5 May 2015', `This Agreement is made ${SVCS}.`), { agreementDate: '2015-05-05' }),
  p('exp-expiry-date-named-after', k(SVC, `This Agreement is made ${SVCS}.`, '1. Term. The Services shall be provided for a period commencing 1 July 2015 ("Commencement Date") and ending 30 June 2018 ("Expiry Date").'), { effectiveDate: '2015-07-01', expiration: '2018-06-30' }),
  p('exp-continues-until-uk', k(SVC, `This Agreement is made on 2 March 2015 ${SVCS}.`, '1. Term. This Agreement continues until 30 June 2018, unless terminated earlier.'), { agreementDate: '2015-03-02', expiration: '2018-06-30' }),
  p('exp-initial-term-ends-after-renewal', k(SVC, `This Agreement is made on 2 March 2015 ${SVCS}.`, '1. Term. The Agreement shall automatically renew for successive one-year terms unless a party gives written notice of non-renewal no later than three (3) calendar months before the then-current term expires. The initial term ends on March 1, 2018.'), { expiration: '2018-03-01', renewal: '1 year each, automatic, successive', renewalNotice: '3 months' }),
  p('exp-date-that-is-months-thereafter', k(SVC, `This Agreement is made on 2 March 2015 ${SVCS}.`, '1. Term. This Agreement shall be in effect for the period beginning on the date hereof and ending on the date that is eighteen (18) months thereafter.'), { expiration: '2016-09-02' }),
  p('exp-first-to-occur-date-or-event', k(SVC, `This Agreement is made on 2 March 2015 ${SVCS}.`, '1. Term. This Agreement shall terminate on the first to occur of (a) March 1, 2020 and (b) the date on which the Project is completed.'), { expiration: '2020-03-01' }),
  p('exp-contract-years-defined', k(SVC, `This Agreement is made on 2 March 2015 ${SVCS}.`, '1. Term. This Agreement shall continue in effect for five Contract Years. As used herein, a "Contract Year" means a period of twelve consecutive months commencing on the date of this Agreement or an anniversary of it.'), { expiration: '2020-03-02' }),
  p('law-construction-validity-alberta', k(SVC, SVC_OPEN, '14. Governing Law and Jurisdiction. The construction, validity and performance of this Agreement shall be governed by the laws of Alberta.'), { governingLaw: 'Alberta, Canada' }),
  p('law-choice-resolved-substantive', k(SVC, SVC_OPEN, '14. Choice of Law. Any dispute arising hereunder shall be resolved in accordance with the substantive laws of the State of Maryland, without giving effect to its conflicts of law principles.'), { governingLaw: 'Maryland, United States' }),
  p('law-parties-choose', k(SVC, SVC_OPEN, '14. Choice of Law. The parties choose the laws of the State of Idaho to govern this Agreement.'), { governingLaw: 'Idaho, United States' }),

  // --- no fixed end, and renewal notices in other words
  p('exp-unless-and-until-section', k(SVC, SVC_OPEN, '3. Term. This Agreement shall remain in full force and effect unless and until terminated in accordance with Section 9.'), { expiration: 'perpetual' }),
  p('exp-without-limit-of-time', k(SVC, SVC_OPEN, '3. Term. This Agreement shall continue in force without limit of time, subject to termination under Section 9.'), { expiration: 'perpetual' }),
  p('exp-no-fixed-term-until-notice', k(SVC, SVC_OPEN, "3. Term. This Agreement has no fixed term and shall continue until either party terminates it on ninety (90) days' written notice."), { expiration: 'perpetual' }),
  p('exp-open-ended', k(SVC, SVC_OPEN, "3. Term. The term of this Agreement is open-ended; either party may end it by giving sixty (60) days' written notice."), { expiration: 'perpetual' }),
  p('ren-initial-term-renewed-first', k(SVC, SVC_OPEN, '3. Term. The Initial Term will be renewed for consecutive terms of one (1) year (each a "Renewal Term"), unless Client notifies Provider in writing of its election not to renew no fewer than thirty (30) days before the expiration of the Initial Term or the then-current Renewal Term. The Initial Term is two (2) years.'), { expiration: '2015-08-09', renewal: '1 year each, automatic*', renewalNotice: '30 days' }),
  p('ren-periods-notice-before-expiration-date', k(SVC, SVC_OPEN, '3. Term. This Agreement shall be automatically renewed for periods of one (1) year unless either party gives the other written notice of termination at least two (2) months prior to the expiration date.'), { renewal: '1 year each, automatic*', renewalNotice: '2 months' }),
  p('ren-thereafter-before-initial', k(SVC, SVC_OPEN, "3. Term. Thereafter, this Agreement will be renewed automatically for additional one-year periods unless terminated by either party upon one hundred twenty (120) days' prior written notice to the other. The initial term of this Agreement is three (3) years from the Effective Date."), { expiration: '2016-08-09', renewal: '1 year each, automatic*', renewalNotice: '120 days' }),
  p('ren-notice-within-period-preceding', k(SVC, SVC_OPEN, '3. Term. This Agreement shall renew automatically for successive two (2) year periods, unless either party gives notice of nonrenewal within the ninety (90) day period immediately preceding the end of the then current term.'), { renewal: '2 years each, automatic, successive', renewalNotice: '90 days' }),
  p('ren-option-notify-months', k(SVC, SVC_OPEN, '3. Term. Client may renew this Agreement for an additional three (3) year term by notifying Provider in writing no less than six (6) months prior to the expiration of the Initial Term.'), { renewal: '3 years each, by option, one renewal' }),
  p('ren-on-or-before-sixtieth-day', k(SVC, SVC_OPEN, '3. Term. This Agreement shall renew for successive one (1) year periods unless either party notifies the other of its intent not to renew on or before the sixtieth (60th) day prior to the end of the then-current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('ren-extended-each-anniversary-weeks', k(SVC, SVC_OPEN, '3. Term. The term of this Agreement will automatically be extended by one (1) year on each anniversary of the Effective Date, unless one party has informed the other party in writing at the latest four (4) weeks before that date that it does not wish to extend.'), { renewal: '1 year each, automatic*', renewalNotice: '4 weeks' }),

  // --- dates of making and signing
  p('date-execution-date-named', k(SVC, `This Agreement is entered into this 10th day of October, 2017 (the "Execution Date") ${SVCS}.`, '1. Services.'), { agreementDate: '2017-10-10' }),
  p('date-as-of-this-ordinal-of', k(SVC, `This Agreement is made as of this 1st of March 2018 ${SVCS}.`, '1. Services.'), { agreementDate: '2018-03-01' }),
  p('date-signed-at-place-this-day', k(SVC, `This Agreement is made ${SVCS}.`, 'Signed at Toronto, Ontario this 12th day of May, 2011.'), { agreementDate: '2011-05-12' }),
  p('date-schedule-item-row', k(SVC, `This Agreement is made on the date set out in Item 1 of the Schedule ${SVCS}.`, 'SCHEDULE\nItem 1 | Date of Agreement | 4 May 2016'), { agreementDate: '2016-05-04' }),
  p('date-year-in-words', k(SVC, `AGREEMENT made the 4th day of May, Two Thousand Sixteen, ${SVCS}.`, '1. Services.'), { agreementDate: '2016-05-04' }),
  p('date-executed-as-agreement-on', k(SVC, `This Agreement is made ${SVCS}.`, 'Executed as an agreement on 4 May 2016.'), { agreementDate: '2016-05-04' }),
  p('date-on-this-the-day', k(SVC, `This Agreement, made and entered into at Boise, Idaho, on this the 4th day of May, 2016, ${SVCS}.`, '1. Services.'), { agreementDate: '2016-05-04' }),
  p('date-made-and-concluded', k(SVC, `This Agreement is made and concluded on May 4, 2016 ${SVCS}.`, '1. Services.'), { agreementDate: '2016-05-04' }),
  p('eff-force-on-last-signature-dmy', k(SVC, `This Agreement is made ${SVCS}.`, '1. This Agreement shall come into force on the date of its signature by the last of the Parties and shall remain in force for three years.', 'IN WITNESS WHEREOF the Parties have signed this Agreement.', 'ORLOW HARBOR SYSTEMS, INC.\nBy: /s/ Ada Ferris\nDate: 3 May 2017', 'MENDLE CREEK DAIRY COOPERATIVE\nBy: /s/ Rolf Amsel\nDate: 11 May 2017'), { effectiveDate: '2017-05-11', expiration: '2020-05-11' }),

  // --- order-form rows
  p('row-renewal-term-non-renewal-notice', k(OF, OF_OPEN, 'Order Effective Date: March 1, 2020', 'Initial Term: 36 months', 'Renewal Term: 12 months', 'Non-Renewal Notice: 60 days prior to end of term', 'Governing Law: State of Delaware'), { effectiveDate: '2020-03-01', expiration: '2023-03-01', renewal: '12 months each, automatic', renewalNotice: '60 days', governingLaw: 'Delaware, United States' }),
  p('row-renewal-term-alone-option', k(OF, OF_OPEN, 'Order Effective Date: March 1, 2020', 'Initial Term: 36 months', 'Renewal Term: 12 months'), { renewal: '12 months each, by option' }),
  p('row-term-pipe-from-effective', k(OF, OF_OPEN, 'Effective Date | March 1, 2020', 'Term | 36 months from the Effective Date', 'Renewal | Automatic renewal for successive 12-month periods'), { effectiveDate: '2020-03-01', expiration: '2023-03-01', renewal: '12 months each, automatic, successive' }),
  p('row-service-term', k(OF, OF_OPEN, 'Service Commencement Date: March 1, 2020', 'Service Term: 24 months'), { effectiveDate: '2020-03-01', expiration: '2022-03-01' }),
  p('row-subscription-period-span', k(OF, OF_OPEN, 'Subscription Period: March 1, 2020 to February 28, 2021'), { effectiveDate: '2020-03-01', expiration: '2021-02-28' }),
  p('row-start-expiry-dmy', k(OF, OF_OPEN, 'Start Date: 1 March 2020', 'Expiry Date: 28 February 2021'), { effectiveDate: '2020-03-01', expiration: '2021-02-28' }),
  p('row-term-length', k(OF, OF_OPEN, 'Term Start Date: March 1, 2020', 'Term Length: 36 months'), { effectiveDate: '2020-03-01', expiration: '2023-03-01' }),
  p('row-contract-term-beginning', k(OF, OF_OPEN, 'Contract Term: 3 years beginning March 1, 2020'), { expiration: '2023-03-01' }),
  p('row-expiration-anniversary', k(OF, OF_OPEN, 'Commencement Date: March 1, 2020', 'Expiration Date: the third (3rd) anniversary of the Commencement Date'), { effectiveDate: '2020-03-01', expiration: '2023-03-01' }),

  // --- an end behind words that only qualify it
  p('qual-in-the-event-not-renewed', k(SVC, SVC_OPEN, '3. Term. In the event this Agreement is not renewed, it shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-save-as-otherwise', k(SVC, SVC_OPEN, '3. Term. Save as otherwise provided herein, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-notwithstanding-execution', k(SVC, SVC_OPEN, '3. Term. Notwithstanding the date of its execution, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-except-section-term-end', k(SVC, SVC_OPEN, '3. Term. Except as provided in Section 12, the Term of this Agreement shall end on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-unless-extended-pursuant', k(SVC, SVC_OPEN, '3. Term. Unless extended pursuant to Section 3.2, this Agreement will terminate on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-unless-renewed-or-sooner', k(SVC, SVC_OPEN, '3. Term. Unless renewed as provided below or sooner terminated, this Agreement shall remain in effect through August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-provided-neither-terminates', k(SVC, SVC_OPEN, '3. Term. Provided that neither party terminates it earlier, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-aside-after-subject', k(SVC, SVC_OPEN, '3. Term. This Agreement, unless terminated earlier pursuant to Section 9, shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-including-schedules', k(SVC, SVC_OPEN, '3. Term. This Agreement, including all Schedules hereto, shall remain in effect for a period of thirty-six (36) months.'), { expiration: '2016-08-09' }),
  p('qual-unless-renewed-mid', k(SVC, SVC_OPEN, '3. Term. This Agreement shall expire, unless renewed, on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('qual-except-as-agreed', k(SVC, SVC_OPEN, '3. Term. Except as otherwise agreed in writing by the parties, the Term shall expire at midnight on August 8, 2016.'), { expiration: '2016-08-08' }),

  // --- leases counted in Lease Years, and governing-law wordings kept as they are
  p('lease-end-of-fifth-lease-year', k(LEASE, LEASE_OPEN, '2. Term. The term of this Lease shall commence on March 1, 2009 and end at the end of the fifth Lease Year.'), { effectiveDate: '2009-03-01', expiration: '2014-03-01' }),
  p('lease-end-of-lease-year-n', k(LEASE, LEASE_OPEN, '2. Term. The term of this Lease shall commence on March 1, 2009 and expire at the end of Lease Year 5.'), { effectiveDate: '2009-03-01', expiration: '2014-03-01' }),
  p('lease-ten-lease-years-commencing', k(LEASE, LEASE_OPEN, '2. Term. The Lease Term shall be ten (10) Lease Years, commencing on March 1, 2009.'), { effectiveDate: '2009-03-01', expiration: '2019-03-01' }),
  p('lease-length-then-commence', k(LEASE, LEASE_OPEN, '2. Term. The term of this Lease shall be for five (5) years and shall commence on March 1, 2009.'), { effectiveDate: '2009-03-01', expiration: '2014-03-01' }),
  p('lease-begin-continue-through', k(LEASE, LEASE_OPEN, '2. Term. The term of this Lease shall begin on March 1, 2009 and continue through February 28, 2014.'), { effectiveDate: '2009-03-01', expiration: '2014-02-28' }),
  p('lease-tenant-extend-consecutive', k(LEASE, LEASE_OPEN, '2. Term. Tenant shall have the right to extend the Term for two (2) consecutive periods of five (5) years each, by giving Landlord written notice at least twelve (12) months before the expiration of the then current Term.'), { renewal: '5 years each, by option, successive' }),
  p('law-georgia-usa-parenthesis', k(SVC, SVC_OPEN, '14. The law of the State of Georgia (U.S.A.) shall govern this Agreement.'), { governingLaw: 'Georgia, United States' }),
  p('law-deemed-made-in-laws-of-comma', k(SVC, SVC_OPEN, '14. This Agreement shall be deemed to have been made in, and shall be construed pursuant to the laws of, the State of New Jersey.'), { governingLaw: 'New Jersey, United States' }),
  p('law-hong-kong-special-region', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the Hong Kong Special Administrative Region.'), { governingLaw: 'Hong Kong' }),
  p('law-state-of-victoria', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the State of Victoria, Australia.'), { governingLaw: 'Victoria, Australia' }),
  p('law-heading-value-only', k(SVC, SVC_OPEN, '14. Governing Law. Florida.'), { governingLaw: 'Florida, United States' }),
  p('law-federal-republic-germany', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the Federal Republic of Germany.'), { governingLaw: 'Germany' }),

  // --- notices that stop a renewal, in other words
  p('ren-notice-prior-anniversary-date', k(SVC, SVC_OPEN, "3. Term. This Agreement shall be renewed automatically each year unless either party gives ninety days' notice in writing prior to the anniversary date."), { renewal: '1 year each, automatic', renewalNotice: '90 days' }),
  p('ren-cancelled-in-writing-prior-renewal-date', k(SVC, SVC_OPEN, '3. Term. This Agreement renews automatically for additional one-year terms unless cancelled by either party in writing 45 days prior to the renewal date.'), { renewal: '1 year each, automatic', renewalNotice: '45 days' }),
  p('ren-opts-out', k(SVC, SVC_OPEN, '3. Term. This Agreement shall automatically renew for successive twelve-month periods unless either party opts out by written notice at least 30 days prior to the end of the current period.'), { renewal: '12 months each, automatic, successive', renewalNotice: '30 days' }),
  p('ren-minimum-months-notice', k(SVC, SVC_OPEN, "3. Term. This Agreement will be extended automatically for further successive periods of three (3) years unless either party gives a minimum of six (6) months' notice of termination before the end of the current period."), { renewal: '3 years each, automatic, successive', renewalNotice: '6 months' }),
  p('ren-deemed-renewed-decision-not', k(SVC, SVC_OPEN, '3. Term. The Agreement shall be deemed renewed for consecutive terms of one (1) year unless either party gives written notice of its decision not to renew at least ninety (90) days before the expiry of the current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '90 days' }),

  p('lease-last-day-full-month-thereafter', k(LEASE, LEASE_OPEN, '2. Term. The term of this Lease shall begin on March 15, 2009 and shall terminate on the last day of the sixtieth (60th) full calendar month thereafter.'), { effectiveDate: '2009-03-15', expiration: '2014-03-31' }),
  p('lease-last-day-month-words-digits', k(LEASE, LEASE_OPEN, '2. Term. The term of this Lease shall begin on March 15, 2009 and end on the last day of the one hundred twentieth (120th) full calendar month thereafter.'), { expiration: '2019-03-31' }),

  p('row-end-date-length-after-start', k(OF, OF_OPEN, 'Term Start Date: March 1, 2020', 'Term End Date: Three (3) years after the Term Start Date'), { effectiveDate: '2020-03-01', expiration: '2023-03-01' }),
  p('row-expiration-months-after-effective', k(OF, OF_OPEN, 'Effective Date: March 1, 2020', 'Expiration Date: 18 months after the Effective Date'), { effectiveDate: '2020-03-01', expiration: '2021-09-01' }),
  // --- a renewal the parties may agree on later is a renewal by agreement; only the amendment's own "agree to extend" is none
  p('ren-if-parties-agree-renew', k(SVC, SVC_OPEN, '3. Term. This Agreement shall expire on August 8, 2016. If the parties agree to renew this Agreement, it shall be renewed for successive one (1) year terms.'), { expiration: '2016-08-08', renewal: '1 year each, by agreement, successive' }),
  p('ren-unless-parties-agree-extend', k(SVC, SVC_OPEN, '3. Term. This Agreement shall expire on August 8, 2016, unless the parties agree to extend it for one additional term of one (1) year.'), { expiration: '2016-08-08', renewal: '1 year each, by agreement*' }),
];

runProbes('term dates 26', PROBES);
