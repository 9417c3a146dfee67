import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import type { PrecisApi } from '../../../shared/ipc/contract';
import type { PublicSettings } from '../../../shared/ipc/contract';
import { isTerminal } from '../../../shared/summary';
import { checkFile, toFileRef, type QueueSource } from '../state/droppedFiles';
import { ACTIVE, queueReducer, type QueueItem } from '../state/queueReducer';
import { isFinished, jobsReducer, type JobsState } from '../state/jobsReducer';

let counter = 0;
function newId(prefix: string): string {
  counter += 1;
  const rand = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now().toString(36)}-${counter}-${rand}`;
}

export interface Rejected {
  name: string;
  reason: string;
}

export interface QueueApi {
  items: QueueItem[];
  jobs: JobsState;
  /** Adds files (dropped, picked, or opened by main's dialog); returns the ones refused with the reason. */
  add(files: QueueSource[]): Rejected[];
  cancel(id: string): void;
  retry(id: string): void;
  remove(id: string): void;
  submitPassword(id: string, password: string): void;
  /** The password given for an item (memory only), so its source can be drawn without asking again. */
  passwordOf(id: string): string | undefined;
  consent(id: string, send: boolean): void;
  /** Cloud preview: send these terms as they are for this document (a new preview replaces the old). */
  keepTerms(id: string, keep: string[]): Promise<void>;
  /** Stops the new preview asked for in the consent panel; the preview shown stays, and so does the decision. */
  cancelNewPreview(id: string): void;
}

interface Options {
  api: PrecisApi;
  settings: PublicSettings | null;
  /** Called as an item starts; `items` is the queue as it stands then. */
  onStarted?: (item: QueueItem, items: readonly QueueItem[]) => void;
  onFinished?: (item: QueueItem, status: 'done' | 'failed' | 'cancelled') => void;
  /** An encrypted PDF waits for its password (the queue moves on meanwhile). */
  onNeedsPassword?: (item: QueueItem, wrongPassword?: string) => void;
  /** Cloud mode: the preview is ready and the queue waits for the user's decision. */
  onAwaitingConsent?: (item: QueueItem) => void;
  /** Main read the item as the document another item already holds (`twin`): it is not queued again. */
  onDuplicate?: (item: QueueItem, twin: QueueItem) => void;
  /** Main found the item's summary by the same model in the history: it is not summarized again unless the user asks. */
  onSummarizedBefore?: (item: QueueItem) => void;
}

/**
 * The document queue: files go in, are inspected (facts at once), then summarized one at a time in
 * the order they were added. Summary events are folded into per-job view state.
 */
export function useQueue({ api, settings, onStarted, onFinished, onNeedsPassword, onAwaitingConsent, onDuplicate, onSummarizedBefore }: Options): QueueApi {
  const [items, dispatch] = useReducer(queueReducer, []);
  const [jobs, dispatchJob] = useReducer(jobsReducer, {});
  const files = useRef(new Map<string, QueueSource>());
  const passwords = useRef(new Map<string, string>());
  const busy = useRef<string | null>(null);
  const itemsRef = useRef(items);
  const settingsRef = useRef(settings);
  const callbacks = useRef({ onStarted, onFinished, onNeedsPassword, onAwaitingConsent, onDuplicate, onSummarizedBefore });
  useEffect(() => {
    itemsRef.current = items;
    settingsRef.current = settings;
    callbacks.current = { onStarted, onFinished, onNeedsPassword, onAwaitingConsent, onDuplicate, onSummarizedBefore };
  });

  // Subscribed once, before any job can start, so no event of ours is missed.
  useEffect(
    () =>
      api.on('summary.event', (event) => {
        dispatchJob({ type: 'event', event, now: Date.now() });
        if (isTerminal(event)) {
          const item = itemsRef.current.find((i) => i.jobId === event.jobId);
          if (item && busy.current === item.id) busy.current = null;
        }
      }),
    [api],
  );

  const stillCurrent = (id: string) => {
    const item = itemsRef.current.find((i) => i.id === id);
    return item !== undefined && ACTIVE.has(item.status) && busy.current === id;
  };

  /**
   * Starts the summary of a document main has open. Resolves 'gone' when main no longer holds it and
   * `ifOpen` asked to be told rather than fail (the caller reads the file again).
   */
  const startJob = useCallback(
    async (item: QueueItem, documentId: string, consentToken?: string, ifOpen = false): Promise<'started' | 'gone'> => {
      const jobId = newId('job');
      dispatchJob({ type: 'created', jobId });
      dispatch({ type: 'update', id: item.id, patch: { status: 'summarizing', jobId, preview: undefined, consentAsked: undefined, previewCancelled: undefined, reuseDocument: undefined } });
      const length = settingsRef.current?.summaryLength;
      const password = passwords.current.get(item.id);
      const res = await api.invoke('summary.start', {
        jobId,
        file: { kind: 'document', documentId },
        ...(password ? { password } : {}),
        options: { ...(length ? { length } : {}), ...(consentToken ? { consentToken } : {}) },
      });
      if (!res.ok) {
        if (ifOpen && res.error.code === 'FILE_NOT_FOUND' && busy.current === item.id) return 'gone';
        dispatchJob({ type: 'startFailed', jobId, error: res.error });
        if (busy.current === item.id) busy.current = null;
      }
      return 'started';
    },
    [api],
  );

  /**
   * Cloud mode: asks main for the preview of what would be sent, named so the user can cancel it while
   * it is prepared (seconds on a long document). Resolves 'gone' when main no longer has the document
   * open and `ifOpen` asked to be told rather than fail.
   */
  const askPreview = useCallback(
    async (item: QueueItem, documentId: string, fail: (error: { message: string; code?: ErrorCode }) => void, ifOpen = false): Promise<'asked' | 'gone'> => {
      const previewId = newId('preview');
      dispatch({ type: 'update', id: item.id, patch: { status: 'preparingPreview', previewId, previewCancelled: undefined, reuseDocument: undefined } });
      const preview = await api.invoke('cloud.preview', { documentId, previewId });
      if (!stillCurrent(item.id)) return 'asked';
      if (!preview.ok) {
        if (ifOpen && preview.error.code === 'FILE_NOT_FOUND') return 'gone';
        fail(preview.error);
        return 'asked';
      }
      dispatch({ type: 'update', id: item.id, patch: { status: 'awaitingConsent', preview: preview.value, previewId: undefined, consentAsked: undefined } });
      // The queue now waits for the user, who may be reading another summary: say so.
      callbacks.current.onAwaitingConsent?.(item);
      return 'asked';
    },
    [api],
  );

  const process = useCallback(
    async (item: QueueItem) => {
      busy.current = item.id;
      callbacks.current.onStarted?.(item, itemsRef.current);
      const fail = ({ message, code }: { message: string; code?: ErrorCode }) => {
        dispatch({ type: 'update', id: item.id, patch: { status: 'failed', error: message, errorCode: code, previewId: undefined } });
        callbacks.current.onFinished?.(item, 'failed');
        busy.current = null;
      };
      // After a cancelled preview, or a failure once the document was read (a refused preview or
      // consent, a failed summary), the document main still has open is used again (no second read):
      // in cloud mode for a new preview, in local mode ("Summarize on this computer") for the summary.
      // Main holds a client's documents within a bound (service/openDocuments.ts: 8, and a quarter of
      // its heap); one it let go is read again from the file, and a failure of that read says so.
      let readFails = fail;
      if ((item.previewCancelled || item.reuseDocument) && item.facts) {
        const held = item.facts.documentId;
        const reused = settingsRef.current?.mode === 'cloud' ? await askPreview(item, held, fail, true) : await startJob(item, held, undefined, true);
        if (reused !== 'gone') return;
        if (!stillCurrent(item.id)) return;
        readFails = ({ message, code }) => fail({ code, message: `Precis no longer holds this document (it keeps only the last few it read), and reading the file again failed. ${message}` });
      }
      dispatch({ type: 'update', id: item.id, patch: { status: 'reading', error: undefined, passwordError: undefined, previewCancelled: undefined, reuseDocument: undefined, jobId: undefined } });
      const file = files.current.get(item.id);
      if (!file) return readFails({ message: 'The file is no longer available. Add it again.' });
      let ref;
      try {
        ref = await toFileRef(file, api);
      } catch {
        return readFails({ message: 'The file could not be read. Check that it still exists and that you may open it, or add it again.' });
      }
      const password = passwords.current.get(item.id);
      const facts = await api.invoke('documents.inspect', { file: ref, readId: item.id, ...(password ? { password } : {}) });
      if (!stillCurrent(item.id)) return;
      if (!facts.ok) {
        if (facts.error.code === 'PASSWORD_REQUIRED' || facts.error.code === 'PASSWORD_INCORRECT') {
          dispatch({
            type: 'update',
            id: item.id,
            patch: {
              status: 'needsPassword',
              passwordError: facts.error.code === 'PASSWORD_INCORRECT' ? facts.error.message : undefined,
            },
          });
          busy.current = null;
          callbacks.current.onNeedsPassword?.(item, facts.error.code === 'PASSWORD_INCORRECT' ? facts.error.message : undefined);
          return;
        }
        return readFails(facts.error);
      }
      // Main answers the same bytes with the document it already holds for this window (by their
      // sha256, never by name): the item points to the one in the list instead of a second run.
      const twin = itemsRef.current.find((i) => i.id !== item.id && i.status !== 'duplicate' && i.facts?.documentId === facts.value.documentId);
      if (twin && !item.repeat) {
        dispatch({ type: 'update', id: item.id, patch: { status: 'duplicate', facts: facts.value, duplicateOf: twin.id } });
        busy.current = null;
        callbacks.current.onDuplicate?.(item, twin);
        return;
      }
      // Main found a summary of these bytes in the history by the provider and model that would write
      // it now: a local model may take minutes to write the same summary again, so the user is asked first.
      const earlier = item.repeat ? undefined : facts.value.summarizedBefore;
      if (earlier) {
        dispatch({ type: 'update', id: item.id, patch: { status: 'duplicate', facts: facts.value, earlierSummary: earlier } });
        busy.current = null;
        callbacks.current.onSummarizedBefore?.(item);
        return;
      }
      dispatch({ type: 'update', id: item.id, patch: { facts: facts.value, duplicateOf: undefined } });
      if (settingsRef.current?.mode === 'cloud') {
        await askPreview(item, facts.value.documentId, fail);
        return;
      }
      await startJob(item, facts.value.documentId);
    },
    [api, askPreview, startJob],
  );

  // Job state drives item state: when a job ends, its item shows how, and the queue moves on.
  useEffect(() => {
    for (const item of items) {
      if (item.status !== 'summarizing' || !item.jobId) continue;
      const job = jobs[item.jobId];
      if (!job || !isFinished(job)) continue;
      const status = job.status as 'done' | 'failed' | 'cancelled';
      dispatch({ type: 'update', id: item.id, patch: { status, error: job.error?.message, errorCode: job.error?.code } });
      if (busy.current === item.id) busy.current = null;
      callbacks.current.onFinished?.(item, status);
    }
  }, [items, jobs]);

  useEffect(() => {
    if (busy.current !== null || items.some((i) => ACTIVE.has(i.status))) return;
    const next = items.find((i) => i.status === 'queued');
    if (next) void process(next);
  }, [items, process]);

  const add = useCallback((list: QueueSource[]): Rejected[] => {
    const rejected: Rejected[] = [];
    const accepted: { id: string; name: string }[] = [];
    for (const file of list) {
      const check = checkFile(file);
      if (!check.ok) {
        rejected.push({ name: file.name, reason: check.reason });
        continue;
      }
      const id = newId('doc');
      files.current.set(id, file);
      accepted.push({ id, name: file.name });
    }
    if (accepted.length) dispatch({ type: 'add', items: accepted });
    return rejected;
  }, []);

  const cancel = useCallback(
    (id: string) => {
      const item = itemsRef.current.find((i) => i.id === id);
      if (!item) return;
      if (item.status === 'summarizing' && item.jobId) {
        dispatchJob({ type: 'cancelRequested', jobId: item.jobId });
        void api.invoke('summary.cancel', { jobId: item.jobId });
        return;
      }
      if (
        item.status === 'queued' ||
        item.status === 'reading' ||
        item.status === 'preparingPreview' ||
        item.status === 'awaitingConsent' ||
        item.status === 'needsPassword'
      ) {
        if (busy.current === id) busy.current = null;
        // A document being read stops being parsed in main, not only shown as cancelled.
        if (item.status === 'reading') void api.invoke('documents.cancelRead', { readId: id });
        // A preview being prepared (or a new one asked for in the consent panel): main stops waiting for it.
        if (item.previewId) void api.invoke('cloud.cancelPreview', { previewId: item.previewId });
        const previewCancelled = item.status === 'preparingPreview' ? true : undefined;
        dispatch({ type: 'update', id, patch: { status: 'cancelled', preview: undefined, previewId: undefined, previewCancelled, previewError: undefined } });
        // Said as a summary's cancel is (the window's live region): the button pressed is gone from the screen.
        callbacks.current.onFinished?.(item, 'cancelled');
      }
    },
    [api],
  );

  const retry = useCallback((id: string) => {
    const item = itemsRef.current.find((i) => i.id === id);
    // Failed or cancelled after the read (the preview, the consent or the summary itself), or a duplicate
    // summarized on purpose: the read stands, and the document main holds is used again.
    const reuseDocument = (item?.status === 'failed' || item?.status === 'cancelled' || item?.status === 'duplicate') && item.facts ? true : undefined;
    // A duplicate summarized on purpose (a new version in the history, say after other settings).
    const repeat = item?.status === 'duplicate' ? true : undefined;
    dispatch({ type: 'update', id, patch: { status: 'queued', error: undefined, errorCode: undefined, jobId: undefined, reuseDocument, repeat, earlierSummary: undefined } });
  }, []);

  const remove = useCallback((id: string) => {
    const item = itemsRef.current.find((i) => i.id === id);
    if (!item || ACTIVE.has(item.status)) return;
    files.current.delete(id);
    passwords.current.delete(id);
    dispatch({ type: 'remove', id });
  }, []);

  const submitPassword = useCallback((id: string, password: string) => {
    passwords.current.set(id, password);
    dispatch({ type: 'update', id, patch: { status: 'queued', passwordError: undefined } });
  }, []);

  const consent = useCallback(
    (id: string, send: boolean) => {
      const item = itemsRef.current.find((i) => i.id === id);
      if (!item || item.status !== 'awaitingConsent' || !item.facts || !item.preview) return;
      if (send && item.consentAsked) return;
      if (!send) {
        busy.current = null;
        if (item.previewId) void api.invoke('cloud.cancelPreview', { previewId: item.previewId });
        dispatch({ type: 'update', id, patch: { status: 'cancelled', preview: undefined, previewId: undefined, previewError: undefined } });
        return;
      }
      // Main asks the user itself (a native dialog, or the terminal running `precis serve`) and only
      // then gives a one-time token for exactly this text: the page cannot consent on its own.
      const { documentId } = item.facts;
      dispatch({ type: 'update', id, patch: { consentAsked: true } });
      void api.invoke('cloud.consent', { documentId, sha256: item.preview.sha256 }).then((granted) => {
        // While main asked, the user may have said no here, or turned to local mode: that stands.
        if (itemsRef.current.find((i) => i.id === id)?.status !== 'awaitingConsent') return;
        if (granted.ok) return startJob(item, documentId, granted.value.consentToken);
        busy.current = null;
        dispatch({ type: 'update', id, patch: { status: 'failed', error: granted.error.message, errorCode: granted.error.code, preview: undefined, consentAsked: undefined } });
        callbacks.current.onFinished?.(item, 'failed');
      });
    },
    [api, startJob],
  );

  /** Cloud preview: send these terms as they are (un-redacted) for this document; a new preview (and hash) replaces the old one. */
  const keepTerms = useCallback(
    async (id: string, keep: string[]) => {
      const item = itemsRef.current.find((i) => i.id === id);
      if (!item || item.status !== 'awaitingConsent' || !item.facts || item.consentAsked) return;
      const previewId = newId('preview');
      dispatch({ type: 'update', id, patch: { previewId, previewError: undefined } });
      const preview = await api.invoke('cloud.preview', { documentId: item.facts.documentId, keep, previewId });
      const now = itemsRef.current.find((i) => i.id === id);
      if (now?.status !== 'awaitingConsent' || now.previewId !== previewId) return;
      dispatch({
        type: 'update',
        id,
        patch: { previewId: undefined, ...(preview.ok ? { preview: preview.value } : { previewError: preview.error.message }) },
      });
    },
    [api],
  );

  const cancelNewPreview = useCallback(
    (id: string) => {
      const item = itemsRef.current.find((i) => i.id === id);
      if (!item || item.status !== 'awaitingConsent' || !item.previewId) return;
      void api.invoke('cloud.cancelPreview', { previewId: item.previewId });
      dispatch({ type: 'update', id, patch: { previewId: undefined } });
    },
    [api],
  );

  // A preview waits only while the window is in cloud mode: once Settings say local, what it would send
  // is moot, so its preparation stops (nothing was sent) and the item offers what local mode can do.
  const mode = settings?.mode;
  useEffect(() => {
    if (mode === undefined || mode === 'cloud') return;
    for (const item of itemsRef.current) {
      if (item.status !== 'preparingPreview' && item.status !== 'awaitingConsent') continue;
      if (busy.current === item.id) busy.current = null;
      if (item.previewId) void api.invoke('cloud.cancelPreview', { previewId: item.previewId });
      dispatch({ type: 'update', id: item.id, patch: { status: 'cancelled', preview: undefined, previewId: undefined, previewCancelled: true, previewError: undefined } });
      callbacks.current.onFinished?.(item, 'cancelled');
    }
  }, [api, mode]);

  const passwordOf = useCallback((id: string) => passwords.current.get(id), []);

  return { items, jobs, add, cancel, retry, remove, submitPassword, passwordOf, consent, keepTerms, cancelNewPreview };
}
