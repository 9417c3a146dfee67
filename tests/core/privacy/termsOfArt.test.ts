/**
 * What names no one stays readable in the cloud preview: a statute's or a convention's title, a Latin or French term
 * of art, a town and its state written without a comma; an institution's name that goes on with "of" after its noun is
 * hidden whole. Names beside them (parties, people, companies named after such words) are still hidden. Every contract
 * here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { findNames } from '../../../electron/core/privacy/findNames';
import { isTermOfArt } from '../../../electron/core/privacy/isTermOfArt';
import { isDescription } from '../../../electron/core/privacy/nameLexicon';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const OPENING =
  'This Supply Agreement is made on 3 March 2021 between Quillmarsh Orchard Holdings, LLC, a limited liability company organized under the laws of the State of Vermont (the "Supplier"), and Harrowgate Lane Inc., a Delaware corporation (the "Buyer").';
// Clauses after the recitals are read by the name detector only; clauses in the first blocks also by the party signals.
const FILLER = ['WHEREAS the Supplier makes goods and the Buyer wishes to buy them;', '1. Definitions. Terms have the meanings given below.'];
const preview = (clauses: readonly string[], where: 'opening' | 'body' = 'body') =>
  prepareForCloud(paragraphDocument(['SUPPLY AGREEMENT', OPENING, ...(where === 'body' ? FILLER : []), ...clauses]), { redact: true });

describe('terms of art and titles of laws stay readable', () => {
  for (const where of ['opening', 'body'] as const) {
    it(`sends them as they are (${where}), and hides the parties`, () => {
      const prep = preview(
        [
          '12. Force Majeure. Neither party is liable for a delay caused by a Force Majeure Event. Payments are shared Pari Passu.',
          '13. Law. The UN Convention on Contracts for the International Sale of Goods shall not apply, nor shall the Uniform Trade Rules of Arbitration; the Investment Company Act of 1940 does.',
          '14. Place. The Supplier keeps its office in Salem Vermont and ships from Auburn Iceland.',
        ],
        where,
      );
      for (const kept of ['Force Majeure. Neither', 'a Force Majeure Event', 'Pari Passu', 'UN Convention on Contracts for the International Sale of Goods', 'Uniform Trade Rules of Arbitration', 'Investment Company Act of 1940', 'in Salem Vermont', 'from Auburn Iceland']) {
        expect(prep.previewText, kept).toContain(kept);
      }
      expect(prep.previewText).not.toMatch(/Quillmarsh|Harrowgate/);
    });
  }

  it('reads titles and Latin or French terms as terms of art, and names as names', () => {
    for (const t of ['Force Majeure', 'the Force Majeure Notice', 'Bona Fide', 'Mutatis Mutandis', 'UN Convention on Contracts for the International Sale of Goods', 'Uniform Commercial Code', 'Bank Holding Company Act', 'Rules of Arbitration', 'Sherman Act', 'Generally Accepted Accounting Principles', 'Regulation S-X', 'Rule 144A', 'Regulation AB', 'Commercial Rules of the Kestrel Arbitration Association', 'Memorandum and Articles of Association', 'Declaration of Trust', 'THE GROUNDS OF FORUM NON CONVENIENS']) {
      expect(isTermOfArt(t), t).toBe(true);
    }
    for (const n of ['Force Majeure Zentrovax', 'Majeure Kestrel Inc.', 'Treaty Oak Holdings, LLC', 'Kestrel Code Bank', 'Jane Law', 'Alia Quillmarsh', 'Convention Kestrel Foundation', 'Act for Kestrel Foundation', 'Code of Kestrel LLC', 'Regulation Kestrel', 'FORM KESTREL', 'RULE LLC', 'Harrowgate Lane Inc.', 'Act']) {
      expect(isTermOfArt(n), n).toBe(false);
    }
  });

  it('reads a town before its state as a place, and a given name or an unknown word before a state as a name', () => {
    expect(isDescription('Salem Vermont')).toBe(true);
    expect(isDescription('Auburn Iceland')).toBe(true);
    for (const n of ['Imogen Vermont', 'Zentrovax Vermont', 'Kestrel Holdings Vermont', 'Salem Bank Vermont']) expect(isDescription(n), n).toBe(false);
  });

  it('still hides a person, a company named after a law word and an unknown word before a state', () => {
    const prep = preview([
      '15. Notices. Notices go to Treaty Oak Holdings, LLC and to Zentrovax Vermont, a client of the Supplier.',
      'Name: Imogen Law Title: Director',
    ]);
    expect(prep.previewText).not.toMatch(/Treaty Oak|Zentrovax|Imogen/);
  });

  it('reads crafted titles and terms in linear time', () => {
    const start = Date.now();
    isTermOfArt('Force Majeure '.repeat(50000));
    isTermOfArt('Convention on '.repeat(50000));
    isDescription(`${'Salem '.repeat(50000)}Vermont`);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

describe('an institution named "… of …"', () => {
  const values = (t: string) => findNames(t, { nlp: false }).map((s) => s.value);
  it('is one name with what follows "of"', () => {
    expect(values('Payment is made to Kestrel Mutual Bank of Iceland, Reykjavik.')).toEqual(['Kestrel Mutual Bank of Iceland']);
    expect(values('The insurer is Kestrel Assurance Company of Nordvale.')).toEqual(['Kestrel Assurance Company of Nordvale']);
  });
  it('stops at the noun before the contract’s own words, and a statute named after a company is none', () => {
    expect(values('Funds are held by Kestrel Mutual Bank of the State of Vermont.')).toEqual(['Kestrel Mutual Bank']);
    expect(values('Quillmarsh Trust Company of Section 4 applies.')).toEqual(['Quillmarsh Trust']);
    expect(values('as defined in the Investment Company Act of 1940')).toEqual([]);
  });
  it('leaves no part of the name readable in the preview', () => {
    const prep = preview(['16. Payment. The Buyer pays into an account at Kestrel Mutual Bank of Iceland. Kestrel Mutual Bank of Iceland holds it in trust.']);
    expect(prep.previewText).not.toMatch(/Kestrel|\] of Iceland/);
  });
  it('reads crafted runs in linear time', () => {
    const start = Date.now();
    findNames(`Kestrel Bank of ${'Nordvale '.repeat(30000)}`, { nlp: false });
    findNames(`${'Kestrel Bank of '.repeat(30000)}Nordvale`, { nlp: false });
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

describe('a document named after a kind of body', () => {
  const values = (t: string) => findNames(t, { nlp: false }).map((s) => s.value);
  it('is no organisation, and a name before its form still is', () => {
    expect(values('as set out in the Memorandum and Articles of Association and the Declaration of Trust')).toEqual([]);
    expect(values('Quillmarsh Mutual Association holds the shares. Harrowgate Trust keeps them.')).toEqual(['Quillmarsh Mutual Association', 'Harrowgate Trust']);
  });
});
