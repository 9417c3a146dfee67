import { describe, expect, it } from 'vitest';
import { extractiveStrategy } from '../../../electron/core/pipeline/extractiveStrategy';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import type { ExtractedDocument } from '../../../shared/document';
import { makeDoc } from '../terms/docFixture';

// An invented contract. Its term and governing-law clauses are stated by the Overview, so the
// summary skips them; the confidentiality clause says "liable", a word that alone would place it
// under Risks, but its clause heading places it under Key terms.
const doc = makeDoc([
  { text: 'EQUIPMENT MAINTENANCE AGREEMENT', kind: 'heading' },
  'This Equipment Maintenance Agreement is made as of March 2, 2021 between Quillon Instruments Inc. (“Quillon”) and Redwater Clinics LLC (“Redwater”).',
  { text: 'The term of this Agreement shall be three (3) years from the date of this Agreement.', clause: '2.1', section: ['2. Term'] },
  { text: 'Quillon shall service each covered analyser within two business days of a fault report.', clause: '3.1', section: ['3. Services'] },
  { text: 'Redwater shall pay Quillon a quarterly maintenance fee of $18,500.', clause: '4.1', section: ['4. Fees'] },
  { text: 'Each party shall be liable for any disclosure of the other party’s confidential information by its staff.', clause: '5.1', section: ['5. Confidentiality'] },
  { text: 'Quillon shall keep spare parts for every covered analyser for the whole term.', clause: '3.2', section: ['3. Services'] },
  { text: 'Redwater may terminate this Agreement on sixty (60) days’ written notice to Quillon.', clause: '8.1', section: ['8. Termination'] },
  { text: 'Quillon warrants that every replacement part it installs will be new or equivalent to new.', clause: '6.1', section: ['6. Warranty'] },
  { text: 'This Agreement is governed by the laws of the State of Vermont.', clause: '9.1', section: ['9. General'] },
]);

async function throughPipeline(d: ExtractedDocument, sentences: number): Promise<string> {
  for await (const e of summarizeDocument(d, extractiveStrategy({ sentences }), { keyTerms: false })) if (e.type === 'done') return e.summary.markdown;
  throw new Error('no summary');
}

const rankedPoints = (markdown: string): string[] =>
  markdown
    .split(/\n(?=## )/)
    .filter((s) => !s.startsWith('## Overview'))
    .flatMap((s) => s.split('\n').filter((l) => l.startsWith('- ')));

describe('the pipeline shows the summary built from the document itself', () => {
  it('holds the points asked for when the Overview states a clause the ranker would pick', async () => {
    const markdown = await throughPipeline(doc, 4);
    expect(markdown).toMatch(/It runs until March 2, 2024/);
    expect(markdown).toMatch(/The law of Vermont/);
    const points = rankedPoints(markdown);
    expect(points).toHaveLength(4);
    expect(points.some((p) => /term of this Agreement shall be three/.test(p))).toBe(false);
  });

  it('places each point in the section of its clause, as the direct summary does', async () => {
    const markdown = await throughPipeline(doc, 4);
    expect(markdown).toBe(extractiveSummary(doc.blocks, { sentences: 4 }).markdown);
    const keyTerms = markdown.split('## Key terms')[1]!.split('\n## ')[0]!;
    expect(keyTerms).toMatch(/Each party shall be liable for any disclosure/);
  });
});
