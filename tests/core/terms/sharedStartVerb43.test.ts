/**
 * A term sentence whose length shares the "shall" of its start ("This Agreement shall commence on … and continue for
 * three (3) years") states the contract's own length, also when it goes on to renew and to a notice given before the
 * end of the then-current term: the notice does not turn it into a sentence that only mentions the term. A length given
 * to something else than the contract, under the same notice, is still not the term. Invented contracts, read from
 * plain text.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'DISTRIBUTION AGREEMENT';
const OPENING = 'This Distribution Agreement is made as of June 2, 2014 between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").';
const GOODS = '1. Appointment. Nordlicht appoints Harbor as its distributor of the Products in the Territory.';
const term = (sentence: string): string => k(TITLE, OPENING, GOODS, `9. Term. ${sentence}`);

const PROBES: Probe[] = [
  p('commence-and-continue-then-renew', term('This Agreement shall commence on the date hereof and continue for three (3) years, and shall automatically renew for successive one-year periods unless either party gives written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.'), { expiration: '2017-06-02', renewalNotice: '60 days' }),
  p('begin-and-remain-in-force', term('This Agreement will begin on the date hereof and remain in force for a period of two (2) years, and will renew for further one-year periods unless notice is given ninety (90) days before the end of the then current term.'), { expiration: '2016-06-02' }),
  p('take-effect-and-run', term('This Agreement shall take effect on the date hereof and run for four (4) years and shall be extended automatically by twelve (12) months at a time unless notice of termination is given at least six (6) months before the end of the then current term.'), { expiration: '2018-06-02' }),
  p('enter-into-force-and-be-valid', term('This Agreement shall enter into force on the date hereof and be valid for five (5) years, and shall be renewed for one (1) year periods unless either party objects in writing three (3) months prior to the expiration of the then-current term.'), { expiration: '2019-06-02' }),
  p('take-effect-and-run-alone', term('This Agreement shall take effect on the date hereof and run for four (4) years.'), { expiration: '2018-06-02' }),
  p('become-effective-and-continue', term('This Agreement shall become effective on the date hereof and continue in force for two (2) years.'), { expiration: '2016-06-02' }),
  // --- not the contract's length: a party's deliveries, with the same notice
  p('party-commences-deliveries', term('Nordlicht shall commence deliveries on the date hereof and continue for three (3) months, and either party may give notice of non-renewal at least sixty (60) days prior to the end of the then-current term.'), { expiration: null }),
  p('price-list-takes-effect', term("Nordlicht's price list shall take effect on the date hereof and remain fixed for six (6) months."), { expiration: null }),
];

runProbes('sharedStartVerb43: the contract\'s length after the "shall" of its start', PROBES);
