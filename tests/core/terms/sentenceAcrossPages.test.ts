import { describe, expect, it } from 'vitest';
import { extractiveStrategy } from '../../../electron/core/pipeline/extractiveStrategy';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { rankSentences } from '../../../electron/core/terms/rankSentences';
import { makeDoc } from './docFixture';

// A contract written for the rule: the payment clause runs over a page break.
const contract = makeDoc([
  { text: 'EQUIPMENT LEASE', kind: 'heading' },
  'This Equipment Lease is made between Corvell Leasing LLC ("Lessor") and Dunmore Bakeries Inc. ("Lessee").',
  { text: 'Lessor shall deliver the equipment to the premises named in the schedule.', clause: '2.1' },
  { text: '4.1 Lessee shall pay the Lessor a monthly rent of $3,200 for each machine within fifteen (15) days of', clause: '4.1', page: 2 },
  { text: 'receipt of each invoice, by bank transfer to the account the Lessor names in writing. Late payments shall bear interest at one percent per month.', page: 3 },
  { text: 'Lessee shall keep the equipment insured against loss and damage at its own cost.', clause: '6.1', page: 3 },
]);

describe('a sentence cut by a page break', () => {
  it('is ranked as one sentence, cited in the block it starts in and the one that finishes it', () => {
    const picks = rankSentences(contract.blocks, { sentences: 6 });
    const rent = picks.find((p) => /monthly rent/.test(p.text));
    expect(rent?.text).toBe('Lessee shall pay the Lessor a monthly rent of $3,200 for each machine within fifteen (15) days of receipt of each invoice, by bank transfer to the account the Lessor names in writing.');
    expect(rent?.citation).toEqual({ blockId: 'p2.1', page: 2, clause: '4.1' });
    expect(rent?.continued).toEqual({ blockId: 'p3.1', page: 3 });
    // Neither half is offered on its own, and the next block's own sentences still are.
    expect(picks.filter((p) => /receipt of each invoice/.test(p.text))).toHaveLength(1);
    expect(picks.some((p) => p.text === 'Late payments shall bear interest at one percent per month.')).toBe(true);
  });

  it('is shown in the summary with both pages', () => {
    const s = extractiveSummary(contract.blocks, { sentences: 6 });
    const rent = s.points.find((p) => /monthly rent/.test(p.text))!;
    expect(rent.citations.map((c) => c.page)).toEqual([2, 3]);
    expect(s.markdown).toContain('names in writing. [p. 2, §4.1] [p. 3]');
  });

  it('keeps both pages through the app pipeline (map picks, then the final ranking of those picks)', async () => {
    let markdown = '';
    for await (const e of summarizeDocument(contract, extractiveStrategy({ sentences: 6 }))) if (e.type === 'done') markdown = e.summary.markdown;
    expect(markdown).toContain('names in writing. [p. 2, §4.1] [p. 3]');
  });

  it('leaves a finished paragraph and the next one apart', () => {
    const apart = makeDoc([
      { text: 'Lessee shall pay the Lessor a monthly rent of $3,200 for each machine within fifteen (15) days of each invoice.', clause: '4.1', page: 2 },
      { text: 'Lessee shall keep the equipment insured against loss and damage at its own cost.', clause: '6.1', page: 3 },
    ]);
    const picks = rankSentences(apart.blocks, { sentences: 2 });
    expect(picks).toHaveLength(2);
    expect(picks.every((p) => p.continued === undefined)).toBe(true);
  });
});
