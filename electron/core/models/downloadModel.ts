/**
 * Downloads a model file over HTTP with Range requests: resume from the partial file (also after a
 * restart), reconnects, free-space and size checks, SHA-256, then an atomic move into place.
 * Longer than most modules because these steps share one partial file's state, and each failure
 * maps to its own stable code (offline, 401/403, 404, no range support, checksum, disk full).
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { PrecisFailure, throwIfAborted } from '../errors';
import { validateModelFile } from '../llm/llamaHost';
import { checkDownloadUrl } from './catalog';

/** How far a download has come; sent at most every {@link PROGRESS_INTERVAL_MS}, and once at the end. */
export interface DownloadProgress {
  downloadedBytes: number;
  /** Unknown until the server says (Content-Length / Content-Range). */
  totalBytes?: number;
  /** Smoothed over the last seconds. */
  bytesPerSecond: number;
  etaSeconds?: number;
  /** Bytes that were already in the partial file when this attempt started. */
  resumedFrom: number;
}

export interface DownloadRequest {
  url: string;
  /** The models folder; the finished file lands here. */
  dir: string;
  /** The file name inside `dir`. */
  file: string;
  /** Expected size in bytes (from a verified catalog entry). */
  expectedBytes?: number;
  /** Expected SHA-256 (hex). When absent, the hub's `X-Linked-Etag` (the file's SHA-256) is used when it sends one. */
  sha256?: string;
  signal?: AbortSignal;
  onProgress?: (p: DownloadProgress) => void;
  /** Something the user should know that does not stop the download (the server cannot resume, …). */
  onNotice?: (code: 'DOWNLOAD_NO_RANGE' | 'DOWNLOAD_RETRYING', message: string) => void;
  /** Connection drops survived by resuming from the partial file (default 3). */
  retries?: number;
  /** Free bytes where the model is written (default: the file system's own count). */
  freeBytes?: (dir: string) => Promise<number>;
}

export interface DownloadResult {
  file: string;
  path: string;
  bytes: number;
  sha256: string;
  /** Where the expected checksum came from. */
  checksum: 'given' | 'server' | 'none';
}

export const PROGRESS_INTERVAL_MS = 250;
/** Room kept free beyond the model itself, so the disk is not filled to the last byte. */
export const DISK_MARGIN_BYTES = 64 * 1024 * 1024;
const MAX_REDIRECTS = 8;
const CONNECT_TIMEOUT_MS = 30_000;

/** The folder of partial downloads inside the models folder (same file system: the final move is a rename). */
export function partialDir(modelsDir: string): string {
  return path.join(modelsDir, '.partial');
}

interface PartialMeta {
  url: string;
  etag?: string;
  totalBytes?: number;
  sha256?: string;
}

async function readMeta(file: string): Promise<PartialMeta | undefined> {
  try {
    const m = JSON.parse(await fs.readFile(file, 'utf8')) as PartialMeta;
    return typeof m.url === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

async function freeBytesOf(dir: string): Promise<number> {
  const s = await fs.statfs(dir);
  return Number(s.bavail) * Number(s.bsize);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function diskFull(cause?: unknown, need?: number, free?: number): PrecisFailure {
  const detail = need !== undefined && free !== undefined ? ` It needs ${mb(need)} and ${mb(free)} are free.` : '';
  return new PrecisFailure('DISK_FULL', `Not enough disk space for this model.${detail} Free some space, then resume the download.`, { cause });
}

function httpFailure(status: number): PrecisFailure {
  if (status === 401 || status === 403) {
    return new PrecisFailure('DOWNLOAD_FORBIDDEN', `The server refused the download (HTTP ${status}). The model may need an account or licence acceptance on its page; download it there and import the file.`);
  }
  if (status === 404 || status === 410) {
    return new PrecisFailure('DOWNLOAD_NOT_FOUND', `The server has no such file (HTTP ${status}). Check the catalog entry or URL, or update Precis.`);
  }
  return new PrecisFailure('DOWNLOAD_FAILED', `The server failed (HTTP ${status}). Try again later; the download resumes where it stopped.`, { retryable: status >= 500 || status === 429 });
}

function offline(cause: unknown, have: number): PrecisFailure {
  const kept = have > 0 ? ` The ${mb(have)} already downloaded are kept; resume when you are back online.` : ' Check the internet connection and try again.';
  return new PrecisFailure('DOWNLOAD_OFFLINE', `The model server could not be reached or the connection dropped.${kept}`, { cause, retryable: true });
}

/** Follows redirects by hand so that every hop is checked (https, or http on loopback only). */
async function fetchChecked(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<{ response: Response; linkedEtag?: string }> {
  let current = url;
  let linkedEtag: string | undefined;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    checkDownloadUrl(current);
    const response = await fetch(current, { headers, redirect: 'manual', signal });
    const etag = response.headers.get('x-linked-etag')?.replace(/"/g, '').toLowerCase();
    if (etag && /^[0-9a-f]{64}$/.test(etag)) linkedEtag = etag;
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      current = new URL(response.headers.get('location') ?? '', current).href;
      continue;
    }
    return { response, ...(linkedEtag ? { linkedEtag } : {}) };
  }
  throw new PrecisFailure('DOWNLOAD_FAILED', 'The server redirected too many times. Try again later.');
}

/** Makes the rename durable (the directory entry), where the platform allows opening a directory. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

async function hashFile(file: string, hash: Hash, signal?: AbortSignal): Promise<void> {
  for await (const piece of createReadStream(file, { signal })) hash.update(piece as Buffer);
}

/**
 * Downloads a model into the models folder with Node's fetch and HTTP ranges: progress as events,
 * resume from the partial file (after a dropped connection, a pause or a restart of the app), size
 * and checksum verified, the GGUF header checked, then an atomic rename into place. Nothing appears
 * in the models folder unless it is complete and verified.
 *
 * node-llama-cpp's downloader (ipull) is not used: with no network it retries for about twelve
 * minutes and an AbortSignal did not stop it, it offers no checksum, and its errors carry no HTTP
 * status to turn into a clear next step.
 */
export async function downloadModel(request: DownloadRequest): Promise<DownloadResult> {
  const { dir, file, signal } = request;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,180}\.gguf$/.test(file)) throw new PrecisFailure('INVALID_REQUEST', `"${file.slice(0, 100)}" is not a model file name. Give a file name of letters, digits, dots, dashes or underscores ending in .gguf.`);
  checkDownloadUrl(request.url);
  const target = path.join(dir, file);
  if (await fs.stat(target).then(() => true, () => false)) {
    throw new PrecisFailure('INVALID_REQUEST', `${file} is already installed. Remove it first to download it again.`);
  }
  const parts = partialDir(dir);
  await fs.mkdir(parts, { recursive: true });
  const partFile = path.join(parts, `${file}.part`);
  const metaFile = path.join(parts, `${file}.json`);

  // A partial file from another URL is not this download's beginning.
  let meta = await readMeta(metaFile);
  if (meta && meta.url !== request.url) {
    await fs.rm(partFile, { force: true });
    meta = undefined;
  }
  const retries = request.retries ?? 3;
  let expectedSha = request.sha256?.toLowerCase() ?? meta?.sha256;
  let checksum: DownloadResult['checksum'] = request.sha256 ? 'given' : meta?.sha256 ? 'server' : 'none';
  let total = request.expectedBytes ?? meta?.totalBytes;

  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    const have = await fs.stat(partFile).then((s) => s.size, () => 0);
    try {
      return await attemptDownload(have);
    } catch (e) {
      const dropped = e instanceof PrecisFailure && e.code === 'DOWNLOAD_OFFLINE' && !signal?.aborted;
      const grew = (await fs.stat(partFile).then((s) => s.size, () => 0)) > have;
      // A connection that dropped after making progress is resumed at once; one that never connects is reported.
      if (dropped && grew && attempt < retries) {
        request.onNotice?.('DOWNLOAD_RETRYING', 'The connection dropped; resuming from the downloaded part.');
        continue;
      }
      throw e;
    }
  }

  async function attemptDownload(have: number): Promise<DownloadResult> {
    const controller = new AbortController();
    const stop = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', stop, { once: true });
    const connectTimer = setTimeout(() => controller.abort(new Error('connect timeout')), CONNECT_TIMEOUT_MS);
    let handle: fs.FileHandle | undefined;
    try {
      if (total !== undefined) {
        const free = await (request.freeBytes ?? freeBytesOf)(parts);
        const need = total - have + DISK_MARGIN_BYTES;
        if (free < need) throw diskFull(undefined, need, free);
      }
      const headers: Record<string, string> = { accept: '*/*', 'accept-encoding': 'identity' };
      if (have > 0) {
        headers.range = `bytes=${have}-`;
        if (meta?.etag) headers['if-range'] = meta.etag;
      }
      let fetched: Awaited<ReturnType<typeof fetchChecked>>;
      try {
        fetched = await fetchChecked(request.url, headers, controller.signal);
      } catch (e) {
        throwIfAborted(signal);
        if (e instanceof PrecisFailure) throw e;
        throw offline(e, have);
      }
      clearTimeout(connectTimer);
      const { response } = fetched;
      let start = have;
      if (response.status === 416 && have > 0) {
        // The partial file is already whole (or longer than the file): verify it, or start again.
        await response.body?.cancel();
        const whole = Number(/\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1]);
        if (whole === have) return finish(have);
        await fs.rm(partFile, { force: true });
        throw offline(new Error('range not satisfiable'), 0);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw httpFailure(response.status);
      }
      if (have > 0 && response.status === 200) {
        // The server ignored the range: the body is the whole file again.
        request.onNotice?.('DOWNLOAD_NO_RANGE', 'This server cannot resume downloads, so the download restarted from the beginning.');
        start = 0;
      }
      const length = Number(response.headers.get('content-length'));
      const whole = response.status === 206 ? Number(/\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1]) : length;
      if (Number.isFinite(whole) && whole > 0) {
        if (request.expectedBytes !== undefined && whole !== request.expectedBytes) {
          await response.body?.cancel();
          throw new PrecisFailure('CHECKSUM_MISMATCH', `The server's file is ${whole} bytes, not the ${request.expectedBytes} the catalog expects. It may have changed; update Precis or choose another model.`);
        }
        total = whole;
      }
      if (!request.sha256 && fetched.linkedEtag) {
        expectedSha = fetched.linkedEtag;
        checksum = 'server';
      }
      if (response.status === 206 && !response.headers.get('content-range')?.startsWith(`bytes ${have}-`)) {
        await response.body?.cancel();
        throw new PrecisFailure('DOWNLOAD_FAILED', 'The server answered with another part of the file than asked. Try again later.', { retryable: true });
      }
      if (total !== undefined) {
        const free = await (request.freeBytes ?? freeBytesOf)(parts);
        const need = total - start + DISK_MARGIN_BYTES;
        if (free < need) {
          await response.body?.cancel();
          throw diskFull(undefined, need, free);
        }
      }
      const etag = response.headers.get('etag') ?? undefined;
      meta = { url: request.url, ...(etag && !etag.startsWith('W/') ? { etag } : {}), ...(total !== undefined ? { totalBytes: total } : {}), ...(expectedSha ? { sha256: expectedSha } : {}) };
      await fs.writeFile(metaFile, JSON.stringify(meta));
      handle = await fs.open(partFile, start === 0 ? 'w' : 'a');
      let done = start;
      let lastEmit = 0;
      let windowStart = Date.now();
      let windowBytes = 0;
      let speed = 0;
      const emit = (force: boolean) => {
        const now = Date.now();
        if (!force && now - lastEmit < PROGRESS_INTERVAL_MS) return;
        const elapsed = (now - windowStart) / 1000;
        if (elapsed >= 0.5) {
          const current = windowBytes / elapsed;
          speed = speed === 0 ? current : speed * 0.7 + current * 0.3;
          windowStart = now;
          windowBytes = 0;
        }
        lastEmit = now;
        request.onProgress?.({
          downloadedBytes: done,
          ...(total !== undefined ? { totalBytes: total } : {}),
          bytesPerSecond: Math.round(speed),
          ...(total !== undefined && speed > 0 ? { etaSeconds: Math.round((total - done) / speed) } : {}),
          resumedFrom: start,
        });
      };
      emit(true);
      try {
        if (!response.body) throw new Error('no body');
        for await (const piece of response.body as unknown as AsyncIterable<Uint8Array>) {
          await handle.write(piece);
          done += piece.length;
          windowBytes += piece.length;
          if (total !== undefined && done > total) throw new PrecisFailure('DOWNLOAD_FAILED', 'The server sent more data than the file holds. Try again later.');
          emit(false);
        }
      } catch (e) {
        // Progress is throttled, so the bytes written since the last report are reported now:
        // a pause must show what the partial file holds, which is where the resume starts.
        emit(true);
        throwIfAborted(signal);
        if (e instanceof PrecisFailure) throw e;
        if ((e as NodeJS.ErrnoException).code === 'ENOSPC') throw diskFull(e);
        throw offline(e, done);
      } finally {
        await handle.close().catch(() => undefined);
        handle = undefined;
      }
      emit(true);
      if (total !== undefined && done < total) throw offline(new Error('short body'), done);
      return await finish(done);
    } finally {
      clearTimeout(connectTimer);
      signal?.removeEventListener('abort', stop);
      await handle?.close().catch(() => undefined);
    }
  }

  async function finish(bytes: number): Promise<DownloadResult> {
    if (total !== undefined && bytes !== total) throw offline(new Error('size mismatch'), bytes);
    const hash = createHash('sha256');
    await hashFile(partFile, hash, signal);
    const sha256 = hash.digest('hex');
    if (expectedSha && sha256 !== expectedSha) {
      // Corrupt bytes cannot be resumed: start clean next time.
      await fs.rm(partFile, { force: true });
      await fs.rm(metaFile, { force: true });
      throw new PrecisFailure('CHECKSUM_MISMATCH', 'The downloaded file is damaged (its checksum does not match), so it was not installed. Download it again.');
    }
    try {
      await validateModelFile(partFile, { signal });
    } catch (e) {
      await fs.rm(partFile, { force: true });
      await fs.rm(metaFile, { force: true });
      throw e;
    }
    await fs.rename(partFile, target);
    await fs.rm(metaFile, { force: true });
    await syncDir(dir);
    return { file, path: target, bytes, sha256, checksum: expectedSha ? checksum : 'none' };
  }
}

/** The partial downloads on disk (to resume after a restart): file name, bytes so far and the URL. */
export async function listPartialDownloads(modelsDir: string): Promise<{ file: string; bytes: number; totalBytes?: number; url: string }[]> {
  const parts = partialDir(modelsDir);
  const names = await fs.readdir(parts).catch(() => [] as string[]);
  const out: { file: string; bytes: number; totalBytes?: number; url: string }[] = [];
  for (const name of names.filter((n) => n.endsWith('.gguf.json'))) {
    const file = name.slice(0, -'.json'.length);
    const meta = await readMeta(path.join(parts, name));
    const bytes = await fs.stat(path.join(parts, `${file}.part`)).then((s) => s.size, () => 0);
    if (meta) out.push({ file, bytes, url: meta.url, ...(meta.totalBytes !== undefined ? { totalBytes: meta.totalBytes } : {}) });
  }
  return out;
}

/** Deletes a partial download (cancel). */
export async function discardPartialDownload(modelsDir: string, file: string): Promise<void> {
  const parts = partialDir(modelsDir);
  await fs.rm(path.join(parts, `${file}.part`), { force: true });
  await fs.rm(path.join(parts, `${file}.json`), { force: true });
}
