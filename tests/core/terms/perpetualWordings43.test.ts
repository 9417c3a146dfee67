/**
 * A contract that runs until someone ends it, in the wordings lawyers use for it besides "until terminated":
 * ended by another verb ("until cancelled"), "until such time as …", a party's or both parties' choice to end it,
 * a notice of termination served, and a term denied outright ("has no fixed term"). Each is a contract without an
 * end ("perpetual"); a term of fixed length that may be cancelled early, a renewal that runs until cancelled, and a
 * standing order or authority left open until cancelled or revoked are not. Invented contracts, read from plain text.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'DISTRIBUTION AGREEMENT';
const OPENING = 'This Distribution Agreement is made as of June 2, 2014 between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").';
const GOODS = '1. Appointment. Nordlicht appoints Harbor as its distributor of the Products in the Territory.';
const term = (sentence: string): string => k(TITLE, OPENING, GOODS, `9. Term. ${sentence}`);

const PROBES: Probe[] = [
  // --- ended by another verb than "terminate"
  p('until-cancelled-by-either-party', term('This Agreement shall continue in effect until cancelled by either party on thirty (30) days written notice.'), { expiration: 'perpetual' }),
  p('until-canceled-us-spelling', term('This Agreement shall remain in force until canceled in writing.'), { expiration: 'perpetual' }),
  p('until-discontinued', term('This Agreement shall continue until discontinued by either party.'), { expiration: 'perpetual' }),
  // --- "until such time as"
  p('until-such-time-as-party-terminates', term('This Agreement shall remain in force until such time as either party terminates it.'), { expiration: 'perpetual' }),
  p('until-such-time-as-terminated', term('This Agreement shall continue until such time as it is terminated under Section 10.'), { expiration: 'perpetual' }),
  // --- a party's choice, or both parties'
  p('until-party-elects-to-terminate', term('This Agreement shall remain in effect until either party elects to terminate it.'), { expiration: 'perpetual' }),
  p('until-one-of-the-parties-decides-to-end', term('This Agreement shall continue until either of the parties decides to end it.'), { expiration: 'perpetual' }),
  p('until-party-wishes-to-terminate', term('This Agreement shall continue in effect until a party wishes to terminate it.'), { expiration: 'perpetual' }),
  p('until-parties-mutually-agree', term('This Agreement shall continue until the parties mutually agree in writing to terminate it.'), { expiration: 'perpetual' }),
  // --- a notice served
  p('until-party-serves-notice', term('This Agreement shall remain in effect until either party serves written notice of termination on the other.'), { expiration: 'perpetual' }),
  p('until-notice-of-termination-is-given', term('This Agreement shall continue until written notice of termination is given by either party.'), { expiration: 'perpetual' }),
  // --- a term denied outright
  p('has-no-fixed-term', term('This Agreement has no fixed term.'), { expiration: 'perpetual' }),
  p('without-a-definite-term', term('This Agreement is entered into without a definite term.'), { expiration: 'perpetual' }),
  p('no-fixed-expiration-date', term('This Agreement shall commence on the Effective Date and shall have no fixed expiration date.'), { expiration: 'perpetual' }),
  // --- not fired: a length of its own, a renewal, an order or an authority
  p('fixed-length-cancellable-early', term('This Agreement shall commence on the date hereof and continue for two (2) years, unless cancelled by either party.'), { expiration: '2016-06-02' }),
  p('a-fixed-term-stated', term('This Agreement shall have a fixed term of two (2) years from the date hereof.'), { expiration: '2016-06-02' }),
  p('renewal-until-cancelled', term('This Agreement shall commence on the date hereof and continue for two (2) years. After the initial term, it shall continue from year to year until cancelled by either party.'), { expiration: '2016-06-02' }),
  p('order-open-until-cancelled', term('Each purchase order shall remain open until cancelled by Harbor.'), { expiration: null }),
  p('authority-until-revoked', term('The authority granted under this Section shall continue until revoked in writing.'), { expiration: null }),
  p('no-fixed-delivery-date', term('Purchase orders may be placed with no fixed delivery date.'), { expiration: null }),
];

runProbes('perpetualWordings43: a contract that runs until someone ends it, in other words', PROBES);
