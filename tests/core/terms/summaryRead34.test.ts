import { describe, expect, it } from 'vitest';
import { restOfSentenceStarts } from '../../../electron/core/terms/restOfSentence';
import { makeDoc } from './docFixture';
import { summaryPoints as points, type DocEntries as Entries } from './summaryFixture';

// Each contract here is invented for the rule it tests (session 34: C78 and C80 in tests/eval/rougeCandidates.md).

// A short joint-venture agreement whose clause 9.2 runs over a page break: `end` is the last line of
// page 1, `next` the first paragraph of page 2, and clauses of substance stand around them.
const venture = (end: string, next: string, between: readonly string[] = []): Entries => [
  { text: 'JOINT VENTURE AGREEMENT', kind: 'heading' },
  'This Joint Venture Agreement is made between Harrow Mills Ltd. (“Harrow”) and Quillon Grain Inc. (“Quillon”).',
  { text: 'Harrow shall contribute the mill at Fenby and Quillon shall contribute $250,000 in cash.', clause: '2.1' },
  { text: 'Each party shall bear half of the running costs of the mill every quarter.', clause: '3.1' },
  { text: 'The Venture shall sell its flour only to bakeries in the county of Fenby.', clause: '4.1' },
  { text: end, clause: '9.2', page: 1 },
  ...between.map((text) => ({ text, clause: '9.2', page: 2 })),
  { text: next, clause: '9.2', page: 2 },
  { text: 'Either party may end this Agreement by giving the other six months’ notice in writing.', clause: '10.1', page: 2 },
];
const CUT = 'If either party becomes insolvent, the other party may elect either to wind up the Joint';
const REST = 'Venture (and sell the mill under Article 12) or to buy the share of the insolvent party, which shall be valued by an independent valuer.';
const ids = (entries: Entries): string[] => [...restOfSentenceStarts(makeDoc(entries).blocks)];

describe('C78: a paragraph that begins where the page before stopped mid-sentence, with a capital', () => {
  it('marks the first paragraph of the next page when the line before stops on a name in running text', () => {
    expect(ids(venture(CUT, REST))).toEqual(['p2.1']);
    // A page number or a rule line between the two is looked past.
    expect(ids(venture(CUT, REST, ['7', '----------']))).toEqual(['p2.3']);
  });

  it('keeps the rest of the sentence out of the summary', () => {
    expect(points(venture(CUT, REST)).some((p) => /^Venture \(and sell the mill/.test(p))).toBe(false);
  });

  it('does not mark a paragraph after a full stop, a caption, a lead-in, a table line, or a new clause number', () => {
    const whole = 'If either party becomes insolvent, the other party may elect to wind up the Joint Venture.';
    const fresh = 'Venture assets shall be sold at their market value within ninety days of the election.';
    expect(ids(venture(whole, fresh))).toEqual([]);
    expect(ids(venture('Amendment No. 2 to Joint Venture Agreement between Harrow and Quillon', fresh))).toEqual([]);
    expect(ids(venture('On a wind-up, the Venture shall apply the proceeds of the mill as follows', fresh))).toEqual([]);
    expect(ids(venture('Monthly rent | Fenby mill | payable in advance on the first day of the month', fresh))).toEqual([]);
    expect(ids(venture(CUT, `9.3 ${fresh}`))).toEqual([]);
  });

  it('shows the sentence when the paragraph before it ends with a full stop', () => {
    const whole = 'If either party becomes insolvent, the other party may elect to wind up the Joint Venture.';
    const fresh = 'Venture assets shall be sold by auction at their market value within ninety days of the election.';
    expect(points(venture(whole, fresh)).some((p) => /^Venture assets shall be sold/.test(p))).toBe(true);
  });
});

// A short grain-supply agreement with room for one extra paragraph: the paragraph under test, and clauses of substance around it.
const grain = (paragraph: string): Entries => [
  { text: 'GRAIN SUPPLY AGREEMENT', kind: 'heading' },
  'This Grain Supply Agreement is made between Quillon Grain Inc. (“Quillon”) and Harrow Mills Ltd. (“Harrow”).',
  { text: 'Quillon shall deliver forty tonnes of milling wheat to the Harrow mill every month.', clause: '2.1' },
  { text: 'Harrow shall pay Quillon $210 per tonne within thirty days after each delivery.', clause: '3.1' },
  { text: 'Either party may end this Agreement by giving the other ninety days’ notice in writing.', clause: '8.1' },
  { text: paragraph, clause: '6.1' },
];
const grainShows = (paragraph: string, re: RegExp): boolean => points(grain(paragraph)).some((p) => re.test(p));

describe('C80: a sentence cut at a stop that does not end it', () => {
  it('leaves out the head of a sentence whose block goes on with a lower-case word', () => {
    expect(grainShows('Harrow agrees that Quillon may sell wheat to third. parties who run mills outside the county of Fenby.', /sell wheat to third/)).toBe(false);
    expect(grainShows('The storage charge shall be due on the date of delivery or the date of the invoice. whichever is later.', /storage charge shall be due/)).toBe(false);
  });

  it('keeps a sentence followed by an item letter or a name written in lower case', () => {
    expect(grainShows('Quillon shall store the wheat in dry silos at its own cost. b) Harrow shall collect any rejected wheat.', /store the wheat in dry silos/)).toBe(true);
    expect(grainShows('Harrow shall report each weighing of the wheat to qGrain. qGrain will keep the weighing records.', /report each weighing/)).toBe(true);
    // A name written all in lower case that opens three sentences of the document ("grainco will …").
    expect(grainShows('Harrow shall report each weighing of the wheat to grainco. grainco will keep the records. grainco will send a copy to Quillon. grainco will file them.', /report each weighing/)).toBe(true);
  });
});
