/**
 * The summary on a fixed spread of CUAD development contracts, in CI, each check failing below a floor
 * that sits a few points under the figure measured on this sample; raise a floor when the summary gets
 * better, never lower it to pass.
 *  - Key-term coverage: how often the shipped 8-sentence extractive summary cites a block holding the
 *    lawyers' span for the parties, the term, the renewal and the governing law (./summaryCoverage.ts;
 *    docs/evaluation.md, "Key-term coverage").
 *  - Section placement: how often a point that holds a lawyer-labelled span sits under the section the
 *    span's category implies (./sectionEval.ts; docs/evaluation.md, "Section placement").
 * Both read the same contracts; the second reads them from the first's extraction cache, which keeps
 * the suite's time down (each contract is extracted once).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KIT_DIR } from '../helpers/kit';
import { readCuadLabels } from './cuadLabels';
import { agreementOf, formatSectionEval, runSectionEval } from './sectionEval';
import { COVERAGE_COLUMNS, formatCoverage, runCoverage, type CoverageField } from './summaryCoverage';
import { fixedSample } from './termsEval';

const DEV = path.join(KIT_DIR, 'data', 'cuad-dev');
const SAMPLE = 48;

/** Minimum share of labelled contracts whose span the whole summary cites, per field. */
const FLOORS: Record<CoverageField, number> = { parties: 0.9, term: 0.89, renewal: 0.8, governingLaw: 0.94 };
const OVERALL_FLOOR = 0.92;
/** Minimum share of scored points placed under the section their category implies (84/88 measured once
 * the scorer stopped matching spans through their common words alone). */
const SECTION_FLOOR = 0.9;

const present = existsSync(path.join(DEV, 'labels.csv'));
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'precis-summary-sample-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const samplePdfs = (): string[] => fixedSample(readCuadLabels(DEV), SAMPLE).map((c) => c.pdf);

describe.skipIf(!present)('key-term coverage of the summary on a fixed sample of the CUAD dev set', () => {
  it(
    `stays above the floors on ${SAMPLE} contracts`,
    async () => {
      const result = await runCoverage(DEV, { pdfs: samplePdfs(), cacheDir });
      const report = formatCoverage(result);
      // Every contract was read (a reading failure would drop out of the counts and hide behind the floors).
      expect(result.unread, report).toEqual([]);
      expect(result.contracts, report).toBe(SAMPLE);
      const fields = Object.keys(COVERAGE_COLUMNS) as CoverageField[];
      const below = fields
        .filter((f) => result.fields[f].whole < FLOORS[f] * result.fields[f].labelled)
        .map((f) => `${f} ${result.fields[f].whole}/${result.fields[f].labelled} < ${100 * FLOORS[f]} %`);
      expect(below, report).toEqual([]);
      const labelled = fields.reduce((n, f) => n + result.fields[f].labelled, 0);
      const whole = fields.reduce((n, f) => n + result.fields[f].whole, 0);
      expect(whole, report).toBeGreaterThanOrEqual(OVERALL_FLOOR * labelled);
    },
    10 * 60_000,
  );
});

describe.skipIf(!present)('section placement of the summary on the same sample', () => {
  it(
    `stays above the floor on ${SAMPLE} contracts`,
    async () => {
      const result = await runSectionEval(DEV, { pdfs: samplePdfs(), cacheDir });
      const report = formatSectionEval(result);
      // Every contract was read (a reading failure would drop out of the counts and hide behind the floor).
      expect(result.unread, report).toEqual([]);
      expect(result.contracts, report).toBe(SAMPLE);
      const { agreed, scored } = agreementOf(result.points);
      expect(scored, report).toBeGreaterThan(50);
      expect(agreed, report).toBeGreaterThanOrEqual(SECTION_FLOOR * scored);
    },
    10 * 60_000,
  );
});
