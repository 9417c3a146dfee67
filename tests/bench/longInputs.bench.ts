/**
 * `npm run bench -- longInputs [--sizes 2,20,200]`: the extractive summary of one-line text files of
 * 2, 20 and 200 MB through `precis summarize`, each in a child process with an 8 GB heap (so the
 * 200 MB file is within what the process can hold): wall time from the command's start and the
 * process's peak resident memory (main and summary threads together). Both must grow linearly:
 * the per-MB columns should stay flat. Not a test.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../electron/core/cli';

const SENTENCES = [
  'The Supplier shall deliver the Goods within thirty (30) days after each Order',
  'The Customer shall pay each undisputed invoice within forty-five days of receipt',
  'Either party may terminate this Agreement on ninety days written notice to the other party',
  'Neither party shall be liable for indirect or consequential damages arising out of this Agreement',
  'This Agreement is governed by the laws of the State of New York',
  'The Receiving Party shall keep all Confidential Information secret for five years after termination',
  'The Supplier shall maintain insurance of not less than $2,000,000 per occurrence',
  'Any notice under this Agreement must be given in writing to the address set out above',
];

/** Writes `bytes` of text on one line: numbered sentences, so no two are the same. */
async function writeOneLine(file: string, bytes: number): Promise<void> {
  const out = createWriteStream(file);
  let written = 0;
  let i = 0;
  while (written < bytes) {
    let piece = '';
    for (let k = 0; k < 1000 && written + piece.length < bytes; k++, i++) piece += `${SENTENCES[i % SENTENCES.length]} (item ${i}). `;
    written += piece.length;
    if (!out.write(piece)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** In the child: one summarize run, then its time and the process's peak memory as one JSON line. */
async function child(file: string, home: string): Promise<void> {
  const t0 = performance.now();
  const err: string[] = [];
  let out = '';
  const code = await main(['summarize', file, '--provider', 'extractive', '--json'], {
    stdout: (l) => (out += l),
    write: (t) => (out += t),
    stderr: (l) => err.push(l),
    signal: new AbortController().signal,
    env: { PRECIS_HOME: home },
  });
  const ms = performance.now() - t0;
  const points = code === 0 ? (JSON.parse(out) as { points: unknown[]; stats: { chunks: number } }) : undefined;
  console.log(JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS, points: points?.points.length, chunks: points?.stats.chunks, err: err.join(' | ').slice(0, 200) }));
}

export async function run(argv: string[]): Promise<void> {
  const sizesArg = argv[argv.indexOf('--sizes') + 1];
  const sizes = argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [2, 20, 200];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-bench-long-'));
  console.log(`extractive summary of one-line text via precis summarize; child process per size, --max-old-space-size=8192`);
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);
  console.log(`${'MB'.padStart(5)} ${'time s'.padStart(8)} ${'s/MB'.padStart(7)} ${'peak RSS MB'.padStart(12)} ${'RSS MB/MB'.padStart(10)} ${'chunks'.padStart(7)} ${'points'.padStart(7)}`);
  try {
    for (const mb of sizes) {
      const file = path.join(dir, `one-line-${mb}.txt`);
      await writeOneLine(file, mb * 1_000_000);
      const r = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, path.join(dir, 'home')], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
        maxBuffer: 1 << 24,
      });
      rmSync(file, { force: true });
      const line = r.stdout.trim().split('\n').at(-1) ?? '';
      let result: { code: number; ms: number; maxRssKb: number; points?: number; chunks?: number; err: string };
      try {
        result = JSON.parse(line) as typeof result;
      } catch {
        console.log(`${String(mb).padStart(5)} failed: status ${r.status} signal ${r.signal} ${r.stderr.slice(-300)}`);
        continue;
      }
      const s = result.ms / 1000;
      const rss = result.maxRssKb / 1024;
      console.log(
        `${String(mb).padStart(5)} ${s.toFixed(1).padStart(8)} ${(s / mb).toFixed(2).padStart(7)} ${rss.toFixed(0).padStart(12)} ${(rss / mb).toFixed(1).padStart(10)} ${String(result.chunks ?? '-').padStart(7)} ${String(result.points ?? '-').padStart(7)}${result.code ? `  exit ${result.code}: ${result.err}` : ''}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average after ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

if (process.argv[2] === '--child') await child(process.argv[3] as string, process.argv[4] as string);
