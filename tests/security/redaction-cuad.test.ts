/**
 * Cloud redaction on real contracts: a fixed sample of 40 CUAD development contracts goes through
 * the app's own path (PDF → extraction → cloud preparation), and no party name the lawyers labelled
 * may be in what would be sent. The scorer (tests/core/privacy/cuadPartyLabels.ts) reads labels.csv
 * itself and shares nothing with the redactor. `npm run bench -- redaction` runs all 255.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { cuadSample, formatSummary, scoreContract, summarize, type ContractLeaks } from '../core/privacy/cuadRedactionRun';

// Every 3rd contract by file name among the shorter half (CUAD text ≤ 30 kB, about 8 pages or
// fewer, to keep CI short): the same 40 every run.
const sample = cuadSample(3, 40, 0, 30_000);

describe('redaction on real contracts (CUAD development sample)', () => {
  afterAll(() => shutdownParseWorker());

  it('sends no labelled party name for any of 40 contracts', { timeout: 600_000 }, async () => {
    expect(sample).toHaveLength(40);
    const rows: ContractLeaks[] = [];
    for (const c of sample) rows.push(await scoreContract(c));
    const summary = summarize(rows);
    console.log(formatSummary(summary, `Redaction on ${rows.length} CUAD development contracts`));
    const leaks = rows.filter((r) => r.leaked.length > 0).map((r) => `${r.pdf}: ${r.leaked.length} name(s)`);
    expect(leaks).toEqual([]);
    expect(summary.names).toBeGreaterThan(100);
  });
});
