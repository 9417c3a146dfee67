import { describe, expect, it } from 'vitest';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { summaryPoints as points, type DocEntries as Entries } from './summaryFixture';

// Each contract here is invented for the rule it tests (session 30: C47–C52 in tests/eval/rougeCandidates.md).

// A short supply agreement with room for one extra clause: the clause under test, and clauses of substance around it.
const supply = (clause: string, number = '9.1'): Entries => [
  { text: 'SUPPLY AGREEMENT', kind: 'heading' },
  'This Supply Agreement is made between Harrowgate Mills Ltd. (“Harrowgate”) and Pellworth Bakeries Inc. (“Pellworth”).',
  { text: 'Harrowgate shall deliver 40 tonnes of milled rye flour to the Pellworth depot every month.', clause: '2.1' },
  { text: 'Pellworth shall pay Harrowgate $310 per tonne within forty-five (45) days of each delivery.', clause: '3.1' },
  { text: 'Either party may end this Agreement on ninety (90) days written notice to the other.', clause: '7.1' },
  { text: clause, clause: number },
];

describe('C47: an amendment’s “everything else stays” clause is boilerplate', () => {
  const amendment = (clause: string): Entries => [
    { text: 'SECOND AMENDMENT TO LICENCE AGREEMENT', kind: 'heading' },
    'This Second Amendment is made between Ostrava Pixel Works s.r.o. (“Ostrava”) and Brightfield Games Inc. (“Brightfield”).',
    { text: 'The royalty in Section 4.2 of the Agreement is raised from six percent (6%) to eight percent (8%) of Net Receipts.', clause: '1' },
    { text: 'The Territory in Section 1.9 of the Agreement now also covers Poland and Slovakia.', clause: '2' },
    { text: clause, clause: '3' },
  ];

  it('leaves out the clause in its usual wordings', () => {
    for (const clause of [
      'Except as amended by this Second Amendment, the Agreement shall remain in full force and effect.',
      'All other provisions of the Agreement shall continue unmodified.',
      'Except as changed above, the Agreement is hereby ratified and confirmed in all respects.',
    ]) {
      const shown = points(amendment(clause));
      expect(shown.some((p) => /remain|continue|ratified/.test(p)), clause).toBe(false);
      expect(shown.some((p) => /eight percent/.test(p))).toBe(true);
    }
  });

  it('keeps a clause that says how long the agreement runs, or something else', () => {
    expect(points(supply('This Agreement shall remain in full force and effect until the last delivery of the 2031 season.')).some((p) => /last delivery of the 2031 season/.test(p))).toBe(true);
    expect(points(supply('Except as provided in Section 7.1, the prices in Schedule B shall remain fixed for three (3) years.')).some((p) => /remain fixed for three/.test(p))).toBe(true);
  });
});

describe('C48: a bare survival sentence is boilerplate, numbered or not, whatever its subject', () => {
  it('leaves it out', () => {
    for (const clause of [
      'The terms in this paragraph will survive expiration of this Lease.',
      'Obligations under this Clause shall survive any termination.',
      'Each party’s responsibilities under this Clause 9 shall survive expiration of this Agreement.',
      'The rights and obligations of the parties pursuant to this Article shall survive the expiration or termination of this Agreement.',
    ]) {
      expect(points(supply(clause)).some((p) => /survive/.test(p)), clause).toBe(false);
    }
  });

  it('keeps one that says for how long, or what survives', () => {
    expect(points(supply('Obligations in this Clause shall survive expiration for a further two (2) years.')).some((p) => /survive/.test(p))).toBe(true);
  });
});

describe('C49: how the document is signed, in more wordings', () => {
  it('leaves out counterparts signed or made, and the signing lead-in behind an aside', () => {
    for (const clause of [
      'The Supply Agreement can be signed in counterparts that together form one text.',
      'The Agreement shall be made in duplicate and each party shall keep one copy.',
      'The Parties, through their duly authorised officers, have executed this Agreement on the date written below.',
    ]) {
      const shown = points(supply(clause));
      expect(shown.some((p) => /counterparts|duplicate|have executed/.test(p)), clause).toBe(false);
      expect(shown.some((p) => /\$310 per tonne/.test(p))).toBe(true);
    }
  });

  it('keeps a clause that only mentions signing', () => {
    expect(points(supply('Each delivery note shall be signed in the presence of the Pellworth depot manager.')).some((p) => /delivery note shall be signed/.test(p))).toBe(true);
  });
});

describe('C50: four more standard closing clauses', () => {
  it('leaves them out', () => {
    for (const clause of [
      'Capitalised terms not otherwise defined here carry the meanings in the Master Terms.',
      'This Supply Agreement may be amended only in writing that Harrowgate and Pellworth both sign.',
      'The Supply Agreement may not be varied or waived except in a written document each side signs.',
      'No amendment to the supply terms will be binding unless it is in writing.',
      'If any clause here is found void by a court, the other provisions shall stay in effect.',
      'The delay of a party in enforcing a clause shall not count as a waiver of it.',
      'No waiver by Harrowgate of one late payment will be deemed to excuse the next.',
    ]) {
      expect(points(supply(clause)).some((p) => /defined|amended|varied|amendment|void|waiver/.test(p)), clause).toBe(false);
    }
  });

  it('keeps a clause that says more than the standard words', () => {
    expect(points(supply('Pellworth may amend the delivery schedule by e-mail at least ten (10) days before a delivery.')).some((p) => /amend the delivery schedule/.test(p))).toBe(true);
  });
});

describe('C51: "Alternatively," leans on the sentence before', () => {
  it('reads the opener as leaning back', () => {
    expect(needsPrevious('Alternatively, the Buyer may ask for a credit note.')).toBe(true);
    expect(needsPrevious('ALTERNATIVELY, THE LESSOR MAY RE-LET THE PREMISES.')).toBe(true);
    expect(needsPrevious('Alternative dispute resolution shall be tried first.')).toBe(false);
  });

  it('does not show it, and shows the clause it continues', () => {
    const shown = points(supply('Harrowgate may replace flour that fails the moisture test within five (5) days. Alternatively, Harrowgate may refund its price.', '4.2'));
    expect(shown.some((p) => /^Alternatively/.test(p))).toBe(false);
    expect(shown.some((p) => /moisture test/.test(p))).toBe(true);
  });
});

describe('C52: a Title Case heading that keeps long function words in lower case', () => {
  it('is not shown as a point', () => {
    const shown = points([...supply('Buyer’s Right to Terminate this Supply without Notice.', '5.1'), { text: 'Pellworth may reject any delivery that fails the agreed moisture test.', clause: '5.2' }]);
    expect(shown.some((p) => /^Buyer’s Right to Terminate/.test(p))).toBe(false);
    expect(shown.some((p) => /may reject any delivery/.test(p))).toBe(true);
  });
});

describe('C53: the successors-and-assigns clause and bare capacity representations', () => {
  it('leaves them out', () => {
    for (const clause of [
      'The supply terms shall be binding on, and inure to the benefit of, Harrowgate, Pellworth and their successors.',
      'Harrowgate is a private company duly incorporated and validly existing under the laws of Scotland.',
      'The Supply Agreement has been duly authorised and executed by Pellworth.',
    ]) {
      expect(points(supply(clause)).some((p) => /inure|validly existing|duly authorised/.test(p)), clause).toBe(false);
    }
  });

  it('keeps a list of representations that says more', () => {
    const shown = points(supply('Harrowgate represents that (1) it is a company duly incorporated and validly existing in Scotland; and (2) its mill holds a current food hygiene certificate.'));
    expect(shown.some((p) => /food hygiene certificate/.test(p))).toBe(true);
  });
});

describe('C55: the month of May is no verb', () => {
  it('does not show a date line as a point, and keeps the modal', () => {
    for (const line of ['Dated the ___ day of May, 2031, at the Inverness office of Harrowgate.', 'Witnessed on 14 May 2031 at the Harrowgate office in Inverness.']) {
      expect(points(supply(line)).some((p) => /Inverness/.test(p)), line).toBe(false);
    }
    expect(points(supply('May Pellworth collect flour itself, the price falls by $12 per tonne.')).some((p) => /falls by \$12/.test(p))).toBe(true);
  });
});
