/**
 * Probes for a form filed unsigned (session 35): the contract is dated by its signatures ("effective as of the
 * date of the last signature below", or no date at all), and the "Date:" fields under the signers are left empty.
 * The date the signatures would give is then blank, and so is an effective date or an end counted from it. Each
 * contract is invented and read from plain text; the rule is checked both ways.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'WATER SUPPLY AGREEMENT';
const BY_SIGNATURE = 'This Agreement is entered into by Riverbend Utility District ("District") and Keel Pumps Inc. ("Keel"), effective as of the date of the last signature on the signature page below.';
const UNDATED = 'This Agreement is entered into by Riverbend Utility District ("District") and Keel Pumps Inc. ("Keel").';
const DATED = 'This Agreement is entered into as of May 4, 2015 by Riverbend Utility District ("District") and Keel Pumps Inc. ("Keel").';
const TERM = '2. Term. This Agreement shall be for a term of ten (10) years from the Effective Date.';
const BODY = ['1. Supply. Keel shall supply pumps to the District as the District orders them.', TERM, '3. Price. The District shall pay each invoice within thirty days.'];
const WITNESS = 'IN WITNESS WHEREOF, the parties have signed this Agreement on the dates written below.';
const signer = (name: string, date = 'Date:'): string[] => [name, 'By: ______________________', 'Name:', `Title: ${date}`];

const PROBES: Probe[] = [
  // --- fired: the signers' "Date:" fields left empty, nothing else dating the contract
  p('by-signature-empty-date-fields', k(TITLE, BY_SIGNATURE, ...BODY, WITNESS, ...signer('RIVERBEND UTILITY DISTRICT'), ...signer('KEEL PUMPS INC.')), { agreementDate: '____', effectiveDate: '____', expiration: '____ + 10 years' }),
  p('undated-run-on-signature-fields', k(TITLE, UNDATED, ...BODY, 'RIVERBEND UTILITY DISTRICT KEEL PUMPS INC.', 'By: By: Name: Name: Title: Title: Date: Date:'), { agreementDate: '____' }),
  // --- not fired: a signature dated, the opening's own date, or an empty "Date:" that is no signer's field
  p('by-signature-dated-field', k(TITLE, BY_SIGNATURE, ...BODY, WITNESS, ...signer('RIVERBEND UTILITY DISTRICT'), ...signer('KEEL PUMPS INC.', 'Date: June 2, 2015')), { agreementDate: '2015-06-02', effectiveDate: '2015-06-02' }),
  p('opening-dated-empty-fields', k(TITLE, DATED, ...BODY, WITNESS, ...signer('RIVERBEND UTILITY DISTRICT'), ...signer('KEEL PUMPS INC.')), { agreementDate: '2015-05-04' }),
  p('empty-date-in-a-schedule', k(TITLE, UNDATED, ...BODY, WITNESS, 'RIVERBEND UTILITY DISTRICT', 'By: /s/ Ann Roe', 'KEEL PUMPS INC.', 'By: /s/ Bo Tran', 'SCHEDULE A', 'Pump model:', 'Serial number:', 'Delivery address:', 'Inspection report:', 'Inspected on the site of the District.', 'Date:'), { agreementDate: null }),
];

runProbes('emptyDateFields35k: signature date fields left empty', PROBES);

/** Enough clauses that the signatures stand past the opening's blocks, as in a contract of some length. */
const LONG = Array.from({ length: 40 }, (_, i) => `${i + 4}. Clause ${i + 4}. Keel shall deliver the pumps listed in Schedule ${i + 1} to the District within thirty days of each order.`);
const EFFECTIVE = 'This Agreement is effective March 1, 2015 between Riverbend Utility District ("District") and Keel Pumps Inc. ("Keel").';

const RUN_ON_PROBES: Probe[] = [
  // The last clause, "IN WITNESS WHEREOF" and the signatures run into one paragraph (a text that lost its line
  // breaks): a date in the clause before those words is not a signature's, the "Date:" fields after them are.
  p('clause-date-before-witness-words', k(TITLE, EFFECTIVE, ...BODY, ...LONG, '44. Quality. The parties shall keep in force the Quality Agreement entered into as of June 9, 2016. IN WITNESS WHEREOF, the parties have signed this Agreement. RIVERBEND UTILITY DISTRICT By: /s/ Ann Roe Name: Ann Roe Date: March 3, 2015 KEEL PUMPS INC. By: /s/ Bo Tran Name: Bo Tran Date: March 5, 2015'), { agreementDate: '2015-03-05' }),
  p('witness-words-own-date', k(TITLE, EFFECTIVE, ...BODY, ...LONG, '44. Quality. The parties shall keep in force the Quality Agreement entered into as of June 9, 2016. IN WITNESS WHEREOF, the parties have signed this Agreement as of March 4, 2015. RIVERBEND UTILITY DISTRICT By: /s/ Ann Roe KEEL PUMPS INC. By: /s/ Bo Tran'), { agreementDate: '2015-03-04' }),
];

runProbes('emptyDateFields35k: the signatures run into the last clause', RUN_ON_PROBES);
