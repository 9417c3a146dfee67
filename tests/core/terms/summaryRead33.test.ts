import { describe, expect, it } from 'vitest';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { splitSentences } from '../../../electron/core/terms/splitSentences';
import { summaryPoints as points, type DocEntries as Entries } from './summaryFixture';

// Each contract here is invented for the rule it tests (session 33: C67–C69, C72, C73, C76 and P15 in tests/eval/rougeCandidates.md).

// A short orchard-supply agreement with room for one extra clause: the clause under test, and clauses of substance around it.
const orchard = (clause: string, number = '9.1'): Entries => [
  { text: 'APPLE SUPPLY AGREEMENT', kind: 'heading' },
  'This Apple Supply Agreement is made between Tamsin Orchards LLC (“Tamsin”) and Brevard Cider Co. (“Brevard”).',
  { text: 'Tamsin shall deliver two tonnes of cider apples to the Brevard press every Monday.', clause: '2.1' },
  { text: 'Brevard shall pay Tamsin $380 per tonne no later than 20 days after each delivery.', clause: '3.1' },
  { text: 'Either party may end this Agreement if it gives the other ninety (90) days’ notice in writing.', clause: '7.1' },
  { text: clause, clause: number },
];
const shows = (clause: string, re: RegExp): boolean => points(orchard(clause)).some((p) => re.test(p));

describe('C67: a definition by kind ("X are those Y which …") is reference material', () => {
  it('leaves out a term said to be those things of a kind that a relative clause marks out', () => {
    expect(shows('(a) Estate Apples are those Apples which are grown on the Tamsin home farm.', /Estate Apples/)).toBe(false);
    expect(shows('Graded Fruit is the Fruit that passes the Brevard sugar test.', /Graded Fruit/)).toBe(false);
  });

  it('keeps a statement about a party that names no kind of itself', () => {
    expect(shows('Tamsin is the owner of the Kestrel Press that stands in the lower orchard.', /owner of the Kestrel Press/)).toBe(true);
  });
});

describe('C68: a condition with no rule is a fragment', () => {
  it('leaves out one word before "if" whose only verb is in the condition', () => {
    expect(shows('Applicable if the season’s tonnage equals or exceeds 400 tonnes.', /Applicable if/)).toBe(false);
  });

  it('keeps a condition with its rule, or a subject with its verb', () => {
    expect(shows('Surcharge if the season’s tonnage exceeds 400 tonnes shall be $20 per tonne.', /Surcharge if/)).toBe(true);
    expect(shows('Unless Brevard objects in writing, Tamsin may substitute dessert apples for cider apples.', /substitute dessert apples/)).toBe(true);
  });
});

describe('C69: a lead-in whose list was lost is no point', () => {
  it('leaves out a sentence that stops on "that" or "as follows"', () => {
    expect(shows('Tamsin represents and warrants to Brevard that(a)(1)', /represents and warrants to Brevard/)).toBe(false);
    expect(shows('Brevard shall pay the harvest bonus to Tamsin as follows.', /harvest bonus/)).toBe(false);
  });

  it('keeps a sentence that says what was warranted or paid', () => {
    expect(shows('Tamsin represents and warrants to Brevard that no apple was sprayed after August 1.', /no apple was sprayed/)).toBe(true);
    expect(shows('Brevard shall pay Tamsin a harvest bonus of $900 at the end of the season.', /harvest bonus/)).toBe(true);
  });
});

describe('C72: a text that opens with an aside already closed is the rest of a sentence', () => {
  it('leans on the line before when a closed parenthesis is followed by a comma or a lower-case word', () => {
    expect(needsPrevious('(US$4,000), and shall pay the balance of the price on delivery.')).toBe(true);
    expect(needsPrevious('(or their deputies) attend each pressing of the season.')).toBe(true);
  });

  it('does not lean back for an item marker, a long roman numeral, or a parenthesis before a capital', () => {
    expect(needsPrevious('(a) the Buyer shall collect the apples from the landing.')).toBe(false);
    expect(needsPrevious('(xxiv) all deliveries shall be made to the Brevard press.')).toBe(false);
    expect(needsPrevious('(Fees) Brevard shall pay Tamsin within 20 days.')).toBe(false);
  });

  it('keeps such a line out of the summary', () => {
    expect(shows('(US$4,000), and shall pay the balance of the price on delivery.', /balance of the price/)).toBe(false);
  });
});

describe('C73: a possessive stays lower case in a heading', () => {
  it('leaves out a Title Case heading that keeps "your" or "their" lower case', () => {
    expect(shows('Late Delivery Does Not Reduce your Obligation.', /Late Delivery/)).toBe(false);
  });

  it('keeps a statement with a possessive', () => {
    expect(shows('Late delivery does not reduce your obligation to pay for the apples.', /Late delivery does not reduce/)).toBe(true);
  });
});

describe('P15: "Messrs." does not end a sentence', () => {
  it('reads on past "Messrs." to the names it titles', () => {
    const s = splitSentences('The Board may withhold consent from either of Messrs. Pike and Rowan. Tamsin shall deliver the apples.').map((x) => x.text);
    expect(s).toEqual(['The Board may withhold consent from either of Messrs. Pike and Rowan.', 'Tamsin shall deliver the apples.']);
  });
});

describe('C76: a quoted term with "is" is a definition', () => {
  it('leaves out a quoted term defined by the plain copula, or said to be defined elsewhere', () => {
    expect(shows('“Press Cost” is the total cost of running the Brevard press for the month.', /Press Cost/)).toBe(false);
    expect(shows('“Harvest Notice” is defined in Section 4.', /Harvest Notice/)).toBe(false);
  });

  it('keeps a quoted term with "shall be", which states a term of the deal', () => {
    expect(shows('“Tamsin Cultivars” shall be the sole property of Tamsin.', /sole property of Tamsin/)).toBe(true);
  });
});
