/**
 * Probes for two gaps in the agreement date that session 29's rewrites showed (tests/eval/perturb.ts): a contents page
 * set before the opening, each entry on a line of its own, whose entry naming the agreement ("2. SCOPE OF AGREEMENT
 * ....... 1") was taken for the opening sentence (toc-cover+typeset-pdf); and a definitions list run into one block,
 * where a definition of another instrument with its date of signing ("“Framework Agreement” the agreement signed by the
 * Parties on …") was taken for this agreement's date. Each contract is invented and read from plain text.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'COURIER SERVICES AGREEMENT';
const PARTIES = 'Marrow Freight Ltd, a company registered in Leeds ("Marrow"), and Tindle Print Works plc ("Tindle")';
const contents = (dots: boolean): string[] =>
  ['RECITALS', 'SCOPE OF AGREEMENT', 'COLLECTION AND DELIVERY', 'CHARGES', 'LIABILITY', 'TERM OF THE AGREEMENT', 'NOTICES', 'GENERAL'].map(
    (h, i) => `${i + 1}. ${h}${dots ? ` ${'.'.repeat(30)} ` : ' '}${1 + Math.floor(i / 3)}`,
  );
const EFFECTIVE_OPENING = `This Courier Services Agreement (the "Agreement") is effective as from the 3rd day of March, 2014, by and between ${PARTIES}.`;
const FOLLOWS = 'Marrow and Tindle agree as follows:';
const BODY = ['1. Services. Marrow shall collect parcels from Tindle\'s works each weekday.', '2. Charges. Tindle shall pay the charges in Schedule 1.'];
const UNDATED_SIGNATURES = 'IN WITNESS WHEREOF, the parties have signed this Agreement.\n\nMARROW FREIGHT LTD\n\nBy: ____________\n\nTINDLE PRINT WORKS PLC\n\nBy: ____________';
const DATED_SIGNATURES = 'IN WITNESS WHEREOF, the parties have signed this Agreement.\n\nMARROW FREIGHT LTD\n\nBy: /s/ Jo Peel\n\nDate: 9 May 2018\n\nTINDLE PRINT WORKS PLC\n\nBy: /s/ Sam Vey\n\nDate: 11 May 2018';

const PROBES: Probe[] = [
  // --- a contents page before the opening: its entry that names the agreement is not the opening
  p('contents-dot-leaders-before-opening', k(TITLE, 'TABLE OF CONTENTS', ...contents(true), EFFECTIVE_OPENING, FOLLOWS, ...BODY), { agreementDate: '2014-03-03' }),
  p('contents-page-numbers-before-opening', k(TITLE, 'CONTENTS', ...contents(false), EFFECTIVE_OPENING, FOLLOWS, ...BODY), { agreementDate: '2014-03-03' }),
  // The entries run together into one block.
  p('contents-run-together-before-opening', k(TITLE, 'TABLE OF CONTENTS', contents(true).join(' '), EFFECTIVE_OPENING, FOLLOWS, ...BODY), { agreementDate: '2014-03-03' }),
  // A long contents page with the parties set on lines of their own under the opening.
  p(
    'long-contents-parties-listed',
    k(TITLE, 'TABLE OF CONTENTS', ...contents(true), ...contents(true), ...contents(true), 'This Courier Services Agreement (the "Agreement") is effective as from 3 March 2014 by and between:', 'MARROW FREIGHT LTD, a company registered in Leeds ("Marrow"),', 'AND', 'TINDLE PRINT WORKS PLC ("Tindle").', FOLLOWS, ...BODY),
    { agreementDate: '2014-03-03' },
  ),
  // Without a contents page, as before.
  p('no-contents', k(TITLE, EFFECTIVE_OPENING, FOLLOWS, ...BODY), { agreementDate: '2014-03-03' }),
];

runProbes('dates29: a contents page before the opening', PROBES);
