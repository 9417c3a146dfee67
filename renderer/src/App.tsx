import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryEntry, PrecisApi, PublicSettings } from '../../shared/ipc/contract';
import type { DocumentWarning } from '../../shared/document';
import type { SummaryResult } from '../../shared/summary';
import { ConsentPanel } from './components/ConsentPanel/ConsentPanel';
import { AddDocuments, DropZone } from './components/DropZone/DropZone';
import { ExportButtons } from './components/ExportButtons/ExportButtons';
import { FactsPanel } from './components/FactsPanel/FactsPanel';
import { Header } from './components/Header/Header';
import { HistoryList } from './components/HistoryList/HistoryList';
import { JobProgress } from './components/JobProgress/JobProgress';
import { PasswordPrompt } from './components/PasswordPrompt/PasswordPrompt';
import { QueueList } from './components/QueueList/QueueList';
import { RunStats } from './components/RunStats/RunStats';
import { SettingsDialog } from './components/SettingsDialog/SettingsDialog';
import { SourcePanel, type SourceDocument } from './components/SourcePanel/SourcePanel';
import { prefetchSource } from './components/SourcePanel/useSourceFile';
import { citedPages } from './state/citedPages';
import { SummaryPane } from './components/SummaryPane/SummaryPane';
import { useHistory } from './hooks/useHistory';
import { useModelStatus } from './hooks/useModelStatus';
import { useModelChoice, useModels } from './hooks/useModels';
import { FirstLaunchCard } from './components/ModelsScreen/FirstLaunchCard';
import { ModelsScreen } from './components/ModelsScreen/ModelsScreen';
import { useSettings } from './hooks/useSettings';
import { useQueue, type Rejected } from './hooks/useQueue';
import type { QueueSource } from './state/droppedFiles';
import { resolveCitation, type CitationRef } from './state/citations';
import { STATUS_LABEL } from './state/queueReducer';
import { isFinished } from './state/jobsReducer';
import { WarningList } from './components/WarningList/WarningList';

type Selection = { kind: 'queue'; id: string } | { kind: 'history'; id: string } | null;
type Opened = HistoryEntry & { summary: SummaryResult; documentId?: string };

interface Props {
  api: PrecisApi;
  connected?: boolean;
}

function findHistoryId(entries: HistoryEntry[], jobId: string | undefined, result: SummaryResult | undefined): string | null {
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

/** The window: sidebar (add, queue, history), the selected document's summary, and its source. */
export function App({ api, connected = true }: Props) {
  const { settings, setSettings, error: settingsError } = useSettings(api);
  const [model] = useModelStatus(api);
  const models = useModels(api);
  const chooseModel = useModelChoice(api, settings, setSettings, models.downloads);
  const [modelsOpen, setModelsOpen] = useState(false);
  const history = useHistory(api);
  const [selection, setSelection] = useState<Selection>(null);
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [source, setSource] = useState<{ citation: CitationRef; documentId: string | null } | null>(null);
  const [docs, setDocs] = useState<Record<string, SourceDocument | { error: string }>>({});

  const lastAnnounced = useRef(0);
  const announce = useCallback((text: string) => {
    const now = Date.now();
    const recent = now - lastAnnounced.current < 1500;
    lastAnnounced.current = now;
    // Messages close together are joined so the second does not cut off the first; re-setting the
    // same text would not be announced again, so a trailing space makes it new.
    setAnnouncement((prev) => (recent && prev && !prev.includes(text) ? `${prev.trim()} ${text}` : prev === text ? `${text} ` : text));
  }, []);

  const queue = useQueue({
    api,
    settings,
    onStarted: (item, items) => {
      // Follow the queue unless the user is reading a summary, an error or the history.
      setSelection((sel) => {
        if (sel === null) return { kind: 'queue', id: item.id };
        if (sel.kind === 'history') return sel;
        const current = items.find((i) => i.id === sel.id);
        return current && (current.status === 'done' || current.status === 'failed') ? sel : { kind: 'queue', id: item.id };
      });
      announce(`Reading ${item.name}`);
    },
    onNeedsPassword: (item) => announce(`${item.name} is protected by a password. Open it in the queue to enter the password.`),
    onFinished: (item, status) => {
      if (status === 'done') {
        announce(`Summary of ${item.name} is ready.`);
        void history.refresh();
      } else if (status === 'cancelled') announce(`${item.name}: cancelled.`);
      else announce(`${item.name} failed.`);
    },
  });

  const addFiles = useCallback(
    (files: QueueSource[]) => {
      const refused = queue.add(files);
      setRejected(refused);
      const accepted = files.length - refused.length;
      if (accepted > 0) announce(`${accepted} ${accepted === 1 ? 'document' : 'documents'} added to the queue.`);
      if (refused.length > 0) announce(`${refused.length} ${refused.length === 1 ? 'file was' : 'files were'} not added.`);
    },
    [queue, announce],
  );

  // Desktop app: "Add documents" asks main to show its dialog; main answers with handles, never paths.
  const openInMain = useCallback(
    async (folder: boolean) => {
      const r = await api.invoke('documents.open', { folder });
      if (!r.ok) return announce(`Could not add documents: ${r.error.message}`);
      if (r.value.length > 0) addFiles(r.value);
      else if (folder) announce('That folder has no PDF, Word or text files.');
    },
    [api, addFiles, announce],
  );

  // The model of the job running now, as its 'started' event named it.
  const runningJob = Object.values(queue.jobs).find((j) => !isFinished(j) && j.model && j.provider !== 'extractive');
  const activeModel = runningJob ? `${runningJob.model} · working` : undefined;

  const item = selection?.kind === 'queue' ? queue.items.find((i) => i.id === selection.id) : undefined;
  const job = item?.jobId ? queue.jobs[item.jobId] : undefined;

  // Stage changes of the selected job are announced by a second live region whose text changes only
  // when the stage does (the progress bar carries the fine-grained progress).
  const stageAnnouncement =
    job && item && !isFinished(job)
      ? job.stage === 'map'
        ? `${item.name}: reading ${job.chunkCount} ${job.chunkCount === 1 ? 'section' : 'sections'}.`
        : job.stage === 'final'
          ? `${item.name}: writing the summary.`
          : ''
      : '';

  const openHistory = useCallback(
    async (id: string) => {
      setSelection({ kind: 'history', id });
      setSource(null);
      setOpenError(null);
      if (opened?.id === id) return;
      setOpened(null);
      const r = await api.invoke('history.get', { id });
      if (r.ok) setOpened(r.value);
      else setOpenError(r.error.message);
    },
    [api, opened],
  );

  const deleteHistory = useCallback(
    async (id: string) => {
      const entry = history.entries.find((e) => e.id === id);
      const r = await api.invoke('history.delete', { id });
      if (!r.ok) return announce(`Could not delete: ${r.error.message}`);
      // Every version of the entry is gone, whichever of them was open.
      if (selection?.kind === 'history' && (selection.id === id || entry?.versions?.some((v) => v.id === selection.id))) {
        setSelection(null);
        setOpened(null);
        setSource(null);
      }
      await history.refresh();
      announce(`${entry?.fileName ?? 'Summary'} deleted from history.`);
    },
    [api, history, selection, announce],
  );

  // A reopened summary shows its source from the document stored with it (older entries have none:
  // then only while the same document is open in this session).
  const documentId =
    item?.facts?.documentId ??
    (opened && selection?.kind === 'history'
      ? (opened.documentId ?? queue.items.find((i) => i.facts?.sha256 === opened.summary.document.sha256)?.facts?.documentId ?? null)
      : null);

  const docsAsked = useRef(new Set<string>());
  const loadDoc = async (id: string) => {
    if (docs[id] || docsAsked.current.has(id)) return;
    docsAsked.current.add(id);
    const r = await api.invoke('documents.get', { documentId: id });
    setDocs((d) => ({
      ...d,
      [id]: r.ok ? r.value : { error: 'The source text is not open. Add the document again to see its pages.' },
    }));
    if (!r.ok) docsAsked.current.delete(id);
  };

  // Once a summary with citations is on screen, its source is fetched and opened (and its first
  // cited pages parsed) ahead of any click, so a click only has to draw the page.
  const shownPoints = job?.points ?? (selection?.kind === 'history' ? opened?.summary.points : undefined);
  const summaryShown = (job?.status === 'done' && !!job.result) || (selection?.kind === 'history' && !!opened);
  // The password the user gave for the selected queued PDF: drawing it needs the same one.
  const sourcePassword = item && item.facts?.documentId === documentId ? queue.passwordOf(item.id) : undefined;
  const prefetchPages = summaryShown ? citedPages(shownPoints ?? []).join(',') : '';
  useEffect(() => {
    if (!documentId || !summaryShown) return;
    prefetchSource(api, documentId, prefetchPages ? prefetchPages.split(',').map(Number) : [], sourcePassword);
    void loadDoc(documentId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loadDoc keeps one fetch per document itself
  }, [api, documentId, summaryShown, prefetchPages, sourcePassword]);

  // Closing the source returns focus to the citation that opened it (keyboard users keep their place).
  const sourceOpener = useRef<HTMLElement | null>(null);
  const closeSource = () => {
    setSource(null);
    const opener = sourceOpener.current;
    sourceOpener.current = null;
    if (opener?.isConnected) requestAnimationFrame(() => opener.focus());
  };

  const openCitationNow = (citation: CitationRef) => {
    if (document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('citation')) {
      sourceOpener.current = document.activeElement;
    }
    setSource({ citation, documentId });
    if (documentId) void loadDoc(documentId);
  };
  // One function for the window's life: the summary's markdown is memoised on it, and a new one on
  // every render would parse and rebuild the whole summary on each click (the time before a page draws).
  const latestOpenCitation = useRef(openCitationNow);
  useEffect(() => {
    latestOpenCitation.current = openCitationNow;
  });
  const openCitation = useCallback((citation: CitationRef) => latestOpenCitation.current(citation), []);

  const sourceDoc = source?.documentId ? docs[source.documentId] : undefined;
  const sourceCitation = useMemo(() => {
    if (!source) return null;
    const blocks = sourceDoc && 'blocks' in sourceDoc ? sourceDoc.blocks : undefined;
    const points = job?.points ?? (selection?.kind === 'history' ? opened?.summary.points : undefined) ?? [];
    return resolveCitation(source.citation, points, blocks);
  }, [source, sourceDoc, job, selection, opened]);

  const saveSettings = (s: PublicSettings, message: string) => {
    setSettings(s);
    setSettingsOpen(false);
    announce(message);
  };

  const main = () => {
    if (selection?.kind === 'history') {
      if (openError) return <p className="field-error">{openError}</p>;
      if (!opened) return <p className="muted">Opening…</p>;
      const s = opened.summary;
      return (
        <>
          <DocHeading name={opened.fileName} status={`${s.providerKind === 'cloud' ? 'Cloud' : s.providerKind === 'extractive' ? 'Quick summary' : 'Local'} · ${s.model}`} />
          <WarningList warnings={s.warnings} />
          <SummaryPane key={opened.id} markdown={s.markdown} points={s.points} keyTerms={s.keyTerms} clauses={s.clauses} streaming={false} onCite={openCitation} />
          <ExportButtons api={api} historyId={opened.id} onExported={(f) => announce(`Exported ${f}`)} />
        </>
      );
    }
    if (!item) {
      const firstLaunch = settings?.mode === 'local' && !settings.local.modelId && models.installed.length === 0;
      return (
        <>
          {firstLaunch ? (
            <FirstLaunchCard
              catalog={models.catalog}
              download={models.catalog?.recommended ? models.downloads[models.catalog.recommended] : undefined}
              onDownload={(id) => void api.invoke('models.download', { catalogId: id })}
              onControl={(id, action) => void api.invoke('models.downloadControl', { catalogId: id, action })}
              onOpenModels={() => setModelsOpen(true)}
            />
          ) : null}
          <EmptyState />
        </>
      );
    }
    const running = item.status === 'summarizing' && job && !isFinished(job);
    return (
      <>
        <DocHeading name={item.name} status={STATUS_LABEL[item.status]} />
        {item.facts ? <FactsPanel facts={item.facts} /> : item.status === 'reading' ? <p className="muted">Reading the document…</p> : null}
        {item.status === 'needsPassword' ? (
          <PasswordPrompt
            fileName={item.name}
            error={item.passwordError}
            onSubmit={(pw) => queue.submitPassword(item.id, pw)}
            onCancel={() => queue.cancel(item.id)}
          />
        ) : null}
        {item.status === 'awaitingConsent' && item.preview ? (
          <ConsentPanel
            fileName={item.name}
            preview={item.preview}
            onKeep={(keep) => void queue.keepTerms(item.id, keep)}
            onDecide={(send) => queue.consent(item.id, send)}
            onNeverSend={() => {
              if (item.facts) void api.invoke('documents.setNeverSend', { documentId: item.facts.documentId, neverSend: true });
              queue.consent(item.id, false);
            }}
          />
        ) : null}
        {item.status === 'queued' || item.status === 'reading' ? (
          <div className="row">
            <button type="button" className="button" onClick={() => queue.cancel(item.id)}>
              Cancel
            </button>
          </div>
        ) : null}
        {job ? <JobProgress job={job} onCancel={() => queue.cancel(item.id)} /> : null}
        {item.status === 'failed' ? (
          <div className="card error-card" role="alert">
            <p>{item.error ?? 'Something went wrong.'}</p>
            <button type="button" className="button" onClick={() => queue.retry(item.id)}>
              Try again
            </button>
          </div>
        ) : null}
        {item.status === 'cancelled' ? (
          <div className="card">
            <p>{job?.markdown ? 'Cancelled. The summary below is what was written before you stopped it.' : 'Cancelled before the summary was written.'}</p>
            <button type="button" className="button" onClick={() => queue.retry(item.id)}>
              Summarize again
            </button>
          </div>
        ) : null}
        {job && (job.markdown || job.points.length > 0 || running || job.keyTerms) ? (
          <SummaryPane
            key={job.jobId}
            markdown={job.markdown}
            points={job.points}
            keyTerms={job.keyTerms}
            clauses={job.clauses}
            streaming={!!running}
            onCite={openCitation}
          />
        ) : null}
        {job?.status === 'done' && job.result ? <WarningList warnings={newWarnings(job.result.warnings, item.facts?.warnings)} /> : null}
        {job?.status === 'done' && job.stats ? <RunStats stats={job.stats} model={job.provider === 'extractive' ? undefined : job.model} /> : null}
        {job?.status === 'done' ? (
          <ExportButtons api={api} historyId={findHistoryId(history.entries, job.jobId, job.result)} onExported={(f) => announce(`Exported ${f}`)} />
        ) : null}
      </>
    );
  };

  return (
    <DropZone onFiles={addFiles}>
      <div className={`app${source ? ' with-source' : ''}`}>
        <Header settings={settings} model={model} activeModel={activeModel} onOpenSettings={() => setSettingsOpen(true)} onOpenModels={() => setModelsOpen(true)} onLoadModel={() => void api.invoke('model.load', {})} />
        {!connected ? (
          <p className="banner" role="alert">
            The connection to Precis was lost. Restart it and open the new address.
          </p>
        ) : null}
        {settingsError ? (
          <p className="banner" role="alert">
            Settings could not be read: {settingsError.message}
          </p>
        ) : null}
        <div className="layout">
          <nav className="sidebar" aria-label="Documents">
            <AddDocuments onFiles={addFiles} onOpen={api.registerDroppedFiles ? (folder) => void openInMain(folder) : undefined} />
            {rejected.length > 0 ? (
              <div className="intake-errors" role="alert">
                <ul>
                  {rejected.map((r, i) => (
                    <li key={`${r.name}-${i}`}>
                      <strong>{r.name}</strong>: {r.reason}
                    </li>
                  ))}
                </ul>
                <button type="button" className="button small" onClick={() => setRejected([])}>
                  Dismiss
                </button>
              </div>
            ) : null}
            <h2 className="sidebar-title">Queue</h2>
            <QueueList
              items={queue.items}
              selectedId={selection?.kind === 'queue' ? selection.id : null}
              onSelect={(id) => {
                setSelection({ kind: 'queue', id });
                setSource(null);
              }}
              onRemove={queue.remove}
            />
            <h2 className="sidebar-title">History</h2>
            {history.error ? <p className="field-error small-text">{history.error.message}</p> : null}
            <HistoryList
              entries={history.entries}
              selectedId={selection?.kind === 'history' ? selection.id : null}
              onOpen={(id) => void openHistory(id)}
              onDelete={(id) => void deleteHistory(id)}
            />
          </nav>
          <main className="main">{main()}</main>
          {source && sourceCitation ? (
            <SourcePanel
              citation={sourceCitation}
              doc={sourceDoc && 'pages' in sourceDoc ? sourceDoc : null}
              error={!source.documentId ? 'The source text is not open. Add the document again to see its pages.' : sourceDoc && 'error' in sourceDoc ? sourceDoc.error : null}
              onClose={closeSource}
              api={api}
              documentId={source.documentId}
              points={job?.points ?? (selection?.kind === 'history' ? opened?.summary.points : undefined)}
              password={sourcePassword}
            />
          ) : null}
        </div>
        <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
        <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {stageAnnouncement}
        </div>
        {modelsOpen && settings ? (
          <ModelsScreen api={api} models={models} settings={settings} status={model} onUse={(id) => void chooseModel(id)} onClose={() => setModelsOpen(false)} />
        ) : null}
        {settingsOpen && settings ? (
          <SettingsDialog api={api} settings={settings} onSaved={saveSettings} onClose={() => setSettingsOpen(false)} />
        ) : null}
      </div>
    </DropZone>
  );
}

function DocHeading({ name, status }: { name: string; status: string }) {
  return (
    <div className="doc-heading">
      <h2 title={name}>{name}</h2>
      <span className="muted">{status}</span>
    </div>
  );
}

function EmptyState() {
  return (
    <div className="empty">
      <h2>Summarize a contract</h2>
      <p>Drop PDF, Word or text files — or a whole folder — anywhere in this window, or use “Add documents”.</p>
      <p className="muted">Every point is cited to its page and clause. In Local mode nothing leaves this computer.</p>
    </div>
  );
}

/** Warnings the finished summary adds (history not saved, …): the document's own are shown with its facts already. */
function newWarnings(result: readonly DocumentWarning[], shown: readonly DocumentWarning[] = []): DocumentWarning[] {
  return result.filter((w) => !shown.some((s) => s.code === w.code && s.message === w.message));
}
