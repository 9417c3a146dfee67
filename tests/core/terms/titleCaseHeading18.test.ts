/**
 * A clause heading left inside a paragraph and ended with a stop ("Grant of Reseller Rights.")
 * is not a statement, though its capitalised nouns are also verbs ("Grant", "Pay", "Terminate").
 * A sentence that says something in the same capitals ("The Servicer is not a Qualified Lender.")
 * is still one.
 */
import { describe, expect, it } from 'vitest';
import { rankSentences } from '../../../electron/core/terms/rankSentences';
import { makeDoc } from './docFixture';

const body = [
  'Licensor grants to Licensee a non-exclusive license to distribute the Titles in the Territory during the Term.',
  'Licensee shall pay Licensor a royalty of twelve percent of the net receipts from each Title within 30 days of each quarter.',
  'Either party may terminate this Agreement on 60 days written notice if the other party breaches it and fails to cure the breach.',
];

describe('a Title Case heading left in a paragraph', () => {
  it.each(['Grant of Reseller Rights.', 'Licensee to Pay All Charges Due.', 'Sole Supplier; No Other Grant.', 'Exercise of Option to Terminate.', 'Information to be Provided to Licensor.'])(
    'is never picked: %s',
    (heading) => {
      const doc = makeDoc(body.map((text, i) => ({ text: i === 0 ? `${heading} ${text}` : text, clause: String(i + 1) })));
      const picks = rankSentences(doc.blocks, { sentences: 8 }).map((p) => p.text);
      expect(picks).not.toContain(heading);
      expect(picks).toHaveLength(3);
    },
  );

  it('leaves a statement written with capitalised terms', () => {
    const doc = makeDoc([...body, 'The Servicer is not a Qualified Lender.'].map((text, i) => ({ text, clause: String(i + 1) })));
    expect(rankSentences(doc.blocks, { sentences: 8 }).map((p) => p.text)).toContain('The Servicer is not a Qualified Lender.');
  });
});
