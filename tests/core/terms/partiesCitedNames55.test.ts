/**
 * The parties' citation shows the reader the names: a cover that sets "BETWEEN:" on a line of its own
 * and each party on lines of their own is cited where the names stand, not at the "BETWEEN:" line alone.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const cited = (entries: Parameters<typeof makeDoc>[0]): string[] => (extractKeyTerms(makeDoc(entries)).terms.parties?.citations ?? []).map((c) => c.blockId);

describe('the blocks the parties are cited to', () => {
  it('include the lines that hold the names under a bare "BETWEEN:"', () => {
    const ids = cited([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'THIS AGREEMENT made as of the 3rd day of May 2031',
      'BETWEEN:',
      'KESTREL ORCHARDS LIMITED, a corporation incorporated under the laws of Ruritania',
      '(hereinafter referred to as "Kestrel")',
      'AND:',
      'HARBOR LANE FOODS INC., a corporation incorporated under the laws of Freedonia',
      '(hereinafter referred to as "Harbor Lane")',
      'WHEREAS Kestrel grows apples and Harbor Lane presses them;',
      'NOW THEREFORE the parties agree as follows:',
    ]);
    expect(ids).toEqual(expect.arrayContaining(['p1.4', 'p1.7']));
  });

  it('stay the opening alone when the opening already names both parties', () => {
    const ids = cited([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'This Supply Agreement is made on May 3, 2031 between Kestrel Orchards Limited ("Kestrel") and Harbor Lane Foods Inc. ("Harbor Lane").',
      'Kestrel Orchards Limited shall deliver the apples to Harbor Lane Foods Inc. each week.',
    ]);
    expect(ids).toEqual(['p1.2']);
  });
});
