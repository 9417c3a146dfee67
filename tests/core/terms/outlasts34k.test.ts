/**
 * Probes for duties that outlast the contract (session 34): a clause that keeps confidentiality running "for five
 * years after termination of this Agreement" and "in perpetuity" for trade secrets says how long the duties last
 * after the end, not that the contract has none, even without the word "survive". Invented contracts, read from
 * plain text; checked both ways.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'SUPPLY AGREEMENT';
const OPENING = 'This Supply Agreement is made as of March 3, 2015 between Acme Widgets Inc. ("Acme") and Bolt Trading Ltd. ("Bolt").';
const SUPPLY = '1. Supply. Acme shall supply widgets to Bolt on the terms of this Agreement.';
const AFTER_END = '8. Confidentiality. The confidentiality and non-use obligations in this Agreement shall continue for the duration of this Agreement and for five (5) years after termination or expiry of this Agreement, provided that trade secrets shall remain confidential in perpetuity.';

const PROBES: Probe[] = [
  // --- the duties' "in perpetuity" after the end is not the contract's term
  p('confidentiality-after-termination-in-perpetuity', k(TITLE, OPENING, SUPPLY, AFTER_END), { expiration: null }),
  p('confidentiality-following-expiry-indefinitely', k(TITLE, OPENING, SUPPLY, '8. Confidentiality. Each party shall keep the other party\'s information secret during the term of this Agreement and indefinitely following expiration of this Agreement.'), { expiration: null }),
  // --- the contract's own term read instead, when it has one
  p('contract-until-terminated-beside-duties', k(TITLE, OPENING, SUPPLY, '9. Term. This Agreement shall continue in force until terminated in accordance with Section 10.', AFTER_END), { expiration: 'perpetual' }),
  // --- still fired: the contract itself without an end
  p('contract-in-perpetuity', k(TITLE, OPENING, SUPPLY, '9. Term. This Agreement shall continue in perpetuity unless the parties agree in writing to end it.'), { expiration: 'perpetual' }),
];

runProbes('outlasts34k: duties that run on after the contract ends', PROBES);
