import { useRef, type ReactNode } from 'react';
import type { DocumentWarning } from '../../../../shared/document';
import { cloudHost } from '../../../../shared/cloudUrl';
import type { EarlierSummary, HistoryEntry, PrecisApi } from '../../../../shared/ipc/contract';
import type { SummaryResult } from '../../../../shared/summary';
import { NEXT_ACTION, useFocusAfterChange } from '../../hooks/useFocusAfterChange';
import type { QueueApi } from '../../hooks/useQueue';
import type { CitationRef } from '../../state/citations';
import { isFinished, type JobView } from '../../state/jobsReducer';
import { failureAction } from '../../state/failureAction';
import { STATUS_LABEL, statusLabel, type QueueItem } from '../../state/queueReducer';
import { ConsentPanel } from '../ConsentPanel/ConsentPanel';
import { DocHeading } from '../DocHeading/DocHeading';
import { ExportButtons } from '../ExportButtons/ExportButtons';
import { FactsPanel } from '../FactsPanel/FactsPanel';
import { JobProgress } from '../JobProgress/JobProgress';
import { PasswordPrompt } from '../PasswordPrompt/PasswordPrompt';
import { RunStats } from '../RunStats/RunStats';
import { SUMMARY_LENGTH_LABEL } from '../SettingsDialog/summaryLengthLabel';
import { SummaryPane } from '../SummaryPane/SummaryPane';
import { WarningList } from '../WarningList/WarningList';

interface Props {
  api: PrecisApi;
  item: QueueItem;
  job: JobView | undefined;
  queue: QueueApi;
  historyEntries: HistoryEntry[];
  /** The mode Settings are in now: the item offers only what that mode can do. */
  mode: 'local' | 'cloud' | undefined;
  onCite: (citation: CitationRef) => void;
  announce: (text: string) => void;
  /**
   * Opens the Settings dialog (a failure that only a setting can end offers it); `apiKey`: the failure
   * is a missing key, and Settings opens with the cursor in that field.
   */
  onOpenSettings: (focus?: 'apiKey') => void;
  /** Shows another item of the queue (a duplicate points to the one it repeats). */
  onShow: (id: string) => void;
  /** Opens a summary of the history (a document summarized before points to it). */
  onOpenHistory: (entryId: string) => void;
}

/** The main pane for a document of the queue: its facts, what it waits for, progress, summary and exports. */
export function QueueItemView({ api, item, job, queue, historyEntries, mode, onCite, announce, onOpenSettings, onShow, onOpenHistory }: Props) {
  const running = item.status === 'summarizing' && job && !isFinished(job);
  const heading = useRef<HTMLHeadingElement>(null);
  // A keyboard user's Cancel, Try again or Don't hide goes from the screen as it acts: focus follows to what comes next.
  useFocusAfterChange(`${item.id} ${item.status} ${job?.status ?? ''} ${item.previewId ? 'preparing' : ''} ${item.preview?.sha256 ?? ''}`, heading);
  return (
    <>
      <DocHeading name={item.name} status={statusLabel(item)} headingRef={heading} />
      {item.facts ? <FactsPanel facts={item.facts} /> : item.status === 'reading' ? <p className="muted">Reading the document…</p> : null}
      {item.status === 'needsPassword' ? (
        <PasswordPrompt fileName={item.name} error={item.passwordError} onSubmit={(pw) => queue.submitPassword(item.id, pw)} onCancel={() => queue.cancel(item.id)} />
      ) : null}
      {item.status === 'awaitingConsent' && item.preview ? (
        <ConsentPanel
          fileName={item.name}
          preview={item.preview}
          // The text is fixed while main asks about it: a new preview would change what the answer is for.
          onKeep={item.consentAsked ? undefined : (keep) => void queue.keepTerms(item.id, keep)}
          preparing={item.previewId !== undefined}
          onCancelPreparing={() => queue.cancelNewPreview(item.id)}
          preparingError={item.previewError}
          asking={item.consentAsked === true}
          onDecide={(send) => queue.consent(item.id, send)}
          onNeverSend={() => {
            if (item.facts) void api.invoke('documents.setNeverSend', { documentId: item.facts.documentId, neverSend: true });
            queue.consent(item.id, false);
          }}
        />
      ) : null}
      {item.status === 'preparingPreview' ? (
        <p className="muted" role="status">
          Preparing the preview of what would be sent (finding the names to hide). Nothing has been sent.
        </p>
      ) : null}
      {item.status === 'queued' || item.status === 'reading' || item.status === 'preparingPreview' ? (
        <div className="row">
          <button type="button" className="button" onClick={() => queue.cancel(item.id)} {...NEXT_ACTION}>
            {item.status === 'preparingPreview' ? 'Cancel preview' : 'Cancel'}
          </button>
        </div>
      ) : null}
      {job ? <JobProgress job={job} onCancel={() => queue.cancel(item.id)} cancelProps={NEXT_ACTION} /> : null}
      {item.status === 'duplicate' ? <DuplicateCard item={item} queue={queue} onShow={onShow} onOpenHistory={onOpenHistory} /> : null}
      {item.status === 'failed' ? <FailureCard item={item} queue={queue} onOpenSettings={onOpenSettings} /> : null}
      {item.status === 'cancelled' && item.previewCancelled && mode === 'cloud' ? (
        <div className="card" role="status">
          <p>Preview cancelled. Nothing was sent.</p>
          <button type="button" className="button" onClick={() => queue.retry(item.id)} {...NEXT_ACTION}>
            Prepare the preview again
          </button>
        </div>
      ) : null}
      {item.status === 'cancelled' && item.previewCancelled && mode !== 'cloud' ? (
        <div className="card" role="status">
          <p>The cloud preview was stopped. Nothing was sent. Precis is in local mode now: the summary can be written on this computer.</p>
          <button type="button" className="button" onClick={() => queue.retry(item.id)} {...NEXT_ACTION}>
            Summarize on this computer
          </button>
        </div>
      ) : null}
      {item.status === 'cancelled' && !item.previewCancelled ? (
        <div className="card">
          <p>{job?.markdown ? 'Cancelled. The summary below is what was written before you stopped it.' : 'Cancelled before the summary was written.'}</p>
          <button type="button" className="button" onClick={() => queue.retry(item.id)} {...NEXT_ACTION}>
            Summarize again
          </button>
        </div>
      ) : null}
      {job && (job.markdown || job.points.length > 0 || running || job.keyTerms) ? (
        <SummaryPane key={job.jobId} markdown={job.markdown} points={job.points} keyTerms={job.keyTerms} clauses={job.clauses} streaming={!!running} onCite={onCite} />
      ) : null}
      {job?.status === 'done' && job.result ? <WarningList warnings={newWarnings(job.result.warnings, item.facts?.warnings)} /> : null}
      {job?.status === 'done' && job.stats ? <RunStats stats={job.stats} model={job.provider === 'extractive' ? undefined : job.model} /> : null}
      {job?.status === 'done' ? (
        <ExportButtons api={api} historyId={findHistoryId(historyEntries, job.jobId, job.result)} onExported={(f) => announce(`Exported ${f}`)} />
      ) : null}
    </>
  );
}

/**
 * The same document as another item (main recognised its bytes): it is not summarized twice unless the
 * user asks (Summarize again: another version in the history). Points to that item; once it is gone
 * from the queue, this one may be summarized after all.
 */
function DuplicateCard({
  item,
  queue,
  onShow,
  onOpenHistory,
}: {
  item: QueueItem;
  queue: QueueApi;
  onShow: (id: string) => void;
  onOpenHistory: (entryId: string) => void;
}) {
  const earlier = item.earlierSummary;
  if (earlier) {
    return (
      <RepeatCard item={item} queue={queue} open={{ label: 'Open the earlier summary', onClick: () => onOpenHistory(earlier.entryId) }}>
        You summarized this document on {whenMade(earlier.createdAt)} (as “{earlier.fileName}”) {writtenBy(earlier)}, as Precis would summarize it
        now. Precis recognised it by its content, so it is not summarized again unless you ask.
      </RepeatCard>
    );
  }
  const twin = queue.items.find((i) => i.id === item.duplicateOf);
  if (!twin) {
    return (
      <div className="card" role="status">
        <p>The document this one repeated is no longer in the queue.</p>
        <button type="button" className="button" onClick={() => queue.retry(item.id)} {...NEXT_ACTION}>
          Summarize it
        </button>
      </div>
    );
  }
  const where = twin.status === 'done' ? 'already summarized' : `already in the queue (${STATUS_LABEL[twin.status].toLowerCase()})`;
  return (
    <RepeatCard item={item} queue={queue} open={{ label: `Show “${twin.name}”`, onClick: () => onShow(twin.id) }}>
      This is the same document as “{twin.name}”, {where}. Precis recognised it by its content, so it is not summarized twice.
    </RepeatCard>
  );
}

/** A document not summarized again unless asked: why, the way to what it repeats, Summarize again, and Remove. */
function RepeatCard({
  item,
  queue,
  open,
  children,
}: {
  item: QueueItem;
  queue: QueueApi;
  open: { label: string; onClick: () => void };
  children: ReactNode;
}) {
  return (
    <div className="card" role="status">
      <p>{children}</p>
      <div className="row">
        <button type="button" className="button primary" onClick={open.onClick} {...NEXT_ACTION}>
          {open.label}
        </button>
        <button type="button" className="button" onClick={() => queue.retry(item.id)}>
          Summarize again
        </button>
        <button type="button" className="button" onClick={() => queue.remove(item.id)}>
          Remove from the queue
        </button>
      </div>
    </div>
  );
}

/**
 * A failed document's message and what can help: trying again (a timeout, a busy server), Settings
 * then trying again (no key, a wrong server or model), or removing it (a damaged or unreadable file,
 * which the same bytes read again cannot mend).
 */
function FailureCard({ item, queue, onOpenSettings }: { item: QueueItem; queue: QueueApi; onOpenSettings: (focus?: 'apiKey') => void }) {
  const action = failureAction(item.errorCode);
  return (
    <div className="card error-card" role="alert">
      <p>{item.error ?? 'Something went wrong.'}</p>
      <div className="row">
        {action === 'settings' ? (
          <button type="button" className="button primary" onClick={() => onOpenSettings(item.errorCode === 'CLOUD_KEY_MISSING' ? 'apiKey' : undefined)} {...NEXT_ACTION}>
            Open Settings
          </button>
        ) : null}
        {action === 'remove' ? (
          <button type="button" className="button" onClick={() => queue.remove(item.id)} {...NEXT_ACTION}>
            Remove from the queue
          </button>
        ) : (
          <button type="button" className="button" onClick={() => queue.retry(item.id)} {...(action === 'retry' ? NEXT_ACTION : {})}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}

function whenMade(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Who wrote an earlier summary, and at which Summary length when that changes it, in the words the Settings use. */
function writtenBy({ provider, model, length, server }: Pick<EarlierSummary, 'provider' | 'model' | 'length' | 'server'>): string {
  if (provider === 'extractive') return 'with the quick summary (no model)';
  const at = length ? ` and Summary length ${SUMMARY_LENGTH_LABEL[length]}` : '';
  // One model name can be served by several servers: the card says which one wrote it.
  if (provider === 'openai') return `with ${model} in Cloud mode${server ? ` on ${cloudHost(server) ?? server}` : ''}${at}`;
  return `with the local model ${model}${at}`;
}

/** The history entry (or version) that a finished job saved, for its export buttons. */
export function findHistoryId(entries: HistoryEntry[], jobId: string | undefined, result: SummaryResult | undefined): string | null {
  if (!result) return null;
  const byId = entries.find((e) => e.id === jobId);
  if (byId) return byId.id;
  // The version this job saved (its document's entry lists every version).
  for (const e of entries) {
    if (e.sha256 !== result.document.sha256) continue;
    const exact = (e.versions ?? [e]).find((v) => v.createdAt === result.createdAt);
    if (exact) return exact.id;
  }
  return entries.find((e) => e.sha256 === result.document.sha256)?.id ?? null;
}

/** Warnings the finished summary adds (history not saved, …): the document's own are shown with its facts already. */
function newWarnings(result: readonly DocumentWarning[], shown: readonly DocumentWarning[] = []): DocumentWarning[] {
  return result.filter((w) => !shown.some((s) => s.code === w.code && s.message === w.message));
}
