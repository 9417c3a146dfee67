/**
 * Signature blocks that open with "For and on behalf of" a body: the body signs, whether or not its name ends in a legal
 * form. A consortium's members sign so where the opening leaves them to the signature page. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = Parameters<typeof makeDoc>[0][number];
const names = (entries: Entry[]): string[] => ((extractKeyTerms(makeDoc(entries)).terms.parties?.value as Party[] | undefined) ?? []).map((p) => p.name);

const clauses: Entry[] = Array.from({ length: 12 }, (_, k) => ({ text: `${k + 1}. Covenant. Each member shall perform its obligations under clause ${k + 1} in good faith.`, clause: String(k + 1) }));
const head: Entry[] = [{ text: 'CABLE SYSTEM CONSTRUCTION AGREEMENT', kind: 'heading' }, 'THIS AGREEMENT is made among the parties signatory hereto (collectively the "Parties"), which are identified in Schedule A.', ...clauses, 'IN WITNESS WHEREOF, each member signs below by its representative on the date first written above.'];

describe('a block signed "For and on behalf of" a body', () => {
  it('names the body though it has no legal form', () => {
    const blocks = ['For and on behalf of Northvale Telecom By:', 'For and on behalf of Kestrel Cable Systems Limited By:', 'For and on behalf of The Telecommunications Authority of Eastland By:'];
    expect(names([...head, ...blocks])).toEqual(['Northvale Telecom', 'Kestrel Cable Systems Limited', 'Telecommunications Authority of Eastland']);
  });
  it('leaves out a registry number after the name, and reads a lower-case brand with its legal form', () => {
    const blocks = ['For and on behalf of Kestrel Berhad (123456-X) By:', 'For and on behalf of northvale.net Inc. By:'];
    expect(names([...head, ...blocks])).toEqual(['Kestrel Berhad', 'northvale.net Inc.']);
  });
  it('does not read a phrase, a lone word or a collective as a body', () => {
    const blocks = ['For and on behalf of Kestrel Cable Systems Limited By:', 'For and on behalf of Northvale By:', 'For and on behalf of the other members of the consortium By:', 'For and on behalf of the Parties By:', 'For and on behalf of Harrow Networks Inc. By:'];
    expect(names([...head, ...blocks])).toEqual(['Kestrel Cable Systems Limited', 'Harrow Networks Inc.']);
  });
});
