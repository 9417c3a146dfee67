/**
 * Layouts and clause orders the session 30 rewrites showed (tests/eval/perturb.ts: double-spaced, running-headers,
 * numbering-styles, renewal-condition-first, opening-date-after-parties, date-no-comma, term-commence-end, law-caps),
 * each in a short invented contract read from plain text.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/core/documents/text/extractText';
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';
import { wrapLines } from '../../eval/perturb';

const TITLE = 'EQUIPMENT MAINTENANCE AGREEMENT';
const OPENING =
  'This Equipment Maintenance Agreement (this "Agreement") is made as of April 9, 2013 by and between Harrowgate Instruments, Inc., a Delaware corporation ("Harrowgate"), and Quenby Mills LLC, an Ohio limited liability company ("Customer").';
const RECITAL = 'WHEREAS, Customer operates looms and spinning frames that Harrowgate services at its plant in Lorain, and the parties wish to set out the terms of that service.';
const TERM =
  '7. Term. The initial term of this Agreement shall be three (3) years from the date hereof, and this Agreement shall renew automatically for successive one (1) year periods unless either party notifies the other in writing at least ninety (90) days before the end of the then-current term that it does not wish to renew.';
const LAW = '12. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Ohio, without regard to its conflict of laws principles.';
const FILLER = [
  '2. Services. Harrowgate shall inspect, clean and adjust each listed machine once every calendar quarter and shall repair any fault reported by Customer within five business days of the report.',
  '3. Fees. Customer shall pay the fees set out in the schedule within thirty days of each invoice; overdue sums bear interest at one percent per month until paid.',
  '4. Parts. Harrowgate shall supply genuine or equivalent replacement parts at its list price less ten percent, and shall keep a stock of common wear parts at its depot in Elyria.',
  '5. Access. Customer shall give Harrowgate\'s technicians safe access to the machines during ordinary working hours and shall name one person on site to sign each service report.',
  '6. Warranty. Harrowgate warrants its workmanship for ninety days after each visit and shall redo, without charge, any work that fails within that time through its fault.',
];
const WANT = { title: 'EQUIPMENT MAINTENANCE AGREEMENT', agreementDate: '2013-04-09', renewal: '1 year each, automatic*', renewalNotice: '90 days', governingLaw: 'Ohio*' } as const;
const CONTRACT = k(TITLE, OPENING, RECITAL, 'NOW, THEREFORE, Harrowgate and Customer agree as follows:', FILLER[0]!, FILLER[1]!, FILLER[2]!, FILLER[3]!, FILLER[4]!, TERM, LAW);

/** The paragraphs the text reader gives, in order. */
function paragraphs(text: string): string[] {
  return extractText(new TextEncoder().encode(text)).pages.flatMap((page) => page.units.map((u) => u.text));
}

describe('a double-spaced typescript read as text', () => {
  it('joins the lines of each paragraph across the blank line after each, and keeps paragraphs and short lines apart', () => {
    const units = paragraphs(wrapLines(CONTRACT, 70).replace(/\n/g, '\n\n'));
    expect(units).toContain(TERM);
    expect(units).toContain(LAW);
    expect(units[0]).toBe(TITLE);
  });

  it('also where paragraphs are kept apart by a single blank line, as the lines are', () => {
    const units = paragraphs(wrapLines(CONTRACT.replace(/\n\n/g, '\n'), 70).replace(/\n/g, '\n\n'));
    expect(units).toContain(TERM);
    expect(units).toContain(OPENING);
  });

  it('leaves a text of long paragraph lines as it is', () => {
    const units = paragraphs(CONTRACT);
    expect(units).toContain(TERM);
    expect(units).toContain(FILLER[0]);
  });
});

describe('running headers and footers in a text with page breaks', () => {
  const paged = (text: string): string => {
    const pieces = text.split(/(?<=receivables|five business|ordinary working|renew automatically for)/);
    return pieces.map((piece, i) => (i === 0 ? piece : `\n\n- ${i} -\n\fHARROWGATE / QUENBY CONFIDENTIAL\n\n${piece.replace(/^ /, '')}`)).join('');
  };

  it('drops the repeated header and the page number between the halves of a sentence', () => {
    const units = paragraphs(paged(CONTRACT));
    expect(units.some((u) => /CONFIDENTIAL|^- \d -$/.test(u))).toBe(false);
  });

  it('keeps the first page\'s title and a line that is not repeated', () => {
    const units = paragraphs(paged(CONTRACT));
    expect(units[0]).toBe(TITLE);
    expect(units).toContain(LAW);
  });
});

const probes: Probe[] = [
  p('plain', CONTRACT, WANT),
  p('double-spaced, paragraphs three blank lines apart', wrapLines(CONTRACT, 68).replace(/\n/g, '\n\n'), WANT),
  p('double-spaced, paragraphs one blank line apart', wrapLines(CONTRACT.replace(/\n\n/g, '\n'), 68).replace(/\n/g, '\n\n'), WANT),
  p(
    'running header and page numbers at page breaks inside sentences',
    CONTRACT.replace('at least ninety', 'at least\n\nPage 1 of 3\n\fMaintenance Agreement - Confidential\n\nninety').replace('the State of', 'the\n\nPage 2 of 3\n\fMaintenance Agreement - Confidential\n\nState of'),
    WANT,
  ),
];

runProbes('session 30 rewrites: layouts', probes);

// law-caps: the governing-law sentence set in capitals
const lawCaps = (law: string): string => k(TITLE, OPENING, 'NOW, THEREFORE, Harrowgate and Customer agree as follows:', FILLER[0]!, TERM, `12. Governing Law. ${law}`);
runProbes('session 30 rewrites: governing law in capitals', [
  p('"GOVERNED BY ENGLISH LAW"', lawCaps('THIS AGREEMENT IS GOVERNED BY ENGLISH LAW AND THE PARTIES SUBMIT TO THE COURTS OF LONDON.'), { governingLaw: 'England and Wales' }),
  p('"CONSTRUED IN ACCORDANCE WITH SWISS LAW"', lawCaps('THE PARTIES AGREE THAT THIS AGREEMENT SHALL BE CONSTRUED IN ACCORDANCE WITH SWISS LAW.'), { governingLaw: 'Switzerland' }),
  p('"GOVERNED BY THE REGULATIONS OF COLOMBIAN PRIVATE LAW"', lawCaps('THE RELATION ESTABLISHED HEREBY IS COMMERCIAL AND IS GOVERNED BY THE REGULATIONS OF COLOMBIAN PRIVATE LAW.'), { governingLaw: 'Colombia' }),
  p('"THE LAWS OFTHE STATE OFOHIO", a text layer that lost its spaces', lawCaps('THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OFTHE STATE OFOHIO.'), { governingLaw: 'Ohio, United States' }),
  p('"THE LAWS OF THE STATE OF OHIO"', lawCaps('THIS AGREEMENT SHALL BE GOVERNED BY AND CONSTRUED IN ACCORDANCE WITH THE LAWS OF THE STATE OF OHIO.'), { governingLaw: 'Ohio, United States' }),
  p('English law in ordinary case still', lawCaps('This Agreement and any dispute arising from it are governed by English law.'), { governingLaw: 'England and Wales' }),
]);

// opening-date-after-parties: the opening's date set after its party list
const PARTIES = 'Harrowgate Instruments, Inc., a Delaware corporation with offices at 41 Canal Str. 9, Akron, Ohio ("Harrowgate"), and Quenby Mills LLC, an Ohio limited liability company ("Customer")';
const dateAfter = (opening: string, ...rest: string[]): string => k(TITLE, opening, ...rest, RECITAL, 'NOW, THEREFORE, Harrowgate and Customer agree as follows:', FILLER[0]!, TERM, LAW);
runProbes('session 30 rewrites: the opening\'s date after the parties', [
  p('", as of DATE (the "Effective Date")"', dateAfter(`This Equipment Maintenance Agreement (the "Agreement") is made by and between ${PARTIES}, as of April 9, 2013 (the "Effective Date").`), { agreementDate: '2013-04-09', effectiveDate: '2013-04-09' }),
  p('", effective DATE", with another agreement dated later on', dateAfter(`This Equipment Maintenance Agreement (the "Agreement") is entered into by and between ${PARTIES}, effective April 9, 2013.`, 'Harrowgate serviced the same machines under Service Agreements dated March 3, 2004 and June 2, 2008.'), { agreementDate: '2013-04-09' }),
  p('", dated as of DATE"', dateAfter(`This Equipment Maintenance Agreement is made between ${PARTIES}, dated as of April 9, 2013.`), { agreementDate: '2013-04-09' }),
  p('", this Nth day of Month, YYYY"', dateAfter(`THIS AMENDMENT is made and entered into by and between ${PARTIES}, this 9th day of April, 2013.`), { agreementDate: '2013-04-09' }),
]);
runProbes('session 30 rewrites: an effective date after the parties', [
  p('", effective DATE, who …"', dateAfter(`This amendment to the Equipment Maintenance Agreement is made by and between ${PARTIES}, effective April 9, 2013, who are the parties to that agreement.`), { effectiveDate: '2013-04-09' }),
]);

// term-commence-end: a term between two dates said the other way
const termSpan = (term: string): string => k(TITLE, OPENING, 'NOW, THEREFORE, Harrowgate and Customer agree as follows:', FILLER[0]!, `7. Term. ${term}`, LAW);
runProbes('session 30 rewrites: a term between two dates', [
  p('"shall commence on X and end on Y"', termSpan('The term of this Agreement (the "Term") shall commence on May 1, 2013 and end on April 30, 2015.'), { effectiveDate: '2013-05-01', expiration: '2015-04-30' }),
  p('"shall run from X to and including Y"', termSpan('The term of this Agreement (the "Term") shall run from May 1, 2013 to and including April 30, 2015.'), { effectiveDate: '2013-05-01', expiration: '2015-04-30' }),
]);
runProbes('session 30 rewrites: an effective date after the parties, for all purposes', [
  p('", effective for all purposes and in all respects as of the Nth day of …"', dateAfter(`THIS SECOND AMENDMENT (this "Amendment") is made and entered into by and between ${PARTIES}, effective for all purposes and in all respects as of the 9th day of April, 2013.`), { effectiveDate: '2013-04-09', agreementDate: '2013-04-09' }),
]);
runProbes('session 30 rewrites: a term span in a label, said with "commencing on … and ending on …"', [
  p('"TERM OF SERVICE Commencing on X and ending on Y"', k(TITLE, OPENING, 'SCHEDULE 1', 'MACHINES Four ring frames and two looms at the Lorain plant', 'TERM OF SERVICE Commencing on May 1, 2013 and ending on April 30, 2015', LAW), { effectiveDate: '2013-05-01', expiration: '2015-04-30' }),
  p('"TERM OF SERVICE From X until Y" still', k(TITLE, OPENING, 'SCHEDULE 1', 'MACHINES Four ring frames and two looms at the Lorain plant', 'TERM OF SERVICE From May 1, 2013 until April 30, 2015', LAW), { effectiveDate: '2013-05-01', expiration: '2015-04-30' }),
  p('"Terms of the engagement: 20 weeks commencing on X and ending on Y"', k(TITLE, OPENING, 'NOW, THEREFORE, Harrowgate and Customer agree as follows:', '1. Timing. Harrowgate shall refit the looms in stages. Terms of the engagement: 20 weeks commencing on May 1, 2013 and ending on September 17, 2013. Customer shall keep the looms idle during each stage.', LAW), { expiration: '2013-09-17' }),
]);
