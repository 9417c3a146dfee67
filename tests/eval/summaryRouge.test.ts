/**
 * The extractive summary's ROUGE in CI, on the plain-English set (85 items, a few seconds):
 *  - the leave-one-document-out figure (weights chosen without the document they are scored on)
 *    stays above a floor over Lead-K and over Lead cut to the same number of words;
 *  - DEFAULT_RANK_WEIGHTS are the grid point the same procedure finds best on all documents, so
 *    the shipped setting is the one chosen (a hand edit to the weights fails here);
 *  - the grid those weights come from is the one nested cross-validation chooses between the
 *    candidate grids, and the nested figure (that choice held out too) stays above a floor;
 *  - the shipped summary through the pipeline stays above a floor over both baselines, in sample
 *    and with each document under the weights chosen without it (what the goal asks: references
 *    the summary was not tuned on).
 * Floors sit a little under the measured figures (docs/evaluation.md, "Summaries: ROUGE"); raise them
 * as the ranking improves, never lower them to pass a ranking change. Two exceptions, each argued in
 * tests/eval/rougeCandidates.md:
 *  - the two pipeline floors were lowered once, with the fix that stopped a key term the Overview
 *    leaves out (a lone "you") from hiding the sentences of its block: one plain-English item that the
 *    hidden sentences had helped lost 23 points, one gained 8 (P7);
 *  - the length cap counted in words (C106) lowered the held-out and in-sample margins at the same
 *    words (pipeline held out +3.21 to +3.03) while it raised every nested margin by about 0.6 (pipeline
 *    +2.24 to +2.90 over Lead-K). The nested figure is the one that holds out every choice made on this
 *    set, so it is the better guess at references nobody tuned on; its floors rose with it, and the
 *    pipeline's nested figure is gated here since.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractiveStrategy } from '../../electron/core/pipeline/extractiveStrategy';
import { DEFAULT_RANK_WEIGHTS } from '../../electron/core/terms/rankSentences';
import { KIT_DIR } from '../helpers/kit';
import { GRID, CONFIGURATIONS, crossValidate, formatCrossValidation, formatNestedCrossValidation, nestedCrossValidate } from './crossValidate';
import { formatPipelineHeldOut, pipelineHeldOut } from './pipelineHeldOut';
import { LEAD_K, LEAD_SAME_WORDS, plainEnglishFile, readPlainEnglish, runSummaryEval } from './summaryEval';

/** ROUGE-1 points over each baseline, held out (measured +2.93 over Lead-K, +2.93 over same-words Lead). */
const HELD_OUT_FLOOR = { leadK: 2.75, sameWords: 2.75 };
/** The same when the choice between grids is held out too (nested; measured +2.82, +2.94). */
const NESTED_FLOOR = { leadK: 2.65, sameWords: 2.75 };
/** ROUGE-1 points of the shipped summary over each baseline, in sample (measured +3.04, +3.08). */
const SHIPPED_FLOOR = { leadK: 2.9, sameWords: 2.9 };
/** The same pipeline, each document under the weights chosen without it (measured +3.06, +3.03). */
const PIPELINE_HELD_OUT_FLOOR = { leadK: 2.9, sameWords: 2.85 };
/** The same pipeline, each document under the weights the nested procedure chose without it (measured +2.90, +2.94). */
const PIPELINE_NESTED_FLOOR = { leadK: 2.75, sameWords: 2.75 };

describe.skipIf(!existsSync(plainEnglishFile(KIT_DIR)))('extractive summary ROUGE on the plain-English set', () => {
  it('beats Lead held out, and ships the weights the cross-validation chose', async () => {
    const cv = await crossValidate(readPlainEnglish(KIT_DIR));
    const report = formatCrossValidation(cv);
    expect(cv.heldOut - cv.leadK, report).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.leadK);
    expect(cv.heldOut - cv.leadSameWords, report).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.sameWords);
    expect(DEFAULT_RANK_WEIGHTS, report).toMatchObject(cv.best);
  }, 120_000);

  it('ships from the grid the nested cross-validation chooses, and holds out above a floor with that choice held out too', async () => {
    const nested = await nestedCrossValidate(readPlainEnglish(KIT_DIR));
    const report = formatNestedCrossValidation(nested);
    expect(CONFIGURATIONS.find((c) => c.name === nested.shipped)?.grid, report).toBe(GRID);
    expect(nested.heldOut - nested.leadK, report).toBeGreaterThanOrEqual(NESTED_FLOOR.leadK);
    expect(nested.heldOut - nested.leadSameWords, report).toBeGreaterThanOrEqual(NESTED_FLOOR.sameWords);
    // The summary as shown, each document under what the nested procedure chose without it.
    const r = await pipelineHeldOut(readPlainEnglish(KIT_DIR), new Map(nested.documents.map((d) => [d.doc, d.chosen])));
    const pipelineReport = formatPipelineHeldOut('the nested procedure', r);
    expect(r.heldOut - r.leadK, pipelineReport).toBeGreaterThanOrEqual(PIPELINE_NESTED_FLOOR.leadK);
    expect(r.heldOut - r.leadSameWords, pipelineReport).toBeGreaterThanOrEqual(PIPELINE_NESTED_FLOOR.sameWords);
  }, 240_000);

  it('beats Lead with the shipped summary through the pipeline', async () => {
    const r = await runSummaryEval(readPlainEnglish(KIT_DIR), 'extractive', (k) => extractiveStrategy({ sentences: k }));
    const ours = r.rows.get('extractive')!.rouge1;
    const report = [...r.rows].map(([name, row]) => `${name}: ${row.rouge1.toFixed(2)}`).join('\n');
    expect(ours - r.rows.get(LEAD_K)!.rouge1, report).toBeGreaterThanOrEqual(SHIPPED_FLOOR.leadK);
    expect(ours - r.rows.get(LEAD_SAME_WORDS)!.rouge1, report).toBeGreaterThanOrEqual(SHIPPED_FLOOR.sameWords);
  }, 120_000);

  it('beats Lead with the pipeline under weights chosen without the document it summarises', async () => {
    const items = readPlainEnglish(KIT_DIR);
    const cv = await crossValidate(items);
    const r = await pipelineHeldOut(items, new Map(cv.documents.map((d) => [d.doc, d.chosen])));
    const report = formatPipelineHeldOut('leave-one-document-out', r);
    expect(r.heldOut - r.leadK, report).toBeGreaterThanOrEqual(PIPELINE_HELD_OUT_FLOOR.leadK);
    expect(r.heldOut - r.leadSameWords, report).toBeGreaterThanOrEqual(PIPELINE_HELD_OUT_FLOOR.sameWords);
  }, 120_000);
});
