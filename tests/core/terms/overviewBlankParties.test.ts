import { describe, expect, it } from 'vitest';
import { overviewFacts } from '../../../electron/core/terms/overviewFromTerms';
import type { KeyTerms } from '../../../shared/terms';

// The key terms as the extractor gives them for a template's opening: some parties named, some left blank.
function firstFact(parties: { name: string; role?: string }[]): string {
  const citations = [{ blockId: 'b1', page: 1 }];
  const terms = { title: { value: 'Deed of Adherence', text: 'DEED OF ADHERENCE', citations }, parties: { value: parties, text: 'between …', citations } } as unknown as KeyTerms;
  return overviewFacts(terms)[0]!.point.text;
}

describe('parties left blank in the Overview', () => {
  it('counts blanks with no role of their own in one place, instead of naming each', () => {
    expect(firstFact([{ name: '[NAME]' }, { name: '[NAME]' }, { name: '[NAME]' }, { name: 'Harrowgate Registry Ltd' }])).toBe(
      'This Deed of Adherence is between three parties left blank and Harrowgate Registry Ltd.',
    );
    expect(firstFact([{ name: 'Harrowgate Registry Ltd' }, { name: '__________' }, { name: '[insert name]' }])).toBe(
      'This Deed of Adherence is between Harrowgate Registry Ltd and two parties left blank.',
    );
  });

  it('keeps a single blank, and each blank its role tells apart, as before', () => {
    expect(firstFact([{ name: 'Harrowgate Registry Ltd' }, { name: '[NAME]' }])).toBe('This Deed of Adherence is between Harrowgate Registry Ltd and a party left blank.');
    expect(firstFact([{ name: 'Harrowgate Registry Ltd', role: 'Registry' }, { name: '[NAME]', role: 'Transferor' }, { name: '[NAME]', role: 'Transferee' }])).toBe(
      'This Deed of Adherence is between Harrowgate Registry Ltd ("Registry"), a party left blank ("Transferor") and a party left blank ("Transferee").',
    );
  });
});
