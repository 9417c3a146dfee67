import type { CloudPreview, DocumentFacts } from '../../../shared/ipc/contract';

export type ItemStatus =
  | 'queued'
  | 'reading'
  | 'needsPassword'
  | 'awaitingConsent'
  | 'summarizing'
  | 'done'
  | 'failed'
  | 'cancelled';

/** One document in the sidebar queue. The File itself is kept outside state (it is not serialisable). */
export interface QueueItem {
  id: string;
  name: string;
  status: ItemStatus;
  facts?: DocumentFacts;
  jobId?: string;
  error?: string;
  /** Set when the last password was wrong. */
  passwordError?: string;
  preview?: CloudPreview;
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
export const ACTIVE: ReadonlySet<ItemStatus> = new Set(['reading', 'awaitingConsent', 'summarizing']);

export const STATUS_LABEL: Record<ItemStatus, string> = {
  queued: 'Queued',
  reading: 'Reading',
  needsPassword: 'Needs password',
  awaitingConsent: 'Waiting for your OK',
  summarizing: 'Summarizing',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
