import { promises as fs } from 'node:fs';
import { readGgufFileInfo, type GgufFileInfo } from 'node-llama-cpp';
import { PrecisFailure, throwIfAborted } from '../errors';
import { checkDownloadUrl } from './catalog';

/** A remote header is a few MB; a server slower than this is treated as unreachable. */
const REMOTE_HEADER_TIMEOUT_MS = 20_000;

/** Per source: the header read, and for a local file the size and time of change it was read at. */
const cache = new Map<string, { stamp: string; header: Promise<GgufFileInfo> }>();

/**
 * What tells one version of a local file from another without reading it: a model replaced at the
 * same path (a newer quantization copied over, a download finished in place) has another size or
 * time of change. Empty for a URL (its header is read once per process) and for a file that cannot
 * be looked at (the read then fails as it would have, and nothing is kept).
 */
async function stampOf(source: string, remote: boolean): Promise<string | undefined> {
  if (remote) return '';
  const stat = await fs.stat(source).catch(() => undefined);
  return stat ? `${stat.size}:${stat.mtimeMs}:${stat.ino}` : undefined;
}

/**
 * The GGUF header (metadata and tensor table) of a model file or URL, without reading its weights:
 * node-llama-cpp fetches only the byte ranges the header needs. Remote reads try twice at most
 * (its default keeps retrying for minutes when offline) and are cached for the process; a local
 * file's header is cached while the file keeps its size, time of change and inode.
 */
export async function readModelHeader(source: string, options: { signal?: AbortSignal } = {}): Promise<GgufFileInfo> {
  const remote = /^https?:\/\//i.test(source);
  if (remote) checkDownloadUrl(source);
  const stamp = await stampOf(source, remote);
  const cached = cache.get(source);
  if (cached && cached.stamp === stamp) return cached.header;
  const signal = options.signal
    ? AbortSignal.any([options.signal, AbortSignal.timeout(REMOTE_HEADER_TIMEOUT_MS)])
    : AbortSignal.timeout(REMOTE_HEADER_TIMEOUT_MS);
  const promise = readGgufFileInfo(source, {
    sourceType: remote ? 'network' : 'filesystem',
    logWarnings: false,
    signal,
    ...(remote ? { fetchRetryOptions: { retries: 1, minTimeout: 200, maxTimeout: 1000 } } : {}),
  }).catch((e: unknown) => {
    if (cache.get(source)?.header === promise) cache.delete(source);
    throwIfAborted(options.signal);
    if (!remote) throw new PrecisFailure('MODEL_INVALID', 'This file is not a usable GGUF model (unreadable header). Choose a .gguf model file, or download or copy it again.', { cause: e });
    // node-llama-cpp's reader reports the HTTP status only in its message.
    const message = e instanceof Error ? e.message : '';
    if (/: 40[13]\b/.test(message)) throw new PrecisFailure('DOWNLOAD_FORBIDDEN', 'The model server refused access to this model (401/403). The model may need an account or licence acceptance on its page; download it there and import the file.', { cause: e });
    if (/: 404\b/.test(message)) throw new PrecisFailure('DOWNLOAD_NOT_FOUND', 'The model server has no such file (404). Check the catalog entry or URL.', { cause: e });
    throw new PrecisFailure('DOWNLOAD_OFFLINE', 'The model server could not be reached to read the model header. Check the internet connection and try again.', {
      cause: e,
      retryable: true,
    });
  });
  if (stamp === undefined) cache.delete(source);
  else cache.set(source, { stamp, header: promise });
  return promise;
}
