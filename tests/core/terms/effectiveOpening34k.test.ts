/**
 * Probes for an opening that gives only the day the contract takes effect (session 34): "This Agreement is
 * effective July 1, 1998 ("Effective Date") between …", no date of making, the signatures dated after it. The
 * contract is made on the last signature; the effective date stays the opening's. Invented contracts, read
 * from plain text; checked both ways.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'DISTRIBUTOR AGREEMENT';
const PARTIES = 'between Acme Widgets Inc. ("Acme") and Bolt Trading LLC ("Distributor").';
const BODY = ['1. Appointment. Acme appoints Distributor as a non-exclusive distributor of its widgets.', '2. Term. The term of this Agreement is one year from the Effective Date.'];
const signed = (first: string, second: string): string[] => [
  'IN WITNESS WHEREOF, the parties have signed this Agreement.',
  'ACME WIDGETS INC.',
  'By: /s/ Ann Lee',
  `Date: ${first}`,
  'BOLT TRADING LLC',
  'By: /s/ Bo Tran',
  `Date: ${second}`,
];

const PROBES: Probe[] = [
  // --- fired: only an effective date in the opening, the last signature later
  p('effective-only-later-signature', k(TITLE, `This Agreement is effective July 1, 1998 ("Effective Date") ${PARTIES}`, ...BODY, ...signed('July 1, 1998', 'July 7, 1998')), { agreementDate: '1998-07-07', effectiveDate: '1998-07-01' }),
  p('effective-as-of-later-signature', k(TITLE, `This Agreement is effective as of March 1, 2012 ${PARTIES}`, ...BODY, ...signed('March 9, 2012', 'March 12, 2012')), { agreementDate: '2012-03-12', effectiveDate: '2012-03-01' }),
  p('takes-effect-from-later-signature', k(TITLE, `This Agreement takes effect from March 1, 2012 and is ${PARTIES}`, ...BODY, ...signed('March 9, 2012', 'March 12, 2012')), { agreementDate: '2012-03-12' }),
  // --- not fired: the opening dates the making too, or no signature is later
  p('made-and-effective-later-signature', k(TITLE, `This Agreement is made and effective as of July 1, 1998 ${PARTIES}`, ...BODY, ...signed('July 1, 1998', 'July 7, 1998')), { agreementDate: '1998-07-01' }),
  p('entered-into-effective-later-signature', k(TITLE, `This Agreement is entered into effective July 1, 1998 ${PARTIES}`, ...BODY, ...signed('July 1, 1998', 'July 7, 1998')), { agreementDate: '1998-07-01' }),
  p('effective-only-earlier-signatures', k(TITLE, `This Agreement is effective July 10, 1998 ("Effective Date") ${PARTIES}`, ...BODY, ...signed('July 1, 1998', 'July 7, 1998')), { agreementDate: '1998-07-10' }),
  p('effective-only-undated-signatures', k(TITLE, `This Agreement is effective July 1, 1998 ("Effective Date") ${PARTIES}`, ...BODY, ...signed('______', '______')), { agreementDate: '1998-07-01' }),
];

runProbes('effectiveOpening34k: an opening dated only by its effect, signed later', PROBES);
