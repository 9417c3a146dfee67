import { describe, expect, it } from 'vitest';
import { grainShows } from './summaryFixture';

// Each contract here is invented for the rule it tests (session 40): closing clauses that say nothing a
// reader needs, and a condition whose consequence was redacted.

const shows = grainShows;

describe('the no-waiver clause that does not say "waiver"', () => {
  it('leaves it out', () => {
    for (const clause of [
      'The failure of a party to insist that a term be kept shall in no way affect the right to insist on it later.',
      'Delay by a party in enforcing a provision of these terms will not affect the right of that party to enforce it afterwards.',
    ]) expect(shows(clause, /affect/), clause).toBe(false);
  });

  it('keeps a failure with another consequence', () => {
    expect(shows('The failure of the Grower to give notice of a short delivery within five (5) days shall not relieve the Grower of its duty to make up the shortfall.', /relieve/)).toBe(true);
  });
});

describe('a pointer to another clause and nothing else', () => {
  it('leaves out "Section N shall apply accordingly"', () => {
    for (const clause of ['Section 3.1 shall apply accordingly.', 'Clauses 2.1 and 3.1 apply mutatis mutandis to deliveries of oats.']) expect(shows(clause, /appl(?:y|ies)/), clause).toBe(false);
  });

  it('keeps a sentence that says what applies', () => {
    expect(shows('The price in Section 3.1 shall apply to any oats the Grower delivers in place of barley.', /oats/)).toBe(true);
  });
});

describe('a survival sentence whose subject is the clause itself', () => {
  it('leaves it out', () => {
    for (const clause of ['This Section 9.1 shall survive the expiry or termination of these terms.', 'Subsection 9.1 shall survive the termination of these terms.', 'This clause shall survive termination of the Orchard Agreement.']) {
      expect(shows(clause, /survive/), clause).toBe(false);
    }
  });

  it('keeps one that says for how long', () => {
    expect(shows('This Section 9.1 shall survive termination of these terms for a period of four (4) years.', /survive/)).toBe(true);
  });
});

describe('no third-party beneficiaries, said of persons', () => {
  it('leaves it out', () => {
    expect(shows('No person other than the parties shall have any right or remedy under these terms.', /No person/)).toBe(false);
  });

  it('keeps a right given to a named third party', () => {
    expect(shows('The Northvale co-operative shall have the right to inspect each delivery at the silo.', /inspect/)).toBe(true);
  });
});

describe('a closing clause behind a run-in title in capitals', () => {
  it('leaves it out as it would without the title', () => {
    expect(shows('WHOLE AGREEMENT: This Agreement is the entire agreement of Kestrel and the Grower on barley.', /entire agreement of/)).toBe(false);
  });

  it('keeps a term behind such a title', () => {
    expect(shows('LATE DELIVERY: Kestrel may deduct two percent (2%) of the price for each week a delivery is late.', /deduct/)).toBe(true);
  });
});

describe('a condition whose whole consequence was redacted', () => {
  it('leaves it out', () => {
    expect(shows('In the event that deliveries are [***] than the monthly quantity, [***].', /\[\*\*\*\]/)).toBe(false);
  });

  it('keeps one whose consequence is written', () => {
    expect(shows('If deliveries fall short by more than [***] tonnes, Kestrel may buy the shortfall elsewhere at the Grower’s cost.', /shortfall/)).toBe(true);
  });
});

// A document's text is untrusted: a crafted sentence must not make a pattern try every way of reading it.
// Before "and", "or" and "to" had to stand between spaces, this one took minutes (each "to" in the word could
// be read as a separator between clause numbers, or not).
describe('a sentence built to make the pointer pattern backtrack', () => {
  it('reads a word of repeated "toa" after "Section" in one pass', () => {
    const clause = `Section a${'toa'.repeat(40)} shall be kept by the Grower at the Kestrel silo.`;
    expect(shows(clause, /kept by the Grower/)).toBe(true);
  });
});
