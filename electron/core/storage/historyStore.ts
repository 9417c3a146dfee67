import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { HistoryEntry } from '../../../shared/ipc/contract';
import type { SummaryResult } from '../../../shared/summary';
import { PrecisFailure, throwIfAborted } from '../errors';
import { atomicWrite, removeStaleTemps, syncDirectory } from './atomicWrite';
import { newDataKey, seal, unseal, unwrapKey, wrapKey } from './envelope';
import type { KeyProvider } from './keyProvider';
import { defaultWarning, onceEach } from './defaultWarning';
import { storageFailure } from './storageFailure';

export { createFileKeyProvider, type KeyProvider } from './keyProvider';

/** A saved summary with everything needed to show it again. */
export type StoredSummary = HistoryEntry & { summary: SummaryResult };

/** Finished summaries, encrypted at rest (they hold document text), each under its own key so one can be shredded alone. */
export interface HistoryStore {
  /**
   * Every readable document, newest first: one entry per document (same SHA-256), with all its
   * summaries as `versions`, newest first; the entry's fields and id are its newest version's.
   */
  list(options?: { signal?: AbortSignal }): Promise<HistoryEntry[]>;
  /** Every readable version (one per summary), newest first. */
  listVersions(options?: { signal?: AbortSignal }): Promise<HistoryEntry[]>;
  /** One version with its summary; JOB_NOT_FOUND when it does not exist (or was deleted). */
  get(id: string, options?: { signal?: AbortSignal }): Promise<StoredSummary>;
  /** Saves a finished summary: a new version of the document's entry (a new entry for a new document). */
  save(result: SummaryResult, options?: { signal?: AbortSignal }): Promise<HistoryEntry>;
  /** Destroys the entry `id` belongs to, every version of it, for good; false when there was nothing to delete. */
  delete(id: string): Promise<boolean>;
  /** Destroys one version for good; false when there was nothing to delete. */
  deleteVersion(id: string): Promise<boolean>;
}

/** Options for {@link createHistoryStore}. */
export interface HistoryStoreOptions {
  /** Told about entries that exist but cannot be read (damaged, or sealed under another master key; default: stderr). */
  onWarning?: (message: string) => void;
}

/** Folder of the history inside the data folder. */
export const HISTORY_DIR = 'history';

const META_EXT = '.meta';
const DATA_EXT = '.data';
/** Ids are random UUIDs: they say nothing about the document and cannot name a path outside the folder. */
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ORPHAN_AGE_MS = 60_000;

interface MetaFile {
  v: 1;
  id: string;
  /** The entry's data key, wrapped by the master key (base64). Removing it shreds the entry. */
  key: string;
  /** The HistoryEntry, sealed under the data key (base64). */
  meta: string;
}

/**
 * The history, one entry per pair of files under `<home>/history/`:
 *
 * - `<id>.meta` — the entry's own random data key wrapped by the master key, and the listing
 *   fields (file name, hash, pages, model, length, date) sealed under that data key;
 * - `<id>.data` — the SummaryResult sealed under the same data key.
 *
 * Nothing readable is stored next to the ciphertext: not even the document's file name, because
 * a file name ("Acme–Globex merger term sheet.pdf") can be as confidential as the contract. The
 * id is a random UUID, not the document hash, so the store does not let anyone confirm which
 * document was summarised. What remains visible is the number of entries, their sizes and times.
 *
 * Each pair is one summary (a version). Summaries of the same document (same SHA-256 of its
 * bytes, which is inside the sealed listing fields) are grouped into one entry when listed, so the
 * files need no shared index that could go stale, and files written before versions existed (one
 * entry per run) are grouped the same way: nothing to migrate, nothing lost.
 *
 * The `.data` file is written before the `.meta` file, so a crash never leaves a listed entry
 * without its summary. Delete removes the `.meta` file first: from that moment the data key is
 * gone and the ciphertext is unrecoverable, even if its blocks survive on disk (crypto-shredding).
 */
export function createHistoryStore(home: string, keyProvider: KeyProvider, options: HistoryStoreOptions = {}): HistoryStore {
  const dir = path.join(home, HISTORY_DIR);
  const warn = onceEach(options.onWarning ?? defaultWarning);
  const metaPath = (id: string) => path.join(dir, id + META_EXT);
  const dataPath = (id: string) => path.join(dir, id + DATA_EXT);
  let cleaned = false;
  /**
   * The listing fields of every version this store has read, saved or seen listed, by id, with the
   * stamp of its `.meta` file then (modified time, size, inode). Precis writes a version's `.meta`
   * once under a new random id and never rewrites it, so the folder's names and these stamps tell
   * what changed since the last listing, also when another Precis process saved or deleted, or when
   * another tool (a backup restored, a sync) put another file under the same name: a listing stats
   * every file but reads only those it has not seen as they are, and a large history is not
   * decrypted again on every read of a document ("Summarized before"). Save and delete update it at once.
   */
  const known = new Map<string, { entry: HistoryEntry; stamp: string }>();

  /** The stamp of a version's `.meta` file, or undefined when it is gone. */
  async function metaStamp(id: string): Promise<string | undefined> {
    try {
      const st = await fs.stat(metaPath(id));
      return `${st.mtimeMs}/${st.size}/${st.ino}`;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw storageFailure(e, 'read the history');
    }
  }

  async function readMeta(id: string, masterKey: Buffer): Promise<{ entry: HistoryEntry; dataKey: Buffer }> {
    let file: MetaFile;
    try {
      file = JSON.parse(await fs.readFile(metaPath(id), 'utf8')) as MetaFile;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw notFound();
      if (e instanceof SyntaxError) throw damaged();
      throw storageFailure(e, 'read the history');
    }
    if (file?.v !== 1 || file.id !== id || typeof file.key !== 'string' || typeof file.meta !== 'string') throw damaged();
    const dataKey = unwrapKey(masterKey, Buffer.from(file.key, 'base64'), id);
    const entry = JSON.parse(unseal(dataKey, Buffer.from(file.meta, 'base64'), `meta:${id}`).toString('utf8')) as HistoryEntry;
    return { entry, dataKey };
  }

  async function cleanOrphans(names: string[]): Promise<void> {
    if (cleaned) return;
    cleaned = true;
    await removeStaleTemps(dir);
    const metas = new Set(names.filter((n) => n.endsWith(META_EXT)).map((n) => n.slice(0, -META_EXT.length)));
    const cutoff = Date.now() - ORPHAN_AGE_MS;
    for (const name of names) {
      if (!name.endsWith(DATA_EXT) || metas.has(name.slice(0, -DATA_EXT.length))) continue;
      // A .data file without its .meta is a save that crashed before committing (or a delete that
      // crashed after shredding); it is unreadable already. Young ones may be a save in progress.
      const stat = await fs.stat(path.join(dir, name)).catch(() => undefined);
      if (stat && stat.mtimeMs < cutoff) await fs.rm(path.join(dir, name), { force: true });
    }
  }

  return {
    async list(options) {
      return groupVersions(await this.listVersions(options));
    },

    async listVersions({ signal } = {}) {
      throwIfAborted(signal);
      let names: string[];
      try {
        names = await fs.readdir(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw storageFailure(e, 'read the history');
      }
      await cleanOrphans(names).catch(() => undefined);
      const ids = new Set(names.map((name) => (name.endsWith(META_EXT) ? name.slice(0, -META_EXT.length) : '')).filter((id) => ID_PATTERN.test(id)));
      // Gone from the folder (deleted here or by another process): gone from the listing.
      for (const id of known.keys()) if (!ids.has(id)) known.delete(id);
      let masterKey: Buffer | undefined;
      const entries: HistoryEntry[] = [];
      let unreadable = 0;
      for (const id of ids) {
        throwIfAborted(signal);
        // Stamped before it is read: a file changed after this is read again at the next listing.
        const stamp = await metaStamp(id);
        if (stamp === undefined) {
          // Deleted between readdir and stat.
          known.delete(id);
          continue;
        }
        const seen = known.get(id);
        if (seen?.stamp === stamp) {
          // A copy: what a caller does with a listing must not change the next one.
          entries.push({ ...seen.entry });
          continue;
        }
        known.delete(id);
        try {
          masterKey ??= await keyProvider.getMasterKey();
          const { entry, dataKey } = await readMeta(id, masterKey);
          dataKey.fill(0);
          known.set(id, { entry, stamp });
          entries.push({ ...entry });
        } catch (e) {
          // Deleted between readdir and read: not a problem worth telling anyone about.
          if (e instanceof PrecisFailure && e.code === 'JOB_NOT_FOUND') continue;
          // The master key itself could not be had: that is the whole history's failure, not one entry's.
          if (masterKey === undefined) throw e;
          unreadable += 1;
        }
      }
      if (unreadable > 0) {
        warn(
          `${unreadable} saved ${unreadable === 1 ? 'summary' : 'summaries'} could not be read (damaged, or protected by a key this computer no longer has) and ${unreadable === 1 ? 'is' : 'are'} hidden.`,
        );
      }
      return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    },

    async get(id, { signal } = {}) {
      throwIfAborted(signal);
      if (!ID_PATTERN.test(id)) throw notFound();
      const masterKey = await keyProvider.getMasterKey();
      const { entry, dataKey } = await readMeta(id, masterKey);
      try {
        let sealed: Buffer;
        try {
          sealed = await fs.readFile(dataPath(id));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw damaged();
          throw storageFailure(e, 'read the history');
        }
        const summary = JSON.parse(unseal(dataKey, sealed, `summary:${id}`).toString('utf8')) as SummaryResult;
        return { ...entry, summary };
      } finally {
        dataKey.fill(0);
      }
    },

    async save(result, { signal } = {}) {
      throwIfAborted(signal);
      const id = randomUUID();
      const entry: HistoryEntry = {
        id,
        fileName: result.document.fileName ?? result.document.title ?? 'Untitled document',
        sha256: result.document.sha256,
        pageCount: result.document.pageCount,
        kind: result.document.kind,
        provider: result.provider,
        model: result.model,
        ...(result.length ? { length: result.length } : {}),
        ...(result.server ? { server: result.server } : {}),
        createdAt: result.createdAt,
      };
      const masterKey = await keyProvider.getMasterKey();
      const dataKey = newDataKey();
      try {
        const data = seal(dataKey, Buffer.from(JSON.stringify(result), 'utf8'), `summary:${id}`);
        const meta: MetaFile = {
          v: 1,
          id,
          key: wrapKey(masterKey, dataKey, id).toString('base64'),
          meta: seal(dataKey, Buffer.from(JSON.stringify(entry), 'utf8'), `meta:${id}`).toString('base64'),
        };
        await atomicWrite(dataPath(id), data, { signal });
        try {
          await atomicWrite(metaPath(id), JSON.stringify(meta), { signal });
        } catch (e) {
          await fs.rm(dataPath(id), { force: true }).catch(() => undefined);
          throw e;
        }
        const stamp = await metaStamp(id).catch(() => undefined);
        if (stamp !== undefined) known.set(id, { entry: { ...entry }, stamp });
      } finally {
        dataKey.fill(0);
      }
      return entry;
    },

    async delete(id) {
      if (!ID_PATTERN.test(id)) return false;
      let sha256: string | undefined;
      try {
        const { entry, dataKey } = await readMeta(id, await keyProvider.getMasterKey());
        dataKey.fill(0);
        sha256 = entry.sha256;
      } catch (e) {
        if (e instanceof PrecisFailure && e.code === 'JOB_NOT_FOUND') return false;
        // Unreadable (damaged, another key): deleted alone, as it cannot be grouped.
      }
      const ids = sha256 === undefined ? [id] : (await this.listVersions()).filter((v) => v.sha256 === sha256).map((v) => v.id);
      if (!ids.includes(id)) ids.push(id);
      let deleted = false;
      for (const versionId of ids) deleted = (await this.deleteVersion(versionId)) || deleted;
      return deleted;
    },

    async deleteVersion(id) {
      if (!ID_PATTERN.test(id)) return false;
      known.delete(id);
      let existed = true;
      try {
        await fs.unlink(metaPath(id));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw storageFailure(e, 'delete the summary');
        existed = false;
      }
      try {
        await fs.rm(dataPath(id), { force: true });
        await syncDirectory(dir);
      } catch (e) {
        // The key is gone already, so what is left cannot be read; still tell the user.
        if (existed) throw storageFailure(e, 'finish deleting the summary');
      }
      return existed;
    },
  };
}

function notFound(): PrecisFailure {
  return new PrecisFailure('JOB_NOT_FOUND', 'That summary is no longer in the history. It may have been deleted; summarize the document again to have it.');
}

function damaged(): PrecisFailure {
  return new PrecisFailure('STORAGE_FAILED', 'That saved summary is damaged and cannot be opened. Delete it and summarize the document again.');
}

/** Versions (newest first) grouped into one entry per document, newest entry first. */
export function groupVersions(versions: readonly HistoryEntry[]): HistoryEntry[] {
  const bySha = new Map<string, HistoryEntry[]>();
  for (const v of versions) {
    const group = bySha.get(v.sha256);
    if (group) group.push(v);
    else bySha.set(v.sha256, [v]);
  }
  return [...bySha.values()].map((group) => ({
    ...group[0]!,
    versions: group.map(({ id, provider, model, length, server, createdAt }) => ({ id, provider, model, ...(length ? { length } : {}), ...(server ? { server } : {}), createdAt })),
  }));
}
