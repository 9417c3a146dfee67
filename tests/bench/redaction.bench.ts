/**
 * `npm run bench -- redaction [docs] [--cuad N|all]`: recall/precision of cloud redaction on the
 * generated labelled set (structured ids gated at 0.99 in tests/security/redaction-eval.test.ts),
 * names reported separately, then the same preparation on real contracts: the CUAD development
 * half (PDF → the app's extraction → cloud preparation), scored against the lawyers' party labels
 * by tests/core/privacy/cuadPartyLabels.ts (labelled names found in what would be sent, goal 0, and
 * placeholders per page).
 */
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { generateRedactionCorpus } from '../core/privacy/redactionCorpus';
import { evaluateRedaction, formatMetrics } from '../core/privacy/redactionMetrics';
import { cuadContracts, formatSummary, scoreContract, summarize, type ContractLeaks } from '../core/privacy/cuadRedactionRun';

export async function run(argv: string[]): Promise<void> {
  const cuadAt = argv.indexOf('--cuad');
  const cuadArg = cuadAt >= 0 ? argv[cuadAt + 1] : 'all';
  const n = Number(argv.find((a, i) => /^\d+$/.test(a) && i !== cuadAt + 1) ?? 100);
  const docs = generateRedactionCorpus(n);
  let t = performance.now();
  console.log(formatMetrics(evaluateRedaction(docs, { parties: true }), `${n} generated documents, parties given`));
  console.log(`  (${((performance.now() - t) / n).toFixed(1)} ms per document)`);
  t = performance.now();
  console.log(formatMetrics(evaluateRedaction(docs, { parties: false }), `${n} generated documents, no party list`));
  console.log(`  (${((performance.now() - t) / n).toFixed(1)} ms per document)`);

  const all = cuadContracts();
  const contracts = cuadArg === 'all' ? all : all.slice(0, Number(cuadArg));
  const rows: ContractLeaks[] = [];
  for (const c of contracts) {
    const row = await scoreContract(c);
    rows.push(row);
    if (row.leaked.length) console.log(`  leak: ${row.pdf}: ${row.leaked.length}/${row.names} labelled name(s)`);
  }
  const ms = rows.reduce((s, r) => s + r.ms, 0);
  console.log(formatSummary(summarize(rows), `CUAD development half: ${rows.length} real contracts (PDF → extraction → cloud preparation)`));
  console.log(`  (preparation ${(ms / rows.length).toFixed(0)} ms per contract, ${(ms / Math.max(1, summarize(rows).pages)).toFixed(0)} ms per page)`);
  await shutdownParseWorker();
  process.exit(0);
}
