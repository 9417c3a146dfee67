/**
 * Date, term, renewal and governing-law wordings from industries and eras earlier probes did not
 * cover, each in a short invented contract read from plain text: commercial leases and subleases,
 * loan and credit agreements, franchises, clinical trial and research agreements, government grants,
 * SaaS order forms with "Subscription Term" rows, British, Australian, Indian, Canadian and Singapore
 * drafting, amendments that extend a term, old-style dates ("this 5th day of March, A.D. 2019"),
 * fiscal and calendar-year terms, and notice periods in months, weeks and business days.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

// openings for each kind of contract, dated and undated
const LEASE = 'COMMERCIAL LEASE';
const LESSOR = 'by and between Tamsworth Holdings LLC ("Landlord") and Briarcliff Dental Group, P.C. ("Tenant")';
const LEASE_OPEN = `This Lease (this "Lease") is made and entered into as of June 12, 2008 ${LESSOR}.`;
const LOAN = 'LOAN AGREEMENT';
const LENDERS = 'between Corvalis Savings Bank ("Lender") and Penhallow Mills, Inc. ("Borrower")';
const LOAN_OPEN = `This Loan Agreement (this "Agreement") is dated as of February 27, 2012 ${LENDERS}.`;
const FR = 'FRANCHISE AGREEMENT';
const FRS = 'between Golden Ladle Franchising Corp. ("Franchisor") and Marisol Eateries LLC ("Franchisee")';
const FR_OPEN = `THIS FRANCHISE AGREEMENT is entered into on October 8, 2015 ${FRS}.`;
const CTA = 'CLINICAL TRIAL AGREEMENT';
const CTAS = 'between Veridane Therapeutics, Inc. ("Sponsor") and the Regents of Westmoor University ("Institution")';
const CTA_OPEN = `This Clinical Trial Agreement (the "Agreement") is made as of January 19, 2021 ${CTAS}.`;
const GRANT = 'GRANT AGREEMENT';
const GRANTS = 'between the Wexford County Department of Health ("County") and Riverbend Family Services, Inc. ("Grantee")';
const GRANT_OPEN = `This Grant Agreement (the "Agreement") is entered into on July 1, 2019 ${GRANTS}.`;
const SAAS = 'ORDER FORM';
const SAAS_OPEN = 'This Order Form is entered into by Skylark Analytics, Inc. ("Skylark") and Dunmore Logistics Corp. ("Customer") under the Master Subscription Agreement.';
const UK = 'SUPPLY AGREEMENT';
const UKS = 'BETWEEN (1) Ashcombe Components Limited ("Supplier") and (2) Pellow Engineering plc ("Customer")';
const UK_OPEN = `THIS AGREEMENT is dated 14 March 2016 and made ${UKS}.`;
const AU = 'DISTRIBUTION AGREEMENT';
const AUS = 'between Koorong Wines Pty Ltd (ACN 123 456 789) ("Supplier") and Tasman Cellars Pty Ltd ("Distributor")';
const AU_OPEN = `This Agreement is made on 2 August 2017 ${AUS}.`;
const IN = 'SERVICES AGREEMENT';
const INS = 'between Vardhan Infotech Private Limited, a company incorporated under the Companies Act, 2013 ("Service Provider") and Kalyani Textiles Limited ("Client")';
const IN_OPEN = `This Agreement is executed at Pune on this 5th day of April, 2018 ${INS}.`;
const CA = 'CONSULTING AGREEMENT';
const CAS = 'between Northgate Mining Ltd. ("Company") and Lise Beaupré ("Consultant")';
const CA_OPEN = `This Consulting Agreement is made as of the 1st day of November, 2014 ${CAS}.`;
const SG = 'MAINTENANCE AGREEMENT';
const SGS = 'between Lianhua Facilities Pte. Ltd. (UEN 201512345K) ("Contractor") and Orchid Bay Hotels Pte. Ltd. ("Owner")';
const SG_OPEN = `This Agreement is made on 9 September 2020 ${SGS}.`;
const AMEND = 'SECOND AMENDMENT TO SUPPLY AGREEMENT';
const AMENDS = 'between Harrowgate Foods, Inc. ("Buyer") and Calloway Packaging Co. ("Seller")';
const AMEND_OPEN = `This Second Amendment (this "Amendment") is entered into as of May 1, 2019 ${AMENDS}.`;
const R = 'RESEARCH COLLABORATION AGREEMENT';
const RS = 'between Helicon Biosciences Ltd. ("Helicon") and Stavely Institute of Technology ("Stavely")';
const R_OPEN = `This Research Collaboration Agreement is made effective as of March 15, 2010 ${RS}.`;
const NODATE_OPEN = `This Supply Agreement (the "Agreement") is made ${UKS}.`;

const PROBES: Probe[] = [
  // --- commercial leases and subleases
  p('lease-commencement-expiration', k(LEASE, LEASE_OPEN, '3. Term. The term of this Lease shall commence on July 1, 2008 (the "Commencement Date") and shall expire on June 30, 2013 (the "Expiration Date"), unless sooner terminated as provided herein.'), { agreementDate: '2008-06-12', effectiveDate: '2008-07-01', expiration: '2013-06-30' }),
  p('lease-months-last-day', k(LEASE, LEASE_OPEN, '3. Term. The term of this Lease shall be sixty (60) full calendar months commencing on the Commencement Date and ending on the last day of the sixtieth (60th) full calendar month thereafter.'), { agreementDate: '2008-06-12' }),
  p('lease-option-extend', k(LEASE, LEASE_OPEN, '3. Term. The term of this Lease shall be five (5) years from the date hereof.', '4. Option to Extend. Tenant shall have the option to extend the term of this Lease for two (2) additional periods of five (5) years each by giving Landlord written notice not less than nine (9) months prior to the expiration of the then current term.'), { expiration: '2013-06-12', renewal: '5 years each, by option*' }),
  p('lease-holdover-not-renewal', k(LEASE, LEASE_OPEN, '3. Term. The term of this Lease shall end on June 30, 2013.', '18. Holding Over. If Tenant remains in possession after the expiration of the term, Tenant shall be a tenant from month to month at 150% of the rent last payable.'), { expiration: '2013-06-30', renewal: null }),
  p('lease-state-where-premises', k(LEASE, LEASE_OPEN, '25. This Lease shall be governed by the laws of the state in which the Premises are located.'), { governingLaw: null }),
  p('sublease-coterminous', k('SUBLEASE', `This Sublease is made as of April 3, 2011 between Fenwick Partners LLP ("Sublandlord") and Oriel Media Inc. ("Subtenant").`, '2. Term. The term of this Sublease shall commence on May 1, 2011 and shall end on January 31, 2014, unless sooner terminated.'), { agreementDate: '2011-04-03', effectiveDate: '2011-05-01', expiration: '2014-01-31' }),
  p('lease-year-to-year-holdover', k(LEASE, LEASE_OPEN, '3. Term. The initial term of this Lease shall be three (3) years from the date hereof, and thereafter this Lease shall continue from year to year unless either party gives the other written notice of termination at least ninety (90) days before the end of the then current term.'), { expiration: '2011-06-12', renewal: '1 year each, automatic*', renewalNotice: '90 days' }),
  p('lease-ad-date', k(LEASE, `THIS LEASE, made this 5th day of March, A.D. 2019 ${LESSOR}.`, '2. Premises. Landlord leases to Tenant the premises at 40 Orchard Row.'), { agreementDate: '2019-03-05' }),
  p('lease-in-the-year-of-our-lord', k(LEASE, `THIS LEASE made this twelfth day of May in the year of our Lord two thousand and nine ${LESSOR}.`, '2. Premises. Landlord leases to Tenant the premises at 40 Orchard Row.'), { agreementDate: '2009-05-12' }),
  // --- loans and credit
  p('loan-maturity-date', k(LOAN, LOAN_OPEN, '2.3 Maturity. The entire unpaid principal balance of the Loan, together with accrued interest, shall be due and payable on February 27, 2017 (the "Maturity Date").'), { agreementDate: '2012-02-27' }),
  p('loan-new-york-law', k(LOAN, LOAN_OPEN, '9.6 GOVERNING LAW. THIS AGREEMENT AND THE OTHER LOAN DOCUMENTS SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK.'), { governingLaw: 'New York, United States' }),
  p('loan-gol-5-1401', k(LOAN, LOAN_OPEN, '9.6 This Agreement shall be governed by the laws of the State of New York, including Section 5-1401 of the New York General Obligations Law.'), { governingLaw: 'New York, United States' }),
  p('credit-dated-as-of', k('CREDIT AGREEMENT', 'CREDIT AGREEMENT dated as of December 14, 2016, among Ridgefield Brands, Inc., as Borrower, the Lenders party hereto, and Calder National Bank, as Administrative Agent.', '1.1 Defined Terms.'), { agreementDate: '2016-12-14' }),
  p('loan-illinois-internal', k(LOAN, LOAN_OPEN, '9.6 This Agreement shall be governed by the internal laws (and not the law of conflicts) of the State of Illinois.'), { governingLaw: 'Illinois, United States' }),
  // --- franchise
  p('franchise-ten-years', k(FR, FR_OPEN, '4. Term. The term of this Agreement shall begin on the date hereof and expire ten (10) years from the date the Restaurant opens for business.'), { agreementDate: '2015-10-08', expiration: '2025-10-08' }),
  p('franchise-renewal-term-def', k(FR, FR_OPEN, '4. Term. The initial term of this Agreement shall be five (5) years from the date hereof. Franchisee may renew this Agreement for two (2) consecutive renewal terms of five (5) years each.'), { expiration: '2020-10-08', renewal: '5 years each, by option*' }),
  p('franchise-law-of-franchisor-state', k(FR, FR_OPEN, '22. Governing Law. Except to the extent governed by the United States Trademark Act of 1946 (15 U.S.C. § 1051 et seq.), this Agreement shall be governed by the laws of the State of Ohio.'), { governingLaw: 'Ohio, United States' }),
  p('franchise-minnesota-rider', k(FR, FR_OPEN, '22. This Agreement shall be governed by the laws of the State of Ohio.', 'MINNESOTA ADDENDUM', 'Minnesota law provides franchisees with certain termination and non-renewal rights.'), { governingLaw: 'Ohio, United States' }),
  // --- clinical trial and research
  p('cta-until-completion', k(CTA, CTA_OPEN, '12. Term. This Agreement shall commence on the Effective Date and shall continue until completion of the Study and delivery of the final Study report, unless earlier terminated.'), { agreementDate: '2021-01-19' }),
  p('cta-institution-state-law', k(CTA, CTA_OPEN, '20. Governing Law. This Agreement shall be governed by the laws of the State of Michigan, without regard to its conflict of laws principles.'), { governingLaw: 'Michigan, United States' }),
  p('cta-effective-last-signature', k(CTA, `This Clinical Trial Agreement (the "Agreement") is effective as of the date of the last signature below (the "Effective Date") ${CTAS}.`, '12. Term. This Agreement shall remain in effect for three (3) years from the Effective Date.', 'IN WITNESS WHEREOF the parties have signed this Agreement.', 'VERIDANE THERAPEUTICS, INC.\nBy: /s/ Anna Kell\nDate: March 2, 2021', 'REGENTS OF WESTMOOR UNIVERSITY\nBy: /s/ Tom Ruiz\nDate: March 9, 2021'), { effectiveDate: '2021-03-09', expiration: '2024-03-09' }),
  p('research-effective-as-of', k(R, R_OPEN, '8. Term. The Research Term shall be three (3) years from the Effective Date and may be extended by mutual written agreement of the parties.'), { agreementDate: '2010-03-15', effectiveDate: '2010-03-15', expiration: '2013-03-15', renewal: null }),
  p('research-english-law', k(R, R_OPEN, '15. This Agreement shall be governed by and construed in accordance with the laws of England.'), { governingLaw: 'England and Wales' }),
  // --- government and grant agreements
  p('grant-fiscal-year', k(GRANT, GRANT_OPEN, '2. Term. This Agreement shall be effective July 1, 2019 through the end of the County\'s fiscal year ending June 30, 2021.'), { effectiveDate: '2019-07-01', expiration: '2021-06-30' }),
  p('grant-state-law-commonwealth', k(GRANT, GRANT_OPEN, '17. This Agreement shall be governed by the laws of the Commonwealth of Virginia.'), { governingLaw: 'Virginia, United States' }),
  p('grant-performance-period', k(GRANT, GRANT_OPEN, '2. Period of Performance. The period of performance under this Agreement is October 1, 2019 through September 30, 2022.'), { expiration: '2022-09-30' }),
  p('gov-contract-effective-upon-approval', k('PROFESSIONAL SERVICES CONTRACT', 'This Contract is entered into on March 4, 2013 between the City of Lindell ("City") and Harker & Pryce Engineers, Inc. ("Consultant").', '3. Term. This Contract shall terminate on December 31, 2014.'), { agreementDate: '2013-03-04', expiration: '2014-12-31' }),
  p('gov-calendar-year', k('PROFESSIONAL SERVICES CONTRACT', 'This Contract is entered into on March 4, 2013 between the City of Lindell ("City") and Harker & Pryce Engineers, Inc. ("Consultant").', '3. Term. This Contract shall remain in effect through the end of calendar year 2015.'), { expiration: '2015-12-31' }),
  // --- SaaS order forms
  p('saas-subscription-term-row', k(SAAS, SAAS_OPEN, 'Order Date: January 15, 2022', 'Subscription Term: | 36 months from the Subscription Start Date', 'Subscription Start Date: | February 1, 2022'), { expiration: '2025-02-01' }),
  p('saas-start-end-rows', k(SAAS, SAAS_OPEN, 'Order Date: January 15, 2022', 'Subscription Start Date: February 1, 2022', 'Subscription End Date: January 31, 2023'), { effectiveDate: '2022-02-01', expiration: '2023-01-31' }),
  p('saas-auto-renew-row', k(SAAS, SAAS_OPEN, 'Order Date: January 15, 2022', 'Subscription Term: 12 months', 'Renewal: This Order Form will automatically renew for successive 12-month renewal terms unless either party gives notice of non-renewal at least 30 days before the end of the then-current term.'), { renewal: '12 months each, automatic, successive', renewalNotice: '30 days' }),
  p('saas-order-effective-row', k(SAAS, SAAS_OPEN, 'Order Effective Date: March 1, 2022', 'Services: Skylark Analytics Platform, Enterprise Edition'), { effectiveDate: '2022-03-01' }),
  p('saas-term-row-span', k(SAAS, SAAS_OPEN, 'Subscription Term | March 1, 2022 – February 28, 2025'), { effectiveDate: '2022-03-01', expiration: '2025-02-28' }),
  p('saas-renewal-uplift', k(SAAS, SAAS_OPEN, 'Subscription Term: 12 months from the Order Effective Date', 'Order Effective Date: March 1, 2022', 'Unless either party gives written notice of non-renewal at least sixty (60) days prior to the end of the Subscription Term, the Subscription Term will automatically renew for an additional twelve (12) month period at a price increase of no more than 5%.'), { renewalNotice: '60 days' }),
  // --- British drafting
  p('uk-by-not-less-than-three-months', k(UK, UK_OPEN, '2. This Agreement shall continue in force until terminated by either party by not less than three months\' notice in writing to the other.'), { expiration: 'perpetual' }),
  p('uk-unless-terminated-earlier', k(UK, UK_OPEN, '2. This Agreement shall come into force on the date hereof and, unless terminated earlier in accordance with clause 14, shall continue for a period of two years.'), { expiration: '2018-03-14' }),
  p('uk-england-wales-courts', k(UK, UK_OPEN, '22. Governing law and jurisdiction. This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of England and Wales. The courts of England and Wales shall have exclusive jurisdiction.'), { governingLaw: 'England and Wales' }),
  p('uk-english-courts-only', k(UK, UK_OPEN, '22. The parties submit to the exclusive jurisdiction of the English courts.'), { governingLaw: null }),
  p('uk-northern-ireland', k(UK, UK_OPEN, '22. This Agreement shall be governed by the law of Northern Ireland.'), { governingLaw: 'Northern Ireland' }),
  p('uk-dated-blank-then-signed', k(UK, `THIS AGREEMENT is dated ____________ 2016 and made ${UKS}.`, '2. Supply. Supplier shall supply the Goods.'), { agreementDate: '____________ 2016' }),
  p('uk-commencement-date-def', k(UK, NODATE_OPEN, '1.1 "Commencement Date" means 1 April 2016;', '2. This Agreement shall commence on the Commencement Date and continue for an initial period of 36 months.'), { effectiveDate: '2016-04-01', expiration: '2019-04-01' }),
  p('uk-automatically-continue-year-to-year', k(UK, UK_OPEN, '2. This Agreement shall continue for an initial period of two years and shall automatically continue thereafter from year to year unless terminated by either party giving at least three months\' written notice to expire on the last day of the initial period or any subsequent year.'), { expiration: '2018-03-14', renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  p('uk-dated-ordinal-no-comma', k(UK, `THIS AGREEMENT is made on the 3rd day of June 2015 ${UKS}.`, '2. Supply.'), { agreementDate: '2015-06-03' }),
  // --- Australian drafting
  p('au-nsw-in-force', k(AU, AU_OPEN, '20. Governing law. This Agreement is governed by the laws in force in the State of New South Wales.'), { governingLaw: 'New South Wales, Australia' }),
  p('au-victoria', k(AU, AU_OPEN, '20. This agreement is governed by the law in force in Victoria and each party submits to the non-exclusive jurisdiction of the courts of Victoria.'), { governingLaw: 'Victoria, Australia' }),
  p('au-queensland', k(AU, AU_OPEN, '20. This Agreement is governed by the laws of Queensland, Australia.'), { governingLaw: 'Queensland, Australia' }),
  p('au-western-australia', k(AU, AU_OPEN, '20. The laws of the State of Western Australia govern this Agreement.'), { governingLaw: 'Western Australia, Australia' }),
  p('au-commencement-date-term', k(AU, AU_OPEN, '3. Term. This Agreement commences on the Commencement Date and continues for the Term unless terminated earlier in accordance with clause 15.', 'SCHEDULE', 'Commencement Date: 1 September 2017', 'Term: 3 years'), { effectiveDate: '2017-09-01', expiration: '2020-09-01' }),
  p('au-further-term-option', k(AU, AU_OPEN, '3. The Term is two years from the date of this Agreement. The Distributor may, by notice given not less than 3 months before the end of the Term, extend the Term for a further term of two years.'), { expiration: '2019-08-02', renewal: '2 years each, by option, one renewal' }),
  p('au-act', k(AU, AU_OPEN, '20. This Agreement is governed by the laws of the Australian Capital Territory.'), { governingLaw: 'Australian Capital Territory, Australia' }),
  // --- Indian drafting
  p('in-executed-at-this-day', k(IN, IN_OPEN, '3. Term. This Agreement shall be valid for a period of two (2) years from the date of its execution.'), { agreementDate: '2018-04-05', expiration: '2020-04-05' }),
  p('in-laws-of-india', k(IN, IN_OPEN, '18. Governing Law and Jurisdiction. This Agreement shall be governed by and construed in accordance with the laws of India and the courts at Pune shall have exclusive jurisdiction.'), { governingLaw: 'India' }),
  p('in-indian-laws', k(IN, IN_OPEN, '18. This Agreement shall be governed by the Indian laws.'), { governingLaw: 'India' }),
  p('in-renewed-mutual', k(IN, IN_OPEN, '3. This Agreement shall remain valid for a period of three (3) years and may be renewed for such further period and on such terms as may be mutually agreed between the Parties in writing.'), { expiration: '2021-04-05', renewal: null }),
  p('in-date-slash-dayfirst', k(IN, `This Agreement is made on 05/04/2018 at Mumbai ${INS}.`, '18. This Agreement shall be governed by the laws of India.'), { agreementDate: '2018-04-05' }),
  p('in-thirty-days-notice-months', k(IN, IN_OPEN, '3. This Agreement shall be for a period of one (1) year and shall be automatically renewed for a like period unless either Party gives one (1) month\'s prior written notice of its intention not to renew.'), { renewal: '1 year each, automatic', renewalNotice: '1 month' }),
  // --- Canadian drafting
  p('ca-ontario-laws-applicable', k(CA, CA_OPEN, '15. This Agreement shall be governed by and construed in accordance with the laws of the Province of Ontario and the federal laws of Canada applicable therein.'), { agreementDate: '2014-11-01', governingLaw: 'Ontario, Canada' }),
  p('ca-saskatchewan', k(CA, CA_OPEN, '15. This Agreement is governed by the laws of Saskatchewan.'), { governingLaw: 'Saskatchewan, Canada' }),
  p('ca-new-brunswick', k(CA, CA_OPEN, '15. This Agreement shall be governed by the laws of the Province of New Brunswick.'), { governingLaw: 'New Brunswick, Canada' }),
  p('ca-newfoundland', k(CA, CA_OPEN, '15. This Agreement shall be governed by the laws of the Province of Newfoundland and Labrador.'), { governingLaw: 'Newfoundland and Labrador, Canada' }),
  // --- Singapore
  p('sg-republic', k(SG, SG_OPEN, '19. This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.'), { agreementDate: '2020-09-09', governingLaw: 'Singapore' }),
  p('sg-singapore-law', k(SG, SG_OPEN, '19. This Agreement is governed by Singapore law.'), { governingLaw: 'Singapore' }),
  p('sg-period-of-contract', k(SG, SG_OPEN, '3. Contract Period. The Contract Period shall be for two (2) years commencing from 1 October 2020 to 30 September 2022.'), { effectiveDate: '2020-10-01', expiration: '2022-09-30' }),
  p('sg-option-further-year', k(SG, SG_OPEN, '3. The Owner shall have the option to renew this Agreement for a further period of one (1) year on the same terms and conditions.'), { renewal: '1 year each, by option, one renewal' }),
  p('malaysia-law', k(SG, SG_OPEN, '19. This Agreement shall be governed by the laws of Malaysia.'), { governingLaw: 'Malaysia' }),
  p('nz-law', k(SG, SG_OPEN, '19. This Agreement is governed by New Zealand law.'), { governingLaw: 'New Zealand' }),
  // --- amendments and extensions
  p('amend-term-hereby-extended', k(AMEND, AMEND_OPEN, '1. Extension of Term. The Term of the Agreement is hereby extended to April 30, 2022.'), { agreementDate: '2019-05-01', expiration: '2022-04-30' }),
  p('amend-section-amended-expire', k(AMEND, AMEND_OPEN, '1. Section 3 of the Agreement is hereby amended by deleting "April 30, 2019" and replacing it with "April 30, 2021".'), { agreementDate: '2019-05-01' }),
  p('amend-extended-additional-year', k(AMEND, AMEND_OPEN, '1. The parties agree that the Term is hereby extended for an additional period of two (2) years, through and including April 30, 2021.'), { expiration: '2021-04-30', renewal: null }),
  p('amend-effective-as-of', k(AMEND, `This Second Amendment is entered into on May 10, 2019 and is effective as of May 1, 2019 (the "Amendment Effective Date") ${AMENDS}.`, '1. Extension.'), { agreementDate: '2019-05-10', effectiveDate: '2019-05-01' }),
  // --- old-style and unusual dates
  p('date-dated-for-reference', k('ASSET PURCHASE AGREEMENT', 'THIS AGREEMENT is dated for reference the 1st day of December, 2009 between Loring Timber Ltd. ("Vendor") and Cascadia Board Inc. ("Purchaser").', '2. Purchase and Sale.'), { agreementDate: '2009-12-01' }),
  p('date-last-signed-below', k('NON-DISCLOSURE AGREEMENT', 'This Agreement is entered into as of the date last signed below by and between Quorra Labs, Inc. ("Quorra") and Delphine Optics SA ("Delphine").', '1. Confidential Information.', 'QUORRA LABS, INC.\nBy: /s/ Ira Lent\nDate: 6/3/2018', 'DELPHINE OPTICS SA\nBy: /s/ M. Roux\nDate: 6/11/2018'), { agreementDate: '2018-06-11', effectiveDate: null }),
  p('date-ad-comma', k(FR, `THIS AGREEMENT made this 21st day of January, A.D., 1998 ${FRS}.`, '2. Grant.'), { agreementDate: '1998-01-21' }),
  p('date-day-of-words-year', k(FR, `THIS AGREEMENT made this 2nd day of June, Nineteen Hundred and Ninety-Seven ${FRS}.`, '2. Grant.'), { agreementDate: '1997-06-02' }),
  p('date-entered-on-month-day-comma', k(FR, `This Agreement is entered into this 30th day of September 2004, ${FRS}.`, '2. Grant.'), { agreementDate: '2004-09-30' }),
  p('date-executed-as-of-abbrev', k(FR, `This Agreement is executed as of Feb. 9, 2006 ${FRS}.`, '2. Grant.'), { agreementDate: '2006-02-09' }),
  p('date-year-first-label', k(SAAS, SAAS_OPEN, 'Order Date: 2022-01-15', 'Services: Enterprise Edition'), { agreementDate: '2022-01-15' }),
  // --- fiscal and calendar-year terms, ends at a month's close
  p('fy-end-of-fiscal-year', k(GRANT, GRANT_OPEN, '2. Term. This Agreement shall terminate at the end of the County\'s fiscal year on June 30, 2020.'), { expiration: '2020-06-30' }),
  p('cal-through-december-31', k(UK, UK_OPEN, '2. This Agreement shall remain in effect through December 31, 2018.'), { expiration: '2018-12-31' }),
  p('month-end-in-which-anniversary', k(LOAN, LOAN_OPEN, '3. Term. This Agreement shall terminate on the last day of the month in which the fifth anniversary of the date hereof occurs.'), { expiration: '2017-02-28' }),
  // --- renewal styles
  p('ren-for-like-periods', k(FR, FR_OPEN, '4. This Agreement shall be for an initial term of two (2) years and shall be renewed automatically for like periods unless either party gives written notice of non-renewal at least ninety (90) days before expiry.'), { expiration: '2017-10-08', renewal: '2 years each, automatic*', renewalNotice: '90 days' }),
  p('ren-same-duration', k(AU, AU_OPEN, '3. This Agreement is for an initial term of three years and will renew automatically for further terms of the same duration unless either party gives at least six months\' notice of non-renewal.'), { expiration: '2020-08-02', renewal: '3 years each, automatic*', renewalNotice: '6 months' }),
  p('ren-unless-elects-not', k(CA, CA_OPEN, '2. The initial term of this Agreement is one (1) year. This Agreement shall renew for successive one (1) year terms unless either party elects not to renew by written notice delivered at least sixty (60) days before the end of the current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('ren-business-days', k(SAAS, SAAS_OPEN, 'Subscription Term: 12 months from March 1, 2022', 'The Subscription Term shall renew automatically for successive periods of twelve (12) months unless Customer notifies Skylark at least ten (10) business days before the renewal date.'), { renewal: '12 months each, automatic, successive', renewalNotice: '10 business days' }),
  p('ren-weeks-words', k(UK, UK_OPEN, '2. This Agreement shall renew automatically for successive periods of six months unless either party gives not less than eight weeks\' written notice before the end of the current period.'), { renewal: '6 months each, automatic, successive', renewalNotice: '8 weeks' }),
  p('ren-similar-periods', k(SG, SG_OPEN, '3. This Agreement shall be for a period of one (1) year and shall be automatically renewed for similar periods unless terminated by either party by giving one (1) month\'s written notice.'), { renewal: '1 year each, automatic*' }),
  p('ren-fiscal-year-basis', k(GRANT, GRANT_OPEN, '2. This Agreement shall automatically renew for each succeeding fiscal year unless either party gives written notice of non-renewal by April 1 of the current fiscal year.'), { renewal: '1 year each, automatic*' }),
  p('ren-option-then-current-rent', k(LEASE, LEASE_OPEN, '4. Renewal Option. Provided Tenant is not in default, Tenant shall have one (1) option to renew this Lease for a renewal term of three (3) years at the then prevailing market rent, exercisable by written notice to Landlord given at least six (6) months prior to the expiration of the initial term.'), { renewal: '3 years each, by option, one renewal' }),
  p('ren-mutually-agreed-extension', k(CTA, CTA_OPEN, '12. Term. This Agreement shall continue for two (2) years from the Effective Date and may be extended by written amendment signed by both parties.'), { expiration: '2023-01-19' }),
  p('ren-unless-notice-anniversary-months', k(LOAN, LOAN_OPEN, '3. The Commitment shall be automatically extended for successive one-year periods on each anniversary of the Closing Date unless Lender notifies Borrower at least three months before such anniversary that it will not extend.'), { renewal: '1 year each, automatic, successive', renewalNotice: '3 months' }),
  p('ren-two-months-digit', k(AU, AU_OPEN, '3. The term renews automatically for successive 12 month periods unless either party gives at least 2 months notice before the end of the then current term.'), { renewal: '12 months each, automatic, successive', renewalNotice: '2 months' }),
  p('ren-evergreen-uk-rolling', k(UK, UK_OPEN, '2. After the Initial Period this Agreement shall continue on a rolling basis until terminated by either party on not less than three months\' written notice.'), { renewalNotice: null }),
  p('ren-hundred-days-plain', k(FR, FR_OPEN, '4. This Agreement shall automatically renew for successive five (5) year terms unless Franchisee notifies Franchisor no later than 180 days prior to the end of the then-current term of its election not to renew.'), { renewal: '5 years each, automatic, successive', renewalNotice: '180 days' }),
  p('ren-renewal-year-to-year', k(SG, SG_OPEN, '3. Upon expiry of the initial two (2) year term, this Agreement shall be renewed from year to year unless terminated by either party with three (3) months\' prior written notice.'), { renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  p('ren-renewal-months-words-hyphen', k(CA, CA_OPEN, '2. This Agreement shall automatically renew for consecutive six-month periods unless either party gives thirty (30) days\' written notice of non-renewal.'), { renewal: '6 months each, automatic*', renewalNotice: '30 days' }),
  // --- governing law, more places and phrasings
  p('law-delaware-sole', k(LOAN, LOAN_OPEN, '9.6 This Agreement shall in all respects be governed by the laws of the State of Delaware applicable to agreements executed and performed wholly within that State.'), { governingLaw: 'Delaware, United States' }),
  p('law-puerto-rico', k(LOAN, LOAN_OPEN, '9.6 This Agreement shall be governed by the laws of the Commonwealth of Puerto Rico.'), { governingLaw: 'Puerto Rico, United States' }),
  p('law-germany', k(R, R_OPEN, '15. This Agreement shall be governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.'), { governingLaw: 'Germany' }),
  p('law-sweden', k(R, R_OPEN, '15. This Agreement shall be governed by Swedish law.'), { governingLaw: 'Sweden' }),
  p('law-state-of-ny-usa-caps', k(SAAS, SAAS_OPEN, 'Governing Law: State of New York, USA'), { governingLaw: 'New York, United States' }),
  p('law-california-residents-not', k(SAAS, SAAS_OPEN, 'This Order Form is governed by the laws of the State of California, excluding its conflicts of law rules.'), { governingLaw: 'California, United States' }),
  p('law-tennessee-venue-other', k(FR, FR_OPEN, '22. This Agreement shall be governed by the laws of the State of Tennessee; provided that venue for any action shall lie in Cook County, Illinois.'), { governingLaw: 'Tennessee, United States' }),
  p('law-laws-of-the-uae', k(SG, SG_OPEN, '19. This Agreement shall be governed by the laws of the Emirate of Dubai and the federal laws of the United Arab Emirates applicable therein.'), { governingLaw: '*' }),
  p('law-south-africa', k(SG, SG_OPEN, '19. This Agreement is governed by the laws of the Republic of South Africa.'), { governingLaw: 'South Africa' }),
  // --- more effective dates
  p('eff-commence-on-first-day', k(LEASE, LEASE_OPEN, '3. The Commencement Date shall be August 1, 2008.'), { effectiveDate: '2008-08-01' }),
  p('eff-effective-upon-execution', k(FR, FR_OPEN, '4. This Agreement shall become effective upon execution by both parties and shall continue for five (5) years.'), { expiration: '2020-10-08' }),
  p('eff-takes-effect-on', k(AU, AU_OPEN, '3. This Agreement takes effect on 1 September 2017 and ends on 31 August 2020.'), { effectiveDate: '2017-09-01', expiration: '2020-08-31' }),
  // --- further guards for the rules these probes led to
  p('lease-term-named', k(LEASE, LEASE_OPEN, '3. Term. The Lease Term shall commence on July 1, 2008 and end on June 30, 2012, unless sooner terminated.'), { effectiveDate: '2008-07-01', expiration: '2012-06-30' }),
  p('lease-term-named-length', k(LEASE, LEASE_OPEN, '3. The Lease Term shall be five (5) years commencing on the date hereof.'), { expiration: '2013-06-12' }),
  p('sublease-head-lease-apart', k('SUBLEASE', 'This Sublease is made as of April 3, 2011 between Fenwick Partners LLP ("Sublandlord") and Oriel Media Inc. ("Subtenant").', '1. Sublandlord is the tenant under a lease dated May 2, 2006 (the "Lease"), which expires on June 30, 2016.', '2. Term. This Sublease shall commence on May 1, 2011 and shall expire on January 30, 2014.'), { expiration: '2014-01-30' }),
  p('amend-agreement-extended-until', k(AMEND, AMEND_OPEN, '1. The Agreement is hereby extended until April 30, 2023.'), { expiration: '2023-04-30', renewal: null }),
  p('amend-term-extended-through', k(AMEND, AMEND_OPEN, '1. The term of the Agreement shall be extended through March 31, 2022.'), { expiration: '2022-03-31' }),
  p('gov-period-of-performance-shall', k(GRANT, GRANT_OPEN, '2. The period of performance of this Agreement shall be October 1, 2019 through September 30, 2021.'), { expiration: '2021-09-30' }),
  p('au-tasmania', k(AU, AU_OPEN, '20. This Agreement is governed by the laws of Tasmania.'), { governingLaw: 'Tasmania, Australia' }),
  p('au-south-australia', k(AU, AU_OPEN, '20. The law of South Australia governs this Agreement.'), { governingLaw: 'South Australia, Australia' }),
  p('au-northern-territory', k(AU, AU_OPEN, '20. This Agreement is governed by the laws in force in the Northern Territory of Australia.'), { governingLaw: 'Northern Territory, Australia' }),
  p('ren-then-current-prices', k(SAAS, SAAS_OPEN, 'The Subscription Term shall automatically renew for successive one (1) year periods at Skylark\'s then-current prices unless Customer gives notice of non-renewal at least thirty (30) days before the end of the current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '30 days' }),
  p('ren-prices-renew-not-term', k(SAAS, SAAS_OPEN, 'Subscription Term: 12 months', 'Prices shall be renewed each year at the rates in Skylark\'s price list.'), { renewal: null }),
  p('date-ad-no-comma-dmy', k(LEASE, `THIS LEASE made this 1st day of August A.D. 2003 ${LESSOR}.`, '2. Premises.'), { agreementDate: '2003-08-01' }),
  // --- the term given as an appointment's or an engagement's, from its start
  p('ca-engagement-until', k(CA, CA_OPEN, '2. Term. The Consultant\'s engagement shall commence on November 3, 2014 and continue until October 31, 2015, unless terminated earlier.'), { expiration: '2015-10-31' }),
  p('uk-appointment-takes-effect', k(UK, UK_OPEN, '2. The appointment of the Supplier takes effect from 1 April 2016 and continues for a fixed period of two years.'), { effectiveDate: '2016-04-01', expiration: '2018-04-01' }),
  p('dist-appointment-commence', k(AU, AU_OPEN, '3. The appointment of the Distributor under this Agreement shall commence on 1 September 2017 and shall continue until 31 August 2019.'), { expiration: '2019-08-31' }),
  p('dist-appointment-ends-on-condition', k(AU, AU_OPEN, '3. The appointment shall end automatically if the Distributor fails to meet the minimum purchase target in any year.'), { expiration: null }),
];

runProbes('term, renewal, date and law wordings from further industries and jurisdictions, read from plain text', PROBES);
