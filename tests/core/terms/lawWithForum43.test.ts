/**
 * A contract made "subject to the jurisdiction and laws of" a place chooses that place's law together with its forum;
 * so do "the courts and laws of" and "the exclusive jurisdiction and the laws of". Being subject to a jurisdiction
 * alone, with no law named, chooses only a forum. Invented contracts.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

function lawOf(clause: string, section = '14. Miscellaneous') {
  return extractKeyTerms(
    makeDoc([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'This Supply Agreement is made as of May 4, 2017 between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").',
      { text: '1. Supply. Nordlicht shall supply the Products to Harbor.', clause: '1' },
      { text: clause, clause: '14', section: [section] },
    ]),
  ).terms.governingLaw?.value;
}

describe('governing law chosen with its forum', () => {
  it.each([
    ['This Agreement shall be subject to the jurisdiction and laws of Ontario.', 'Ontario, Canada'],
    ['This Agreement is subject to the courts and laws of the State of Oregon.', 'Oregon, United States'],
    ['This Agreement shall be subject to the exclusive jurisdiction and the laws of England.', 'England and Wales'],
  ])('reads the law named after the forum: %s', (clause, place) => {
    expect(lawOf(clause)).toBe(place);
  });

  it('reads no law from a forum alone', () => {
    expect(lawOf('Each party shall be subject to the jurisdiction of the courts of Ontario.')).toBeUndefined();
  });
});
