import { describe, expect, it } from 'vitest';
import { isStandardRepresentation } from '../../../electron/core/terms/standardRepresentation';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { grainShows } from './summaryFixture';

// Each contract here is invented for the rule it tests: standard representations, a bare list of
// surviving clause numbers, the lead-in of a list of definitions, a severability clause that names
// where the provision applies, and a short "No other …" that leans on the sentence before.

const shows = grainShows;

describe('standard representations', () => {
  it('reads a representation made only of capacity, existence, signing, no conflict and no consents', () => {
    for (const s of [
      'Nordlicht GmbH has all requisite corporate power and authority to enter into this Agreement and perform its obligations hereunder.',
      'Harbor Lane Inc. represents and warrants that (i) it has full power and authority to enter into these terms; (ii) entering into and performing these terms does not violate or conflict with any other contract to which it is a party.',
      'Each party represents to the other that (1) it is a company duly organized and validly existing under the laws of its place of incorporation; (2) these terms have been duly authorized, executed and delivered by it and constitute a legal, valid and binding obligation of it.',
      'The execution, delivery and performance of these terms will not result in any violation of any law or agreement binding on the Grower.',
      'No consent, approval or filing with any public authority is required in connection with the execution and delivery of these terms.',
      'Kestrel is duly qualified to do business in each state where it operates a silo.',
    ]) expect(isStandardRepresentation(s), s).toBe(true);
  });

  it('keeps a representation that also states something of the deal', () => {
    for (const s of [
      'Harbor Lane represents and warrants that it is duly organized and that the Milling Software does not infringe any patent of a third party.',
      'Each party represents and warrants that it has the authority to enter into these terms, and that the barley delivered shall be free of any lien.',
    ]) expect(isStandardRepresentation(s), s).toBe(false);
  });

  it('keeps authority or freedom given in the deal, and a sentence that only names a signatory', () => {
    for (const s of [
      'The Silo Manager shall have the authority to execute purchase orders on behalf of Kestrel.',
      'No consent of Kestrel is required for the Grower to sell oats to its affiliates.',
      'These terms may not be changed except by a writing signed by a duly authorized officer of each party.',
      'Each party acknowledges that, in entering into these terms, it has not relied on any statement, other than for breach of contract.',
    ]) expect(isStandardRepresentation(s), s).toBe(false);
  });

  it('leaves a standard representation out of the summary', () => {
    expect(shows('Kestrel represents and warrants that it has full power and authority to enter into these terms and to perform its obligations hereunder.', /power and authority/)).toBe(false);
    expect(shows('Kestrel represents and warrants that the silo is fitted with a working grain dryer.', /grain dryer/)).toBe(true);
  });

  it('stays fast on hostile input', () => {
    const start = Date.now();
    for (const piece of ['execution not ', 'power to ', 'represents and warrants ', ' (i) ']) isStandardRepresentation(piece.repeat(Math.floor(1500 / piece.length)));
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('a bare list of clause numbers that survive the end', () => {
  it('leaves it out', () => {
    for (const clause of [
      'Sections 2.1, 3.1 and 9 shall survive any termination of these terms.',
      'Section 3.1, Section 7 and Articles 8 through 10 will survive the expiration or earlier termination of these terms for any reason.',
      'The following provisions shall survive expiration or termination of these terms: Section 3.1 (Payment), Section 7 and 9.',
    ]) expect(shows(clause, /surviv/), clause).toBe(false);
  });

  it('keeps one that says for how long, or what survives', () => {
    expect(shows('Sections 3.1 and 9 shall survive termination of these terms for three (3) years.', /surviv/)).toBe(true);
    expect(shows('The Grower’s duty to keep the recipe secret shall survive any termination of these terms.', /surviv/)).toBe(true);
  });

  it('reads numbers with their items ("4(a)(ii)") and titles after a space', () => {
    expect(shows('Sections 2.1(a), 3.1(b)(ii) and 9 (Notices) shall survive any termination of these terms.', /surviv/)).toBe(false);
  });

  // A document’s text is untrusted. When a number’s items could also be read as its title, a list of
  // 24 such numbers that failed at its end took seconds, twice as long for each more number.
  it('reads a long list that fails at its end in one pass', () => {
    const clause = `Sections ${Array(26).fill('4(a)').join(', ')} shall survive termination of these terms for three (3) years.`;
    expect(shows(clause, /surviv/)).toBe(true);
  }, 5000);
});

describe('the lead-in of a list of definitions', () => {
  it('leaves it out', () => {
    expect(shows('The following terms shall have the meanings set out below wherever used in these terms.', /meanings/)).toBe(false);
  });

  it('keeps a sentence on what a term means for the deal', () => {
    expect(shows('The price per tonne shall have the meaning of the average market price in Winnipeg on the delivery date.', /Winnipeg/)).toBe(true);
  });
});

describe('a severability clause that names where the provision applies', () => {
  it('leaves it out', () => {
    expect(shows('If any provision of these terms or its application to any person or circumstance is held to be invalid or unenforceable, the remainder of this Agreement shall not be affected.', /invalid/)).toBe(false);
  });
});

describe('a short "No other …" leans on the sentence before', () => {
  it('needs the sentence before', () => {
    for (const s of ['No other samples shall be supplied.', 'No other fee is payable.']) expect(needsPrevious(s), s).toBe(true);
  });

  it('stands alone when it says what it is set against, or goes on', () => {
    for (const s of [
      'No other fees will be paid to the Grower, unless Kestrel approves them in advance.',
      'No other party than Kestrel shall be bound.',
      'No other use of the Kestrel silo by the Grower or its agents shall be permitted.',
    ]) expect(needsPrevious(s), s).toBe(false);
  });
});

describe('amendment, supplement or waiver only in writing', () => {
  it('leaves it out', () => {
    for (const clause of ['No supplement to or amendment of these terms will be binding unless executed in writing by Kestrel and the Grower.', 'No waiver of any provision shall be effective unless made in writing.']) expect(shows(clause, /supplement|No waiver/), clause).toBe(false);
  });

  it('keeps a rule on what a change costs', () => {
    expect(shows('No supplement to the delivery schedule shall be binding on the Grower unless Kestrel pays the extra haulage.', /haulage/)).toBe(true);
  });
});

describe('each party bears its own costs of making the contract', () => {
  it('leaves it out', () => {
    expect(shows('Each party will pay its own legal fees and expenses in connection with the negotiation and preparation of these terms.', /legal fees/)).toBe(false);
  });

  it('keeps costs of performing it', () => {
    expect(shows('Each party shall bear its own costs of hauling barley between the farm and the silo.', /hauling/)).toBe(true);
  });
});
