/**
 * Scores one candidate grid of rougeCandidates.md (`npx tsx tests/eval/scoreCandidates.ts C1`): leave one
 * document out over the grid, nested (the candidate grid in place of the shipped one, against the
 * wide grid) and in sample. A record of how session 8 measured its candidates; the knobs of C1, C2b,
 * C6, C7 and C12 were removed after they were dropped (the commit "Extractive ranking experiments (session 8)" has them and their grids).
 */
import { readPlainEnglish } from './summaryEval';
import { KIT_DIR } from '../helpers/kit';
import { crossValidate, nestedCrossValidate, GRID_S5, GRID_WIDE, type Grid } from './crossValidate';
const items = readPlainEnglish(KIT_DIR);
const grids: Record<string, Grid> = {
  base: GRID_S5,
  C1b: { ...GRID_S5, relativeLong: [0, 0.5, 1] },
  C2: { ...GRID_S5, redundancy: [0, 0.25, 0.5] },
  C13: { ...GRID_S5, conditional: [0, 0.05, 0.1, 0.2] },
  C17: { ...GRID_S5, positionAmongCandidates: [1] },
};
const name = process.argv[2] ?? 'base';
const grid = grids[name]!;
const s = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(2);
const cv = await crossValidate(items, grid);
// A rule (not a weight) applies under every grid: C17 changes what position measures for the wide grid too.
const wide: Grid = name === 'C17' ? { ...GRID_WIDE, positionAmongCandidates: [1] } : GRID_WIDE;
const nested = await nestedCrossValidate(items, [{ name: 'candidate', grid }, { name: 'wide grid', grid: wide }]);
console.log(`${name}: points=${cv.gridPoints} heldOut=${cv.heldOut.toFixed(2)} (${s(cv.heldOut - cv.leadK)} LeadK [${cv.marginInterval.map(s).join(',')}], ${s(cv.heldOut - cv.leadSameWords)} sameWords) nested=${nested.heldOut.toFixed(2)} (${s(nested.heldOut - nested.leadK)} / ${s(nested.heldOut - nested.leadSameWords)}) shipped-config=${nested.shipped} inSample=${cv.bestInSample.toFixed(2)} (${s(cv.bestInSample - cv.leadK)}) best=${JSON.stringify(cv.best)}`);
console.log('  per-doc chosen:', cv.documents.map((d) => JSON.stringify(d.chosen)).join(' | '));
