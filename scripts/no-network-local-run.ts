/**
 * The whole local path in one process, for the offline proof (SECURITY C1a): extract a document,
 * chunk and summarize it with a local GGUF model, save the result to the encrypted history.
 * tests/security/no-network.test.ts runs it under `unshare -rn` (no network at all) and, in
 * process, with every socket/DNS/fetch entry point hooked.
 *
 *   npx tsx scripts/no-network-local-run.ts <file> <model.gguf> <home>
 * Prints one JSON line: {"ok":true,...} on success.
 */
import { extractDocument } from '../electron/core/documents/extractDocument';
import { toErrorShape } from '../electron/core/errors';
import { createFileKeyProvider, createHistoryStore } from '../electron/core/storage/historyStore';
import { createLocalProvider } from '../electron/core/llm/localProvider';
import { jobEvents } from '../electron/core/jobs/jobEvents';
import { defaultKeyTermsEngine } from '../electron/core/pipeline/keyTermsEngine';
import { modelStrategy } from '../electron/core/pipeline/modelStrategy';
import { summarizeDocument } from '../electron/core/pipeline/summarizeDocument';

/** Runs extract → chunk → summarize → save and reports what happened (never throws). */
export async function runLocalPipeline(file: string, modelPath: string, home: string): Promise<Record<string, unknown>> {
  const provider = await createLocalProvider({ modelPath, threads: 1, parallel: 2, contextSize: 2048 });
  try {
    const doc = await extractDocument({ path: file });
    let chunks = 0;
    let terminal = '';
    let historyId = '';
    for await (const e of jobEvents('offline', (signal) =>
      summarizeDocument(doc, modelStrategy(provider), {
      signal,
      length: 'brief',
      maxTokens: 48,
      // Rule-based key terms run; the model's key-terms pass is skipped (a random tiny model spends minutes in its large grammar).
      keyTerms: { extract: defaultKeyTermsEngine.extract },
    }),
    )) {
      if (e.type === 'chunkDone') chunks++;
      if (e.type === 'failed') terminal = `failed ${e.error.code} ${e.error.message}`;
      if (e.type === 'cancelled') terminal = 'cancelled';
      if (e.type === 'done') {
        terminal = 'done';
        historyId = (await createHistoryStore(home, createFileKeyProvider(home)).save(e.summary)).id;
      }
    }
    return { ok: terminal === 'done', terminal, blocks: doc.blocks.length, chunks, historyId };
  } catch (e) {
    return { ok: false, error: toErrorShape(e) };
  } finally {
    await provider.dispose();
  }
}

const invokedDirectly = process.argv[1] && /no-network-local-run\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  const [file, modelPath, home] = process.argv.slice(2);
  if (!file || !modelPath || !home) {
    process.stderr.write('Usage: no-network-local-run <file> <model.gguf> <home>\n');
    process.exit(2);
  }
  runLocalPipeline(file, modelPath, home).then((r) => {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    // A parser worker (pdf.js) may still hold the event loop: the work is done, leave.
    process.exit(r.ok ? 0 : 1);
  });
}
