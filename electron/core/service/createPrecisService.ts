import { randomBytes } from 'node:crypto';
import type { DocumentWarning, ExtractedDocument } from '../../../shared/document';
import { err, ok, type Result } from '../../../shared/errors';
import {
  requestSchemas,
  type DocumentFacts,
  type FileRef,
  type InvokeChannel,
  type InvokeResponses,
  type ModelStatus,
  type PublicSettings,
  type PushChannel,
  type PushEvents,
} from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings';
import type { SummaryResult } from '../../../shared/summary';
import { PrecisFailure, toErrorShape } from '../errors';
import { docxHtml } from '../documents/docx/docxHtml';
import { createJobManager } from '../jobs/jobManager';
import type { PipelineEvent } from '../pipeline/pipelineEvent';
import { cloudOrigin, cloudUrlProblem } from '../../../shared/cloudUrl';
import { confirmationsForPatch, type CloudConfirmation } from '../privacy/cloudConfirmation';
import { hostOf } from '../llm/cloudHost';
import { createConsentTokens } from './consentTokens';
import { documentsInFolder } from './fileHandles';
import { readFileByPath, readFileFromBytes } from './fileIntake';
import { progressDuring } from './progressDuring';
import { createModelsHandlers } from './modelsHandlers';
import { documentFootprint, openDocumentByteBudget } from './openDocumentBudget';
import type { PrecisServiceDeps } from './serviceDeps';

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

interface OpenDocument {
  owner: string;
  document: ExtractedDocument;
  neverSend: boolean;
  /** Opened by reopening a history entry (only to show its pages): dropped before documents the user added. */
  fromHistory?: boolean;
  /** The file's bytes (PDF and DOCX), for the Source panel to draw the cited page. */
  file?: Uint8Array;
}

/** Largest file kept with a history entry so a reopened summary can draw its pages. */
const MAX_STORED_FILE_BYTES = 64 * 1024 * 1024;

type Handler<C extends InvokeChannel> = (clientId: string, request: ParsedRequest<C>) => Promise<InvokeResponses[C]>;
type ParsedRequest<C extends InvokeChannel> = ReturnType<(typeof requestSchemas)[C]['parse']>;
type Handlers = { [C in InvokeChannel]: Handler<C> };

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

/**
 * What the history keeps of a finished job: the summary and the document it cites (pages and
 * blocks), inside the same encrypted entry. Entries saved before sources were kept have none.
 */
type StoredSummaryResult = SummaryResult & { source?: ExtractedDocument; /** Base64 of the PDF or DOCX itself. */ sourceFile?: string };

/** The file worth keeping for drawing: PDFs and Word documents (a text file's blocks are the whole of it). */
function drawableFile(document: ExtractedDocument, bytes: Uint8Array | undefined): Uint8Array | undefined {
  return bytes && (document.kind === 'pdf' || document.kind === 'docx') ? bytes : undefined;
}

function isStoredSource(source: unknown): source is ExtractedDocument {
  const d = source as Partial<ExtractedDocument> | undefined;
  return !!d && typeof d.sha256 === 'string' && Array.isArray(d.pages) && Array.isArray(d.blocks);
}

/** The warning a finished summary carries when the history could not keep it. */
function historyNotSaved(e: unknown): DocumentWarning {
  const { code, message } = toErrorShape(e);
  return {
    code: 'HISTORY_NOT_SAVED',
    message: `This summary was not saved to the history, so it will be gone when you close it: copy it now to keep it. (${code}) ${message}`,
  };
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
  const documents = new Map<string, OpenDocument>();
  // Per document: the terms the user chose to send as they are (set by the cloud preview).
  const keptTerms = new Map<string, readonly string[]>();
  const maxOpen = deps.maxOpenDocuments ?? 8;
  const maxOpenBytes = deps.maxOpenDocumentBytes ?? openDocumentByteBudget();
  const openBytes = (): number => {
    let total = 0;
    for (const d of documents.values()) total += documentFootprint(d.document, d.file);
    return total;
  };
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

  function remember(owner: string, document: ExtractedDocument, fromHistory = false, file?: Uint8Array): string {
    const kept = drawableFile(document, file);
    for (const [id, open] of documents) {
      if (open.owner === owner && open.document.sha256 === document.sha256) {
        documents.delete(id);
        // Reopening a summary must not replace the document the user added; adding it makes it theirs.
        const merged = fromHistory ? open : { ...open, document, fromHistory: false };
        documents.set(id, merged.file || !kept ? merged : { ...merged, file: kept });
        return id;
      }
    }
    const id = `doc-${randomBytes(12).toString('base64url')}`;
    documents.set(id, { owner, document, neverSend: false, fromHistory, ...(kept ? { file: kept } : {}) });
    // Map keeps insertion order: the first entries are the least recently used. Browsing the history
    // must not push out a document waiting in the queue, so history-opened ones go first.
    // The byte budget too: many large files are dropped oldest first, never the one just opened.
    while (documents.size > maxOpen || (documents.size > 1 && openBytes() > maxOpenBytes)) {
      const victim = [...documents].find(([k, d]) => d.fromHistory && k !== id)?.[0] ?? [...documents.keys()].find((k) => k !== id)!;
      documents.delete(victim);
    }
    return id;
  }

  function openDocument(clientId: string, documentId: string): OpenDocument & { id: string } {
    const open = documents.get(documentId);
    // Another client's document is reported exactly like a missing one.
    if (!open || open.owner !== clientId) {
      throw new PrecisFailure('FILE_NOT_FOUND', 'That document is no longer open. Drop the file again.');
    }
    documents.delete(documentId);
    documents.set(documentId, open);
    return { ...open, id: documentId };
  }

  async function extractRef(clientId: string, file: FileRef, password: string | undefined, signal?: AbortSignal, onProgress?: (message: string) => void) {
    if (file.kind === 'document') return openDocument(clientId, file.documentId);
    let intake;
    if (file.kind === 'handle') {
      if (!deps.fileHandles) throw new PrecisFailure('FILE_NOT_FOUND', 'That file is no longer open in Precis. Add it again.');
      intake = await readFileByPath(deps.fileHandles.resolve(clientId, file.handle));
    } else intake = readFileFromBytes(file.name, file.data);
    // Extraction hands the bytes to its worker (detaching them): the Source panel draws from a copy.
    const copy = new Uint8Array(intake.bytes);
    const document = await deps.extract(intake.bytes, { fileName: intake.fileName, password, signal, ...(onProgress ? { onProgress } : {}) });
    const id = remember(clientId, document, false, copy);
    const open = documents.get(id);
    return { id, owner: clientId, document, neverSend: open?.neverSend ?? false, ...(open?.file ? { file: open.file } : {}) };
  }

  // Documents being read for `documents.inspect`, by the client's read id: cancelling one stops the
  // parse itself (the worker is terminated), not only the window's wait for it.
  const reads = new Map<string, AbortController>();
  const readKey = (clientId: string, readId: string) => `${clientId}\u0000${readId}`;
  function startRead(clientId: string, readId: string | undefined): { signal: AbortSignal; done(): void } {
    const controller = new AbortController();
    if (readId === undefined) return { signal: controller.signal, done: () => undefined };
    const key = readKey(clientId, readId);
    reads.get(key)?.abort();
    reads.set(key, controller);
    return { signal: controller.signal, done: () => void (reads.get(key) === controller && reads.delete(key)) };
  }

  async function publicSettings(settings?: Settings): Promise<PublicSettings> {
    const s = settings ?? (await deps.settings.get());
    return { ...s, apiKey: deps.secrets ? await deps.secrets.status(cloudOrigin(s.cloud.baseUrl)) : NO_KEY_STORE };
  }

  const consents = createConsentTokens();

  /** Asks the user outside the page; anything but an explicit yes refuses with NOT_CONFIRMED. */
  async function confirmOrRefuse(clientId: string, request: CloudConfirmation, refusal: string): Promise<void> {
    const yes = deps.confirm ? await deps.confirm(clientId, request).catch(() => false) : false;
    if (!yes) {
      throw new PrecisFailure(
        'NOT_CONFIRMED',
        `${refusal} It was not confirmed in Precis’s own dialog (or, for \`precis serve\`, on its terminal).`,
      );
    }
  }

  /**
   * Cloud mode: the consent token must have been minted for this client, this document, exactly the
   * text that would be sent now, and the configured server. Returns that text's sha256 for the guard.
   */
  async function checkConsent(clientId: string, open: OpenDocument & { id: string }, settings: Settings, consentToken: string | undefined) {
    if (settings.mode !== 'cloud') return undefined;
    if (open.neverSend) throw new PrecisFailure('CLOUD_FORBIDDEN_FOR_DOCUMENT', 'This document is marked "never send". Switch to local mode or clear the flag.');
    if (!deps.cloudPreview) throw new PrecisFailure('CLOUD_UNAVAILABLE', 'Cloud mode is not available in this build. Switch to local mode.');
    const preview = await deps.cloudPreview(open.document, settings, keptTerms.get(open.id));
    consents.redeem(consentToken, { owner: clientId, documentId: open.id, sha256: preview.sha256, origin: cloudOrigin(settings.cloud.baseUrl) });
    return preview.sha256;
  }

  const handlers: Handlers = {
    'summary.start': async (clientId, req) => {
      const settings = await deps.settings.get();
      const { consentToken, ...options } = req.options;
      const early = req.file.kind === 'document' ? openDocument(clientId, req.file.documentId) : undefined;
      const keep = req.file.kind === 'document' ? keptTerms.get(req.file.documentId) : undefined;
      let consentHash = early ? await checkConsent(clientId, early, settings, consentToken) : undefined;
      const run = async function* (signal: AbortSignal): AsyncGenerator<PipelineEvent> {
        let open = early;
        if (!open) {
          yield { type: 'stage', stage: 'extract' };
          // OCR of scanned pages reports each page as a stage detail ("Reading scanned page 3 of 11").
          const extracting = progressDuring((onProgress) => extractRef(clientId, req.file, req.password, signal, onProgress));
          for (let step = await extracting.next(); ; step = await extracting.next()) {
            if (step.done) {
              open = step.value;
              break;
            }
            yield { type: 'stage', stage: 'extract', detail: step.value };
          }
          consentHash = await checkConsent(clientId, open, settings, consentToken);
        }
        let notSaved = false;
        for await (const event of deps.engine.summarize({
          jobId: req.jobId,
          document: open.document,
          options: { length: settings.summaryLength, ...options },
          settings,
          consentHash,
          ...(keep ? { keep } : {}),
          signal,
          // A summary the history could not keep keeps its journal: summarizing again is then quick.
          keepProgress: () => notSaved,
        })) {
          if (event.type === 'done' && deps.history) {
            // A full disk must not turn a finished summary into a failure, but the user must know it
            // was not kept: the summary still arrives, with a warning saying why.
            // The document goes into the (encrypted) entry too, so a reopened summary can open its pages.
            const file = open.file ?? documents.get(open.id)?.file;
            const stored: StoredSummaryResult = {
              ...event.summary,
              source: open.document,
              ...(file && file.byteLength <= MAX_STORED_FILE_BYTES ? { sourceFile: Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('base64') } : {}),
            };
            const saved = await deps.history.save(stored).then(
              () => undefined,
              (e: unknown) => e,
            );
            if (saved !== undefined) {
              notSaved = true;
              const warning = historyNotSaved(saved);
              yield { ...event, summary: { ...event.summary, warnings: [...event.summary.warnings, warning] } };
              continue;
            }
          }
          yield event;
        }
      };
      jobs.start(clientId, req.jobId, run, (event) => push(clientId, 'summary.event', event));
      return { jobId: req.jobId };
    },
    'summary.cancel': async (clientId, req) => ({ cancelled: jobs.cancel(clientId, req.jobId) }),
    'documents.inspect': async (clientId, req) => {
      const reading = startRead(clientId, req.readId);
      let open;
      try {
        open = await extractRef(clientId, req.file, req.password, reading.signal);
      } finally {
        reading.done();
      }
      const settings = await deps.settings.get();
      const { tokenEstimate, chunkEstimate } = await deps.engine.estimate(open.document, settings);
      const d = open.document;
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
      };
      return facts;
    },
    'documents.cancelRead': async (clientId, req) => {
      const read = reads.get(readKey(clientId, req.readId));
      read?.abort();
      return { cancelled: read !== undefined };
    },
    'documents.get': async (clientId, req) => {
      const { document: d } = openDocument(clientId, req.documentId);
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
      const open = openDocument(clientId, req.documentId);
      if (!open.file) return { kind: 'none' };
      if (open.document.kind === 'pdf') return { kind: 'pdf', data: Buffer.from(open.file.buffer, open.file.byteOffset, open.file.byteLength).toString('base64') };
      if (open.document.kind === 'docx') return { kind: 'docx', html: await docxHtml(open.file) };
      return { kind: 'none' };
    },
    'documents.setNeverSend': async (clientId, req) => {
      const open = openDocument(clientId, req.documentId);
      documents.set(req.documentId, { owner: open.owner, document: open.document, neverSend: req.neverSend, ...(open.file ? { file: open.file } : {}) });
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
        await confirmOrRefuse(
          clientId,
          request,
          request.kind === 'hostChange' ? `The cloud server was not changed to ${request.to}.` : 'Redaction stays on.',
        );
      }
      const saved = await deps.settings.set(req.patch);
      // A key entered for one server is never sent to another: a new server needs its own key.
      if (cloudOrigin(saved.cloud.baseUrl) !== currentOrigin) await deps.secrets?.clearApiKey();
      return publicSettings(saved);
    },
    'secrets.setApiKey': async (_clientId, req) => {
      if (!deps.secrets) throw new PrecisFailure('KEY_STORAGE_UNAVAILABLE', 'This session cannot store an API key.');
      const settings = await deps.settings.get();
      return deps.secrets.setApiKey(req.key, cloudOrigin(settings.cloud.baseUrl));
    },
    'secrets.clearApiKey': async () => (deps.secrets ? deps.secrets.clearApiKey() : NO_KEY_STORE),
    'cloud.preview': async (clientId, req) => {
      const open = openDocument(clientId, req.documentId);
      if (open.neverSend) throw new PrecisFailure('CLOUD_FORBIDDEN_FOR_DOCUMENT', 'This document is marked "never send". Clear the flag to preview it for cloud mode.');
      if (!deps.cloudPreview) throw new PrecisFailure('CLOUD_UNAVAILABLE', 'Cloud mode is not available in this build. Switch to local mode.');
      if (req.keep) keptTerms.set(req.documentId, req.keep);
      return deps.cloudPreview(open.document, await deps.settings.get(), keptTerms.get(req.documentId));
    },
    'cloud.consent': async (clientId, req) => {
      const open = openDocument(clientId, req.documentId);
      if (open.neverSend) throw new PrecisFailure('CLOUD_FORBIDDEN_FOR_DOCUMENT', 'This document is marked "never send". Clear the flag to send it.');
      if (!deps.cloudPreview) throw new PrecisFailure('CLOUD_UNAVAILABLE', 'Cloud mode is not available in this build. Switch to local mode.');
      const settings = await deps.settings.get();
      const preview = await deps.cloudPreview(open.document, settings, keptTerms.get(open.id));
      if (preview.sha256 !== req.sha256) {
        throw new PrecisFailure('CONSENT_REQUIRED', 'The text to send changed since the preview was shown. Review the new preview.');
      }
      await confirmOrRefuse(
        clientId,
        {
          kind: 'send',
          host: hostOf(settings.cloud.baseUrl),
          model: settings.cloud.model,
          fileName: open.document.fileName ?? 'this document',
          characters: preview.text.length,
          redacted: settings.cloud.redact,
          placeholders: preview.redactions.length,
          sha256: preview.sha256,
        },
        'Nothing was sent.',
      );
      return {
        consentToken: consents.mint({ owner: clientId, documentId: open.id, sha256: preview.sha256, origin: cloudOrigin(settings.cloud.baseUrl) }),
      };
    },
    'history.list': async () => (deps.history ? deps.history.list() : []),
    'history.get': async (clientId, req) => {
      const entry = await deps.history?.get(req.id);
      if (!entry) throw new PrecisFailure('FILE_NOT_FOUND', 'That summary is no longer in the history.');
      const { source, sourceFile, ...summary } = entry.summary as StoredSummaryResult;
      // The stored document is opened for this client like a dropped file: citations then open its pages.
      const file = typeof sourceFile === 'string' ? new Uint8Array(Buffer.from(sourceFile, 'base64')) : undefined;
      const documentId = isStoredSource(source) ? remember(clientId, source, true, file) : undefined;
      return { ...entry, summary, ...(documentId ? { documentId } : {}) };
    },
    'history.delete': async (_clientId, req) => ({ deleted: deps.history ? await deps.history.delete(req.id) : false }),
    'export.summary': async (_clientId, req) => {
      const entry = await deps.history?.get(req.id);
      if (!entry) throw new PrecisFailure('FILE_NOT_FOUND', 'That summary is no longer in the history.');
      if (!deps.exportSummary) throw new PrecisFailure('INTERNAL', 'Export is not available in this build.');
      const { source: _source, sourceFile: _file, ...summary } = entry.summary as StoredSummaryResult;
      return deps.exportSummary({ ...entry, summary }, req.format);
    },
    'app.info': async () => ({ ...deps.app, platform: deps.app.platform ?? process.platform }),
    ...createModelsHandlers({ manager: deps.modelManager, pickModelFile: deps.pickModelFile }),
  };

  async function invoke(clientId: string, channel: string, rawRequest: unknown): Promise<Result<unknown>> {
    try {
      if (shuttingDown) return err('CANCELLED', 'Precis is closing.');
      if (!Object.hasOwn(requestSchemas, channel)) return err('INVALID_REQUEST', `Unknown request "${String(channel).slice(0, 64)}".`);
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
      for (const [key, read] of reads) if (key.startsWith(`${clientId}\u0000`)) read.abort();
      listeners.delete(clientId);
      deps.fileHandles?.forget(clientId);
      consents.forget(clientId);
      for (const [id, open] of documents) if (open.owner === clientId) documents.delete(id);
      await jobs.cancelClient(clientId);
    },
    async shutdown() {
      shuttingDown = true;
      await jobs.cancelAll();
      listeners.clear();
      documents.clear();
      unwatchModel?.();
      unwatchDownloads?.();
      await deps.modelManager?.dispose();
      await deps.models.dispose();
      await deps.dispose?.();
    },
    activeJobs: () => jobs.activeCount(),
  };
}
