import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PrecisApi, PublicSettings } from '../../shared/ipc/contract';
import { AddDocuments, DropZone } from './components/DropZone/DropZone';
import { EmptyState } from './components/DocHeading/DocHeading';
import { HistoryView, type OpenedSummary } from './components/HistoryView/HistoryView';
import { IntakeErrors } from './components/IntakeErrors/IntakeErrors';
import { Notices } from './components/Notices/Notices';
import { Header } from './components/Header/Header';
import { HistoryList } from './components/HistoryList/HistoryList';
import { QueueItemView } from './components/QueueItemView/QueueItemView';
import { QueueList } from './components/QueueList/QueueList';
import { SettingsDialog } from './components/SettingsDialog/SettingsDialog';
import { SourcePanel, type SourceDocument } from './components/SourcePanel/SourcePanel';
import { prefetchSource } from './components/SourcePanel/useSourceFile';
import { citedPages } from './state/citedPages';
import { useAnnouncer } from './hooks/useAnnouncer';
import { useHistory } from './hooks/useHistory';
import { useModelStatus } from './hooks/useModelStatus';
import { useModelChoice, useModels } from './hooks/useModels';
import { FirstLaunchCard } from './components/ModelsScreen/FirstLaunchCard';
import { ModelsScreen } from './components/ModelsScreen/ModelsScreen';
import { useNotices } from './hooks/useNotices';
import { useSettings } from './hooks/useSettings';
import { useQueue, type Rejected } from './hooks/useQueue';
import type { QueueSource } from './state/droppedFiles';
import { resolveCitation, type CitationRef } from './state/citations';
import { isFinished } from './state/jobsReducer';
import type { ItemStatus } from './state/queueReducer';

type Selection = { kind: 'queue'; id: string } | { kind: 'history'; id: string } | null;

/** A document shown in one of these stays on screen when the queue starts the next one. */
const STAYS_ON_SCREEN: ReadonlySet<ItemStatus> = new Set(['done', 'failed', 'needsPassword', 'duplicate']);

interface Props {
  api: PrecisApi;
  connected?: boolean;
}

/** The window: sidebar (add, queue, history), the selected document's summary, and its source. */
export function App({ api, connected = true }: Props) {
  const { settings, setSettings, error: settingsError } = useSettings(api);
  const notices = useNotices(api);
  const [model] = useModelStatus(api);
  const models = useModels(api);
  const chooseModel = useModelChoice(api, settings, setSettings, models.downloads);
  const [modelsOpen, setModelsOpen] = useState(false);
  const history = useHistory(api);
  const [selection, setSelection] = useState<Selection>(null);
  // What the window shows now, for announcements made from the queue's callbacks: one about the item on
  // screen does not send the reader to the queue for it.
  const shown = useRef<Selection>(null);
  useEffect(() => {
    shown.current = selection;
  }, [selection]);
  const inView = (item: { id: string }): boolean => shown.current?.kind === 'queue' && shown.current.id === item.id;
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const [announcement, announce] = useAnnouncer();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [settingsFocus, setSettingsFocus] = useState<'apiKey' | undefined>(undefined);
  const [opened, setOpened] = useState<OpenedSummary | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [source, setSource] = useState<{ citation: CitationRef; documentId: string | null } | null>(null);
  const [docs, setDocs] = useState<Record<string, SourceDocument | { error: string }>>({});

  const queue = useQueue({
    api,
    settings,
    onStarted: (item, items) => {
      // Follow the queue unless the user is reading a summary, an error or the history, or a document that
      // waits for their answer (its password, or whether to summarize a repeat again): the next document
      // starts at once, and its progress would take the password field away as it was being typed in.
      setSelection((sel) => {
        if (sel === null) return { kind: 'queue', id: item.id };
        if (sel.kind === 'history') return sel;
        const current = items.find((i) => i.id === sel.id);
        return current && STAYS_ON_SCREEN.has(current.status) ? sel : { kind: 'queue', id: item.id };
      });
      announce(`Reading ${item.name}`);
    },
    // A wrong password is said as the field under it says it: the same announcement again would read as nothing happened.
    onNeedsPassword: (item, wrongPassword) => {
      const where = inView(item) ? 'Enter it in the password field below.' : 'Open it in the queue to enter the password.';
      if (!wrongPassword) return announce(`${item.name} is protected by a password. ${where}`);
      announce(`${item.name}: ${wrongPassword}${inView(item) ? '' : ` ${where}`}`);
    },
    onDuplicate: (item, twin) => announce(`${item.name} is the same document as ${twin.name}, already in the queue. It is not summarized twice.`),
    onSummarizedBefore: (item) =>
      announce(
        `${item.name} was summarized before with the same model. Open the earlier summary, or summarize it again, ${inView(item) ? 'with the buttons below' : 'from the queue'}.`,
      ),
    onAwaitingConsent: (item) =>
      announce(`${item.name}: the preview of what would be sent is ready. Nothing is sent until you say yes${inView(item) ? '.' : '; open it in the queue.'}`),
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
      return <HistoryView api={api} opened={opened} onCite={openCitation} announce={announce} />;
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
              onRetry={models.refresh}
            />
          ) : null}
          <EmptyState />
        </>
      );
    }
    return (
      <QueueItemView
        api={api}
        item={item}
        job={job}
        queue={queue}
        historyEntries={history.entries}
        mode={settings?.mode}
        onCite={openCitation}
        announce={announce}
        onOpenSettings={(focus) => {
          setSettingsFocus(focus);
          setSettingsOpen(true);
        }}
        onShow={(id) => {
          setSelection({ kind: 'queue', id });
          setSource(null);
        }}
        onOpenHistory={(entryId) => void openHistory(entryId)}
      />
    );
  };

  return (
    <DropZone onFiles={addFiles}>
      <div className={`app${source ? ' with-source' : ''}`}>
        <Header
          settings={settings}
          model={model}
          activeModel={activeModel}
          onOpenSettings={() => {
            setSettingsFocus(undefined);
            setSettingsOpen(true);
          }}
          onOpenModels={() => setModelsOpen(true)}
          onLoadModel={() => void api.invoke('model.load', {})}
        />
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
        <Notices
          notices={notices.notices}
          onDismiss={notices.dismiss}
          onOpenSettings={() => {
            setSettingsFocus(undefined);
            setSettingsOpen(true);
          }}
        />
        <div className="layout">
          <nav className="sidebar" aria-label="Documents">
            <AddDocuments onFiles={addFiles} onOpen={api.registerDroppedFiles ? (folder) => void openInMain(folder) : undefined} />
            <IntakeErrors rejected={rejected} onDismiss={() => setRejected([])} />
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
          <SettingsDialog api={api} settings={settings} onSaved={saveSettings} onClose={() => setSettingsOpen(false)} {...(settingsFocus ? { focusField: settingsFocus } : {})} />
        ) : null}
      </div>
    </DropZone>
  );
}
