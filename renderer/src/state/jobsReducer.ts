import type { PrecisErrorShape } from '../../../shared/errors';
import type { ClauseEntry, KeyTerms } from '../../../shared/terms';
import {
  isTerminal,
  type DocumentInfo,
  type SummaryEvent,
  type SummaryPoint,
  type SummaryResult,
  type SummaryStage,
  type SummaryStats,
} from '../../../shared/summary';

export type JobStatus = 'starting' | 'running' | 'cancelling' | 'done' | 'failed' | 'cancelled';

/** What the window shows for one summary job, folded from its events. */
export interface JobView {
  jobId: string;
  status: JobStatus;
  /** Highest seq applied; -1 before the first event. */
  lastSeq: number;
  /** Events that never arrived (gaps in seq); the view stays usable, the final result replaces it. */
  missedEvents: number;
  stage?: SummaryStage;
  stageDetail?: string;
  chunkCount: number;
  chunksDone: number;
  /** Time (ms) the first section started; the ETA is measured from it. */
  mapStartedAt?: number;
  /** Time (ms) of the last section finished. */
  lastChunkDoneAt?: number;
  /** While the cloud server has a step wait (a rate limit): the seconds it asked for, as last told. */
  waitSeconds?: number;
  /** Time (ms) that wait ends, counted down on screen. */
  waitUntil?: number;
  provider?: string;
  model?: string;
  document?: DocumentInfo;
  /** The final summary as streamed so far (or as finished). */
  markdown: string;
  /** Points gathered section by section before the final summary exists. */
  points: SummaryPoint[];
  keyTerms?: KeyTerms;
  clauses?: ClauseEntry[];
  result?: SummaryResult;
  stats?: SummaryStats;
  error?: PrecisErrorShape;
}

export type JobsState = Record<string, JobView>;

export type JobAction =
  | { type: 'created'; jobId: string }
  | { type: 'event'; event: SummaryEvent; now: number }
  | { type: 'cancelRequested'; jobId: string }
  | { type: 'startFailed'; jobId: string; error: PrecisErrorShape };

/** A fresh job view before any event. */
export function newJobView(jobId: string): JobView {
  return { jobId, status: 'starting', lastSeq: -1, missedEvents: 0, chunkCount: 0, chunksDone: 0, markdown: '', points: [] };
}

/** True once a job has reached its one terminal state. */
export function isFinished(job: Pick<JobView, 'status'>): boolean {
  return job.status === 'done' || job.status === 'failed' || job.status === 'cancelled';
}

/**
 * Folds summary events into view state. Events are applied in seq order as they come: duplicates and
 * anything older than what was already applied are ignored, gaps are counted (the terminal event
 * carries the whole result, so nothing lost stays lost), and after the one terminal event — or after
 * the user pressed Cancel — no delta changes the text.
 */
export function jobsReducer(state: JobsState, action: JobAction): JobsState {
  switch (action.type) {
    case 'created':
      return state[action.jobId] ? state : { ...state, [action.jobId]: newJobView(action.jobId) };
    case 'cancelRequested': {
      const job = state[action.jobId];
      if (!job || isFinished(job)) return state;
      return { ...state, [action.jobId]: { ...job, status: 'cancelling' } };
    }
    case 'startFailed': {
      const job = state[action.jobId] ?? newJobView(action.jobId);
      if (isFinished(job)) return state;
      return { ...state, [action.jobId]: { ...job, status: 'failed', error: action.error } };
    }
    case 'event': {
      const e = action.event;
      const job = state[e.jobId];
      // Events for jobs this window never started are not ours to show.
      if (!job) return state;
      const next = applyEvent(job, e, action.now);
      return next === job ? state : { ...state, [e.jobId]: next };
    }
  }
}

function applyEvent(job: JobView, e: SummaryEvent, now: number): JobView {
  if (isFinished(job)) return job;
  const terminal = isTerminal(e);
  // A stale or repeated event is dropped; a terminal one is never dropped (exactly one must land).
  if (e.seq <= job.lastSeq && !terminal) return job;
  const missed = e.seq > job.lastSeq + 1 ? e.seq - job.lastSeq - 1 : 0;
  const base: JobView = { ...job, lastSeq: Math.max(job.lastSeq, e.seq), missedEvents: job.missedEvents + missed };
  const live: JobStatus = job.status === 'cancelling' ? 'cancelling' : 'running';

  switch (e.type) {
    case 'started':
      return {
        ...base,
        status: live,
        chunkCount: e.chunkCount,
        provider: e.provider,
        model: e.model,
        document: e.document,
      };
    case 'stage':
      return { ...base, status: live, stage: e.stage, stageDetail: e.detail };
    case 'chunkStarted':
      return {
        ...base,
        status: live,
        stage: 'map',
        chunkCount: Math.max(base.chunkCount, e.chunkCount),
        mapStartedAt: base.mapStartedAt ?? now,
      };
    case 'chunkDone':
      return {
        ...base,
        status: live,
        chunksDone: Math.min(base.chunksDone + 1, Math.max(base.chunkCount, base.chunksDone + 1)),
        lastChunkDoneAt: now,
        points: [...base.points, ...e.points],
      };
    case 'delta':
      // Text the user asked to stop is not appended; only the final summary streams into view.
      if (job.status === 'cancelling' || e.stage !== 'final') return base;
      return { ...base, status: live, stage: 'final', markdown: base.markdown + e.text };
    case 'keyTerms':
      return { ...base, keyTerms: e.terms, clauses: e.clauses };
    case 'waiting': {
      const { waitSeconds: _was, waitUntil: _until, ...rest } = base;
      return e.seconds > 0 ? { ...rest, status: live, waitSeconds: e.seconds, waitUntil: now + e.seconds * 1000 } : { ...rest, status: live };
    }
    case 'done':
      return {
        ...base,
        status: 'done',
        markdown: e.summary.markdown,
        points: e.summary.points,
        keyTerms: e.summary.keyTerms ?? base.keyTerms,
        clauses: e.summary.clauses ?? base.clauses,
        result: e.summary,
        stats: e.stats,
        provider: e.summary.provider,
        model: e.summary.model,
        document: e.summary.document,
      };
    case 'failed':
      return {
        ...base,
        status: 'failed',
        error: e.error,
        markdown: e.partial?.markdown || base.markdown,
        points: e.partial?.points.length ? e.partial.points : base.points,
      };
    case 'cancelled':
      return {
        ...base,
        status: 'cancelled',
        markdown: e.partial?.markdown || base.markdown,
        points: e.partial?.points.length ? e.partial.points : base.points,
      };
  }
}

/** "Precis tries again in 14 s", counted down to the end of the wait; "now" once it is over. */
function tryAgain(job: JobView, now: number): string {
  if (job.waitUntil === undefined) return 'Precis tries again then';
  // Never more than the server asked for: a clock read before the wait began counts from its start.
  const left = Math.min(job.waitSeconds ?? 0, Math.ceil((job.waitUntil - now) / 1000));
  return left > 0 ? `Precis tries again in ${left} s` : 'Precis tries again now';
}

/** 0..1 for the progress bar: the sections dominate, then combining, writing and checking terms. */
export function progressFraction(job: JobView): number {
  if (job.status === 'done') return 1;
  const map = job.chunkCount > 0 ? job.chunksDone / job.chunkCount : 0;
  switch (job.stage) {
    case undefined:
    case 'extract':
      return 0.02;
    case 'chunk':
      return 0.05;
    case 'map':
      return 0.05 + 0.75 * map;
    case 'reduce':
      return 0.82;
    case 'final':
      return 0.88;
    case 'terms':
      return 0.96;
  }
}

/** Seconds left, estimated from the pace of finished sections; undefined until one has finished. */
export function secondsLeft(job: JobView): number | undefined {
  if (job.stage !== 'map' || !job.mapStartedAt || !job.lastChunkDoneAt || job.chunksDone === 0) return undefined;
  const perChunk = (job.lastChunkDoneAt - job.mapStartedAt) / job.chunksDone;
  // One more section's worth covers combining and writing the final summary.
  return Math.max(0, ((job.chunkCount - job.chunksDone + 1) * perChunk) / 1000);
}

/** "about 2 min left", "about 40 s left", "less than 10 s left". */
export function formatEta(seconds: number): string {
  if (seconds < 10) return 'less than 10 s left';
  if (seconds < 90) return `about ${Math.round(seconds / 10) * 10} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/**
 * The one-line progress description: "Reading section 7 of 23 · about 2 min left". `now` (ms) counts down
 * a wait the server asked for.
 */
export function progressLine(job: JobView, now: number = Date.now()): string {
  switch (job.status) {
    case 'starting':
      return 'Starting…';
    case 'cancelling':
      return 'Stopping…';
    case 'done':
      return 'Summary ready';
    case 'failed':
      return job.error ? `Failed: ${job.error.message}` : 'Failed';
    case 'cancelled':
      return 'Cancelled';
    case 'running':
      break;
  }
  let line: string;
  switch (job.stage) {
    case 'map': {
      const section = Math.min(Math.max(job.chunkCount, 1), job.chunksDone + 1);
      line = `Reading section ${section} of ${Math.max(job.chunkCount, 1)}`;
      break;
    }
    case 'reduce':
      line = 'Combining the notes from every section';
      break;
    case 'final':
      line = 'Writing the summary';
      break;
    case 'terms':
      line = 'Checking the key terms';
      break;
    case 'chunk':
      line = 'Splitting the contract into sections';
      break;
    default:
      // While extracting, the detail says which scanned page OCR is reading.
      line = job.stage === 'extract' && job.stageDetail ? job.stageDetail : 'Reading the document';
  }
  // The job stands still while the server has it wait; said, so that it is not taken for hung.
  if (job.waitSeconds !== undefined) return `${line} · the server asked to wait ${job.waitSeconds} s; ${tryAgain(job, now)}`;
  const eta = secondsLeft(job);
  return eta === undefined ? line : `${line} · ${formatEta(eta)}`;
}
