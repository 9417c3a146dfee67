import type { ExtractedDocument } from '../../../shared/document';
import { PrecisFailure } from '../errors';
import { assertCloudAllowed, type CloudPreparation, type PrepareForCloudOptions } from '../privacy/prepareForCloud';
import { prepareInWorker } from './prepareInWorker';

/** A document's cloud preparation; `signal` stops the caller's wait (and the work, when nobody else waits for it). */
export type PrepareFn = (document: ExtractedDocument, options: PrepareForCloudOptions, signal?: AbortSignal) => Promise<CloudPreparation>;

/** What makes one preparation (a worker thread in the service; in this thread in tests). */
export type PrepareRunner = (document: ExtractedDocument, options: PrepareForCloudOptions, signal: AbortSignal) => Promise<CloudPreparation>;

interface Held {
  key: string;
  preparation: Promise<CloudPreparation>;
  /** Stops the work: fired when every caller that waited for it gave up. */
  stop: AbortController;
  /** Callers waiting for it now. */
  waiting: number;
  settled: boolean;
}

/**
 * One prepared (redacted) document per document and redaction choice, shared by everything that
 * needs it: the preview the user reads, the consent they give, the check when the job starts and
 * the job that sends it. Redaction reads the whole document; running it once also means all four
 * see exactly the same text. Held per document object, so a document the service forgets takes its
 * preparation with it; only the latest choice (redact, terms kept) is held per document.
 *
 * A request that arrives while the same preparation is still being made waits for that one. Each
 * caller's signal ends only its own wait; the work is stopped when no caller waits any more, and a
 * stopped or failed preparation is forgotten, so the next request starts afresh.
 */
export function createCloudPreparations(run: PrepareRunner = (document, options, signal) => prepareInWorker(document, options, { signal })): PrepareFn {
  const held = new WeakMap<ExtractedDocument, Held>();
  const forget = (document: ExtractedDocument, entry: Held): void => {
    if (held.get(document) === entry) held.delete(document);
  };
  return (document, options, signal) => {
    try {
      // "Never send" is decided on every call, never remembered.
      assertCloudAllowed(options.neverSend);
    } catch (e) {
      return Promise.reject(e);
    }
    if (signal?.aborted) return Promise.reject(cancelled());
    const key = JSON.stringify([options.redact, options.parties ?? null, options.keep ?? []]);
    let entry = held.get(document);
    if (entry?.key !== key) {
      const stop = new AbortController();
      const started: Held = { key, stop, waiting: 0, settled: false, preparation: run(document, { ...options, neverSend: false }, stop.signal) };
      started.preparation.then(
        () => void (started.settled = true),
        () => {
          started.settled = true;
          forget(document, started);
        },
      );
      held.set(document, started);
      entry = started;
    }
    return waitFor(document, entry, signal);
  };

  function waitFor(document: ExtractedDocument, entry: Held, signal: AbortSignal | undefined): Promise<CloudPreparation> {
    if (entry.settled) return entry.preparation;
    entry.waiting++;
    // A caller that cannot give up keeps the work going to its end.
    if (!signal) return entry.preparation;
    return new Promise<CloudPreparation>((resolve, reject) => {
      let done = false;
      const leave = (): void => {
        done = true;
        entry.waiting--;
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        if (done) return;
        leave();
        if (entry.waiting === 0 && !entry.settled) {
          // Nobody waits for it any more: stop the work, and let the next request start a new one.
          forget(document, entry);
          entry.stop.abort();
        }
        reject(cancelled());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.preparation.then(
        (p) => {
          if (done) return;
          leave();
          resolve(p);
        },
        (e: unknown) => {
          if (done) return;
          leave();
          reject(e);
        },
      );
    });
  }
}

function cancelled(): PrecisFailure {
  return new PrecisFailure('CANCELLED', 'The operation was cancelled.');
}
