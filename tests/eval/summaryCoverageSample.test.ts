/**
 * The summary's key-term coverage in CI: on a fixed spread of CUAD development contracts, how often the
 * shipped 8-sentence extractive summary cites a block holding the lawyers' span for the parties, the
 * term, the renewal and the governing law (./summaryCoverage.ts). Fails when a field falls below its
 * floor. The floors sit a few points under the figures measured on this sample (docs/evaluation.md,
 * "Key-term coverage"); raise them when the summary gets better, never lower them to pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_DIR } from '../helpers/kit';
import { readCuadLabels } from './cuadLabels';
import { COVERAGE_COLUMNS, formatCoverage, runCoverage, type CoverageField } from './summaryCoverage';
import { fixedSample } from './termsEval';

const DEV = path.join(KIT_DIR, 'data', 'cuad-dev');
const SAMPLE = 48;

/** Minimum share of labelled contracts whose span the whole summary cites, per field. */
const FLOORS: Record<CoverageField, number> = { parties: 0.9, term: 0.89, renewal: 0.8, governingLaw: 0.94 };
const OVERALL_FLOOR = 0.92;

describe.skipIf(!existsSync(path.join(DEV, 'labels.csv')))('key-term coverage of the summary on a fixed sample of the CUAD dev set', () => {
  it(
    `stays above the floors on ${SAMPLE} contracts`,
    async () => {
      const pdfs = fixedSample(readCuadLabels(DEV), SAMPLE).map((c) => c.pdf);
      const result = await runCoverage(DEV, { pdfs });
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
