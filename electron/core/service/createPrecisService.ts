import { createHash } from 'node:crypto';
import { err, ok, type Result } from '../../../shared/errors';
import {
  requestSchemas,
  type DocumentFacts,
  type FileRef,
  type InvokeChannel,
  type ModelStatus,
  type PublicSettings,
  type PushChannel,
  type PushEvents,
} from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings';
import { PrecisFailure, toErrorShape } from '../errors';
import { docxHtml } from '../documents/docx/docxHtml';
import { createJobManager } from '../jobs/jobManager';
import { cloudOrigin, cloudUrlProblem } from '../../../shared/cloudUrl';
import { confirmationsForPatch } from '../privacy/cloudConfirmation';
import { createCloudConsent } from './cloudConsent';
import { createDocumentReads } from './documentReads';
import { earlierSummary } from './earlierSummary';
import { documentsInFolder } from './fileHandles';
import { readFileByPath, readFileFromBytes } from './fileIntake';
import type { Handler, Handlers } from './handlerTypes';
import { createHistoryHandlers } from './historyHandlers';
import { createModelsHandlers } from './modelsHandlers';
import { openDocumentByteBudget } from './openDocumentBudget';
import { createOpenDocuments, type OpenDocument } from './openDocuments';
import type { PrecisServiceDeps } from './serviceDeps';
import { summaryJob } from './summaryJob';

/** Receives the events pushed to one client. */
export type ServiceListener = <P extends PushChannel>(channel: P, payload: PushEvents[P]) => void;

/** The IPC contract's implementation, shared by Electron main and the loopback bridge. */
export interface PrecisService {
  /** Handles one invoke. Never rejects: every failure becomes an error Result. */
  invoke(clientId: string, channel: string, rawRequest: unknown): Promise<Result<unknown>>;
  /** Subscribes a client to its pushed events; returns the unsubscribe function. */
  subscribe(clientId: string, listener: ServiceListener): () => void;
  /** The client went away (window closed, reloaded, navigated; socket closed): cancel its jobs, forget its documents. */
  disconnect(clientId: string): Promise<void>;
  /** Quit: cancel every job and wait for it, then dispose the model. */
  shutdown(): Promise<void>;
  /** Running jobs (tests, quit coordinator). */
  activeJobs(): number;
}


/** A cloud server address the settings would refuse, as the request sent it (checked before the schema, for a clear code). */
function insecureCloudUrl(channel: string, request: unknown): string | undefined {
  if (channel !== 'settings.set' || !request || typeof request !== 'object') return undefined;
  const url = (request as { patch?: { cloud?: { baseUrl?: unknown } } }).patch?.cloud?.baseUrl;
  return typeof url === 'string' ? cloudUrlProblem(url) : undefined;
}

/** True when a request names a file by path (`{file: {kind: 'path'}}`), which no client may do. */
function namesAPath(request: unknown): boolean {
  const file = request && typeof request === 'object' ? (request as { file?: unknown }).file : undefined;
  return !!file && typeof file === 'object' && (file as { kind?: unknown }).kind === 'path';
}

/** Settings under which a document's cloud preview is prepared in the preparation thread (redaction on). */
function needsPreparation(settings: Settings): boolean {
  return settings.mode === 'cloud' && settings.cloud.redact;
}

const NO_KEY_STORE: PublicSettings['apiKey'] = { set: false, persisted: false, reason: 'No key storage is available in this session.' };

/**
 * Builds the service. It validates every request with the contract's schemas, owns jobs per client,
 * keeps opened documents in memory (so `documents.inspect` then `summary.start` extracts once) and
 * maps every error to a code.
 */
export function createPrecisService(deps: PrecisServiceDeps): PrecisService {
  const jobs = createJobManager({ coalesceMs: deps.coalesceMs ?? 30 });
  const listeners = new Map<string, Set<ServiceListener>>();
  const documents = createOpenDocuments(deps.maxOpenDocuments ?? 8, deps.maxOpenDocumentBytes ?? openDocumentByteBudget());
  const reads = createDocumentReads();
  // Jobs whose start is still being checked, by job id (the same bookkeeping as reads: a signal per id).
  const starts = createDocumentReads();
  // Fired at shutdown: ends the waits that belong to no job yet.
  const closing = new AbortController();
  const cloud = createCloudConsent(deps, documents);
  let shuttingDown = false;

  const push = <P extends PushChannel>(clientId: string, channel: P, payload: PushEvents[P]) => {
    for (const l of listeners.get(clientId) ?? []) {
      try {
        l(channel, payload);
      } catch {
        // One broken listener must not starve the others.
      }
    }
  };
  const broadcast = <P extends PushChannel>(channel: P, payload: PushEvents[P]) => {
    for (const clientId of listeners.keys()) push(clientId, channel, payload);
  };
  // The model is shared by every client: all of them see its status, whoever started the load.
  const unwatchModel = deps.models.watch?.((status) => broadcast('model.status', status));
  // Downloads are shared too: every window sees their progress.
  const unwatchDownloads = deps.modelManager?.watch((state) => broadcast('models.download', state));
  // Notices concern the one settings file and history: every window sees them, and a dismissal in one clears them all.
  const unwatchNotices = deps.notices?.watch((notices) => broadcast('notices.list', notices));

  /**
   * Whether a held document left scanned pages unread under an OCR setting other than today's (OCR was
   * off, and the user turned it on to read them): it is read again rather than used as it is. One whose
   * OCR ran under the same setting and failed is not read again for nothing.
   */
  async function readWithOtherOcr(held: OpenDocument): Promise<boolean> {
    if (!held.document.warnings.some((w) => w.code === 'OCR_NEEDED')) return false;
    const { ocr } = await deps.settings.get();
    return ocr !== 'off' && held.readWith !== ocr;
  }

  async function extractRef(clientId: string, file: FileRef, password: string | undefined, signal?: AbortSignal, onProgress?: (message: string) => void) {
    if (file.kind === 'document') {
      const open = documents.open(clientId, file.documentId);
      // Summarize again, or Try again, after OCR was turned on: the file main kept is read again,
      // with the password that opened it (the window does not send it again).
      if (!open.file || !(await readWithOtherOcr(open))) return open;
      return readBytes(clientId, { bytes: new Uint8Array(open.file), fileName: open.document.fileName ?? 'document' }, password ?? open.password, signal, onProgress);
    }
    let intake;
    if (file.kind === 'handle') {
      if (!deps.fileHandles) throw new PrecisFailure('FILE_NOT_FOUND', 'That file is no longer open in Precis. Add it again.');
      intake = await readFileByPath(deps.fileHandles.resolve(clientId, file.handle));
    } else intake = readFileFromBytes(file.name, file.data);
    // The same bytes the client already has open (the same file dropped twice, or a copy under another
    // name) are that document: no second read, and the window learns it by the id it already has.
    const heldId = documents.findByHash(clientId, createHash('sha256').update(intake.bytes).digest('hex'));
    const held = heldId === undefined ? undefined : documents.get(heldId);
    if (held && !(await readWithOtherOcr(held))) {
      const id = documents.remember(clientId, held.document, false);
      return { ...documents.open(clientId, id), id };
    }
    // The same bytes read again for OCR: the password that opened them before opens them again.
    return readBytes(clientId, intake, password ?? held?.password, signal, onProgress);
  }

  async function readBytes(clientId: string, intake: { bytes: Uint8Array; fileName: string }, password: string | undefined, signal?: AbortSignal, onProgress?: (message: string) => void) {
    // One read of the settings: the OCR setting extraction reads under is the one the held document records.
    const { ocr } = await deps.settings.get();
    // Extraction hands the bytes to its worker (detaching them): the Source panel draws from a copy.
    const copy = new Uint8Array(intake.bytes);
    const document = await deps.extract(intake.bytes, { fileName: intake.fileName, password, signal, ocr, ...(onProgress ? { onProgress } : {}) });
    const id = documents.remember(clientId, document, false, copy, ocr, password);
    const open = documents.get(id);
    return { id, owner: clientId, document, neverSend: open?.neverSend ?? false, ...(open?.file ? { file: open.file } : {}) };
  }

  function warmCloudIf(settings: Settings): void {
    if (needsPreparation(settings)) deps.warmCloud?.();
  }

  async function publicSettings(settings?: Settings): Promise<PublicSettings> {
    const s = settings ?? (await deps.settings.get());
    return { ...s, apiKey: deps.secrets ? await deps.secrets.status(cloudOrigin(s.cloud.baseUrl)) : NO_KEY_STORE };
  }

  const handlers: Handlers = {
    'summary.start': async (clientId, req) => {
      // Before the job exists, its consent check may wait seconds for the document's cloud
      // preparation: that wait ends on the job's cancel, the client going away or shutdown.
      const starting = starts.start(clientId, req.jobId);
      const stop = new AbortController();
      const onStop = (): void => stop.abort();
      starting.signal.addEventListener('abort', onStop, { once: true });
      closing.signal.addEventListener('abort', onStop, { once: true });
      let run;
      try {
        run = await summaryJob({ deps, documents, cloud, extractRef }, clientId, req, stop.signal);
      } finally {
        starting.done();
        starting.signal.removeEventListener('abort', onStop);
        closing.signal.removeEventListener('abort', onStop);
      }
      if (stop.signal.aborted) throw new PrecisFailure('CANCELLED', 'The summary was cancelled before it started. Nothing was sent.');
      jobs.start(clientId, req.jobId, run, (event) => push(clientId, 'summary.event', event));
      return { jobId: req.jobId };
    },
    'summary.cancel': async (clientId, req) => ({ cancelled: starts.cancel(clientId, req.jobId) || jobs.cancel(clientId, req.jobId) }),
    'documents.inspect': async (clientId, req) => {
      // In cloud mode a preview follows: its thread starts while the document is read. The settings
      // are read beside the document, not before it, so a local-mode read waits for nothing more.
      void deps.settings.get().then(warmCloudIf, () => undefined);
      const reading = reads.start(clientId, req.readId);
      let open;
      try {
        open = await extractRef(clientId, req.file, req.password, reading.signal);
      } finally {
        reading.done();
      }
      const settings = await deps.settings.get();
      const d = open.document;
      const [{ tokenEstimate, chunkEstimate }, before] = await Promise.all([
        deps.engine.estimate(d, settings),
        // What would write this summary now decides whether the history already holds it.
        (deps.engine.writer?.(settings) ?? Promise.resolve(undefined)).then(
          (writer) => earlierSummary(deps.history, d.sha256, writer),
          () => undefined,
        ),
      ]);
      const facts: DocumentFacts = {
        documentId: open.id,
        fileName: d.fileName ?? 'document',
        kind: d.kind,
        sha256: d.sha256,
        pageCount: d.pageCount,
        tokenEstimate,
        chunkEstimate,
        warnings: d.warnings,
        neverSend: open.neverSend,
        ...(before ? { summarizedBefore: before } : {}),
      };
      return facts;
    },
    'documents.cancelRead': async (clientId, req) => ({ cancelled: reads.cancel(clientId, req.readId) }),
    'documents.get': async (clientId, req) => {
      const { document: d } = documents.open(clientId, req.documentId);
      return { documentId: req.documentId, pages: d.pages, blocks: d.blocks, title: d.title, pageCount: d.pageCount };
    },
    'documents.open': async (clientId, req) => {
      if (!deps.pickFiles || !deps.fileHandles) {
        throw new PrecisFailure('NOT_AVAILABLE', 'Choosing files through Precis works in the desktop app only. Use this page’s own file picker, or drop the files.');
      }
      const handles = deps.fileHandles;
      const chosen = await deps.pickFiles(clientId, { folder: req.folder ?? false });
      const paths = req.folder ? (await Promise.all(chosen.map((dir) => documentsInFolder(dir)))).flat() : chosen;
      const opened = [];
      for (const p of paths) {
        try {
          opened.push(await handles.register(clientId, p));
        } catch (e) {
          // A file the user picked by name must say why it failed; one odd file in a folder is skipped.
          if (!req.folder) throw e;
        }
      }
      return opened;
    },
    'documents.file': async (clientId, req) => {
      const open = documents.open(clientId, req.documentId);
      if (!open.file) return { kind: 'none' };
      if (open.document.kind === 'pdf') return { kind: 'pdf', data: Buffer.from(open.file.buffer, open.file.byteOffset, open.file.byteLength).toString('base64') };
      if (open.document.kind === 'docx') return { kind: 'docx', html: await docxHtml(open.file) };
      return { kind: 'none' };
    },
    'documents.setNeverSend': async (clientId, req) => {
      documents.setNeverSend(clientId, req.documentId, req.neverSend);
      return { neverSend: req.neverSend };
    },
    'model.status': async () => deps.models.status(),
    'model.load': async (_clientId, req) => {
      const settings = await deps.settings.get();
      // Loading takes seconds to minutes: answer at once and report progress as events.
      const report = unwatchModel ? () => undefined : (status: ModelStatus) => broadcast('model.status', status);
      void deps.models.load(req.modelId, settings, report).then(report, (e: unknown) => {
        if (!unwatchModel) broadcast('model.status', { state: 'error', error: toErrorShape(e) });
      });
      return deps.models.status();
    },
    'models.list': async () => deps.models.list(),
    'settings.get': async () => publicSettings(),
    'settings.set': async (clientId, req) => {
      const current = await deps.settings.get();
      const currentOrigin = cloudOrigin(current.cloud.baseUrl);
      const keySet = deps.secrets ? (await deps.secrets.status(currentOrigin)).set : false;
      // Where documents and the key go, and whether they are redacted, is the user's decision, not the page's.
      for (const request of confirmationsForPatch(current, req.patch, keySet)) {
        await cloud.confirmOrRefuse(
          clientId,
          request,
          request.kind === 'hostChange' ? `The cloud server was not changed to ${request.to}.` : 'Redaction stays on.',
        );
      }
      const saved = await deps.settings.set(req.patch);
      // Cloud mode (with redaction) chosen while a document is open: its preview will need the thread.
      if (!needsPreparation(current) && documents.hasAny(clientId)) warmCloudIf(saved);
      // A key entered for one server is never sent to another: a new server needs its own key.
      if (cloudOrigin(saved.cloud.baseUrl) !== currentOrigin) await deps.secrets?.clearApiKey();
      return publicSettings(saved);
    },
    'secrets.setApiKey': async (_clientId, req) => {
      if (!deps.secrets) throw new PrecisFailure('KEY_STORAGE_UNAVAILABLE', 'This session cannot store an API key. Use the desktop app, or start `precis serve` with OPENAI_API_KEY set.');
      const settings = await deps.settings.get();
      return deps.secrets.setApiKey(req.key, cloudOrigin(settings.cloud.baseUrl));
    },
    'secrets.clearApiKey': async () => (deps.secrets ? deps.secrets.clearApiKey() : NO_KEY_STORE),
    'cloud.preview': async (clientId, req) => cloud.preview(clientId, req.documentId, req.keep, req.previewId),
    'cloud.cancelPreview': async (clientId, req) => ({ cancelled: cloud.cancelPreview(clientId, req.previewId) }),
    'cloud.consent': async (clientId, req) => cloud.consent(clientId, req.documentId, req.sha256),
    ...createHistoryHandlers({ history: deps.history, exportSummary: deps.exportSummary, documents }),
    'app.info': async () => ({ ...deps.app, platform: deps.app.platform ?? process.platform }),
    'notices.list': async () => deps.notices?.list() ?? [],
    'notices.dismiss': async (_clientId, req) => ({ dismissed: deps.notices?.dismiss(req.id) ?? false }),
    ...createModelsHandlers({ manager: deps.modelManager, pickModelFile: deps.pickModelFile }),
  };

  async function invoke(clientId: string, channel: string, rawRequest: unknown): Promise<Result<unknown>> {
    try {
      if (shuttingDown) return err('CANCELLED', 'Precis is closing.');
      if (!Object.hasOwn(requestSchemas, channel)) return err('INVALID_REQUEST', `Unknown request "${String(channel).slice(0, 64)}". Reload the window; if it repeats, this window and Precis are of different versions: restart Precis.`);
      // A window or page never names a file by path: a compromised one could read any file the user can.
      if (namesAPath(rawRequest)) return err('PATH_REFUSED', 'Files cannot be named by path here. Drop the file or use "Add documents".');
      const insecure = insecureCloudUrl(channel, rawRequest);
      if (insecure) return err('CLOUD_URL_INSECURE', insecure);
      const c = channel as InvokeChannel;
      const parsed = requestSchemas[c].safeParse(rawRequest ?? {});
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first?.path.length ? ` (${first.path.join('.')})` : '';
        return err('INVALID_REQUEST', `The request to ${c} was malformed${where}. This is a bug in the window; reload it.`);
      }
      const handler = handlers[c] as Handler<InvokeChannel>;
      return ok(await handler(clientId, parsed.data as never));
    } catch (e) {
      return { ok: false, error: toErrorShape(e) };
    }
  }

  return {
    invoke,
    subscribe(clientId, listener) {
      let set = listeners.get(clientId);
      if (!set) listeners.set(clientId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(clientId) === set) listeners.delete(clientId);
      };
    },
    async disconnect(clientId) {
      reads.forgetClient(clientId);
      starts.forgetClient(clientId);
      listeners.delete(clientId);
      deps.fileHandles?.forget(clientId);
      cloud.forgetClient(clientId);
      documents.forgetClient(clientId);
      await jobs.cancelClient(clientId);
    },
    async shutdown() {
      shuttingDown = true;
      closing.abort();
      cloud.stopAll();
      await jobs.cancelAll();
      listeners.clear();
      documents.clear();
      unwatchModel?.();
      unwatchDownloads?.();
      unwatchNotices?.();
      await deps.modelManager?.dispose();
      await deps.models.dispose();
      await deps.dispose?.();
    },
    activeJobs: () => jobs.activeCount(),
  };
}
