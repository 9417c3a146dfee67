import { describe, expect, it } from 'vitest';
import { parseClauseLabel } from '../../../../electron/core/documents/structure/clauseLabel';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

type Hint = 'heading' | 'paragraph';
const clauses = (texts: [string, Hint][]): (string | undefined)[] =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks.map((b) => b.clause);

describe('sections numbered with the section sign', () => {
  it('reads "§ 6 Title" as section 6, its items as "6(1)", under a part numbered in roman numerals', () => {
    expect(parseClauseLabel('§ 6 Late Payment')).toMatchObject({ kind: 'number', number: '6', rest: 'Late Payment' });
    expect(parseClauseLabel('§ 3 iOrchard Fees')).toMatchObject({ kind: 'number', number: '3' });
    expect(
      clauses([
        ['I. SCOPE OF THE PROGRAMME', 'paragraph'],
        ['This agreement sets out the orchard programme.', 'paragraph'],
        ['II. Orchard Programme § 1 Joining the Programme', 'paragraph'],
        ['A grower joins once Kestrel Holdings approves it.', 'paragraph'],
        ['§ 2 Crates', 'paragraph'],
        ['(1) The Grower keeps its crates dry.', 'paragraph'],
        ['(2) Crates are counted at the gate.', 'paragraph'],
        ['§ 3 iOrchard Fees', 'paragraph'],
        ['The fee is paid monthly.', 'paragraph'],
      ]),
    ).toEqual(['I', 'I', '1', '1', '2', '2(1)', '2(2)', '3', '3']);
  });

  it('leaves references to statutes and a section sign used as a bullet as text', () => {
    expect(parseClauseLabel('§ 1320a-7a(g), and has no action pending against it.')).toBeUndefined();
    expect(parseClauseLabel('§101, et seq. as the law provides.')).toBeUndefined();
    expect(parseClauseLabel('§ 4 of the act applies to all crates sold, in every season.')).toBeUndefined();
    expect(parseClauseLabel('§ Password')).toBeUndefined();
    expect(parseClauseLabel('§ 4 of the Act')).toBeUndefined();
    // A reference in a part's heading is no section's heading: the part stays in force.
    expect(
      clauses([
        ['I. SCOPE', 'paragraph'],
        ['II. Fees under § 4 of the Act', 'paragraph'],
        ['The fee is paid monthly.', 'paragraph'],
      ]),
    ).toEqual(['I', 'II', 'II']);
  });
});
