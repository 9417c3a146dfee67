/**
 * `npm run bench -- redaction [docs]`: recall/precision of cloud redaction on the generated labelled
 * set (structured ids gated at 0.99 in tests/security/redaction-eval.test.ts), names reported
 * separately, and the cost of preparing real corpus contracts for the cloud preview.
 */
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { prepareForCloud } from '../../electron/core/privacy/prepareForCloud';
import { generateRedactionCorpus } from '../core/privacy/redactionCorpus';
import { evaluateRedaction, formatMetrics } from '../core/privacy/redactionMetrics';
import { corpusFile } from '../helpers/kit';

export async function run(argv: string[]): Promise<void> {
  const n = Number(argv[0] ?? 100);
  const docs = generateRedactionCorpus(n);
  let t = performance.now();
  console.log(formatMetrics(evaluateRedaction(docs, { parties: true }), `${n} generated documents, parties given`));
  console.log(`  (${((performance.now() - t) / n).toFixed(1)} ms per document)`);
  t = performance.now();
  console.log(formatMetrics(evaluateRedaction(docs, { parties: false }), `${n} generated documents, no party list`));
  console.log(`  (${((performance.now() - t) / n).toFixed(1)} ms per document)`);
  for (const name of ['Example-Mutual-Non-Disclosure-Agreement.pdf', 'cuad_02_service_martinmidstream.pdf', 'common-paper-software-license-agreement.docx']) {
    const doc = await extractDocument({ path: corpusFile(name) });
    const chars = doc.blocks.reduce((s, b) => s + b.text.length, 0);
    t = performance.now();
    const prep = prepareForCloud(doc, { redact: true });
    const ms = performance.now() - t;
    const kinds = new Map<string, number>();
    for (const r of prep.redactions) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + r.count);
    console.log(`${name}: ${chars} chars, prepared in ${ms.toFixed(0)} ms, ${prep.redactions.length} placeholders (${[...kinds].map(([k, c]) => `${k} ×${c}`).join(', ') || 'none'})`);
  }
  process.exit(0);
}
