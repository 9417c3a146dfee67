/**
 * Where a lawyer would give no agreement or effective date, and where one would (session 39): a form's date left
 * blank is reported as a blank (never as a date), dates on a filing legend, a page header or footer, a notary's
 * acknowledgment, a recital's event or a received stamp date nothing, while a date line under the title, the
 * signatures' dates and a joint filing's "Dated:" line date the contract. Also one rule: a date of making left
 * blank and an effective date written in full right after it ("dated as of ____, 2015, but made effective as of
 * April 3, 2015") give that effective date as the agreement date. Every contract is invented and read from plain
 * text; the rule is checked both ways.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { monthAndYearAtEnd } from '../../../electron/core/terms/date';
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'ORCHARD AGREEMENT';
/** Enough clauses that the signatures stand well past the opening, as in a contract of some length. */
const BODY = Array.from({ length: 40 }, (_, i) => `${i + 1}. Clause ${i + 1}. Kestrel shall supply the seedlings set out in Schedule ${i + 1} to the Grower, and the Grower shall pay for them within thirty days.`);
const opening = (date: string): string => `This Orchard Agreement (the "Agreement") is entered into ${date} by and between Kestrel Holdings Inc., a Delaware corporation ("Kestrel"), and Northvale Growers LLC (the "Grower").`;
const SIGNED = ['IN WITNESS WHEREOF, Kestrel and the Grower sign this Orchard Agreement as of the date first written above.', 'KESTREL HOLDINGS INC.', 'By: ______________', 'NORTHVALE GROWERS LLC', 'By: ______________'];
const SIGNED_WITH_DATES = ['IN WITNESS WHEREOF, Kestrel and the Grower sign this Orchard Agreement.', 'KESTREL HOLDINGS INC.', 'By: /s/ Ann Lee', 'Date: March 3, 2015', 'NORTHVALE GROWERS LLC', 'By: /s/ Ian Roe', 'Date: March 5, 2015'];

const BLANKS: [string, string, string][] = [
  ['as-of-underscores-and-20__', 'as of ________, 20__', '________, 20__'],
  ['as-of-bullet-and-year', 'as of [●], 2020', '[●], 2020'],
  ['as-of-bullet-alone', 'as of [●]', '[●]'],
  ['day-of-blank-month-blank', 'this _____ day of ______', '_____ day of ______'],
  ['day-of-blank-with-year', 'this _____ day of ______, 2014', '_____ day of ______, 2014'],
];

describe('datePrecision39: a form date left blank is a blank, never a date', () => {
  it.each(BLANKS)('%s', async (_name, written, want) => {
    const text = k(TITLE, opening(written), ...BODY, ...SIGNED);
    const doc = await extractDocument({ bytes: new TextEncoder().encode(text), name: 'contract.txt' });
    const terms = extractKeyTerms(doc).terms;
    expect(terms.agreementDate?.value).toBe(want);
    expect(terms.agreementDate?.blank).toBe(true);
    expect(terms.effectiveDate).toBeUndefined();
  });
});

const KINDS: Probe[] = [
  // --- no date: the contract names none of its own, whatever other dates stand on its pages
  p('filing-legend-date', k('Filed with the Securities and Exchange Commission on August 9, 2016', 'Exhibit 10.2', TITLE, opening(''), ...BODY, ...SIGNED), { agreementDate: null, effectiveDate: null }),
  p('source-line-after-signatures', k('Exhibit 10.4', 'Execution Version', TITLE, opening(''), ...BODY, ...SIGNED, 'Source: KESTREL HOLDINGS INC, 10-K, 3/1/2017'), { agreementDate: null, effectiveDate: null }),
  p('page-header-printed-date', k('Printed: June 4, 2013   Page 1 of 12', TITLE, opening(''), ...BODY, ...SIGNED), { agreementDate: null, effectiveDate: null }),
  p('page-footer-revision', k(TITLE, opening(''), ...BODY.slice(0, 20), 'Kestrel/Northvale Orchard Agreement – Rev. 10/12/2018 Page 4', ...BODY.slice(20), ...SIGNED), { agreementDate: null }),
  p('received-stamp', k('RECEIVED JUN 12 2009', TITLE, opening(''), ...BODY, ...SIGNED), { agreementDate: null }),
  p('recital-event-date', k(TITLE, opening(''), 'WHEREAS, on January 5, 2010, the Grower acquired the orchards described in Schedule A;', ...BODY, ...SIGNED), { agreementDate: null }),
  p('notary-acknowledgment', k(TITLE, opening(''), ...BODY, ...SIGNED, 'STATE OF TEXAS', 'COUNTY OF HARRIS', 'On this 5th day of May, 2010, before me, a notary public, personally appeared Ann Lee, known to me to be the person who signed the foregoing instrument.'), { agreementDate: null }),
  p('effective-on-an-event', k(TITLE, opening(''), 'This Agreement shall take effect on the date on which the Grower obtains organic certification.', ...BODY, ...SIGNED), { agreementDate: null, effectiveDate: null }),
  p('dated-line-left-blank-over-signers', k(TITLE, opening(''), ...BODY, 'Dated: ________________', 'KESTREL HOLDINGS INC.', 'By: ____', 'NORTHVALE GROWERS LLC', 'By: ____'), { agreementDate: null }),
  // --- a date: the contract's own, wherever the parties wrote it
  p('dated-line-under-title', k(TITLE, 'Dated 14 February 2019', opening(''), ...BODY, ...SIGNED), { agreementDate: '2019-02-14', effectiveDate: null }),
  p('signature-dates-only', k(TITLE, opening(''), ...BODY, ...SIGNED_WITH_DATES), { agreementDate: '2015-03-05', effectiveDate: null }),
  p('effective-on-signing-signature-dates', k(TITLE, opening(''), 'This Agreement shall become effective upon its signature by both parties.', ...BODY, ...SIGNED_WITH_DATES), { agreementDate: '2015-03-05', effectiveDate: '2015-03-05' }),
  p('joint-filing-dated-line', k('JOINT FILING AGREEMENT', 'The undersigned agree that the statement on Schedule 13D to which this agreement is attached is filed on behalf of each of them.', 'Dated: July 7, 2019', 'KESTREL HOLDINGS INC.', 'By: /s/ Ann Lee', 'NORTHVALE GROWERS LLC', 'By: /s/ Ian Roe'), { agreementDate: '2019-07-07' }),
  p('exhibit-form-blank-after-signatures', k(TITLE, opening('as of March 2, 2011'), ...BODY, ...SIGNED, 'EXHIBIT B', 'FORM OF PURCHASE ORDER', 'This Purchase Order is dated as of ____________, 20__ and is issued under the Orchard Agreement.'), { agreementDate: '2011-03-02' }),
];

runProbes('datePrecision39: dates a lawyer would and would not give', KINDS);

const dated = (written: string): string => k(TITLE, `THIS ORCHARD AGREEMENT (the "Agreement") is dated as of ${written} between Kestrel Holdings Inc. ("Kestrel") and Northvale Growers LLC (the "Grower").`, ...BODY.slice(0, 12));

const BLANK_THEN_EFFECTIVE: Probe[] = [
  // --- fired: the date of making left blank, an effective date written in full right after it
  p('blank-but-made-effective', dated('this ____ day of __________, 2015, but made effective as of April 3, 2015 ("Effective Date")'), { agreementDate: '2015-04-03', effectiveDate: '2015-04-03' }),
  p('blank-and-effective-day-of', dated('__________, 2015, and effective as of the 3rd day of April, 2015'), { agreementDate: '2015-04-03' }),
  // --- not fired: the effective date blank too, set apart by other words, another agreement's date, or a date of making written in full
  p('blank-then-effective-blank', dated('__________, 2015, but made effective as of ________, 2015'), { agreementDate: '__________, 2015' }),
  p('blank-then-effective-on-event', dated('__________, 2015, but made effective as of the date on which the Grower delivers its first crop, expected on April 3, 2015'), { agreementDate: '__________, 2015' }),
  p('blank-then-other-agreement-date', dated('__________, 2015, under the Master Agreement dated April 3, 2015'), { agreementDate: '__________, 2015' }),
  p('filled-then-effective', dated('March 1, 2015, but made effective as of April 3, 2015'), { agreementDate: '2015-03-01', effectiveDate: '2015-04-03' }),
];

runProbes('datePrecision39: a blank date of making, then an effective date in full', BLANK_THEN_EFFECTIVE);

describe('datePrecision39: a month and year ending a cover line', () => {
  it('is a date given to the month alone after no day ("Orchard Agreement July 2013")', () => {
    expect(monthAndYearAtEnd('Kestrel Holdings Orchard Agreement July 2013')).toBe('July 2013');
    expect(monthAndYearAtEnd('KESTREL HOLDINGS ORCHARD AGREEMENT JULY 2013')).toBe('JULY 2013');
  });
  it('is part of a whole date after a day written as an ordinal ("1st MARCH 2001")', () => {
    expect(monthAndYearAtEnd('START DATE FOR PRUNING UNDER THIS ADDENDUM: 1st MARCH 2001')).toBeUndefined();
    expect(monthAndYearAtEnd('Kestrel Holdings Orchard Agreement 3rd July 2013')).toBeUndefined();
    expect(monthAndYearAtEnd('Kestrel Holdings Orchard Agreement 22ND JULY 2013')).toBeUndefined();
  });
});

const AMENDMENT = 'FIRST AMENDMENT TO ORCHARD AGREEMENT';
const PARTIES = 'between Kestrel Holdings Inc. ("Kestrel") and Northvale Growers LLC (the "Grower")';
const CHANGE = '1. Section 4 of the Orchard Agreement is deleted and the price of each seedling is two dollars.';

const OTHER_THINGS_EFFECTIVE: Probe[] = [
  // --- not fired: another agreement's start, a termination's, a recital's licence
  p('amends-agreement-effective-as-of', k(AMENDMENT, `This First Amendment amends the Orchard Agreement, effective as of May 1, 2010 (the "Original Agreement"), ${PARTIES}.`, CHANGE, ...SIGNED), { agreementDate: null, effectiveDate: null }),
  p('termination-effective-in-a-clause', k(TITLE, opening(''), ...BODY, '41. Ending. Either party may end this Agreement by notice; termination shall be effective as of June 30, 2012.', ...SIGNED), { agreementDate: null, effectiveDate: null }),
  p('recital-licence-effective', k(TITLE, opening(''), 'WHEREAS, Kestrel holds a licence from the county effective as of April 1, 2009;', ...BODY, ...SIGNED), { agreementDate: null, effectiveDate: null }),
  // --- fired: the amendment's own start, the contract's own start in a clause or a recital
  p('amendment-effective-before-amends', k(AMENDMENT, `This First Amendment, effective as of June 1, 2012, amends the Orchard Agreement ${PARTIES}.`, CHANGE, ...SIGNED), { agreementDate: '2012-06-01', effectiveDate: '2012-06-01' }),
  p('agreement-effective-in-a-clause', k(TITLE, opening(''), ...BODY, '41. Start. This Agreement shall become effective on July 1, 2014.', ...SIGNED), { effectiveDate: '2014-07-01' }),
  p('recital-agreement-to-be-effective', k(TITLE, opening(''), 'WHEREAS, the parties intend this Agreement to be effective as of April 1, 2009;', ...BODY, ...SIGNED), { effectiveDate: '2009-04-01' }),
];

runProbes('datePrecision39: dates on which other things take effect', OTHER_THINGS_EFFECTIVE);
