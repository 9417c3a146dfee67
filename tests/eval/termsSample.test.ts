/**
 * The key-term eval in CI: a fixed spread of 64 CUAD development contracts through `precis terms`'s
 * own path, scored value by value (./scoreTerms.ts). Fails when a field falls below its floor. The
 * floors sit a few points under the figures measured on this sample (docs/evaluation.md, "How the
 * key-term eval scores"); raise them when the rules get better, never lower them to pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { KIT_DIR } from '../helpers/kit';
import { readCuadLabels, SCORED_FIELDS, type ScoredField } from './cuadLabels';
import { fixedSample, formatTermsReport, runTermsEval, type TermsEvalResult } from './termsEval';

const DEV = path.join(KIT_DIR, 'data', 'cuad-dev');
const SAMPLE = 64;

/** Minimum share of labelled values right, per field, on the sample. */
const FLOORS: Record<ScoredField, number> = {
  title: 0.9,
  parties: 0.84,
  agreementDate: 0.91,
  effectiveDate: 0.95,
  expiration: 0.9,
  renewal: 0.87,
  renewalNotice: 0.85,
  governingLaw: 0.95,
};
const OVERALL_FLOOR = 0.9;
/** Maximum share of unlabelled contracts given a value anyway (dates and governing law). */
const EXTRA_CEILINGS: Partial<Record<ScoredField, number>> = { agreementDate: 0.4, effectiveDate: 0.2, governingLaw: 0.15 };

describe.skipIf(!existsSync(path.join(DEV, 'labels.csv')))('key terms on a fixed sample of the CUAD dev set', () => {
  let result: TermsEvalResult;
  afterAll(() => shutdownParseWorker());

  it(
    `stays above the floors on ${SAMPLE} contracts`,
    async () => {
      const contracts = fixedSample(readCuadLabels(DEV), SAMPLE);
      // A shared CI machine can be slow: the gate is on values, so parsing gets more time than the CLI gives.
      result = await runTermsEval({ dir: DEV, contracts, jobs: 2, parseTimeoutMs: 300_000 });
      const report = formatTermsReport(result, 0);
      const below = SCORED_FIELDS.filter((f) => result.fields[f].accuracy < FLOORS[f]).map((f) => `${f} ${(100 * result.fields[f].accuracy).toFixed(1)} % < ${100 * FLOORS[f]} %`);
      const extra = Object.entries(EXTRA_CEILINGS)
        .filter(([f, max]) => result.fields[f as ScoredField].extraRate > max)
        .map(([f, max]) => `${f} extra ${(100 * result.fields[f as ScoredField].extraRate).toFixed(1)} % > ${100 * max} %`);
      expect(below.concat(extra), report).toEqual([]);
      expect(result.overall.accuracy, report).toBeGreaterThanOrEqual(OVERALL_FLOOR);
      // Every contract was read (a reading failure would score as misses and hide behind the floors).
      expect(result.contracts.filter((c) => c.error).map((c) => `${c.pdf}: ${c.error}`)).toEqual([]);
    },
    15 * 60_000,
  );
});
