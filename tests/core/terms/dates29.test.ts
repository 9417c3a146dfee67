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
const EFFECTIVE_OPENING = `This Courier Services Agreement (the "Agreement") takes effect on the 3rd day of March, 2014, as between ${PARTIES}.`;
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
    k(TITLE, 'TABLE OF CONTENTS', ...contents(true), ...contents(true), ...contents(true), 'This Courier Services Agreement (the "Agreement") takes effect on 3 March 2014 as between:', 'MARROW FREIGHT LTD, a company registered in Leeds ("Marrow"),', 'AND', 'TINDLE PRINT WORKS PLC ("Tindle").', FOLLOWS, ...BODY),
    { agreementDate: '2014-03-03' },
  ),
  // Without a contents page, as before.
  p('no-contents', k(TITLE, EFFECTIVE_OPENING, FOLLOWS, ...BODY), { agreementDate: '2014-03-03' }),
];

runProbes('dates29: a contents page before the opening', PROBES);

// --- a definition of another instrument, with the date it was signed, in a definitions list run into one block
const UNDATED_OPENING = `This Courier Services Agreement (the "Agreement") takes effect when the last of the parties signs it (the "Effective Date") as between ${PARTIES}.`;
const definitions = (framework: string): string =>
  `In this Agreement: 2.1 "Parcel" means any packet of printed matter up to 20 kilograms. 2.2 ${framework} 2.3 "Works" means Tindle's print works at Mill Lane, Otley. 2.4 "Working Day" means Monday to Friday, bank holidays in England excepted.`;
const withDefinitions = (framework: string, signatures: string): string =>
  k(TITLE, UNDATED_OPENING, FOLLOWS, '1. Services. Marrow shall collect parcels from the Works each Working Day.', '2. Definitions', definitions(framework), '3. Charges. Tindle shall pay the charges in Schedule 1.', signatures);

const OTHER_INSTRUMENT: Probe[] = [
  // No verb between the defined name and its meaning, as a list set in a hurry writes it.
  p('definition-without-means-signed-on', withDefinitions('"Framework Agreement" the framework deal for haulage that Marrow and Tindle signed on the 14th day of June, 2016.', UNDATED_SIGNATURES), { agreementDate: null, effectiveDate: null }),
  p('definition-with-colon-executed-on', withDefinitions('"Haulage Terms": the standing terms of carriage executed by Marrow and Tindle on 14 June 2016.', UNDATED_SIGNATURES), { agreementDate: null, effectiveDate: null }),
  p('definition-without-means-dated', withDefinitions('"Master Haulage Agreement" a master haulage agreement dated 14 June 2016 for Tindle\'s northern depots.', UNDATED_SIGNATURES), { agreementDate: null, effectiveDate: null }),
  p('definition-with-means-entered-into', withDefinitions('"Framework Agreement" means the framework deal Marrow and Tindle entered into on 14 June 2016.', UNDATED_SIGNATURES), { agreementDate: null, effectiveDate: null }),
  // The contract's own date elsewhere: the last signature's.
  p('definition-without-means-signatures-dated', withDefinitions('"Framework Agreement" the framework deal for haulage that Marrow and Tindle signed on the 14th day of June, 2016.', DATED_SIGNATURES), { agreementDate: '2018-05-11' }),
  // The contract's own date in its opening, as before.
  p(
    'definition-without-means-opening-dated',
    k(TITLE, `This Courier Services Agreement (the "Agreement") is made on 2 April 2019 as between ${PARTIES}.`, FOLLOWS, '2. Definitions', definitions('"Framework Agreement" the framework deal for haulage that Marrow and Tindle signed on the 14th day of June, 2016.'), UNDATED_SIGNATURES),
    { agreementDate: '2019-04-02' },
  ),
];

runProbes('dates29: a definition of another instrument and its date', OTHER_INSTRUMENT);
