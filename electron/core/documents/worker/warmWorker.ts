/**
 * One warm worker thread kept between jobs: starting a thread and loading its libraries costs more
 * than an ordinary job, so a thread that finished cleanly waits (unref'd, so it never keeps the
 * process alive) for the next one. A thread that failed, was cancelled or ran out of time is
 * terminated instead, and so is a second thread finishing while one already waits.
 */
import type { Worker } from 'node:worker_threads';

export interface WarmWorker {
  /** The waiting thread, or a new one; held (ref'd) for the job. */
  take(): Worker;
  /** The job is over: `keep` the thread for the next one, or terminate it. */
  give(worker: Worker, keep: boolean): void;
  /** Terminates the waiting thread (tests and shutdown). Safe to call at any time. */
  shutdown(): Promise<void>;
}

export function createWarmWorker(spawn: () => Worker): WarmWorker {
  let idle: Worker | undefined;
  return {
    take() {
      const worker = idle ?? spawn();
      idle = undefined;
      worker.ref();
      return worker;
    },
    give(worker, keep) {
      if (keep && !idle) {
        worker.unref();
        idle = worker;
      } else {
        void worker.terminate();
      }
    },
    async shutdown() {
      const worker = idle;
      idle = undefined;
      if (worker) await worker.terminate();
    },
  };
}
