import type { ErrorCode } from '../../../shared/errors';
import type { CloudPreview, DocumentFacts, EarlierSummary } from '../../../shared/ipc/contract';

export type ItemStatus =
  | 'queued'
  | 'reading'
  | 'needsPassword'
  | 'preparingPreview'
  | 'awaitingConsent'
  | 'summarizing'
  | 'done'
  | 'failed'
  | 'cancelled'
  /** Main recognised the same bytes as another item's document: it is not summarized twice. */
  | 'duplicate';

/** One document in the sidebar queue. The File itself is kept outside state (it is not serialisable). */
export interface QueueItem {
  id: string;
  name: string;
  status: ItemStatus;
  facts?: DocumentFacts;
  jobId?: string;
  error?: string;
  /** The failure's stable code, when main gave one: it decides what the item offers (see state/failureAction). */
  errorCode?: ErrorCode;
  /** Set when the last password was wrong. */
  passwordError?: string;
  preview?: CloudPreview;
  /** Names the cloud preview being prepared (or a new one asked for in the consent panel), so it can be cancelled. */
  previewId?: string;
  /** The user cancelled the preview while it was being prepared: asking again needs no new read while main has the document. */
  previewCancelled?: boolean;
  /** For a duplicate: the item whose document this is. */
  duplicateOf?: string;
  /** For a document summarized before by the same provider and model (not in the queue): that summary. */
  earlierSummary?: EarlierSummary;
  /** A duplicate the user chose to summarize again all the same (another version in the history). */
  repeat?: boolean;
  /** Try again after a failure between the read and the job: the document main holds is used again. */
  reuseDocument?: boolean;
  /** Why the new preview asked for in the consent panel could not be made (the one shown still stands). */
  previewError?: string;
  /** "Send and summarize" was pressed: main is asking the user in its own dialog (or `precis serve`'s terminal). */
  consentAsked?: boolean;
}

export type QueueAction =
  | { type: 'add'; items: { id: string; name: string }[] }
  | { type: 'update'; id: string; patch: Partial<Omit<QueueItem, 'id' | 'name'>> }
  | { type: 'remove'; id: string };

export function queueReducer(state: QueueItem[], action: QueueAction): QueueItem[] {
  switch (action.type) {
    case 'add':
      return [...state, ...action.items.map((i) => ({ ...i, status: 'queued' as const }))];
    case 'update':
      return state.map((i) => (i.id === action.id ? { ...i, ...action.patch } : i));
    case 'remove':
      return state.filter((i) => i.id !== action.id);
  }
}

/** Statuses during which an item holds the queue (documents are processed one at a time, in order). */
export const ACTIVE: ReadonlySet<ItemStatus> = new Set(['reading', 'preparingPreview', 'awaitingConsent', 'summarizing']);

export const STATUS_LABEL: Record<ItemStatus, string> = {
  queued: 'Queued',
  reading: 'Reading',
  needsPassword: 'Needs password',
  preparingPreview: 'Preparing preview',
  awaitingConsent: 'Waiting for your OK',
  summarizing: 'Summarizing',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
  duplicate: 'Already in the queue',
};

/** An item's status as shown: a duplicate of an earlier session's summary is not "in the queue". */
export function statusLabel(item: Pick<QueueItem, 'status' | 'earlierSummary'>): string {
  return item.status === 'duplicate' && item.earlierSummary ? 'Summarized before' : STATUS_LABEL[item.status];
}
