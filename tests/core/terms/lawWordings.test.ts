import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const OPENING = 'This Hosting Agreement is made as of May 4, 2018 between Pellan Cloud Ltd ("Pellan") and Wexford Brewing Co. ("Wexford").';

/** The governing law of a short contract whose last clause is `clause`, with or without a "Governing Law" heading. */
const law = (clause: string, headed = false): unknown =>
  extractKeyTerms(
    makeDoc([
      { text: 'HOSTING AGREEMENT', kind: 'heading' },
      OPENING,
      { text: 'Pellan shall host the Wexford web shop and keep it available.', clause: '1' },
      ...(headed ? [{ text: 'Governing Law', kind: 'heading' as const }] : []),
      { text: clause, clause: '2', ...(headed ? { section: ['Governing Law'] } : {}) },
    ]),
  ).terms.governingLaw?.value;

describe('governing law named before its verb, however much follows the place', () => {
  it.each([
    ['The courts and laws of Alberta, Canada shall apply to any dispute under this Agreement.', 'Alberta, Canada'],
    ['The laws of England and Wales govern this Agreement and any dispute arising from it.', 'England and Wales'],
    ['The laws of Oregon, United States, without regard to its conflict of laws principles, govern this Agreement and all claims arising from it.', 'Oregon, United States'],
    ['The parties agree that the laws of the State of Washington, U.S.A., shall apply to this Agreement.', 'Washington, United States'],
    ['The laws of the State of Utah (excluding its conflict of laws rules) apply to this Agreement.', 'Utah, United States'],
    ['Idaho law, without regard to its conflict of laws principles, governs this Agreement.', 'Idaho, United States'],
    ['The laws of the State of Maine, excluding conflict of laws principles that would apply another law, govern this Agreement.', 'Maine, United States'],
  ])('reads "%s"', (clause, place) => {
    expect(law(clause)).toBe(place);
    expect(law(clause, true)).toBe(place);
  });
});

describe('governing law in other verbs', () => {
  it('reads "the law applicable to this Agreement is …" and "resolved under the laws of …"', () => {
    expect(law('The law applicable to this Agreement is the law of the Netherlands.')).toBe('Netherlands');
    expect(law('Any dispute arising under this Agreement shall be resolved under the laws of the State of Colorado.')).toBe('Colorado, United States');
  });

  it('reads two nationalities named together before "law" ("English and Welsh law")', () => {
    expect(law('This Agreement shall be governed by English and Welsh law.')).toBe('England and Wales');
  });

  it('does not take a law named for another matter ("the export laws of X that apply to …") for the contract\'s', () => {
    expect(law('Wexford shall comply with the export laws of the United States that apply to the hosted software.')).toBeUndefined();
  });
});

describe('governing law in a country named formally, or less often named', () => {
  it.each([
    ['This Agreement shall be governed by the laws of the Swiss Confederation.', 'Switzerland'],
    ['This Agreement shall be governed by the laws of the United Mexican States.', 'Mexico'],
    ['This Agreement is governed by Romanian law.', 'Romania'],
    ['This Agreement shall be governed by and construed in accordance with the laws of the Isle of Man.', 'Isle of Man'],
    ['This Agreement shall be governed by the laws of the Republic of Panama.', 'Panama'],
  ])('reads "%s"', (clause, place) => {
    expect(law(clause)).toBe(place);
  });
});
