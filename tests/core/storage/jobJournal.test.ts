import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJobJournals, JOURNAL_DIR } from '../../../electron/core/storage/jobJournal';
import { createFileKeyProvider, type KeyProvider } from '../../../electron/core/storage/keyProvider';
import { startChild } from './childProcess';
import { chunkPoints, JOURNAL_TEST_KEY as KEY } from './children/chunkPoints';

let home: string;
let keys: KeyProvider;
let warnings: string[];
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-journal-'));
  keys = createFileKeyProvider(home);
  warnings = [];
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

const journals = (provider: KeyProvider = keys) => createJobJournals(home, provider, { onWarning: (m) => warnings.push(m) });
const journalFiles = async () => (await fs.readdir(path.join(home, JOURNAL_DIR)).catch(() => [] as string[])).filter((n) => n.endsWith('.jsonl'));
/** What a fresh open of `key` resumes, closing the journal again. */
const peek = async (key = KEY) => {
  const j = await journals().open(key);
  const done = j.completed();
  await j.close();
  return done;
};
const onlyJournal = async () => {
  const files = await journalFiles();
  expect(files).toHaveLength(1);
  return path.join(home, JOURNAL_DIR, files[0] ?? '');
};

describe('jobJournal', () => {
  it('commits chunks, resumes them after a restart, and destroys the journal on finish', async () => {
    const j = await journals().open(KEY);
    expect(j.completed().size).toBe(0);
    await j.record(0, chunkPoints(0));
    await j.record(2, chunkPoints(2));
    await j.close();

    const resumed = await journals().open(KEY);
    expect(resumed.completed()).toEqual(new Map([[0, chunkPoints(0)], [2, chunkPoints(2)]]));
    await resumed.record(1, chunkPoints(1));
    expect([...resumed.completed().keys()].sort()).toEqual([0, 1, 2]);
    await resumed.finish();
    expect(await journalFiles()).toEqual([]);
    expect((await peek()).size).toBe(0);
  });

  it('keeps document text and the document hash out of the file (SECURITY C6)', async () => {
    const j = await journals().open(KEY);
    await j.record(0, chunkPoints(0));
    await j.close();
    const file = await onlyJournal();
    const bytes = await fs.readFile(file);
    expect(bytes.includes(Buffer.from('CANARY-DOC'))).toBe(false);
    expect(bytes.includes(Buffer.from(KEY.docSha256))).toBe(false);
    expect(path.basename(file)).not.toContain(KEY.docSha256.slice(0, 8));
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('keeps jobs apart: a different prompt version, model or chunker starts from nothing', async () => {
    const j = await journals().open(KEY);
    await j.record(0, chunkPoints(0));
    await j.close();
    for (const other of [{ ...KEY, promptVersion: 'v8' }, { ...KEY, modelId: 'sha256:other' }, { ...KEY, chunkerVersion: 4 }]) {
      const o = await journals().open(other);
      expect(o.completed().size).toBe(0);
      await o.close();
    }
    expect((await peek()).size).toBe(1);
  });

  it('ignores a torn last line and appends cleanly after it', async () => {
    const j = await journals().open(KEY);
    await j.record(0, chunkPoints(0));
    await j.record(1, chunkPoints(1));
    await j.close();
    const file = await onlyJournal();
    const full = await fs.readFile(file);
    // Simulate a crash in the middle of appending chunk 2's line.
    await fs.appendFile(file, full.subarray(full.indexOf(0x0a) + 1, full.indexOf(0x0a) + 200));

    const resumed = await journals().open(KEY);
    expect([...resumed.completed().keys()]).toEqual([0, 1]);
    await resumed.record(2, chunkPoints(2));
    await resumed.close();
    expect(await peek()).toEqual(new Map([0, 1, 2].map((i) => [i, chunkPoints(i)])));
    expect(warnings).toEqual([]);
  });

  it('trusts nothing after an unreadable line (zero-filled blocks after a power loss)', async () => {
    const j = await journals().open(KEY);
    await j.record(0, chunkPoints(0));
    await j.close();
    const file = await onlyJournal();
    const good = await fs.readFile(file);
    await fs.appendFile(file, Buffer.concat([Buffer.alloc(300), Buffer.from('\n'), good.subarray(good.indexOf(0x0a) + 1)]));
    const resumed = await journals().open(KEY);
    expect([...resumed.completed().keys()]).toEqual([0]);
    await resumed.close();
    expect((await fs.readFile(file)).equals(good)).toBe(true);
  });

  it('starts over, with a warning, when the journal was sealed under another master key', async () => {
    const j = await journals().open(KEY);
    await j.record(0, chunkPoints(0));
    await j.close();
    const stranger = randomBytes(32);
    const fresh = await journals({ getMasterKey: () => Promise.resolve(stranger) }).open(KEY);
    expect(fresh.completed().size).toBe(0);
    await fresh.close();
    // The other key maps the job to another file name, so the old journal is simply not found.
    expect(await journalFiles()).toHaveLength(2);
  });

  it('replaces a damaged header with a fresh journal and says so', async () => {
    const j = await journals().open(KEY);
    await j.record(0, chunkPoints(0));
    await j.close();
    const file = await onlyJournal();
    await fs.writeFile(file, '{"v":1,"key":"AAAA","job":"AAAA"}\n');
    const fresh = await journals().open(KEY);
    expect(fresh.completed().size).toBe(0);
    expect(warnings).toEqual([expect.stringMatching(/could not be read/)]);
    await fresh.record(5, chunkPoints(5));
    await fresh.close();
    expect([...(await peek()).keys()]).toEqual([5]);
  });

  it('refuses records after close, and discard shreds the journal', async () => {
    const j = await journals().open(KEY);
    await j.record(0, chunkPoints(0));
    await j.close();
    await expect(j.record(1, chunkPoints(1))).rejects.toMatchObject({ code: 'INTERNAL' });
    const again = await journals().open(KEY);
    await again.discard();
    expect(await journalFiles()).toEqual([]);
  });

  it('prunes journals nobody touched for a long time', async () => {
    const j = await journals().open(KEY);
    await j.close();
    expect(await journals().prune(60_000)).toBe(0);
    const file = await onlyJournal();
    const old = new Date(Date.now() - 3_600_000);
    await fs.utimes(file, old, old);
    expect(await journals().prune(60_000)).toBe(1);
    expect(await journalFiles()).toEqual([]);
  });

  it('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(journals().open(KEY, { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    const j = await journals().open(KEY);
    await expect(j.record(0, chunkPoints(0), { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(j.completed().size).toBe(0);
    await j.close();
  });
});

describe('jobJournal resume after SIGKILL (SECURITY R1)', () => {
  const CHUNKS = 30;
  const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'children', 'journalWorkerChild.ts');

  /** Runs the worker; kills it with SIGKILL right after it reports `recorded <killAfter>`-th chunk of this run. */
  async function runWorker(killAfter: number | undefined): Promise<{ lines: string[]; killed: boolean }> {
    const child = startChild(worker, [home, String(CHUNKS)]);
    const lines: string[] = [];
    let buffered = '';
    let recordedThisRun = 0;
    let killed = false;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      buffered += d.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (line.startsWith('recorded ')) recordedThisRun += 1;
        if (!killed && killAfter !== undefined && recordedThisRun >= killAfter) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    // 'close', not 'exit': every line the child wrote has been read by then.
    const code = await new Promise<number | null>((resolve) => child.once('close', (c: number | null) => resolve(c)));
    if (!killed) expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    return { lines, killed };
  }

  it('resumes from the last committed chunk, never recomputes a committed chunk, and ends with the same result', async () => {
    // Seeded so a failure reproduces; the kill lands wherever the child happens to be by then
    // (between chunks, or in the middle of an append).
    let seed = 20261128;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const committed = new Set<number>();
    const computations = new Map<number, number>();
    let final: string | undefined;
    // A killed run that still printed its result had finished the whole job first (under load the
    // parent reads its lines late), and it may have removed its journal before the kill landed.
    let finishedBeforeKill = false;
    for (let run = 0; run < 8 && final === undefined; run += 1) {
      const killAfter = run < 4 ? 1 + Math.floor(random() * 6) : undefined;
      const { lines, killed } = await runWorker(killAfter);
      const resumed = lines.find((l) => l.startsWith('resumed '));
      expect(resumed).toBeDefined();
      const resumedSet = new Set(resumed?.slice(8) ? resumed.slice(8).split(',').map(Number) : []);
      if (finishedBeforeKill && resumedSet.size === 0) {
        // The journal was gone: that job had ended, and this run is a new one from the start.
        committed.clear();
        computations.clear();
      }
      // Everything acknowledged as committed before the kill is resumed, not recomputed. (A chunk
      // may also be resumed without an acknowledgement: killed after its fsync, before the print.)
      for (const i of committed) expect(resumedSet.has(i)).toBe(true);
      for (const i of resumedSet) committed.add(i);
      for (const line of lines) {
        const [word, n] = line.split(' ');
        if (word === 'computing') {
          const i = Number(n);
          expect(committed.has(i)).toBe(false);
          computations.set(i, (computations.get(i) ?? 0) + 1);
        }
        if (word === 'recorded') committed.add(Number(n));
        // Under load several lines arrive in one read, so a run may print its result and still be
        // killed before it removes the journal; only a run that exited by itself has finished.
        if (word === 'final' && !killed) final = n;
      }
      finishedBeforeKill = killed && lines.some((l) => l.startsWith('final '));
    }
    const expected = createHash('sha256')
      .update(JSON.stringify(Array.from({ length: CHUNKS }, (_, i) => chunkPoints(i))))
      .digest('hex');
    expect(final).toBe(expected);
    expect(committed.size).toBe(CHUNKS);
    // A chunk is computed at most twice: once when the kill hit before its commit was acknowledged.
    expect(Math.max(...computations.values())).toBeLessThanOrEqual(2);
    // Finished: the journal is gone.
    expect(await journalFiles()).toEqual([]);
  });
});
