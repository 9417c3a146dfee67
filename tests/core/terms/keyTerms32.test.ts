/**
 * Session 32: the opening's date written after its party list when the list is set out in paragraphs of its own (the
 * English "BETWEEN:" / "AND:" block, numbered parties, one party to a line), each in a short invented contract read
 * from plain text, both ways.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const AGREE = 'NOW, THEREFORE, the parties agree as follows:';
const CLAUSES = ['1. Supply. Harrow shall build and deliver the milk tanks that Quill orders.', '2. Governing Law. This Agreement shall be governed by the laws of the State of Minnesota.'];
const supply = (...opening: string[]): string => k('SUPPLY AGREEMENT', ...opening, AGREE, ...CLAUSES);

const listedThenDated: Probe[] = [
  p(
    'a "BETWEEN:" / "AND:" block, the date closing the last party\'s paragraph',
    supply('THIS SUPPLY AGREEMENT (the "Agreement") is made', 'BETWEEN:', 'Harrow Inc., a Minnesota corporation ("Harrow");', 'AND:', 'Quill LLC, a Wisconsin limited liability company ("Quill") this 7th day of September, 1999.'),
    { agreementDate: '1999-09-07' },
  ),
  p(
    'numbered parties, the last dated "as of"',
    supply('THIS SUPPLY AGREEMENT (the "Agreement") is entered into by and between:', '(1) Harrow Inc., a Minnesota corporation ("Harrow"); and', '(2) Quill LLC ("Quill"), as of September 7, 1999.'),
    { agreementDate: '1999-09-07' },
  ),
  p(
    'one party to a line after "by and between", dated after the last',
    supply('This Supply Agreement is made by and between', 'Harrow Inc. ("Harrow"),', 'and', 'Quill LLC ("Quill"), dated as of September 7, 1999.'),
    { agreementDate: '1999-09-07' },
  ),
  p(
    'a list in paragraphs with no date after it gives none',
    supply('THIS SUPPLY AGREEMENT (the "Agreement") is made', 'BETWEEN:', 'Harrow Inc. ("Harrow");', 'AND:', 'Quill LLC ("Quill").'),
    { agreementDate: null },
  ),
  p(
    'a date in the paragraph after the opening\'s full stop is not read on from it',
    supply('THIS SUPPLY AGREEMENT (the "Agreement") is made between Harrow Inc. ("Harrow") and Quill LLC ("Quill").', 'Quill LLC ("Quill") was formed as of September 7, 1999.'),
    { agreementDate: null },
  ),
  p(
    'a date after the recitals begin is not the opening\'s',
    supply('THIS SUPPLY AGREEMENT (the "Agreement") is made', 'BETWEEN:', 'Harrow Inc. ("Harrow");', 'AND:', 'Quill LLC ("Quill")', 'WHEREAS, Quill LLC ("Quill") signed a letter of intent as of September 7, 1999.'),
    { agreementDate: null },
  ),
];

runProbes('the date after a party list set out in paragraphs', listedThenDated);

const hauling = (...lines: string[]): string =>
  k('HAULING CONTRACT', 'This Hauling Contract is made by and between Harrow Inc. ("Harrow") and Quill LLC ("Hauler").', ...lines, '1. Services. Hauler shall carry the milk of Harrow from its dairies to the creamery in Eau Claire.', '2. Governing Law. This Contract shall be governed by the laws of the State of Wisconsin.');

const spanWithHour: Probe[] = [
  p(
    'a term label line whose last day ends at an hour',
    hauling('TERM OF CONTRACT From March 1, 2015 until 11:59 p.m. (Eastern Time) on February 28, 2017'),
    { effectiveDate: '2015-03-01', expiration: '2017-02-28' },
  ),
  p(
    'the term said to be its span, ending at the close of business',
    hauling('The Term is March 1, 2015 through the close of business on February 28, 2017.'),
    { effectiveDate: '2015-03-01', expiration: '2017-02-28' },
  ),
  p(
    'the term said to be its span, ending at five o\'clock local time',
    hauling('The initial term of this Contract shall be March 1, 2015 to 5:00 p.m. Central Time on February 28, 2017.'),
    { effectiveDate: '2015-03-01' },
  ),
  p(
    'a span that is not the term gives no effective date, whatever its hour',
    hauling('Pick-up window: March 1, 2015 until 11:59 p.m. (Eastern Time) on March 3, 2015'),
    { effectiveDate: null },
  ),
  p(
    'a first date followed by an hour and other words is not a span',
    hauling('TERM OF CONTRACT From March 1, 2015 until 11:59 p.m. on the day Harrow sells its last dairy, and no later than February 28, 2017'),
    { effectiveDate: null },
  ),
];

runProbes('a span whose last day ends at an hour', spanWithHour);
