import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadModel, listPartialDownloads, partialDir, type DownloadProgress } from '../../../electron/core/models/downloadModel';
import { main } from '../../../electron/core/cli';
import { canMountTmpfs } from '../storage/childProcess';
import { writeTinyCatalog } from '../../helpers/testCatalog';
import { failureOf } from '../../helpers/failureOf';
import { startRangeServer, type RangeServer } from '../../helpers/rangeServer';
import { tinyModelPath } from '../../helpers/tinyGguf';

let server: RangeServer;
let model: Buffer;
let sha: string;

beforeAll(async () => {
  model = readFileSync(await tinyModelPath());
  sha = createHash('sha256').update(model).digest('hex');
  server = await startRangeServer();
});
afterAll(() => server?.close());

function freshDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'precis-models-'));
}

/** Serves the tiny model at a new path and returns its URL. */
function serve(name: string, options: Omit<Parameters<RangeServer['files']['set']>[1], 'body'> = {}): string {
  server.files.set(`/${name}`, { body: model, ...options });
  return `${server.url}/${name}`;
}

function requestsFor(url: string) {
  return server.requests.filter((r) => r.path === new URL(url).pathname);
}

describe('downloadModel over loopback HTTP with ranges', () => {
  it('downloads with progress (bytes, speed, ETA), verifies the checksum and moves the file in only when complete', async () => {
    const dir = freshDir();
    const url = serve('a.gguf', { throttle: { chunk: 16 * 1024, delayMs: 50 } });
    const events: DownloadProgress[] = [];
    const r = await downloadModel({ url, dir, file: 'a.gguf', sha256: sha, onProgress: (p) => events.push(p) });
    expect(r).toMatchObject({ file: 'a.gguf', bytes: model.length, sha256: sha, checksum: 'given' });
    expect(readFileSync(path.join(dir, 'a.gguf')).equals(model)).toBe(true);
    expect(readdirSync(partialDir(dir))).toEqual([]);
    expect(events.length).toBeGreaterThan(2);
    expect(events[0]).toMatchObject({ downloadedBytes: 0, totalBytes: model.length, resumedFrom: 0 });
    expect(events.at(-1)).toMatchObject({ downloadedBytes: model.length, totalBytes: model.length });
    const sizes = events.map((e) => e.downloadedBytes);
    expect([...sizes].sort((x, y) => x - y)).toEqual(sizes);
    const mid = events.find((e) => e.bytesPerSecond > 0 && e.downloadedBytes < model.length);
    expect(mid?.etaSeconds).toBeGreaterThanOrEqual(0);
    // Downloading the same file again is refused: it is installed.
    expect((await failureOf(downloadModel({ url, dir, file: 'a.gguf' }))).code).toBe('INVALID_REQUEST');
  });

  it('resumes after the connection drops mid-way, asking for the rest with a Range header', async () => {
    const dir = freshDir();
    const url = serve('b.gguf', { cutAfterBytes: 200_000 });
    const notices: string[] = [];
    const r = await downloadModel({ url, dir, file: 'b.gguf', sha256: sha, onNotice: (c) => notices.push(c) });
    expect(r.bytes).toBe(model.length);
    const reqs = requestsFor(url);
    expect(reqs).toHaveLength(2);
    expect(reqs[0]!.headers.range).toBeUndefined();
    const from = Number(/^bytes=(\d+)-$/.exec(String(reqs[1]!.headers.range))?.[1]);
    expect(from).toBeGreaterThan(0);
    expect(from).toBeLessThanOrEqual(200_000);
    expect(notices).toEqual(['DOWNLOAD_RETRYING']);
  });

  it('pauses (abort) and resumes later from the partial file, as after a restart', async () => {
    const dir = freshDir();
    const url = serve('c.gguf', { throttle: { chunk: 32 * 1024, delayMs: 40 } });
    const pause = new AbortController();
    const first = downloadModel({ url, dir, file: 'c.gguf', signal: pause.signal, onProgress: (p) => p.downloadedBytes >= 150_000 && pause.abort() });
    expect((await failureOf(first)).code).toBe('CANCELLED');
    const partial = await listPartialDownloads(dir);
    expect(partial).toEqual([{ file: 'c.gguf', bytes: expect.any(Number), totalBytes: model.length, url }]);
    expect(partial[0]!.bytes).toBeGreaterThanOrEqual(150_000);
    expect(existsSync(path.join(dir, 'c.gguf'))).toBe(false);
    const events: DownloadProgress[] = [];
    const r = await downloadModel({ url, dir, file: 'c.gguf', sha256: sha, onProgress: (p) => events.push(p) });
    expect(r.sha256).toBe(sha);
    expect(events[0]!.resumedFrom).toBe(partial[0]!.bytes);
    expect(requestsFor(url).at(-1)!.headers.range).toBe(`bytes=${partial[0]!.bytes}-`);
  });

  it('reports, when paused, every byte the partial file holds (progress between reports is not lost)', async () => {
    const dir = freshDir();
    const url = serve('stall.gguf', { stallAfterBytes: 100_000 });
    const events: DownloadProgress[] = [];
    const pause = new AbortController();
    const run = downloadModel({ url, dir, file: 'stall.gguf', signal: pause.signal, onProgress: (p) => events.push(p) });
    await expect.poll(async () => (await listPartialDownloads(dir))[0]?.bytes ?? 0, { timeout: 20_000, interval: 20 }).toBe(100_000);
    pause.abort();
    expect((await failureOf(run)).code).toBe('CANCELLED');
    expect(events.at(-1)?.downloadedBytes).toBe(100_000);
  });

  it('refuses a corrupted body: checksum mismatch, nothing installed, the bad partial removed', async () => {
    const dir = freshDir();
    const url = serve('d.gguf', { corrupt: true });
    const f = await failureOf(downloadModel({ url, dir, file: 'd.gguf', sha256: sha }));
    expect(f.code).toBe('CHECKSUM_MISMATCH');
    expect(f.message).toMatch(/Download it again/);
    expect(readdirSync(dir).filter((n) => n.endsWith('.gguf'))).toEqual([]);
    expect(readdirSync(partialDir(dir))).toEqual([]);
  });

  it('uses the checksum the server publishes (X-Linked-Etag) when none is given', async () => {
    const dir = freshDir();
    const url = serve('e.gguf', { corrupt: true, headers: { 'x-linked-etag': `"${sha}"` } });
    expect((await failureOf(downloadModel({ url, dir, file: 'e.gguf' }))).code).toBe('CHECKSUM_MISMATCH');
    const good = serve('e2.gguf', { headers: { 'x-linked-etag': `"${sha}"` } });
    expect(await downloadModel({ url: good, dir, file: 'e2.gguf' })).toMatchObject({ checksum: 'server', sha256: sha });
  });

  it('restarts from zero, and says so, when the server ignores ranges', async () => {
    const dir = freshDir();
    const url = serve('f.gguf', { ignoreRanges: true, cutAfterBytes: 200_000 });
    const notices: string[] = [];
    const r = await downloadModel({ url, dir, file: 'f.gguf', sha256: sha, onNotice: (c) => notices.push(c) });
    expect(r.sha256).toBe(sha);
    expect(requestsFor(url)[1]!.headers.range).toMatch(/^bytes=\d+-$/);
    expect(notices).toEqual(['DOWNLOAD_RETRYING', 'DOWNLOAD_NO_RANGE']);
  });

  it('maps HTTP 404, 401/403, refused connections and a non-model body to codes with a next step', async () => {
    const dir = freshDir();
    const missing = await failureOf(downloadModel({ url: `${server.url}/nothing.gguf`, dir, file: 'n.gguf' }));
    expect(missing.code).toBe('DOWNLOAD_NOT_FOUND');
    server.files.set('/locked.gguf', { body: model, status: 403 });
    const locked = await failureOf(downloadModel({ url: `${server.url}/locked.gguf`, dir, file: 'l.gguf' }));
    expect(locked.code).toBe('DOWNLOAD_FORBIDDEN');
    expect(locked.message).toMatch(/import the file/);
    const started = Date.now();
    const refused = await failureOf(downloadModel({ url: 'http://127.0.0.1:9/x.gguf', dir, file: 'x.gguf' }));
    expect(refused.code).toBe('DOWNLOAD_OFFLINE');
    // Offline is reported at once, not after minutes of retries.
    expect(Date.now() - started).toBeLessThan(10_000);
    server.files.set('/page.gguf', { body: Buffer.from('<html>sign in</html>') });
    expect((await failureOf(downloadModel({ url: `${server.url}/page.gguf`, dir, file: 'p.gguf' }))).code).toBe('MODEL_INVALID');
    expect((await failureOf(downloadModel({ url: 'http://example.com/x.gguf', dir, file: 'x.gguf' }))).code).toBe('INVALID_REQUEST');
    expect(readdirSync(dir).filter((n) => n.endsWith('.gguf'))).toEqual([]);
  });
});

const children = path.join(path.dirname(fileURLToPath(import.meta.url)), 'children');

describe.runIf(canMountTmpfs())('downloadModel on a full disk (256 KiB tmpfs in unshare -rm)', () => {
  // Asynchronous: the loopback server runs in this process and must keep answering meanwhile.
  async function runInTinyFs(mode: string, url: string) {
    const dir = freshDir();
    const child = spawn(
      'unshare',
      ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=256k tmpfs "$1" && exec "$2" --import tsx "$3" "$1" "$4" "$5"', 'sh', dir, process.execPath, path.join(children, 'diskFullChild.ts'), url, mode],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise((resolve) => child.once('close', resolve));
    const line = stdout.trim().split('\n').at(-1) ?? '';
    expect(line.startsWith('{'), `child output: ${stdout}\n${stderr}`).toBe(true);
    return JSON.parse(line) as { code?: string; message?: string; progressEvents: number; files: string[] };
  }

  it('refuses before downloading when the free space is too small', async () => {
    const url = serve('g.gguf');
    const r = await runInTinyFs('preflight', url);
    expect(r.code).toBe('DISK_FULL');
    expect(r.message).toMatch(/It needs \d+ MB and 0 MB are free/);
    expect(r.progressEvents).toBe(0);
  });

  it('stops with DISK_FULL when the disk fills mid-way, installing nothing', async () => {
    const url = serve('h.gguf');
    const r = await runInTinyFs('midway', url);
    expect(r.code).toBe('DISK_FULL');
    expect(r.files.filter((f) => f.endsWith('.gguf'))).toEqual([]);
  });
});

describe('precis models download|remove', () => {
  it('downloads a catalog model from the catalog base URL with JSON progress lines, then removes it', async () => {
    const home = freshDir();
    const tiny = await writeTinyCatalog(home);
    server.files.set(tiny.urlPath, { body: tiny.bytes, throttle: { chunk: 128 * 1024, delayMs: 300 } });
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (l: string) => out.push(l), write: (t: string) => out.push(t), stderr: (l: string) => err.push(l), signal: new AbortController().signal };
    const env = { PRECIS_HOME: home, PRECIS_MODELS_CATALOG: tiny.file, PRECIS_MODELS_BASE_URL: server.url };
    expect(await main(['models', 'download', 'precis-tiny', '--json'], { ...io, env })).toBe(0);
    const lines = out.map((l) => JSON.parse(l) as { type: string; downloadedBytes?: number; bytesPerSecond?: number; checksum?: string });
    expect(lines.filter((l) => l.type === 'progress').length).toBeGreaterThan(2);
    expect(lines.at(-1)).toMatchObject({ type: 'done', file: 'precis-tiny-F32.gguf', checksum: 'given' });
    expect(existsSync(path.join(home, 'models', 'precis-tiny-F32.gguf'))).toBe(true);

    out.length = 0;
    expect(await main(['models', 'remove', 'precis-tiny-F32.gguf'], { ...io, env })).toBe(0);
    expect(existsSync(path.join(home, 'models', 'precis-tiny-F32.gguf'))).toBe(false);
    expect(await main(['models', 'remove', 'precis-tiny-F32.gguf'], { ...io, env })).toBe(1);
    expect(err.at(-1)).toMatch(/^MODEL_NOT_FOUND /);

    // A URL with a wrong --sha256: human progress lines on stderr, then the code.
    err.length = 0;
    expect(await main(['models', 'download', `${server.url}${tiny.urlPath}`, '--sha256', '0'.repeat(64)], { ...io, env })).toBe(1);
    expect(err.some((l) => /^\d+\.\d MB \/ \d+\.\d MB \(\d+%\), /.test(l))).toBe(true);
    expect(err.at(-1)).toMatch(/^CHECKSUM_MISMATCH /);
  });
});
