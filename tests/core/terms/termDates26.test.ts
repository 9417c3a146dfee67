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

const PROBES: Probe[] = [
  p('gap1-retroactive-not-end', k(SVC, `This Services Agreement is entered into on June 3, 2011 ${SVCS}.`, '2. Term. This Agreement is effective retroactive to January 1, 2011 and shall continue for two (2) years.'), { effectiveDate: '2011-01-01', expiration: '2013-01-01' }),
  p('gap1-retroactive-not-end-b', k(SVC, `This Services Agreement is entered into on June 3, 2011 ${SVCS}.`, '2. Term. This Agreement shall be effective retroactive to January 1, 2011 and shall remain in force until terminated by either party.'), { effectiveDate: '2011-01-01', expiration: 'perpetual' }),
  p('gap2-if-not-renewed-expire', k(SVC, SVC_OPEN, '3. Term. If not renewed, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('gap2-unless-renewed-expire', k(SVC, SVC_OPEN, '3. Term. Unless renewed by written agreement of the parties, this Agreement shall expire on August 8, 2016.'), { expiration: '2016-08-08' }),
  p('gap3-commencement-shall-be', k(SVC, `This Services Agreement is made ${SVCS}.`, '1. Definitions. "Commencement Date" shall be April 1, 2014.', '3. Term. The Term shall begin on the Commencement Date and continue for three (3) years.'), { effectiveDate: '2014-04-01', expiration: '2017-04-01' }),
  p('gap3-commencement-shall-mean', k(SVC, `This Services Agreement is made ${SVCS}.`, '1. Definitions. "Commencement Date" shall mean April 1, 2014.', '3. Term. The Term shall begin on the Commencement Date and continue for three (3) years.'), { effectiveDate: '2014-04-01', expiration: '2017-04-01' }),
  p('gap3-effective-date-means', k(SVC, `This Services Agreement is made ${SVCS}.`, '1. Definitions. "Effective Date" means April 1, 2014.', '3. Term. This Agreement shall continue for three (3) years from the Effective Date.'), { effectiveDate: '2014-04-01', expiration: '2017-04-01' }),
  p('gap4-service-start-row', k('ORDER FORM', 'This Order Form is entered into by Pellucid Networks, Inc. ("Pellucid") and Grantham Freight Corp. ("Customer").', 'Service Start Date: March 1, 2020', 'Service End Date: February 28, 2023'), { effectiveDate: '2020-03-01', expiration: '2023-02-28' }),
  p('gap4-term-start-row', k('ORDER FORM', 'This Order Form is entered into by Pellucid Networks, Inc. ("Pellucid") and Grantham Freight Corp. ("Customer").', 'Term Start Date: March 1, 2020', 'Term End Date: February 28, 2023'), { effectiveDate: '2020-03-01', expiration: '2023-02-28' }),

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
];

runProbes('term dates 26', PROBES);
