/**
 * A sentence cut by a page break where the layout cannot see it go on: a sentence set in capitals that the
 * layout takes for two headings, an inline list whose next label starts the page, and a page number printed
 * between the two pieces. Each is read as one sentence; a heading, a list set out item by item and text other
 * than a page number between the pieces are not joined.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { buildTermContext, continuesSentence } from '../../../electron/core/terms/termContext';
import { makeDoc } from './docFixture';

const block = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ id: 'x', page: 1, kind, text, section: [] });

describe('a sentence in capitals cut by a page break', () => {
  it('goes on in a heading when the line before stops on a joining word', () => {
    expect(continuesSentence(block('14.2 GOVERNING LAW. THIS LEASE SHALL BE GOVERNED BY AND', 'heading'), block('CONSTRUED UNDER THE LAWS OF THE STATE OF OREGON.', 'heading'))).toBe(true);
    expect(continuesSentence(block('Each notice shall be sent to the address of the', 'paragraph'), block('RECEIVING PARTY SET OUT ABOVE.', 'heading'))).toBe(true);
  });

  it('does not run a paragraph into the heading after it', () => {
    expect(continuesSentence(block('The Tenant shall keep the premises in good repair at its own cost'), block('TERM AND TERMINATION', 'heading'))).toBe(false);
    expect(continuesSentence(block('the Tenant shall pay the rent when due; and'), block('DEFAULT AND REMEDIES', 'heading'))).toBe(false);
    expect(continuesSentence(block('The following documents form part of this Lease and'), block('5. TERM', 'heading'))).toBe(false);
  });

  it('is read whole, so the governing law it states is found', () => {
    const doc = makeDoc([
      { text: 'COMMERCIAL LEASE', kind: 'heading' },
      'This Commercial Lease is made on May 2, 2017 between Nordlicht GmbH ("Landlord") and Harbor Lane Inc. ("Tenant").',
      { text: '14.2 GOVERNING LAW. THIS LEASE SHALL BE GOVERNED BY AND', kind: 'heading', page: 1 },
      { text: 'CONSTRUED UNDER THE LAWS OF THE STATE OF OREGON.', kind: 'heading', page: 2 },
    ]);
    expect(extractKeyTerms(doc).terms.governingLaw?.value).toBe('Oregon, United States');
  });
});

describe('a name cut by a page break before its short name in brackets', () => {
  it('goes on when the name\'s last word is followed by a bracket, a comma or a lower-case word', () => {
    expect(continuesSentence(block('This Lease shall remain in force for three (3) years from and after the Effective'), block('Date (the "Initial Term"), unless ended sooner.'))).toBe(true);
    expect(continuesSentence(block('THIS LEASE IS GOVERNED BY THE LAWS OF THE STATE OF NEW'), block('YORK, WITHOUT REGARD TO ITS RULES ON CONFLICTS OF LAW.'))).toBe(true);
    expect(continuesSentence(block('THE TENANT SHALL PAY ALL SUMS DUE TO THE LANDLORD AT NORDLICHT'), block('HOUSE (THE "OFFICE") IN CASH.'))).toBe(true);
  });

  it('does not join a line of names or a short title in capitals to what follows', () => {
    expect(continuesSentence(block('Signed for Harbor Lane Inc. by its Director'), block('Witness (print name)'))).toBe(false);
    expect(continuesSentence(block('SCHEDULE A'), block('PRICES (IN EUROS)'))).toBe(false);
    expect(continuesSentence(block('The rent is payable to the Landlord at its office in Portland'), block('Rent Review (Schedule 3) applies every year.'))).toBe(false);
  });

  it('is read whole, so the term it states is found', () => {
    const doc = makeDoc([
      { text: 'COMMERCIAL LEASE', kind: 'heading' },
      'This Commercial Lease is made on May 2, 2017 (the "Effective Date") between Nordlicht GmbH ("Landlord") and Harbor Lane Inc. ("Tenant").',
      { text: '3.1 Term. This Lease shall remain in force for three (3) years from and after the Effective', clause: '3.1', page: 1 },
      { text: 'Date (the "Initial Term"), unless ended sooner under clause 9.', page: 2 },
    ]);
    expect(extractKeyTerms(doc).terms.expiration?.value).toBe('2020-05-02');
  });
});

describe('an inline list cut where its next label starts a line', () => {
  const before = '(a) This Lease ends on the earlier of (i) the fifth anniversary of the Start Date and';

  it('goes on when the label follows one inside the sentence', () => {
    expect(continuesSentence(block(before), block('(ii) the date on which the Tenant vacates the premises.', 'list-item'))).toBe(true);
    expect(continuesSentence(block('The Supplier shall deliver (a) the goods listed in Schedule 1,'), block('(b) the manuals for them.', 'list-item'))).toBe(true);
  });

  it('does not join a label out of order, or a list set out item by item', () => {
    expect(continuesSentence(block(before), block('(iii) the date on which the Tenant vacates the premises.', 'list-item'))).toBe(false);
    expect(continuesSentence(block('(i) pay the rent on the first day of each month; and'), block('(ii) keep the premises insured.', 'list-item'))).toBe(false);
    expect(continuesSentence(block('(i) pay the rent on the first day of each month and'), block('(ii) keep the premises insured.', 'list-item'))).toBe(false);
  });
});

describe('a page number between the two pieces of a paragraph', () => {
  const pieces = (between: Block['text']): string[] =>
    buildTermContext(
      makeDoc([
        { text: 'This Lease shall be governed by the laws of the State of', page: 1 },
        { text: between, kind: 'list-item', page: 1 },
        { text: 'Oregon, without regard to its rules on conflicts of law.', page: 2 },
      ]),
    ).sentences.map((s) => s.text);

  it('does not part them', () => {
    expect(pieces('- 4 -')).toContain('This Lease shall be governed by the laws of the State of Oregon, without regard to its rules on conflicts of law.');
    expect(pieces('Page 4 of 9')).toContain('This Lease shall be governed by the laws of the State of Oregon, without regard to its rules on conflicts of law.');
  });

  it('other text between them does', () => {
    expect(pieces('- Schedule A -')).not.toContain('This Lease shall be governed by the laws of the State of Oregon, without regard to its rules on conflicts of law.');
  });
});

describe('joining across a break, on hostile text', () => {
  it('stays linear in the length of the blocks', () => {
    const runs = [
      '-'.repeat(100_000),
      `${'-'.repeat(100_000)}x`,
      `${' '.repeat(50_000)}1${' '.repeat(50_000)}x`,
      `${'the '.repeat(25_000)}x`,
      `page ${'- '.repeat(50_000)}x`,
      `(${'1 of '.repeat(20_000)}`,
      `and ${'(i) '.repeat(25_000)}and`,
      'A'.repeat(100_000),
    ];
    const t0 = performance.now();
    for (const text of runs) {
      buildTermContext(makeDoc(['The laws of the', text, 'State of Oregon apply.']));
      continuesSentence(block(text), block('(ii) the rest.', 'list-item'));
      continuesSentence(block(text, 'heading'), block(text, 'heading'));
    }
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
