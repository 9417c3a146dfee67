/**
 * Agreement-date and effective-date wordings earlier probes did not cover, each in a short invented
 * contract read from plain text: cover-page label rows, ordinal and European dates, ISO dates, an
 * effective date defined after the parties, dates left blank, dates set by another date, effective
 * dates given only in a term clause, letter agreements, amendments and restatements, agreements dated
 * only in the signature block, and contracts that state no date at all.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const SVC = 'MASTER SERVICES AGREEMENT';
const SVCS = 'between Quillon Data Systems, Inc., a Delaware corporation ("Provider"), and Hartwell Grocers LLC, an Oregon limited liability company ("Client")';
const EU = 'DISTRIBUTION AGREEMENT';
const EUS = 'between Brenner Feinmechanik GmbH, Talstrasse 14, 70173 Stuttgart ("Manufacturer") and Valdoro Strumenti S.r.l., Via Lunga 7, Verona ("Distributor")';
const TERM_CL = '2. Services. Provider shall perform the services described in each statement of work.';
const SIGN = (a: string, b: string): string[] => ['IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorised representatives.', `QUILLON DATA SYSTEMS, INC.\nBy: /s/ Nora Pell\nName: Nora Pell\nTitle: President\nDate: ${a}`, `HARTWELL GROCERS LLC\nBy: /s/ Omar Diaz\nName: Omar Diaz\nTitle: Manager\nDate: ${b}`];

const PROBES: Probe[] = [
  // --- ordinal and European forms of the date of making
  p('ordinal-of-month-year', k(SVC, `This Master Services Agreement is made on the 3rd of June 2011 ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03' }),
  p('month-ordinal-comma', k(SVC, `This Master Services Agreement is entered into as of June 3rd, 2011 ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03' }),
  p('ordinal-month-comma', k(EU, `This Agreement is made on 3rd June, 2011 ${EUS}.`, '2. Appointment.'), { agreementDate: '2011-06-03' }),
  p('european-dotted', k(EU, `This Agreement is concluded on 03.06.2011 ${EUS}.`, '2. Appointment. The Manufacturer appoints the Distributor.'), { agreementDate: '2011-06-03' }),
  p('european-dotted-effective', k(EU, `This Agreement is concluded ${EUS}.`, '1. Entry into force. This Agreement shall enter into force on 01.07.2011.'), { effectiveDate: '2011-07-01' }),
  p('iso-date-opening', k(SVC, `This Master Services Agreement is dated 2011-06-03 and made ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03' }),
  p('iso-date-effective-def', k(SVC, `This Master Services Agreement is made ${SVCS}, effective 2011-06-03 (the "Effective Date").`, TERM_CL), { effectiveDate: '2011-06-03' }),
  // --- the effective date defined after the parties
  p('effective-def-after-parties', k(SVC, `This Master Services Agreement is entered into ${SVCS}, as of June 3, 2011 (the "Effective Date").`, TERM_CL), { agreementDate: '2011-06-03', effectiveDate: '2011-06-03' }),
  p('made-date-then-effective-after-parties', k(SVC, `This Master Services Agreement is made on May 20, 2011 ${SVCS}, and is effective June 3, 2011 (the "Effective Date").`, TERM_CL), { agreementDate: '2011-05-20', effectiveDate: '2011-06-03' }),
  // --- cover pages and label rows
  p('cover-effective-label-row', k(SVC, 'Effective Date: June 3, 2011', 'Provider: Quillon Data Systems, Inc.', 'Client: Hartwell Grocers LLC', `This Master Services Agreement is entered into ${SVCS} as of the Effective Date.`, TERM_CL), { effectiveDate: '2011-06-03' }),
  p('cover-table-effective', k(SVC, 'Agreement No. | QDS-0419', 'Effective Date | June 3, 2011', 'Client | Hartwell Grocers LLC', `This Master Services Agreement is entered into ${SVCS} as of the Effective Date.`, TERM_CL), { effectiveDate: '2011-06-03' }),
  p('cover-date-line-alone', k(SVC, 'June 3, 2011', `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03' }),
  // --- the date written only in the signature block
  p('dated-in-signatures-only', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, ...SIGN('June 1, 2011', 'June 3, 2011')), { agreementDate: '2011-06-03' }),
  p('effective-date-last-signed', k(SVC, `This Master Services Agreement is effective as of the date last signed below (the "Effective Date") ${SVCS}.`, TERM_CL, ...SIGN('June 1, 2011', 'June 3, 2011')), { agreementDate: '2011-06-03', effectiveDate: '2011-06-03' }),
  p('effective-later-of-dates-below', k(SVC, `This Master Services Agreement ${SVCS} shall be effective on the later of the two dates of signature below.`, TERM_CL, ...SIGN('June 1, 2011', 'June 3, 2011')), { effectiveDate: '2011-06-03' }),
  p('witness-as-of-date', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, 'IN WITNESS WHEREOF, the parties have executed this Agreement as of June 3, 2011.', 'QUILLON DATA SYSTEMS, INC.\nBy: /s/ Nora Pell', 'HARTWELL GROCERS LLC\nBy: /s/ Omar Diaz'), { agreementDate: '2011-06-03' }),
  // --- amendments and restatements
  p('amended-restated-as-of', k('AMENDED AND RESTATED LICENSE AGREEMENT', `This Amended and Restated License Agreement is amended and restated as of June 3, 2011 ${SVCS}, and amends and restates in its entirety the License Agreement dated as of March 1, 2007.`, '2. License.'), { agreementDate: '2011-06-03' }),
  p('amendment-to-dated-agreement', k('FIRST AMENDMENT', `This First Amendment, dated as of June 3, 2011, to the Master Services Agreement dated January 5, 2009 ${SVCS}.`, '1. Section 4 is deleted.'), { agreementDate: '2011-06-03' }),
  p('restated-effective-original', k('AMENDED AND RESTATED SUPPLY AGREEMENT', `This Amended and Restated Supply Agreement is entered into on June 3, 2011 ${SVCS}, effective as of January 1, 2011 (the "Restatement Effective Date").`, '2. Supply.'), { agreementDate: '2011-06-03' }),
  // --- dates left blank
  p('blank-day-month', k(SVC, `This Master Services Agreement is made this ___ day of ________, 2012 ${SVCS}.`, TERM_CL), { agreementDate: '*' }),
  p('blank-effective-def', k(SVC, `This Master Services Agreement is made as of ____________, 2012 (the "Effective Date") ${SVCS}.`, TERM_CL), { effectiveDate: '*' }),
  // --- an effective date set by another date
  p('effective-closing-date', k('TRANSITION SERVICES AGREEMENT', `This Transition Services Agreement is entered into as of June 3, 2011 ${SVCS}.`, '2. Term. This Agreement shall become effective on the Closing Date and shall continue for twelve (12) months.'), { agreementDate: '2011-06-03', effectiveDate: null }),
  p('effective-first-of-month-following', k(SVC, `This Master Services Agreement is entered into as of June 3, 2011 ${SVCS}.`, '2. Term. This Agreement shall become effective on the first day of the month following the date hereof.'), { effectiveDate: '2011-07-01' }),
  // --- the effective date in a term clause
  p('term-clause-become-effective', k(SVC, `This Master Services Agreement is entered into as of June 3, 2011 ${SVCS}.`, '2. Term. This Agreement shall become effective on July 1, 2011 and shall continue for three (3) years.'), { agreementDate: '2011-06-03', effectiveDate: '2011-07-01', expiration: '2014-07-01' }),
  p('term-clause-in-force-from', k(EU, `This Agreement is made on 3 June 2011 ${EUS}.`, '14. Duration. This Agreement shall be in force from 1 July 2011 until 30 June 2014.'), { effectiveDate: '2011-07-01', expiration: '2014-06-30' }),
  p('term-clause-commence-on', k(SVC, `This Master Services Agreement is entered into as of June 3, 2011 ${SVCS}.`, '2. Term. The term of this Agreement shall commence on July 1, 2011 and end on June 30, 2013.'), { effectiveDate: '2011-07-01', expiration: '2013-06-30' }),
  // --- letter agreements
  p('letter-date-top', k('QUILLON DATA SYSTEMS, INC.', '88 Marlowe Street, Portland, Oregon 97201', 'June 3, 2011', 'Hartwell Grocers LLC\n410 Birch Lane\nSalem, Oregon 97301', 'Dear Mr. Diaz:', 'This letter agreement sets out the terms on which Quillon Data Systems, Inc. will provide consulting services to Hartwell Grocers LLC.', '1. Services. We will review your inventory systems.'), { agreementDate: '2011-06-03' }),
  p('letter-date-top-re', k('QUILLON DATA SYSTEMS, INC.', 'June 3, 2011', 'Ms. Lena Hartwell\nHartwell Grocers LLC', 'Re: Consulting Engagement', 'Dear Ms. Hartwell:', 'This letter confirms the agreement between Quillon Data Systems, Inc. and Hartwell Grocers LLC for consulting services.'), { agreementDate: '2011-06-03' }),
  // --- no date at all
  p('no-date-anywhere', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, '3. Fees. Client shall pay each invoice within thirty (30) days.'), { agreementDate: null, effectiveDate: null }),
  p('no-date-effective-on-execution-unsigned', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, '2. Term. This Agreement shall become effective upon execution by both parties and shall continue for two (2) years.'), { agreementDate: null, effectiveDate: null }),
  p('no-date-price-effective', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, '3. Fees. The rates in Schedule B are effective as of January 1, 2012 and may be revised annually.'), { agreementDate: null, effectiveDate: null }),
  p('no-date-recital-date', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, 'WHEREAS, the parties entered into a Confidentiality Agreement on March 2, 2010; and', 'WHEREAS, Client wishes to engage Provider.', TERM_CL), { agreementDate: null, effectiveDate: null }),
  // --- batch 2
  p('eu-signature-place-date', k(EU, `This Agreement is concluded ${EUS}.`, '2. Appointment. The Manufacturer appoints the Distributor.', 'Stuttgart, 03.06.2011\nBrenner Feinmechanik GmbH\nBy: /s/ Jonas Brenner', 'Verona, 07.06.2011\nValdoro Strumenti S.r.l.\nBy: /s/ Carla Valdoro'), { agreementDate: '2011-06-07' }),
  p('eu-signature-place-date-label', k(EU, `This Agreement is concluded ${EUS}.`, '2. Appointment. The Manufacturer appoints the Distributor.', 'Place, date: Stuttgart, 3 June 2011\nBrenner Feinmechanik GmbH\nBy: /s/ Jonas Brenner', 'Place, date: Verona, 7 June 2011\nValdoro Strumenti S.r.l.\nBy: /s/ Carla Valdoro'), { agreementDate: '2011-06-07' }),
  p('letter-city-date', k('QUILLON DATA SYSTEMS, INC.', 'Portland, Oregon, June 3, 2011', 'Hartwell Grocers LLC\n410 Birch Lane\nSalem, Oregon 97301', 'Dear Mr. Diaz:', 'This letter agreement sets out the terms on which we will provide consulting services to you.'), { agreementDate: '2011-06-03' }),
  p('definition-effective-conditions', k(SVC, `This Master Services Agreement is entered into as of June 3, 2011 ${SVCS}.`, '1. Definitions. "Effective Date" means the date on which the last of the conditions in Section 3 is satisfied.', TERM_CL), { agreementDate: '2011-06-03', effectiveDate: null }),
  p('deemed-effective-as-of', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, '2. Term. This Agreement shall be deemed effective as of July 1, 2011 and shall continue for one (1) year.'), { effectiveDate: '2011-07-01', expiration: '2012-07-01' }),
  p('which-shall-be-effective', k(SVC, `This Master Services Agreement, which shall be effective as of July 1, 2011, is entered into ${SVCS}.`, TERM_CL), { effectiveDate: '2011-07-01' }),
  p('au-schedule-item-row', k('LEASE', 'This Lease is made between Banksia Property Pty Ltd ("Landlord") and Wattle Cafe Pty Ltd ("Tenant").', '2. Term. The Lease commences on the Commencement Date and continues for the Term.', 'SCHEDULE', 'Item 3 | Commencement Date | 1 July 2011', 'Item 4 | Term | 5 years'), { effectiveDate: '2011-07-01' }),
  p('date-of-agreement-label', k(SVC, 'Date of Agreement: June 3, 2011', `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03' }),
  p('uk-dated-blank-spaces', k('SUPPLY AGREEMENT', 'THIS AGREEMENT is dated                2011', 'PARTIES', '(1) Ashdown Components Limited ("Supplier")', '(2) Pellbridge Engineering plc ("Customer")', '1. Supply.'), { agreementDate: '*' }),
  p('uk-dated-cover', k('DATED 3 June 2011', '(1) ASHDOWN COMPONENTS LIMITED', '(2) PELLBRIDGE ENGINEERING PLC', 'SUPPLY AGREEMENT', 'THIS AGREEMENT is dated 3 June 2011 and made between Ashdown Components Limited and Pellbridge Engineering plc.'), { agreementDate: '2011-06-03' }),
  p('no-date-fiscal-year-in-body', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, '2. Reports. Provider shall report on the Client\'s fiscal year beginning July 1, 2011.'), { agreementDate: null, effectiveDate: null }),
  p('no-date-background-recital', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, 'BACKGROUND', 'A. Provider entered into a software licence agreement with Tallis Corp. on March 2, 2010.', 'B. Client wishes to engage Provider.', TERM_CL), { agreementDate: null, effectiveDate: null }),
  p('no-date-supersedes-letter', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, '12. Entire Agreement. This Agreement supersedes the letter of intent between the parties dated May 1, 2011.'), { agreementDate: null, effectiveDate: null }),
  p('no-date-insurance-policy', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, '9. Insurance. Provider\'s current liability policy became effective on January 1, 2011 and shall be maintained.'), { agreementDate: null, effectiveDate: null }),
  p('spelled-ordinal-year-words', k(SVC, `This Master Services Agreement is made this third day of June, two thousand eleven ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03' }),
  p('effective-from-and-after', k(SVC, `This Master Services Agreement is entered into as of June 3, 2011 ${SVCS}.`, '2. Term. This Agreement shall be effective from and after July 1, 2011.'), { effectiveDate: '2011-07-01' }),
  p('start-date-sow-row', k('STATEMENT OF WORK', 'This Statement of Work is entered into under the Master Services Agreement between Quillon Data Systems, Inc. and Hartwell Grocers LLC.', 'Start Date: July 1, 2011', 'End Date: December 31, 2011'), { effectiveDate: '2011-07-01' }),
  p('effective-last-signature-undated', k(SVC, `This Master Services Agreement is effective as of the date of the last signature below ${SVCS}.`, TERM_CL, 'IN WITNESS WHEREOF, the parties have executed this Agreement.', 'QUILLON DATA SYSTEMS, INC.\nBy: /s/ Nora Pell', 'HARTWELL GROCERS LLC\nBy: /s/ Omar Diaz'), { agreementDate: null, effectiveDate: null }),
  p('dmy-ordinal-effective', k(EU, `This Agreement is made on 3 June 2011 ${EUS} and shall take effect on 1st July 2011.`, '2. Appointment.'), { agreementDate: '2011-06-03', effectiveDate: '2011-07-01' }),
  p('effective-on-execution-signed', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, '2. Term. This Agreement shall become effective upon execution by both parties.', ...SIGN('June 1, 2011', 'June 3, 2011')), { agreementDate: '2011-06-03', effectiveDate: '2011-06-03' }),
  // --- batch 3: signatures, retroactive dates, schedule rows, blank labels
  p('force-on-signature-by-last', k(EU, `This Agreement is concluded ${EUS}.`, '14. Entry into force. This Agreement shall enter into force on the date of its signature by the last of the Parties.', 'Place, date: Stuttgart, 3 June 2011\nBrenner Feinmechanik GmbH\nBy: /s/ Jonas Brenner', 'Place, date: Verona, 7 June 2011\nValdoro Strumenti S.r.l.\nBy: /s/ Carla Valdoro'), { agreementDate: '2011-06-07', effectiveDate: '2011-06-07' }),
  p('effective-on-closing-def', k('TRANSITION SERVICES AGREEMENT', `This Transition Services Agreement is entered into as of June 3, 2011 ${SVCS}.`, '1. Definitions. "Effective Date" means the date on which the Closing occurs under the Purchase Agreement.'), { agreementDate: '2011-06-03', effectiveDate: null }),
  p('retroactively-as-of', k(SVC, `This Master Services Agreement is entered into on June 3, 2011 ${SVCS}.`, '2. Term. Although executed on the date above, this Agreement shall be effective retroactively as of January 1, 2011.'), { agreementDate: '2011-06-03', effectiveDate: '2011-01-01' }),
  p('retroactive-to', k(SVC, `This Master Services Agreement is entered into on June 3, 2011 ${SVCS}.`, '2. Term. This Agreement is effective retroactive to January 1, 2011 and shall continue for two (2) years.'), { effectiveDate: '2011-01-01' }),
  p('za-signed-at-on', k('SERVICE LEVEL AGREEMENT', 'This Agreement is entered into between Karoo Logistics (Pty) Ltd ("Supplier") and Umhlanga Retail (Pty) Ltd ("Customer").', '2. Services. The Supplier shall render the Services.', 'SIGNED at Johannesburg on 3 June 2011.\nFor: Karoo Logistics (Pty) Ltd\n/s/ Thabo Nkosi', 'SIGNED at Durban on 9 June 2011.\nFor: Umhlanga Retail (Pty) Ltd\n/s/ Priya Naidoo'), { agreementDate: '2011-06-09' }),
  p('uk-deed-cover-dated-the', k('DATED the 3rd day of June 2011', '(1) ASHDOWN COMPONENTS LIMITED', '(2) PELLBRIDGE ENGINEERING PLC', 'DEED OF LICENCE', 'THIS DEED is made between Ashdown Components Limited and Pellbridge Engineering plc.'), { agreementDate: '2011-06-03' }),
  p('dated-this-line-before-signatures', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, 'Dated this 3rd day of June, 2011.', 'QUILLON DATA SYSTEMS, INC.\nBy: /s/ Nora Pell', 'HARTWELL GROCERS LLC\nBy: /s/ Omar Diaz'), { agreementDate: '2011-06-03' }),
  p('au-details-date-row', k('SUPPLY AGREEMENT', 'Details', 'Date | 3 June 2011', 'Supplier | Banksia Foods Pty Ltd', 'Customer | Wattle Cafe Pty Ltd', 'Agreed terms', '1. Supply. The Supplier shall supply the Goods.'), { agreementDate: '2011-06-03' }),
  p('effective-label-blank', k(SVC, 'Effective Date: ______________', `This Master Services Agreement is entered into ${SVCS} as of the Effective Date.`, TERM_CL), { effectiveDate: '*', agreementDate: null }),
  p('date-after-parties-named', k(SVC, `This Master Services Agreement is entered into ${SVCS}, on June 3, 2011 ("Effective Date").`, TERM_CL), { agreementDate: '2011-06-03', effectiveDate: '2011-06-03' }),
  p('year-in-the-year', k(SVC, `This Master Services Agreement is made this 3rd day of June, in the year 2011 ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03' }),
  p('effective-def-first-written', k(SVC, `This Master Services Agreement is entered into as of June 3, 2011 ${SVCS}.`, '1. Definitions. "Effective Date" means the date first written above.', TERM_CL), { effectiveDate: '2011-06-03' }),
  p('effective-date-see-signatures', k(SVC, 'Effective Date: the date of the last signature below', `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, ...SIGN('June 1, 2011', 'June 3, 2011')), { effectiveDate: '2011-06-03' }),
  p('no-date-notice-deemed', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, '14. Notices. A notice sent by courier is deemed received on the second business day after dispatch.'), { agreementDate: null, effectiveDate: null }),
  p('no-date-law-effective', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, '15. Compliance. Provider shall comply with the privacy regulations that became effective on May 25, 2018.'), { agreementDate: null, effectiveDate: null }),
  // --- batch 4: numeric dates by convention, amendments, replaced agreements
  p('us-numeric-settled-by-law', k(SVC, `This Master Services Agreement is entered into as of 6/3/2011 ${SVCS}.`, TERM_CL, '15. This Agreement shall be governed by the laws of the State of New York.'), { agreementDate: '2011-06-03' }),
  p('eu-numeric-slashes-day-first', k(EU, `This Agreement is made on 03/06/2011 ${EUS}.`, '2. Appointment. The Manufacturer appoints the Distributor from 15/06/2011.', '20. This Agreement is governed by German law.'), { agreementDate: '2011-06-03' }),
  p('abbrev-month-no-comma', k(EU, `This Agreement is made on 3 Jun 2011 ${EUS}.`, '2. Appointment.'), { agreementDate: '2011-06-03' }),
  p('made-as-of-but-effective', k(SVC, `This Master Services Agreement is made as of the 3rd day of June, 2011, but effective as of July 1, 2011, ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03', effectiveDate: '2011-07-01' }),
  p('amendment-made-effective-to-dated', k('AMENDMENT NO. 2', `This Amendment No. 2 is made effective as of June 3, 2011 to the License Agreement dated January 5, 2009 ${SVCS}.`, '1. Section 4 is deleted.'), { agreementDate: '2011-06-03', effectiveDate: '2011-06-03' }),
  p('replaces-agreement-of-date', k(EU, `This Agreement, which replaces the distribution agreement of 1 January 2009, is made ${EUS}.`, '2. Appointment.'), { agreementDate: null, effectiveDate: null }),
  p('witness-dates-indicated-below', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, 'IN WITNESS WHEREOF, the parties have executed this Agreement on the dates indicated below.', 'QUILLON DATA SYSTEMS, INC.\nBy: /s/ Nora Pell\nDate: 6/1/2011', 'HARTWELL GROCERS LLC\nBy: /s/ Omar Diaz\nDate: 6/3/2011'), { agreementDate: '2011-06-03' }),
  p('cover-row-three-labels', k(SVC, 'Agreement No.: QDS-0419 | Effective Date: June 3, 2011 | Term: 1 Year', `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL), { effectiveDate: '2011-06-03' }),
  p('two-digit-year-opening', k(SVC, `This Master Services Agreement is entered into as of 6/3/11 ${SVCS}.`, TERM_CL), { agreementDate: '2011-06-03' }),
  // --- batch 5: a time of day before the effective date
  p('effective-time-of-day', k(SVC, `This Master Services Agreement is entered into on June 3, 2011 ${SVCS}.`, '2. Term. This Agreement shall be effective as of 12:01 a.m. Pacific Time on July 1, 2011.'), { agreementDate: '2011-06-03', effectiveDate: '2011-07-01' }),
  p('effective-close-of-business', k(SVC, `This Master Services Agreement is entered into on June 3, 2011 ${SVCS}.`, '2. Term. This Agreement shall become effective at the close of business on June 30, 2011.'), { effectiveDate: '2011-06-30' }),
  p('uk-has-effect-from', k(EU, `This Agreement is dated 3 June 2011 and has effect from 1 July 2011. It is made ${EUS}.`, '2. Appointment.'), { agreementDate: '2011-06-03', effectiveDate: '2011-07-01' }),
  p('signed-on-line-after-witness', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, 'IN WITNESS WHEREOF, the parties have signed this Agreement.', 'Signed on 2 June 2011 for Quillon Data Systems, Inc.\n/s/ Nora Pell', 'Signed on 3 June 2011 for Hartwell Grocers LLC\n/s/ Omar Diaz'), { agreementDate: '2011-06-03' }),
  // --- batch 6: dates that are not the contract's
  p('no-date-form-revision-line', k(SVC, 'Form QDS-7 (Rev. March 3, 2010)', `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL), { agreementDate: null, effectiveDate: null }),
  p('no-date-version-label', k(SVC, 'Template version date: March 3, 2010', `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL), { agreementDate: null, effectiveDate: null }),
  p('no-date-exhibit-prices-valid', k(SVC, `This Master Services Agreement is entered into ${SVCS}.`, TERM_CL, 'EXHIBIT B', 'Price List valid from 1 January 2012.'), { agreementDate: null, effectiveDate: null }),
  // The signers' date fields left blank: the date the opening points at is blank (session 35), not absent.
  p('no-date-last-signature-undated', k(SVC, `This Master Services Agreement is made ${SVCS} on the date of the last signature below.`, TERM_CL, 'QUILLON DATA SYSTEMS, INC.\nBy: /s/ Nora Pell\nDate: ____________', 'HARTWELL GROCERS LLC\nBy: /s/ Omar Diaz\nDate: ____________'), { agreementDate: '____', effectiveDate: null }),
  p('order-date-not-start-row', k('ORDER FORM', 'This Order Form is entered into by Quillon Data Systems, Inc. ("Provider") and Hartwell Grocers LLC ("Client") under the Master Services Agreement.', 'Order Date: May 20, 2011', 'Subscription Start Date: | June 3, 2011'), { agreementDate: '2011-05-20', effectiveDate: '2011-06-03' }),
  // --- batch 7: commencement labels and plain openings
  p('made-the-ordinal-no-day-of', k(EU, `This Agreement is made the 3rd June 2011 ${EUS}.`, '2. Appointment.'), { agreementDate: '2011-06-03' }),
  p('date-of-commencement-label', k(SVC, `This Master Services Agreement is entered into on June 3, 2011 ${SVCS}.`, 'Date of Commencement: July 1, 2011', TERM_CL), { agreementDate: '2011-06-03', effectiveDate: '2011-07-01' }),
  p('agreement-commences-on', k(EU, `This Agreement is made on 3 June 2011 ${EUS}.`, '14. This Agreement commences on 1 July 2011 and continues for three years.'), { effectiveDate: '2011-07-01', expiration: '2014-07-01' }),
  p('as-of-line-top-letter', k('QUILLON DATA SYSTEMS, INC.', 'As of June 3, 2011', 'Hartwell Grocers LLC\n410 Birch Lane', 'Dear Mr. Diaz:', 'This letter agreement confirms the terms of our engagement.'), { agreementDate: '2011-06-03' }),
  p('amendment-effective-first-written', k('AMENDMENT NO. 1', `This Amendment No. 1 is entered into as of June 3, 2011 ${SVCS}.`, '1. Section 4 of the Agreement is deleted.', '2. This Amendment shall be effective as of the date first written above.'), { agreementDate: '2011-06-03', effectiveDate: '2011-06-03' }),
];

runProbes('agreement and effective date wordings of further drafting styles, read from plain text', PROBES);
