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
