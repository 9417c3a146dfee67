/**
 * `npm run bench -- storage [entries]`: what durability and encryption cost, measured side by side
 * in one run on this machine's disk. Not a test.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportSummary } from '../../electron/core/export/exportSummary';
import { createHistoryStore } from '../../electron/core/storage/historyStore';
import { createJobJournals } from '../../electron/core/storage/jobJournal';
import { atomicWrite } from '../../electron/core/storage/atomicWrite';
import { createFileKeyProvider } from '../../electron/core/storage/keyProvider';
import type { SummaryResult } from '../../shared/summary';
import { summaryFixture } from '../core/jobs/summaryFixture';

async function time(label: string, n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i += 1) await fn(i);
  const per = (performance.now() - start) / n;
  console.log(`${label.padEnd(50)} ${per.toFixed(2).padStart(8)} ms/op  (n=${n})`);
  return per;
}

/** A summary about the size a 50-page contract produces: 120 points, ~60 KB of markdown. */
function bigSummary(): SummaryResult {
  const base = summaryFixture('bench');
  const points = Array.from({ length: 120 }, (_, i) => ({
    text: `Point ${i}: the supplier shall ${'perform the services diligently and '.repeat(12)}`,
    citations: [{ blockId: `p${(i % 50) + 1}.${i}`, page: (i % 50) + 1, clause: `${i}.1` }],
  }));
  return { ...base, points, markdown: points.map((p) => `- ${p.text} [p. ${p.citations[0]?.page}, §${p.citations[0]?.clause}]`).join('\n') };
}

export async function run(argv: string[]): Promise<void> {
  const entries = Number(argv[0] ?? 200);
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-bench-storage-'));
  try {
    const keys = createFileKeyProvider(home);
    const summary = bigSummary();
    console.log(`summary JSON: ${(JSON.stringify(summary).length / 1024).toFixed(0)} KiB; data folder on ${os.tmpdir()}`);

    const settingsJson = JSON.stringify({ mode: 'local', local: { modelId: 'x', threads: 2 } });
    const plain = await time('settings: fs.writeFile (no fsync)', 50, (i) => fs.writeFile(path.join(home, `plain-${i % 2}.json`), settingsJson));
    const atomic = await time('settings: atomicWrite (fsync+rename+dir fsync)', 50, () => atomicWrite(path.join(home, 'settings.json'), settingsJson));
    console.log(`  durability costs ${(atomic / plain).toFixed(1)}x a plain write`);

    const history = createHistoryStore(home, keys);
    let lastId = '';
    await time('history.save (encrypt + 2 atomic writes)', entries, async () => (lastId = (await history.save(summary)).id));
    await time(`history.list (${entries} entries, decrypt each index)`, 5, () => history.list());
    await time('history.get (decrypt one summary)', 50, () => history.get(lastId));
    await time('history.save + delete (crypto-shred)', 20, async () => history.delete((await history.save(summary)).id));

    const journals = createJobJournals(home, keys);
    const key = { docSha256: 'e'.repeat(64), chunkerVersion: 1, modelId: 'bench', promptVersion: 1 };
    const journal = await journals.open(key);
    const chunk = summary.points.slice(0, 6);
    const unsynced = path.join(home, 'unsynced.jsonl');
    const rawAppend = await time('journal: appendFile one chunk (no fsync)', 100, () => fs.appendFile(unsynced, `${JSON.stringify(chunk)}\n`));
    const record = await time('journal.record one chunk (seal + fdatasync)', 100, (i) => journal.record(i, chunk));
    console.log(`  a durable, encrypted chunk commit costs ${(record / rawAppend).toFixed(1)}x a plain append`);
    await journal.close();
    await time('journal.open with 100 chunks (resume)', 10, async () => (await journals.open(key)).close());

    const stored = await history.get(lastId);
    await time('export markdown', 20, () => exportSummary(stored, 'markdown'));
    await time('export docx', 10, () => exportSummary(stored, 'docx'));
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}
