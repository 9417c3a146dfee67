import { describe, expect, it } from 'vitest';
import { extractKeyTerms, jurisdictionOf } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const law = (entries: Parameters<typeof makeDoc>[0]): unknown => extractKeyTerms(makeDoc(entries)).terms.governingLaw?.value;

describe('governing law (contracts written for the rule)', () => {
  it('reads what the law is made of or excludes between "laws" and "of"', () => {
    expect(jurisdictionOf('shall be governed by and construed exclusively in accordance with the laws and decisions of the State of Georgia.')).toBe('Georgia, United States');
    expect(jurisdictionOf('RATHER THESE RIGHTS SHALL BE GOVERNED BY THE LAWS, OTHER THAN CHOICE OF LAW RULES, OF THE STATE OF OREGON.')).toBe('Oregon, United States');
  });

  it('reads a typographic apostrophe in "the People’s Republic of China" as the PRC, not the Republic of China', () => {
    expect(jurisdictionOf('governed by the laws of the People’s Republic of China that are publicly available')).toBe('China');
    expect(jurisdictionOf('governed by the laws of the Republic of China')).toBe('Taiwan');
  });

  it('takes a contract "made under and subject to the provision of the substantive laws of" a place', () => {
    expect(law([{ text: 'Law and Disputes', kind: 'heading' }, { text: 'This Agreement is made under and subject to the provision of the substantive laws of the State of New York, without giving effect to its conflict of law rules.', clause: '14.1' }])).toBe('New York, United States');
  });

  it('prefers the clause headed "Governing Law" to an earlier sentence that only mentions some law', () => {
    expect(
      law([
        { text: 'Nothing in this Agreement shall be construed to subject the Agent to any liability under the laws of the United States.', clause: '3.2' },
        { text: 'Whether an invention is made by a Party shall, for purposes of this Agreement, be determined in accordance with the laws of the United States.', clause: '7.1' },
        { text: 'Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware, United States.', clause: '13.6', section: ['13 Miscellaneous'] },
      ]),
    ).toBe('Delaware, United States');
    // Without such a clause the contract's own choice still beats a single matter's.
    expect(law([{ text: 'The Guarantee is governed by the laws of Ontario.', clause: '2' }, { text: 'This Agreement is governed by the laws of the State of Texas.', clause: '9' }])).toBe('Texas, United States');
  });

  it('reads "the laws of that State" as the state the sentence named before', () => {
    expect(law([{ text: 'Governing Law. This Agreement shall be deemed to have been entered into in the State of Oregon, and shall be construed and interpreted in accordance with the laws of that State applicable to agreements made and to be performed there.', clause: '9.7' }])).toBe('Oregon, United States');
  });

  it('reads nationality adjectives with "private" or "civil" law, and R.O.C. as Taiwan', () => {
    expect(jurisdictionOf('is governed by the regulations of Colombian private law')).toBe('Colombia');
    expect(jurisdictionOf('shall be governed by Portuguese civil law')).toBe('Portugal');
    expect(jurisdictionOf('governed by the laws of the R.O.C.')).toBe('Taiwan');
  });

  it('reports a withheld or blank place as a blank, not a guess', () => {
    const term = extractKeyTerms(makeDoc([{ text: 'This Agreement shall be governed by and construed in accordance with the internal laws of the [***] applicable to agreements made and performed in such state.', clause: '12.1' }])).terms.governingLaw;
    expect(term).toMatchObject({ value: '[***]', blank: true });
    expect(law([{ text: 'This Agreement is governed by the laws of the State of ________.', clause: '12' }])).toBe('________');
  });
});
