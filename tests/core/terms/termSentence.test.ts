import { describe, expect, it } from 'vitest';
import { termSentence } from '../../../electron/core/terms/termSentence';
import { makeDoc } from './docFixture';

describe('termSentence', () => {
  it('finds the sentence that says how long the contract runs, preferring the clause headed as the term', () => {
    const doc = makeDoc([
      'This Licence Agreement is made between Harbour Telecom Inc. and Western Orchard Supply LLC.',
      { text: 'This Agreement will be in effect until the parties agree otherwise.', clause: '1.2', section: ['General'] },
      { text: 'The Licensee shall pay the fees quarterly.', clause: '3.1', section: ['Fees'] },
      { text: 'The term of this Agreement shall commence on the Effective Date and shall expire on the last day of the Royalty Term.', clause: '11.1', section: ['Term and Termination of Supply'] },
    ]);
    // "Term and Termination" is read as a termination heading, so the first sentence outside it wins.
    expect(termSentence(doc.blocks)?.text).toBe('This Agreement will be in effect until the parties agree otherwise.');
    const headed = makeDoc([
      { text: 'This Agreement will be in effect until the parties agree otherwise.', clause: '1.2', section: ['General'] },
      { text: 'Unless earlier terminated, this Agreement will be in effect from the Effective Date until completion of the Research Program.', clause: '4.1', section: ['Duration'] },
    ]);
    expect(termSentence(headed.blocks)).toMatchObject({ text: 'Unless earlier terminated, this Agreement will be in effect from the Effective Date until completion of the Research Program.', block: { id: 'p1.2' } });
  });

  it('does not take a sentence where the agreement or its term is only a time frame or an object', () => {
    const doc = makeDoc([
      'During the term of this Agreement and for a period of two (2) years thereafter, the Distributor shall not sell competing products.',
      'The confidentiality obligations contained in this Agreement shall continue for a period of five (5) years after termination.',
      'Upon termination of this Agreement, the Licensee shall return all materials within thirty (30) days.',
      'Either party may terminate this Agreement on ninety (90) days notice.',
    ]);
    expect(termSentence(doc.blocks)).toBeUndefined();
  });

  it('skips a sentence that leans on the one before it', () => {
    const doc = makeDoc(['Such term of this Agreement shall expire on the fifth anniversary of the Effective Date.']);
    expect(termSentence(doc.blocks)).toBeUndefined();
  });
});
