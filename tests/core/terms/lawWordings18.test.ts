/**
 * A party described as "organized under Korean law" or "organized and existing under the laws of
 * the State of Delaware" names its own law, not the contract's. Where that description shares a
 * sentence with a "governing law" cue (a table of contents run into the opening across a page), the
 * place it names must not be read as the choice of law.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const contents = 'Section 9.01 Governing Law 14 Section 9.02 Notices 14 Section 9.03 Counterparts 15';

describe('a party organized under some law', () => {
  it.each([
    ['a corporation organized under Texas law', 'Texas'],
    ['a company organized and existing under the laws of the State of Nevada', 'Nevada'],
    ['a company incorporated in accordance with the laws of England', 'England'],
  ])('is not the governing law: %s', (status) => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'SUPPLY AGREEMENT', kind: 'heading' },
        `${contents} SUPPLY AGREEMENT This Supply Agreement is made as of May 4, 2017 by and between Corvane Ltd., a company organized under Korean law ("Corvane"), and Ridley Foods, Inc., ${status} ("Ridley").`,
        { text: 'This Agreement shall be governed by the laws of the Republic of Korea.', clause: '9.01' },
      ]),
    ).terms;
    expect(t.governingLaw?.value).toBe('Korea');
  });

  it('leaves a choice of law in the same sentence as a party\u2019s status', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'LICENSE AGREEMENT', kind: 'heading' },
        'This License Agreement is made as of May 4, 2017 between Pell Audio GmbH, a company organized under German law ("Licensor"), and Ardent Sound, Inc. ("Licensee").',
        { text: 'Licensee, a corporation organized under the laws of the State of Ohio, agrees that this Agreement shall be governed by the laws of the State of New York.', clause: '12' },
      ]),
    ).terms;
    expect(t.governingLaw?.value).toBe('New York, United States');
  });
});

describe('a contract with no choice-of-law sentence', () => {
  const doc = (clause: string) =>
    makeDoc([
      { text: 'SERVICES CONTRACT', kind: 'heading' },
      'This Services Contract is made on June 2, 2015 between Hollin Trading Co., Ltd. ("Party A") and Maru Logistics Co., Ltd. ("Party B").',
      { text: 'Party B shall pay all taxes on its fees in accordance with the laws of the State of Ohio.', clause: '8' },
      { text: clause, clause: '11' },
    ]);

  it.each([
    ['Both Parties agree to take the Taipei District Court as the competent court of first instance pursuant to the laws of the R.O.C.', 'Taiwan'],
    ['Any dispute arising out of this Contract shall be settled by arbitration in Singapore in accordance with the laws of Singapore.', 'Singapore'],
  ])('takes the law its disputes are settled under: %s', (clause, place) => {
    expect(extractKeyTerms(doc(clause)).terms.governingLaw?.value).toBe(place);
  });

  it('reads no law from a sentence about something else', () => {
    expect(extractKeyTerms(doc('The Contract is made in two copies, one for each Party.')).terms.governingLaw).toBeUndefined();
  });

  it('prefers a choice-of-law sentence to the law of disputes', () => {
    const t = extractKeyTerms(
      makeDoc([
        'This Services Contract is made on June 2, 2015 between Hollin Trading Co., Ltd. ("Party A") and Maru Logistics Co., Ltd. ("Party B").',
        { text: 'Any dispute shall be settled by arbitration in accordance with the laws of Singapore.', clause: '10' },
        { text: 'This Contract shall be governed by the laws of Hong Kong.', clause: '11' },
      ]),
    ).terms;
    expect(t.governingLaw?.value).toBe('Hong Kong');
  });
});
