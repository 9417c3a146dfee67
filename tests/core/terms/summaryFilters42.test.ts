import { describe, expect, it } from 'vitest';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { grainShows, summaryPoints, grainTerms } from './summaryFixture';

// Each contract here is invented for the rule it tests: a waiver put as a permission given only in
// writing, a glossary entry ("Term: what it is") of twelve words or more, a definition qualified by
// the section it serves, headings said to be meant for reference, and the parties' having read the terms.

describe('a waiver put as a permission, only in writing', () => {
  it('is left out as boilerplate', () => {
    for (const clause of [
      'Any provision of these terms may be waived at any time by the party entitled to its benefit, but only by a written instrument signed by that party.',
      'Any term of these terms may be amended or waived if, and only if, such amendment or waiver is in writing and signed by both the Grower and Kestrel.',
      'No provision of these terms may be waived except by a writing signed by the party against whom the waiver is sought to be enforced.',
    ]) expect(grainShows(clause, /waive/), clause).toBe(false);
  });

  it('keeps a waiver that says what is given up, or one that may also assign', () => {
    for (const clause of [
      'The Grower hereby waives any right to a trial by jury in any dispute about the barley.',
      'Any provision of these terms may be waived, amended or assigned only by a written instrument signed by both parties.',
    ]) expect(grainShows(clause, /waive/), clause).toBe(true);
  });

  it('stays fast on hostile input', () => {
    const start = Date.now();
    for (const piece of ['Any provision of these terms may be waived ', 'waived or ', 'written ', ' ', 'A']) grainShows(piece.repeat(Math.ceil(20_000 / piece.length)), /x/);
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});

describe('a glossary entry', () => {
  it('is a definition, not a point', () => {
    for (const clause of [
      'Service Area: The counties of the northern valley named in Schedule 2, as Kestrel may change them from time to time.',
      'Party: Either Kestrel Holdings Ltd. or Northvale Farms LLC, as the context may require in each case.',
      'Quality Failure Event: The existence of any of the following: (i) moisture above the agreed limit; (ii) visible mould.',
      'Wet Tonne: means a tonne of barley weighed at the silo before drying, whatever its moisture may be.',
    ]) expect(grainShows(clause, /Schedule 2|context may require|moisture|before drying/), clause).toBe(false);
  });

  it('keeps a run-in heading before a statement, a term with a figure, and a heading in capitals', () => {
    for (const clause of [
      'Storage Costs: Each party agrees that it shall bear its own costs of storing the barley until it is collected.',
      'Effect of Termination: Upon termination, the Grower shall collect its barley from the Kestrel silo within ten days.',
      'Contract Term: Three (3) years from the Effective Date, which term the parties may extend by one year in writing.',
      'Grain Quality: All barley with which the Kestrel brand is used shall be kept at or above the quality of the samples.',
      'Note: Barley Types 12, 14 and 19 no longer apply to Schedule 1 of these terms as they have been phased out.',
      'Annual Accounts: Promptly after the end of each harvest year (as the parties define it), the Grower will submit its barley accounts to Kestrel.',
      'Handling Fees: Net 30 days from the date of each Kestrel invoice, which shall be issued after each delivery.',
      'GRAIN QUALITY: The barley delivered shall meet the moisture and protein limits set out in Schedule 3.',
    ]) expect(grainShows(clause, /barley|invoice|Effective Date/i), clause).toBe(true);
  });

  it('stays fast on hostile input', () => {
    const start = Date.now();
    for (const piece of ['Service Area ', 'Of ', 'A:', 'A: ', ' ', 'Term: The ']) summaryPoints(grainTerms(piece.repeat(Math.ceil(20_000 / piece.length))));
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});

describe('a definition qualified by the section it serves', () => {
  it('is a definition', () => {
    expect(grainShows('The “Delay Price” for the purpose of this Section 5.3. shall mean the total price due to the Grower for the barley being delayed.', /Delay Price/)).toBe(false);
    expect(grainShows('“Dry Tonne”, for the purposes of this Agreement, means a tonne of barley at twelve percent moisture.', /Dry Tonne/)).toBe(false);
  });

  it('keeps a quoted name that is the subject of a duty', () => {
    expect(grainShows('The “Grower” shall, for the purpose of this Section 5.3, weigh each load of barley at the Kestrel silo.', /weigh each load/)).toBe(true);
  });
});

describe('headings meant for reference', () => {
  it('is boilerplate', () => {
    expect(grainShows('The section headings in these terms are intended to be for reference purposes only and shall in no way be construed to modify any of the terms.', /headings/)).toBe(false);
  });

  it('keeps a sentence that only names a heading', () => {
    expect(grainShows('The Grower shall print the Kestrel heading on every delivery note it sends to the silo.', /heading/)).toBe(true);
  });
});

describe('that the parties have read the terms', () => {
  it('is boilerplate', () => {
    for (const clause of [
      'All parties have read and fully agree to all terms and conditions as set forth in these Grain Supply Terms.',
      'Each party acknowledges that it has read and understood these terms and agrees to be bound by them.',
    ]) expect(grainShows(clause, /read/), clause).toBe(false);
  });

  it('keeps a duty to read something else', () => {
    expect(grainShows('The Grower shall read the moisture meter and agrees to record each reading on the delivery note.', /moisture meter/)).toBe(true);
  });
});

describe('cumulative remedies', () => {
  it('is boilerplate', () => {
    for (const clause of [
      'The rights and remedies herein provided shall be cumulative and not exclusive of any rights or remedies provided by law.',
      'All remedies under these terms are cumulative and in addition to any other remedy available to the Grower or Kestrel.',
    ]) expect(grainShows(clause, /cumulative/), clause).toBe(false);
  });

  it('keeps a sentence that also names a remedy of this deal', () => {
    expect(grainShows('The remedies of Kestrel are cumulative, and Kestrel may also withhold payment for any barley delivered wet.', /withhold payment/)).toBe(true);
  });
});

describe('"Rather," at the start', () => {
  it('leans on the sentence before', () => {
    expect(needsPrevious('Rather, these terms shall be read as if they did not contain the invalid provision.')).toBe(true);
  });

  it('is no connective in "Rather than …"', () => {
    expect(needsPrevious('Rather than pay in cash, the Grower may deliver barley to the Kestrel silo.')).toBe(false);
  });
});

describe('no third-party beneficiaries, with the agreement as subject', () => {
  it('is boilerplate', () => {
    expect(grainShows('This Agreement is not intended to confer upon any person other than the Grower and Kestrel any rights or remedies hereunder.', /confer/)).toBe(false);
  });

  it('keeps a right given to a named person', () => {
    expect(grainShows('This Agreement does not give the Grower any right to store barley at the silo other than during the harvest.', /store barley/)).toBe(true);
  });
});
