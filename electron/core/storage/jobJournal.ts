import { createHmac } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SummaryPoint } from '../../../shared/summary';
import { PrecisFailure, throwIfAborted } from '../errors';
import { atomicWrite, removeOldFiles, removeStaleTemps, syncDirectory } from './atomicWrite';
import { newDataKey, seal, unseal, unwrapKey, wrapKey } from './envelope';
import type { KeyProvider } from './keyProvider';
import { defaultWarning, onceEach } from './defaultWarning';
import { storageFailure } from './storageFailure';

/**
 * What makes two runs "the same job": the same bytes, split the same way, read by the same model
 * with the same prompts. Change any of them and the finished chunks no longer apply.
 */
export interface JournalKey {
  docSha256: string;
  chunkerVersion: string | number;
  /** Identifies the model exactly (its SHA-256 for local models; provider + model name in the cloud). */
  modelId: string;
  /** Bump when prompts or anything else that changes a chunk's points changes (summary length, for example). */
  promptVersion: string | number;
}

/** One job's journal: the chunks finished so far, and a way to add more. */
export interface JobJournal {
  /** Points of every chunk committed so far, by chunk index (a copy; later records do not change it). */
  completed(): Map<number, SummaryPoint[]>;
  /** Commits one finished chunk durably (fsync) before resolving. Recording an index again replaces it. */
  record(chunkIndex: number, points: SummaryPoint[], options?: { signal?: AbortSignal }): Promise<void>;
  /** The job finished and its result is saved elsewhere: destroys the journal. */
  finish(): Promise<void>;
  /** The job is abandoned (the user cancelled it for good, or deleted the document): destroys the journal. */
  discard(): Promise<void>;
  /** Stops writing but keeps the journal for a later resume (quit, window closed mid-job). */
  close(): Promise<void>;
}

/** Opens journals in one data folder. */
export interface JobJournals {
  /** Opens the journal for `key`, creating it when there is none (or when the old one cannot be read). */
  open(key: JournalKey, options?: { signal?: AbortSignal }): Promise<JobJournal>;
  /** Destroys journals untouched for longer than `olderThanMs` (abandoned jobs); returns how many. */
  prune(olderThanMs: number): Promise<number>;
}

/** Options for {@link createJobJournals}. */
export interface JobJournalsOptions {
  /** Told when an unreadable journal is replaced by a fresh one (its chunks will be computed again; default: stderr). */
  onWarning?: (message: string) => void;
}

/** Folder of the journals inside the data folder. */
export const JOURNAL_DIR = 'journals';
const EXT = '.jsonl';

interface Header {
  v: 1;
  /** The journal's data key wrapped by the master key (base64). */
  key: string;
  /** The JournalKey, sealed (base64): lets a reader confirm the journal is the one it asked for. */
  job: string;
}

interface ChunkRecord {
  i: number;
  points: SummaryPoint[];
}

/**
 * Per-chunk journals for resuming a job after a crash, cancel or quit without paying for its finished chunks again: `<home>/journals/<name>.jsonl`.
 *
 * Line 1 is a header holding the journal's own data key wrapped by the master key; every other line
 * is one finished chunk, sealed with that data key (points quote the contract, so they are never
 * written in the clear). Lines are appended and fsync'd one at a time; a line torn by a crash, and
 * anything after a line that does not decrypt, is cut off on the next open, so the journal always
 * resumes from the last chunk that was fully committed. The file name is an HMAC of the job key
 * under a key derived from the master key, so it does not reveal which document is being read.
 *
 * One process should hold a given journal open at a time (the job manager runs a job once).
 */
export function createJobJournals(home: string, keyProvider: KeyProvider, options: JobJournalsOptions = {}): JobJournals {
  const dir = path.join(home, JOURNAL_DIR);
  const warn = onceEach(options.onWarning ?? defaultWarning);
  let swept = false;

  return {
    async open(key, { signal } = {}) {
      throwIfAborted(signal);
      validateKey(key);
      if (!swept) {
        swept = true;
        await removeStaleTemps(dir).catch(() => undefined);
      }
      const masterKey = await keyProvider.getMasterKey();
      const canonical = canonicalKey(key);
      const name = createHmac('sha256', createHmac('sha256', masterKey).update('precis journal names v1').digest())
        .update(canonical)
        .digest('hex')
        .slice(0, 40);
      const file = path.join(dir, name + EXT);
      const existing = await readJournal(file, name, canonical, masterKey, warn);
      let dataKey: Buffer;
      let entries: Map<number, SummaryPoint[]>;
      if (existing) {
        ({ dataKey, entries } = existing);
      } else {
        dataKey = newDataKey();
        entries = new Map();
        const header: Header = {
          v: 1,
          key: wrapKey(masterKey, dataKey, name).toString('base64'),
          job: seal(dataKey, Buffer.from(canonical), `job:${name}`).toString('base64'),
        };
        await atomicWrite(file, `${JSON.stringify(header)}\n`, { signal });
      }
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(file, 'a', 0o600);
      } catch (e) {
        throw storageFailure(e, 'open the job journal');
      }
      return openHandle(file, name, dataKey, entries, handle);
    },

    prune(olderThanMs) {
      return removeOldFiles(dir, (name) => name.endsWith(EXT), olderThanMs, 'clean up old job journals');
    },
  };
}

function openHandle(file: string, name: string, dataKey: Buffer, entries: Map<number, SummaryPoint[]>, handle: fs.FileHandle): JobJournal {
  let state: 'open' | 'closed' = 'open';
  // Appends are serialised so two records never interleave within one line.
  let queue: Promise<unknown> = Promise.resolve();
  const aad = `chunk:${name}`;

  const shut = async (remove: boolean) => {
    await queue.catch(() => undefined);
    if (state === 'open') {
      state = 'closed';
      await handle.close().catch(() => undefined);
    }
    dataKey.fill(0);
    if (remove) {
      try {
        // Removing the file removes the wrapped data key with it: what is left on disk is unreadable.
        await fs.rm(file, { force: true });
        await syncDirectory(path.dirname(file));
      } catch (e) {
        throw storageFailure(e, 'delete the job journal');
      }
    }
  };

  return {
    completed: () => new Map([...entries].map(([i, points]) => [i, structuredClone(points)])),

    record(chunkIndex, points, { signal } = {}) {
      const result = queue.then(async () => {
        throwIfAborted(signal);
        if (state !== 'open') throw new PrecisFailure('INTERNAL', 'The job journal was already closed; the chunk was not recorded. Try again, and report it if it repeats.');
        if (!Number.isSafeInteger(chunkIndex) || chunkIndex < 0) throw new PrecisFailure('INTERNAL', `Invalid chunk index ${chunkIndex}. Try again, and report it if it repeats.`);
        const record: ChunkRecord = { i: chunkIndex, points };
        const line = Buffer.from(`${seal(dataKey, Buffer.from(JSON.stringify(record)), aad).toString('base64')}\n`);
        try {
          await writeAll(handle, line);
          await handle.datasync();
        } catch (e) {
          throw storageFailure(e, 'save progress');
        }
        entries.set(chunkIndex, structuredClone(points));
      });
      queue = result.catch(() => undefined);
      return result;
    },

    finish: () => shut(true),
    discard: () => shut(true),
    close: () => shut(false),
  };
}

/**
 * Reads a journal, cutting off a torn or unreadable tail. Returns undefined when there is no usable
 * journal (none yet, or a header this master key cannot open), after removing an unusable one.
 */
async function readJournal(
  file: string,
  name: string,
  canonical: string,
  masterKey: Buffer,
  warn: (message: string) => void,
): Promise<{ dataKey: Buffer; entries: Map<number, SummaryPoint[]> } | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw storageFailure(e, 'read the job journal');
  }
  const firstNewline = bytes.indexOf(0x0a);
  let dataKey: Buffer;
  try {
    if (firstNewline < 0) throw new Error('no header');
    const header = JSON.parse(bytes.subarray(0, firstNewline).toString('utf8')) as Header;
    if (header.v !== 1) throw new Error('unknown version');
    dataKey = unwrapKey(masterKey, Buffer.from(header.key, 'base64'), name);
    if (unseal(dataKey, Buffer.from(header.job, 'base64'), `job:${name}`).toString('utf8') !== canonical) throw new Error('other job');
  } catch {
    // The header is written atomically, so this is damage or a changed master key, not a crash.
    warn('A saved job journal could not be read, so this document will be read again from the start.');
    await fs.rm(file, { force: true }).catch(() => undefined);
    return undefined;
  }

  const entries = new Map<number, SummaryPoint[]>();
  const aad = `chunk:${name}`;
  let goodEnd = firstNewline + 1;
  while (goodEnd < bytes.length) {
    const newline = bytes.indexOf(0x0a, goodEnd);
    if (newline < 0) break; // torn last line: the crash came mid-append
    try {
      const record = JSON.parse(unseal(dataKey, Buffer.from(bytes.subarray(goodEnd, newline).toString('latin1'), 'base64'), aad).toString('utf8')) as ChunkRecord;
      if (!Number.isSafeInteger(record.i) || !Array.isArray(record.points)) throw new Error('bad record');
      entries.set(record.i, record.points);
    } catch {
      break; // unreadable line (e.g. zero-filled blocks after power loss): trust nothing after it
    }
    goodEnd = newline + 1;
  }
  if (goodEnd < bytes.length) {
    try {
      await fs.truncate(file, goodEnd);
    } catch (e) {
      throw storageFailure(e, 'repair the job journal');
    }
  }
  return { dataKey, entries };
}

async function writeAll(handle: fs.FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

function canonicalKey(key: JournalKey): string {
  return JSON.stringify([key.docSha256, String(key.chunkerVersion), key.modelId, String(key.promptVersion)]);
}

function validateKey(key: JournalKey): void {
  if (!/^[0-9a-f]{64}$/.test(key.docSha256) || !key.modelId) {
    throw new PrecisFailure('INTERNAL', 'A job journal needs the document SHA-256 and the model id. Try again, and report it if it repeats.');
  }
}
