/**
 * The shipped summary pipeline scored on documents its weights were not chosen on. `tune` scores
 * the ranking alone (tests/eval/crossValidate.ts); what users get is the whole pipeline (map step,
 * final ranking, Overview, the sentence as shown), and `npm run eval -- summary` scores that with
 * the shipped weights, which were chosen on every document it scores. Here each document's items
 * go through the pipeline with the weights the cross-validation chose without that document, so the
 * figure is the pipeline's, held out.
 */
import type { RankWeights } from '../../electron/core/terms/rankSentences';
import { extractiveStrategy } from '../../electron/core/pipeline/extractiveStrategy';
import { bootstrapInterval } from './bootstrapInterval';
import { marginsByDocument, runSummaryEval, type PlainEnglishItem, type SummaryEvalResult } from './summaryEval';

export interface PipelineHeldOut {
  items: number;
  /** Mean ROUGE-1 F1 x 100 of the pipeline's summaries, each under weights chosen without its document. */
  heldOut: number;
  leadK: number;
  leadSameWords: number;
  /** 95 % intervals of the margins (ROUGE-1 points), resampling documents. */
  marginInterval: [number, number];
  sameWordsInterval: [number, number];
  perItem: SummaryEvalResult['perItem'];
}

/**
 * `chosen` gives, per document, the weights chosen without it (a cross-validation's per-document
 * choice). Every document of `items` must have an entry: scoring one with the shipped weights
 * would be in sample.
 */
export async function pipelineHeldOut(items: readonly PlainEnglishItem[], chosen: ReadonlyMap<string, Partial<RankWeights>>): Promise<PipelineHeldOut> {
  const perItem: SummaryEvalResult['perItem'] = [];
  for (const doc of [...new Set(items.map((i) => i.doc))]) {
    const weights = chosen.get(doc);
    if (!weights) throw new Error(`no held-out weights for document ${doc}`);
    const r = await runSummaryEval(
      items.filter((i) => i.doc === doc),
      'pipeline, held out',
      (k) => extractiveStrategy({ sentences: k, weights }),
    );
    perItem.push(...r.perItem);
  }
  const n = Math.max(1, perItem.length);
  const mean = (f: (p: SummaryEvalResult['perItem'][number]) => number): number => (100 * perItem.reduce((s, p) => s + f(p), 0)) / n;
  return {
    items: perItem.length,
    heldOut: mean((p) => p.rouge1),
    leadK: mean((p) => p.leadKRouge1),
    leadSameWords: mean((p) => p.leadSameWordsRouge1),
    marginInterval: bootstrapInterval(marginsByDocument(perItem, 'leadKRouge1')),
    sameWordsInterval: bootstrapInterval(marginsByDocument(perItem, 'leadSameWordsRouge1')),
    perItem,
  };
}

const sign = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

export function formatPipelineHeldOut(label: string, r: PipelineHeldOut): string {
  const interval = ([lo, hi]: [number, number]): string => `(95 % interval over documents ${sign(lo)} to ${sign(hi)})`;
  return [
    `The shipped pipeline (extractDocument -> summarizeDocument, the summary as shown), each document under the weights ${label} chose without it (${r.items} items):`,
    `  ROUGE-1 ${r.heldOut.toFixed(2)}   Lead-K ${r.leadK.toFixed(2)}   margin ${sign(r.heldOut - r.leadK)} ${interval(r.marginInterval)}`,
    `  Lead cut to the same number of words ${r.leadSameWords.toFixed(2)}   margin ${sign(r.heldOut - r.leadSameWords)} ${interval(r.sameWordsInterval)}`,
  ].join('\n');
}
