/**
 * Choice-of-law wordings a contract may use: a clause headed "Governing Law" whose body is only the
 * place, the parties submitting the agreement to a law, and disputes resolved under the substantive
 * laws of a place. A forum the parties submit to is not a law.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

function lawOf(...clause: string[]) {
  return extractKeyTerms(
    makeDoc([
      { text: 'CONSULTING AGREEMENT', kind: 'heading' },
      'This Consulting Agreement is made as of March 3, 2016 by and between Corrin Vale Partners, Inc. ("Corrin") and Otto Fairweather ("Consultant").',
      { text: '1. Services. Consultant shall advise Corrin on its pricing.', clause: '1' },
      ...clause.map((text) => ({ text, clause: '14', section: ['14. Governing Law'] })),
    ]),
  ).terms.governingLaw?.value;
}

describe('governing law', () => {
  it.each([
    ['14. Governing Law. Oregon.', 'Oregon'],
    ['14. Governing Law. The State of Vermont.', 'Vermont'],
    ['14. Governing Law: the laws of England and Wales.', 'England and Wales'],
  ])('is the place a governing-law clause names alone: %s', (clause, place) => {
    expect(lawOf(clause)).toContain(place);
  });

  it('is the law the parties submit the agreement to', () => {
    expect(lawOf('14. Applicable Law. The parties submit this Agreement and any dispute under it to the laws of the State of Oregon.')).toContain('Oregon');
  });

  it('is the substantive law disputes are resolved under', () => {
    expect(lawOf('14. Disputes. Any dispute shall be resolved under the substantive laws of Ontario, without regard to its conflict of laws rules.')).toContain('Ontario');
  });

  it('is not a forum the parties submit to, nor a heading that is not a place', () => {
    expect(lawOf('14. Jurisdiction. The parties submit to the exclusive jurisdiction of the courts of Oregon.')).toBeUndefined();
    expect(lawOf('14. Governing Law. Notices.')).toBeUndefined();
    expect(lawOf('14. Governing Law. See Schedule B.')).toBeUndefined();
  });
});
