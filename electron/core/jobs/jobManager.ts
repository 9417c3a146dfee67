import { PrecisFailure } from '../errors';
import { driveJob, type JobListener, type JobRunner } from './driveJob';
import { COALESCE_MS } from './jobEvents';

export type { JobListener, JobRunner } from './driveJob';

export interface JobManagerOptions {
  /** How long token deltas are gathered before they are sent as one (the IPC contract says about 30 ms). */
  coalesceMs?: number;
  /** How many early cancels (a cancel that arrives before its start) are remembered per client. */
  maxEarlyCancels?: number;
}

export interface JobManager {
  /**
   * Starts a job owned by `clientId`. Returns at once; events go to `listener`. Throws JOB_EXISTS
   * when the client already has a running job with this id.
   */
  start(clientId: string, jobId: string, run: JobRunner, listener: JobListener): void;
  /** Cancels one of the client's jobs. Idempotent; a cancel before the start makes the start end as cancelled. */
  cancel(clientId: string, jobId: string): boolean;
  /** Cancels every job of a client (window closed, reloaded, bridge client gone) and waits for them to end. */
  cancelClient(clientId: string): Promise<void>;
  /** Cancels every job and waits for them to end (quit). */
  cancelAll(): Promise<void>;
  /** Running jobs, for tests and the quit coordinator. */
  activeCount(): number;
}

interface RunningJob {
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Owns summary jobs per client. Two clients never share a job or its events, a job id names a job
 * only within its client, deltas are coalesced, and every job ends with exactly one terminal event.
 */
export function createJobManager(options: JobManagerOptions = {}): JobManager {
  const coalesceMs = options.coalesceMs ?? COALESCE_MS;
  const maxEarlyCancels = options.maxEarlyCancels ?? 64;
  const jobs = new Map<string, RunningJob>();
  const earlyCancels = new Map<string, Set<string>>();
  const key = (clientId: string, jobId: string) => `${clientId}\u0000${jobId}`;

  function rememberEarlyCancel(clientId: string, jobId: string): void {
    let set = earlyCancels.get(clientId);
    if (!set) earlyCancels.set(clientId, (set = new Set()));
    set.add(jobId);
    // A misbehaving client must not grow this forever: forget the oldest.
    if (set.size > maxEarlyCancels) set.delete(set.values().next().value as string);
  }

  function start(clientId: string, jobId: string, run: JobRunner, listener: JobListener): void {
    const k = key(clientId, jobId);
    if (jobs.has(k)) throw new PrecisFailure('JOB_EXISTS', `A job with id "${jobId}" is already running. Use a new id for each job.`);
    const controller = new AbortController();
    const early = earlyCancels.get(clientId);
    if (early?.delete(jobId)) controller.abort();
    const done = driveJob(jobId, run, listener, controller.signal, coalesceMs).finally(() => {
      if (jobs.get(k)?.controller === controller) jobs.delete(k);
    });
    jobs.set(k, { controller, done });
  }

  function cancel(clientId: string, jobId: string): boolean {
    const job = jobs.get(key(clientId, jobId));
    if (!job) {
      rememberEarlyCancel(clientId, jobId);
      return false;
    }
    const first = !job.controller.signal.aborted;
    job.controller.abort();
    return first;
  }

  async function settle(filter: (k: string) => boolean): Promise<void> {
    const waiting: Promise<void>[] = [];
    for (const [k, job] of jobs) {
      if (!filter(k)) continue;
      job.controller.abort();
      waiting.push(job.done);
    }
    await Promise.all(waiting);
  }

  return {
    start,
    cancel,
    cancelClient: (clientId) => {
      earlyCancels.delete(clientId);
      return settle((k) => k.startsWith(`${clientId}\u0000`));
    },
    cancelAll: () => {
      earlyCancels.clear();
      return settle(() => true);
    },
    activeCount: () => jobs.size,
  };
}
