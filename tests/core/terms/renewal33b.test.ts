/**
 * Probes for an extension offered as a remedy for a party's failure to perform (session 33): "In the event that the
 * Publisher fails to deliver the impressions, the Sponsor shall have the option of (a) extending the Term for an
 * additional three (3) month period to make good …" is no renewal; a failure to give notice of non-renewal is still a
 * renewal's condition. Each contract is invented and read from plain text.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'SPONSORSHIP AGREEMENT';
const OPENING = 'This Sponsorship Agreement is made as of June 1, 2010 by and between Acme Media Inc. ("Acme") and Bolt Foods LLC ("Bolt").';
const TERM = '1. Term. The Initial Term of this Agreement begins on June 1, 2010 and ends on May 31, 2011.';
const MAKE_GOOD =
  '2. Shortfall. In the event that Acme fails to deliver the guaranteed impressions during the Initial Term, Bolt shall have the option of (a) extending the Initial Term for an additional three (3) month period to make good the shortfall or (b) requiring Acme to refund a share of the fee.';
const MAKE_GOOD_IF = '2. Shortfall. (ii) If Acme failed to air the spots in any month, Bolt may extend the Initial Term by one (1) month for each month missed.';
const RENEWAL = '3. Renewal. This Agreement shall automatically renew for successive one (1) year terms unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.';
const FAILS_TO_GIVE_NOTICE =
  '3. Renewal. If either party fails to give written notice of non-renewal at least sixty (60) days before the end of the Initial Term, this Agreement shall automatically renew for successive one (1) year terms.';

const PROBES: Probe[] = [
  // --- a remedy for a failure to perform is no renewal
  p('make-good-extension-only', k(TITLE, OPENING, TERM, MAKE_GOOD), { renewal: null, renewalNotice: null }),
  p('make-good-extension-if-failed', k(TITLE, OPENING, TERM, MAKE_GOOD_IF), { renewal: null }),
  // --- not fired: the contract's own renewal beside it stands, and a failure to give notice is a renewal's condition
  p('make-good-beside-renewal', k(TITLE, OPENING, TERM, MAKE_GOOD, RENEWAL), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('fails-to-give-notice-renews', k(TITLE, OPENING, TERM, FAILS_TO_GIVE_NOTICE), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
];

runProbes('renewal33b: an extension as a remedy for a failure to perform', PROBES);
