/**
 * Documents being read for `documents.inspect`, by the client's read id: cancelling one stops the
 * parse itself (the worker is terminated), not only the window's wait for it.
 */
export interface DocumentReads {
  /** A signal for one read; starting a read with the same id cancels the earlier one. `done` forgets it. */
  start(clientId: string, readId: string | undefined): { signal: AbortSignal; done(): void };
  /** Cancels the client's read; false when there was none. */
  cancel(clientId: string, readId: string): boolean;
  /** Cancels every read of a client that went away. */
  forgetClient(clientId: string): void;
}

export function createDocumentReads(): DocumentReads {
  const reads = new Map<string, AbortController>();
  const keyOf = (clientId: string, readId: string) => `${clientId}\u0000${readId}`;
  return {
    start(clientId, readId) {
      const controller = new AbortController();
      if (readId === undefined) return { signal: controller.signal, done: () => undefined };
      const key = keyOf(clientId, readId);
      reads.get(key)?.abort();
      reads.set(key, controller);
      return { signal: controller.signal, done: () => void (reads.get(key) === controller && reads.delete(key)) };
    },
    cancel(clientId, readId) {
      const read = reads.get(keyOf(clientId, readId));
      read?.abort();
      return read !== undefined;
    },
    forgetClient(clientId) {
      for (const [key, read] of reads) if (key.startsWith(`${clientId}\u0000`)) read.abort();
    },
  };
}
