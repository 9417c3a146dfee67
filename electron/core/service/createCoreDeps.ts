import { extractDocument } from '../documents/extractDocument';
import { createOcrHook } from '../documents/ocr/createOcrHook';
import { closeKeptTesseractPools } from '../documents/ocr/keptTesseractPools';
import { closeKeptPageRenderer } from '../documents/ocr/keptPageRenderer';
import { ocrProgressMessage } from '../documents/ocr/ocrPages';
import { shutdownParseWorker } from '../documents/worker/parseInWorker';
import { exportSummary } from '../export/exportSummary';
import { createFileKeyProvider, createHistoryStore, type KeyProvider } from '../storage/historyStore';
import { createJobJournals } from '../storage/jobJournal';
import { createSettingsStore } from '../storage/settingsStore';
import { defaultWarning } from '../storage/defaultWarning';
import { createCloudRunner } from './cloudRunner';
import { hostOf } from '../llm/cloudHost';
import { createCloudPreparations } from './cloudPreparations';
import { shutdownPrepareWorker, warmPrepareWorker } from './prepareInWorker';
import { promises as fs } from 'node:fs';
import type { CatalogOverrides } from '../models/catalog';
import { recordThroughput } from '../models/throughputCache';
import { createModelManager } from '../models/modelManager';
import { cloudOrigin } from '../../../shared/cloudUrl';
import type { ConfirmFn } from '../privacy/cloudConfirmation';
import { createModelHost, type LocalModelHost } from './createModelHost';
import { createSessionSecrets, type KeyHolder } from './createSessionSecrets';
import { createSummaryEngine, type EngineProvider } from './createSummaryEngine';
import { documentByteLimit } from './documentByteLimit';
import type { FileHandles } from './fileHandles';
import { installFenceKey } from './installFenceKey';
import { createNoticeBoard } from './notices';
import type { NoticeCode } from '../../../shared/notices';
import type { PickFilesFn, PrecisServiceDeps, SummaryEngine } from './serviceDeps';

export interface CoreDepsOptions {
  home: string;
  transport: 'electron' | 'bridge';
  version: string;
  /** Forced provider (`precis serve --provider`). */
  provider?: EngineProvider;
  /** Forced model file (`precis serve --model`). */
  modelPath?: string;
  threads?: number;
  /** The history's master key: the OS keychain in Electron; a key file in the data folder otherwise. */
  keyProvider?: KeyProvider;
  /** The API key holder: the keychain-backed store in Electron; memory only (from OPENAI_API_KEY) otherwise. */
  secrets?: KeyHolder;
  coalesceMs?: number;
  /** Electron: files main opened for the window (dialog, registered drops). The bridge has none: bytes only. */
  fileHandles?: FileHandles;
  /** Electron: main's open dialog. */
  pickFiles?: PickFilesFn;
  /** Electron: main's dialog for one .gguf model file. */
  pickModelFile?: () => Promise<string | undefined>;
  /** Catalog file and base URL overrides (tests, mirrors): from the process environment, never the window. */
  catalogOverrides?: CatalogOverrides;
  /** Asks the user outside the page (native dialog; the `serve` terminal). Absent: every such decision is refused. */
  confirm?: ConfirmFn;
  /**
   * Told about storage trouble that does not stop a job (journal not writable, damaged journal, a
   * settings file mended on load, unreadable history entries); default stderr. Each also reaches the
   * window as a notice.
   */
  onWarning?: (message: string) => void;
}

/**
 * Records how fast each finished local summary ran on this machine, so the model advice can say how
 * many minutes a document will take (models/throughput.json).
 */
function measuredEngine(engine: SummaryEngine, home: string, models: LocalModelHost): SummaryEngine {
  return {
    estimate: (document, settings) => engine.estimate(document, settings),
    ...(engine.writer ? { writer: engine.writer.bind(engine) } : {}),
    async *summarize(request) {
      for await (const event of engine.summarize(request)) {
        const status = models.status();
        if (event.type === 'done' && event.summary.providerKind === 'local' && status.modelId && event.stats.promptTokens > 0) {
          const file = models.loadedFile?.();
          const bytes = file ? await fs.stat(file).then((s) => s.size, () => 0) : 0;
          if (bytes > 0) {
            await recordThroughput(home, {
              modelId: status.modelId,
              backend: status.backend ?? 'CPU',
              modelBytes: bytes,
              msPerToken: event.stats.totalMs / event.stats.promptTokens,
            }).catch(() => undefined);
          }
        }
        yield event;
      }
    },
  };
}

/** Journals of jobs nobody came back to are destroyed after this long. */
export const JOURNAL_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Wires the real modules (ingestion, pipeline, local model, stores, export, cloud preview) into the
 * service's dependencies. Electron main and `precis serve` both call this; only the key storage and
 * the transport name differ.
 */
export function createCoreDeps(options: CoreDepsOptions): PrecisServiceDeps & { models: LocalModelHost } {
  const models = createModelHost({ home: options.home, modelPath: options.modelPath, threads: options.threads });
  // What the settings store mended on load (an address it could not use, cloud mode turned off) is
  // told in the window, not only in the log: otherwise the user sees the change without the reason.
  const notices = createNoticeBoard();
  const log = options.onWarning ?? defaultWarning;
  const toldAs = (code: NoticeCode) => (message: string) => {
    notices.add(code, message);
    log(message);
  };
  const settings = createSettingsStore(options.home, {
    onWarning: (message, code) => toldAs(code)(message),
  });
  // A key from the environment is bound to the server configured when the process started.
  const secrets =
    options.secrets ??
    createSessionSecrets(
      process.env.OPENAI_API_KEY,
      settings.get().then((s) => cloudOrigin(s.cloud.baseUrl), () => ''),
    );
  // Local mode never loads the OpenAI client: the runner imports it on a cloud job's first use.
  // One redaction per document and choice, shared by the preview, the consent, the start check and the job.
  const prepare = createCloudPreparations();
  const cloud = createCloudRunner({ getApiKey: (origin) => secrets.getApiKey(origin), prepare });
  const keyProvider = options.keyProvider ?? createFileKeyProvider(options.home);
  // Progress that cannot be saved or read back changes what a stop or a restart costs the user: told in the window too.
  const journals = createJobJournals(options.home, keyProvider, { onWarning: toldAs('RESUME_UNREADABLE') });
  // Abandoned jobs' journals hold (encrypted) points of contracts: do not keep them forever.
  void journals.prune(JOURNAL_MAX_AGE_MS).catch(() => undefined);
  if (options.modelPath && (options.provider === undefined || options.provider === 'local')) {
    // A model named on the command line is the one every job will use: load it now, so the window
    // sees it loading and then ready (with its context size) instead of "no model".
    void settings
      .get()
      .then((s) => models.load(undefined, s, () => undefined))
      .catch(() => undefined); // the host's status says "error" with the reason
  }
  return {
    app: { version: options.version, transport: options.transport },
    extract: async (bytes, o) => {
      // Scanned pages are read with local OCR as the settings say; its progress goes to the job.
      const ocr = o.ocr ?? (await settings.get()).ocr;
      const onProgress = o.onProgress;
      return extractDocument(
        { bytes, name: o.fileName },
        {
          password: o.password,
          signal: o.signal,
          ocrMode: ocr,
          ocr: createOcrHook(onProgress ? { onProgress: (p) => onProgress(`${ocrProgressMessage(p)}…`) } : {}),
          // No larger file than this process's heap can hold (FILE_TOO_LARGE rather than running out of memory).
          limits: { maxBytes: documentByteLimit() },
        },
      );
    },
    engine: measuredEngine(createSummaryEngine({ models, provider: options.provider, cloud, journals, onWarning: toldAs('RESUME_NOT_SAVED'), fenceKey: installFenceKey(keyProvider) }), options.home, models),
    models,
    settings,
    notices,
    // Summaries the history cannot read any more vanish from the list: the window says so, and what to do.
    history: createHistoryStore(options.home, keyProvider, {
      onWarning: (message) => {
        notices.add('HISTORY_HIDDEN', `${message} Nothing was deleted; summarize those documents again to have their summaries in the history.`);
        log(message);
      },
    }),
    secrets,
    exportSummary: (entry, format) => exportSummary(entry, format),
    cloudPreview: async (document, settings, keep, signal) => {
      const prepared = await prepare(document, { redact: settings.cloud.redact, keep }, signal);
      return {
        text: prepared.previewText,
        sha256: prepared.sha256,
        redactions: prepared.redactions.map((r) => ({ placeholder: r.placeholder, kind: r.kind, original: r.original, count: r.count })),
        kept: prepared.kept,
        host: hostOf(settings.cloud.baseUrl),
      };
    },
    coalesceMs: options.coalesceMs,
    ...(options.fileHandles ? { fileHandles: options.fileHandles } : {}),
    ...(options.pickFiles ? { pickFiles: options.pickFiles } : {}),
    ...(options.pickModelFile ? { pickModelFile: options.pickModelFile } : {}),
    modelManager: createModelManager({ home: options.home, overrides: options.catalogOverrides, inUse: () => models.status().modelId }),
    ...(options.confirm ? { confirm: options.confirm } : {}),
    warmCloud: () => warmPrepareWorker(),
    // The OCR engines and render thread kept between documents give their memory back with the service, not 60 s later.
    dispose: async () => {
      await Promise.all([shutdownParseWorker(), shutdownPrepareWorker(), closeKeptTesseractPools(), closeKeptPageRenderer()]);
    },
  };
}
