/**
 * Scores one candidate grid of rougeCandidates.md (`npx tsx tests/eval/scoreCandidates.ts C1`): leave one
 * document out over the grid, nested (the candidate grid in place of the shipped one, against the
 * wide grid) and in sample. A record of how session 8 measured its candidates; the knobs of C1, C2b,
 * C6, C7, C12, C13 and C17 were removed after they were dropped (the two commits "Extractive ranking
 * experiments (session 8…)" have them and their grids). Session 9's knobs (C18, C18b and the
 * learned-weights harness tests/eval/scoreLearned.ts of C19/C19b) are in the commit "Extractive
 * ranking experiments (session 9)", those of C21/C22 and C23 in "… (session 9, C21/C22)" and
 * "… (session 9, C23)"; all were removed after they were dropped.
 */
import { readPlainEnglish } from './summaryEval';
import { KIT_DIR } from '../helpers/kit';
import { crossValidate, nestedCrossValidate, GRID_S5, GRID_WIDE, type Grid } from './crossValidate';
const items = readPlainEnglish(KIT_DIR);
const grids: Record<string, Grid> = {
  base: GRID_S5,
  C1b: { ...GRID_S5, relativeLong: [0, 0.5, 1] },
  C2: { ...GRID_S5, redundancy: [0, 0.25, 0.5] },
};
const name = process.argv[2] ?? 'base';
const grid = grids[name]!;
const s = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(2);
const cv = await crossValidate(items, grid);
// A rule rather than a weight (C17 at the second experiments commit) is switched on in both grids.
const nested = await nestedCrossValidate(items, [{ name: 'candidate', grid }, { name: 'wide grid', grid: GRID_WIDE }]);
console.log(`${name}: points=${cv.gridPoints} heldOut=${cv.heldOut.toFixed(2)} (${s(cv.heldOut - cv.leadK)} LeadK [${cv.marginInterval.map(s).join(',')}], ${s(cv.heldOut - cv.leadSameWords)} sameWords) nested=${nested.heldOut.toFixed(2)} (${s(nested.heldOut - nested.leadK)} / ${s(nested.heldOut - nested.leadSameWords)}) shipped-config=${nested.shipped} inSample=${cv.bestInSample.toFixed(2)} (${s(cv.bestInSample - cv.leadK)}) best=${JSON.stringify(cv.best)}`);
console.log('  per-doc chosen:', cv.documents.map((d) => JSON.stringify(d.chosen)).join(' | '));
