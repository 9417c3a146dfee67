/**
 * `npm run bench -- redaction [docs] [--cuad N|all] [--signals]`: recall/precision of cloud redaction on the
 * generated labelled set (structured ids gated at 0.99 in tests/security/redaction-eval.test.ts),
 * names reported separately, then the same preparation on real contracts: the CUAD development
 * half (PDF → the app's extraction → cloud preparation), scored against the lawyers' party labels
 * by tests/core/privacy/cuadPartyLabels.ts (labelled names found in what would be sent, goal 0, and
 * placeholders per page), on all of them and on two fixed halves. `--signals` also leaves out each
 * signal in turn and lists the labelled names that rest on one signal alone (slow: ~12 preparations
 * per contract).
 */
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { generateRedactionCorpus } from '../core/privacy/redactionCorpus';
import { evaluateRedaction, formatMetrics } from '../core/privacy/redactionMetrics';
import { cuadContracts, formatSummary, scoreContract, summarize, type ContractLeaks } from '../core/privacy/cuadRedactionRun';
import { countPlaceholders } from '../core/privacy/cuadPartyLabels';
import { prepareForCloud } from '../../electron/core/privacy/prepareForCloud';
import { STRUCTURED_KINDS } from '../../electron/core/privacy/structuredIds';
import type { ExtractedDocument } from '../../shared/document';
import type { LabelledDoc } from '../core/privacy/redactionCorpus';

/**
 * The generated documents through the app's whole cloud preparation (no party list given, as for a
 * document whose key terms found none): planted identifiers left in the preview, and placeholders
 * per document (each generated document is one page).
 */
function cloudPreparation(docs: readonly LabelledDoc[]): string {
  let structured = 0, structuredLeft = 0, names = 0, namesLeft = 0, addresses = 0, addressesLeft = 0, all = 0, nameHolders = 0;
  for (const [i, d] of docs.entries()) {
    const doc: ExtractedDocument = {
      sha256: String(i).padStart(64, '0'),
      kind: 'text',
      pageCount: 1,
      pages: [{ number: 1, text: d.text }],
      blocks: d.text.split('\n\n').map((text, j) => ({ id: `p1.${j + 1}`, page: 1, kind: 'paragraph' as const, text, section: [] })),
      definitions: [],
      warnings: [],
    };
    const preview = prepareForCloud(doc, { redact: true, parties: [] }).previewText;
    for (const p of d.planted) {
      const left = preview.includes(p.value);
      if (STRUCTURED_KINDS.includes(p.kind)) {
        structured++;
        if (left) structuredLeft++;
      } else if (p.kind === 'ADDRESS') {
        addresses++;
        if (left) addressesLeft++;
      } else {
        names++;
        if (left) namesLeft++;
      }
    }
    const c = countPlaceholders(preview);
    all += c.all;
    nameHolders += c.names;
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
  return [
    `${docs.length} generated documents through the cloud preparation (no party list)`,
    `  structured ids hidden: ${pct(structured - structuredLeft, structured)} (${structured - structuredLeft}/${structured}); names hidden: ${pct(names - namesLeft, names)} (${names - namesLeft}/${names}); addresses hidden: ${pct(addresses - addressesLeft, addresses)} (${addresses - addressesLeft}/${addresses})`,
    `  placeholders per document (one page each): ${(all / docs.length).toFixed(2)} (names ${(nameHolders / docs.length).toFixed(2)})`,
  ].join('\n');
}

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

  console.log(cloudPreparation(docs));

  const all = cuadContracts();
  const contracts = cuadArg === 'all' ? all : all.slice(0, Number(cuadArg));
  // Two fixed halves (even and odd places in file-name order): a rule that holds on one half only
  // was fitted to it, and the gap between them hints at the figure on contracts nobody has seen.
  const halfOf = new Map(all.map((c, i) => [c.pdf, i % 2 === 0 ? 'A' : 'B']));
  const signals = argv.includes('--signals');
  const rows: ContractLeaks[] = [];
  for (const c of contracts) {
    let row: ContractLeaks;
    try {
      row = await scoreContract(c, undefined, { signals });
    } catch (e) {
      // A contract the reader cannot read is reported, not a reason to lose the whole measurement.
      console.log(`  not read: ${c.pdf}: ${(e as Error).message}`);
      continue;
    }
    rows.push(row);
    if (row.leaked.length) console.log(`  leak: ${row.pdf}: ${row.leaked.length}/${row.names} labelled name(s)`);
  }
  const ms = rows.reduce((s, r) => s + r.ms, 0);
  console.log(formatSummary(summarize(rows), `CUAD development half: ${rows.length} real contracts (PDF → extraction → cloud preparation)`));
  for (const half of ['A', 'B']) {
    const part = rows.filter((r) => halfOf.get(r.pdf) === half);
    console.log(formatSummary(summarize(part), `  half ${half} (${half === 'A' ? 'even' : 'odd'} places by file name): ${part.length} contracts`));
  }
  if (signals) {
    const fragile = rows.flatMap((r) => (r.fragile ?? []).map((f) => `${r.pdf}: ${f}`));
    const names = new Set(fragile.map((f) => f.replace(/: [a-z]+: /, ': ')));
    console.log(`  labelled names that rest on one signal (leak when it alone is left out): ${names.size}, in ${new Set(fragile.map((f) => f.split(': ')[0])).size} contracts`);
    for (const f of fragile) console.log(`    ${f}`);
  }
  console.log(`  (preparation ${(ms / rows.length).toFixed(0)} ms per contract, ${(ms / Math.max(1, summarize(rows).pages)).toFixed(0)} ms per page)`);
  await shutdownParseWorker();
  process.exit(0);
}
