import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, removeStaleTemps, TEMP_PREFIX } from '../../../electron/core/storage/atomicWrite';
import { storageFailure } from '../../../electron/core/storage/storageFailure';
import { PrecisFailure } from '../../../electron/core/errors';
import { canMountTmpfs, childScript, exited, startChild, waitForLine } from './childProcess';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-atomic-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('atomicWrite', () => {
  it('creates missing folders and writes a private file', async () => {
    const file = path.join(dir, 'a', 'b', 'settings.json');
    await atomicWrite(file, '{"x":1}');
    expect(await fs.readFile(file, 'utf8')).toBe('{"x":1}');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect(await fs.readdir(path.dirname(file))).toEqual(['settings.json']);
  });

  it('replaces an existing file and honours a custom mode', async () => {
    const file = path.join(dir, 'f.bin');
    await atomicWrite(file, 'old');
    await atomicWrite(file, new Uint8Array([1, 2, 3]), { mode: 0o644 });
    expect([...(await fs.readFile(file))]).toEqual([1, 2, 3]);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o644);
  });

  it('does nothing when the signal has already fired', async () => {
    const file = path.join(dir, 'f.txt');
    await atomicWrite(file, 'old');
    const controller = new AbortController();
    controller.abort();
    await expect(atomicWrite(file, 'new', { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await fs.readFile(file, 'utf8')).toBe('old');
  });

  it('reports a folder that cannot exist (a file is in the way) as STORAGE_FAILED without naming the path', async () => {
    await fs.writeFile(path.join(dir, 'blocker'), 'not a folder');
    const failure = await atomicWrite(path.join(dir, 'blocker', 'x.json'), 'x').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PrecisFailure);
    expect((failure as PrecisFailure).code).toBe('STORAGE_FAILED');
    expect((failure as PrecisFailure).message).not.toContain(dir);
    expect(await fs.readdir(dir)).toEqual(['blocker']);
  });

  it('maps a real ENOSPC (writing to /dev/full) to DISK_FULL with a message that tells the user what to do', async () => {
    const e = await fs.writeFile('/dev/full', 'x'.repeat(8192)).catch((x: unknown) => x);
    expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    const failure = storageFailure(e, 'save the summary');
    expect(failure.code).toBe('DISK_FULL');
    expect(failure.message).toMatch(/disk is full.*Free some space/);
    expect(failure.retryable).toBe(true);
  });

  it('keeps either the whole old or the whole new version when the writer is SIGKILLed mid-write', async () => {
    for (let round = 0; round < 3; round += 1) {
      const child = startChild(childScript('rewriteLoopChild.ts'), [dir]);
      await waitForLine(child, (l) => l === 'started');
      await new Promise((r) => setTimeout(r, 40 + round * 70));
      child.kill('SIGKILL');
      await exited(child);
      const state = JSON.parse(await fs.readFile(path.join(dir, 'state.json'), 'utf8')) as { i: number; body: string };
      expect(state.body).toBe(String.fromCharCode(97 + (state.i % 26)).repeat(256 * 1024));
    }
    // A kill between open and rename leaves a temp file; the stores sweep those on start.
    await removeStaleTemps(dir, 0);
    expect((await fs.readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('removeStaleTemps leaves young temp files (another process may be writing) and other files alone', async () => {
    await fs.writeFile(path.join(dir, `${TEMP_PREFIX}x.1`), 'partial');
    await fs.writeFile(path.join(dir, 'keep.json'), '{}');
    expect(await removeStaleTemps(dir)).toBe(0);
    expect(await removeStaleTemps(dir, 0)).toBe(1);
    expect(await fs.readdir(dir)).toEqual(['keep.json']);
  });
});

describe.runIf(canMountTmpfs())('atomicWrite on a full disk (64 KiB tmpfs in unshare -rm)', () => {
  function runInTinyFs(mode: string): { code?: string; message?: string; intact: boolean; files: string[] } {
    const out = spawnSync(
      'unshare',
      ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1" && exec "$2" --import tsx "$3" "$1" "$4"', 'sh', dir, process.execPath, childScript('enospcChild.ts'), mode],
      { encoding: 'utf8' },
    );
    const line = out.stdout.trim().split('\n').at(-1) ?? '';
    expect(line.startsWith('{'), `child output: ${out.stdout}\n${out.stderr}`).toBe(true);
    return JSON.parse(line) as { code?: string; message?: string; intact: boolean; files: string[] };
  }

  it('refuses up front (statfs preflight) and keeps the old file', () => {
    const r = runInTinyFs('preflight');
    expect(r).toMatchObject({ code: 'DISK_FULL', intact: true, files: ['settings.json'] });
  });

  it('hits ENOSPC in the middle of the write, keeps the old file and removes the partial temp file', () => {
    const r = runInTinyFs('no-preflight');
    expect(r).toMatchObject({ code: 'DISK_FULL', intact: true, files: ['settings.json'] });
    expect(r.message).toMatch(/disk is full/);
  });
});
