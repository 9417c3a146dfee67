/**
 * `precis summarize` as a user runs it, in child processes: two uninterrupted runs of the tiny
 * model give byte-identical summaries (across processes: the fence is keyed by the installation,
 * not the process), and a run killed with SIGKILL mid-job, started again with the same command,
 * reads only the parts its journal does not hold and ends with the same summary.
 *
 * One sequence, not two: with two, which tokens share a llama.cpp batch depends on timing, and a
 * batch of two is not bit-for-bit the single-sequence computation. This random model has near-tied
 * logits, so a greedy token flipped once between two clean-clone CI runs with `--parallel 2`.
 * Byte-equal output is promised for the same schedule; parallel runs are checked for doing the
 * same work in tests/core/pipeline/summarizeDocument.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOURNAL_DIR } from '../../../electron/core/storage/jobJournal';
import { runCli, type CliRun } from '../../helpers/runCli';
import { tinyModelPath } from '../../helpers/tinyGguf';

const cli = (args: string[], home: string, killWhen?: (stderr: string) => boolean): Promise<CliRun> => runCli(args, { home, ...(killWhen ? { killWhen } : {}) });

const journalRecords = (home: string): number[] =>
  readdirSync(path.join(home, JOURNAL_DIR))
    .filter((n) => n.endsWith('.jsonl'))
    // Line 1 is the header; every other complete line is one finished part (sealed). A line torn by
    // the kill has no newline yet and does not count.
    .map((n) => readFileSync(path.join(home, JOURNAL_DIR, n), 'utf8').split('\n').length - 2);

describe('precis summarize: reproducible and resumable across processes', () => {
  let file: string;
  let args: string[];
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-resume-cli-'));
    file = path.join(dir, 'supply.txt');
    const clauses = Array.from(
      { length: 40 },
      (_, i) =>
        `${i + 1}. Clause ${i + 1}\n\nThe Supplier shall deliver the Goods within ${10 + i} days of each order. The Buyer shall pay each invoice within thirty days. Either party may end this clause on notice.`,
    );
    writeFileSync(file, `SUPPLY AGREEMENT\n\n${clauses.join('\n\n')}\n`);
    args = ['summarize', file, '--model', await tinyModelPath(), '--threads', '1', '--parallel', '1', '--context', '2048', '--max-tokens', '24', '--json'];
  });

  it('gives byte-identical summaries twice, and after SIGKILL resumes without reading finished parts again', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-resume-home-'));
    const first = await cli(args, home);
    expect(first.code, first.stderr).toBe(0);
    const second = await cli(args, home);
    expect(second.code, second.stderr).toBe(0);
    const result = (run: CliRun) => {
      const { summary, points } = JSON.parse(run.stdout) as { summary: string; points: unknown[] };
      return JSON.stringify({ summary, points });
    };
    expect(result(second)).toBe(result(first));
    const chunks = (JSON.parse(first.stdout) as { stats: { chunks: number } }).stats.chunks;
    expect(chunks).toBeGreaterThanOrEqual(3);
    // A finished job leaves no journal behind.
    expect(journalRecords(home)).toEqual([]);

    // Killed as soon as the first part is reported read (progress is printed after the part is committed).
    const progressArgs = args.filter((a) => a !== '--json');
    const killed = await cli(progressArgs, home, (err) => /read part 1 of/.test(err));
    expect(killed.signal).toBe('SIGKILL');
    const [saved] = journalRecords(home);
    expect(saved).toBeGreaterThanOrEqual(1);
    expect(saved).toBeLessThan(chunks);

    const resumed = await cli(args, home);
    expect(resumed.code, resumed.stderr).toBe(0);
    // Exactly the parts the journal held were taken from it; the rest were read by the model.
    expect(resumed.stderr).toContain(`resuming: ${saved} of ${chunks} parts already read`);
    expect(result(resumed)).toBe(result(first));
    expect(journalRecords(home)).toEqual([]);
  }, 600_000);
});
