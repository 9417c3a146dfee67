/**
 * A contract that chooses no law but sends every dispute under it to one place's courts or arbitration
 * gives that place as its governing law, with a warning that it was inferred; a chosen law still wins,
 * and a court named for something narrower (an injunction, "any court of competent jurisdiction")
 * infers nothing. Invented contracts.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { FORUM_LAW_WARNING } from '../../../electron/core/terms/rules/governingLaw';
import { makeDoc } from './docFixture';

function lawOf(...clauses: string[]) {
  return extractKeyTerms(
    makeDoc([
      { text: 'RESELLER AGREEMENT', kind: 'heading' },
      'This Reseller Agreement is made as of March 9, 2016 between Quillmark Systems, Inc., a Nevada corporation with offices in Reno, Nevada ("Quillmark"), and Tarnby Goods LLC ("Tarnby").',
      { text: '1. Appointment. Quillmark appoints Tarnby as a non-exclusive reseller of the Products.', clause: '1' },
      ...clauses.map((text, i) => ({ text, clause: String(12 + i) })),
    ]),
  ).terms.governingLaw;
}

describe('governing law inferred from the forum of all disputes', () => {
  it.each([
    ['12. Arbitration. All disputes arising out of this Agreement shall be settled by binding arbitration under the rules of the American Arbitration Association in Maricopa County, Arizona.', 'Arizona, United States'],
    ['ANY CONTROVERSY ARISING UNDER THIS AGREEMENT SHALL BE RESOLVED BY ARBITRATION HELD IN THE COUNTY OF KENT, THE STATE OF DELAWARE.', 'Delaware, United States'],
    ['12. Disputes. Any disputes arising herein shall be settled in a court in Vermont.', 'Vermont, United States'],
    ['12. Governing Law. All claims by Tarnby hereunder shall be resolved by arbitration in Albany, Oregon.', 'Oregon, United States'],
    ['Any dispute in connection with this Agreement shall be submitted to the exclusive jurisdiction of the courts of Singapore.', 'Singapore'],
    ['Any suit arising out of this Agreement shall be brought only in the state courts sitting in Coos County, New Hampshire.', 'New Hampshire, United States'],
    ['The courts of the Province of Manitoba shall have exclusive jurisdiction over all disputes arising under this Agreement.', 'Manitoba, Canada'],
  ])('gives the forum\'s place, with a warning: %s', (clause, place) => {
    const law = lawOf(clause);
    expect(law?.value).toBe(place);
    expect(law?.warning).toBe(FORUM_LAW_WARNING);
  });

  it('keeps a chosen law over the forum, without a warning', () => {
    const law = lawOf(
      'All disputes arising out of this Agreement shall be settled by arbitration in Maricopa County, Arizona.',
      'This Agreement shall be governed by the laws of the State of Idaho.',
    );
    expect(law?.value).toBe('Idaho, United States');
    expect(law?.warning).toBeUndefined();
  });

  it.each([
    ['Tarnby consents to the jurisdiction of the courts in Kent County, Delaware, so that Quillmark may seek an injunction there.'],
    ['Any dispute arising out of this Agreement may be brought in any court of competent jurisdiction.'],
    ['All disputes arising out of this Agreement shall be settled by the parties in good faith.'],
    ['Each party shall be subject to the jurisdiction of the courts of Ontario.'],
    ['Any claims arising hereunder shall be paid within thirty days to the office of Quillmark in Reno, Nevada.'],
  ])('infers nothing from a forum that is not every dispute\'s, or from no forum: %s', (clause) => {
    expect(lawOf(clause)).toBeUndefined();
  });

  it('reads a long clause in linear time', () => {
    const clause = `All disputes ${'and claims '.repeat(20_000)}arising hereunder shall be settled by arbitration ${'in the county '.repeat(20_000)}.`;
    const started = Date.now();
    lawOf(clause);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('never tells the reader in the Overview that a law inferred from the forum governs', () => {
    const overviewOf = (clause: string) =>
      extractiveSummary(
        makeDoc([
          { text: 'RESELLER AGREEMENT', kind: 'heading' },
          'This Reseller Agreement is made as of March 9, 2016 between Quillmark Systems, Inc. ("Quillmark") and Tarnby Goods LLC ("Tarnby").',
          { text: 'Tarnby shall pay each invoice within thirty (30) days of receipt.', clause: '3' },
          { text: clause, clause: '12' },
        ]).blocks,
        { sentences: 8 },
      ).overview.map((p) => p.text);
    const forum = overviewOf('All disputes arising out of this Agreement shall be settled by binding arbitration in Maricopa County, Arizona.');
    expect(forum).toContain('It chooses no governing law; its disputes are to be decided in Arizona (United States).');
    expect(forum.join(' ')).not.toMatch(/governs it/);
    const chosen = overviewOf('This Agreement shall be governed by the laws of the State of Idaho.');
    expect(chosen).toContain('The law of Idaho (United States) governs it.');
  });
});
