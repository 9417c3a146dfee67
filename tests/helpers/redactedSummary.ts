import type { Block, ExtractedDocument } from '../../shared/document';
import type { SummaryResult } from '../../shared/summary';
import { collectSummary } from '../../electron/core/jobs/jobEvents';
import { extractiveStrategy } from '../../electron/core/pipeline/extractiveStrategy';
import { summarizeDocument } from '../../electron/core/pipeline/summarizeDocument';

/** The sentence an SEC filing with confidential treatment reads like; two markers in one sentence. */
export const REDACTED_SENTENCE = 'The Company [***] will be provided on a [***] basis.';

/** Further sentences, each with markdown characters that must come through as written. */
export const MARKDOWN_SENTENCES = [
  'The Supplier shall pay a fee of $5,000 * 2 under Section_4 within thirty days.',
  'The Buyer shall report the # of units delivered each month to the Agent | the Bank within ten days.',
  'The Licensee shall use the `code` only if the price is < $10 & > $5.',
];

/**
 * Runs the real extractive pipeline over a small contract whose sentences are full of markdown
 * characters, and returns its summary: what the window, the Markdown export and the DOCX export
 * all render.
 */
export async function redactedSummary(): Promise<SummaryResult> {
  const texts = [REDACTED_SENTENCE, ...MARKDOWN_SENTENCES];
  const blocks: Block[] = texts.map((text, i) => ({ id: `p1.${i + 1}`, page: 1, kind: 'paragraph', text, clause: `${i + 1}.1`, section: [] }));
  const doc: ExtractedDocument = {
    sha256: 'b'.repeat(64),
    kind: 'pdf',
    fileName: 'redacted.pdf',
    pageCount: 1,
    pages: [{ number: 1, text: texts.join('\n\n') }],
    blocks,
    definitions: [],
    warnings: [],
  };
  const { terminal } = await collectSummary('j1', (signal) => summarizeDocument(doc, extractiveStrategy({ sentences: 8 }), { signal, keyTerms: false }));
  if (terminal.type !== 'done') throw new Error(`summary ended with ${terminal.type}`);
  return terminal.summary;
}
