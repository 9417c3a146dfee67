import type { ExtractedDocument } from '../../../shared/document';
import type {
  AppInfo,
  CloudPreview,
  ExportedFile,
  HistoryEntry,
  ModelListEntry,
  ModelStatus,
  PublicSettings,
} from '../../../shared/ipc/contract';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import type { OcrMode } from '../../../shared/ocrMode';
import type { ModelManager } from '../models/modelManager';
import type { JournalKey } from '../storage/jobJournal';
import type { ConfirmFn } from '../privacy/cloudConfirmation';
import type { FileHandles } from './fileHandles';
import type { NoticeBoard } from './notices';
import type { MapCache } from '../pipeline/mapCache';
import type { PipelineEvent } from '../pipeline/pipelineEvent';
import type { SummaryLength, SummaryOptions, SummaryResult } from '../../../shared/summary';

/** Opens a document from its bytes (ingestion). */
export type ExtractFn = (
  bytes: Uint8Array,
  /** `ocr`: the OCR setting to read under, so the caller knows which one it was; the settings' own when absent. */
  options: { fileName: string; password?: string; signal?: AbortSignal; onProgress?: (message: string) => void; ocr?: OcrMode },
) => Promise<ExtractedDocument>;

/** What a summary job needs to know besides the document. */
export interface SummaryJobRequest {
  jobId: string;
  document: ExtractedDocument;
  options: SummaryOptions;
  settings: Settings;
  /** Cloud mode: the sha256 of the preview the user consented to (already checked equal). */
  consentHash?: string;
  /** Cloud mode: terms the user chose to send as they are (part of what the consent covers). */
  keep?: readonly string[];
  signal: AbortSignal;
  /**
   * Asked once a job is done: true keeps its journal (the result could not be stored, so a rerun
   * should not have to read the document again). Default: the journal is destroyed.
   */
  keepProgress?: () => boolean;
  /** Set by the engine for the cloud runner: runs a job with resume from its journal. */
  journaled?: JournaledRun;
}

/**
 * Runs `run` with the journal of `key` as its map cache: chunks finished by an earlier run of the
 * same job are not asked again; the journal is destroyed when the job is done and kept otherwise.
 * The cache is undefined when no journal could be opened (the job still runs).
 */
export type JournaledRun = (
  key: JournalKey,
  signal: AbortSignal,
  run: (cache: MapCache | undefined) => AsyncIterable<PipelineEvent>,
) => AsyncIterable<PipelineEvent>;

/** Runs the pipeline with the strategy the settings (or the serve flags) choose. */
export interface SummaryEngine {
  summarize(request: SummaryJobRequest): AsyncIterable<PipelineEvent>;
  /** Token and chunk estimates for `documents.inspect`, using the active provider's tokenizer when it is loaded. */
  estimate(document: ExtractedDocument, settings: Settings): Promise<{ tokenEstimate: number; chunkEstimate: number }>;
  /**
   * The provider and model a summary would be written by now under `settings`, as a finished
   * summary names them, without loading anything; undefined when that cannot be told yet.
   */
  writer?(settings: Settings): Promise<SummaryWriter | undefined>;
}

/** Who writes a summary: a finished summary's (and a history entry's) `provider` and `model`, and the length it writes to. */
export interface SummaryWriter {
  provider: string;
  model: string;
  /** Settings' Summary length; absent when the length does not change what this writer writes (the extractive engine). */
  length?: SummaryLength;
  /** Cloud mode: the origin of the configured server (`SummaryResult.server`); absent for local and extractive writers. */
  server?: string;
}

/** The local model: one per process, shared by every window. */
export interface ModelHost {
  status(): ModelStatus;
  /** Loads the model (settings' model when `modelId` is absent); reports progress through `onStatus`. */
  load(modelId: string | undefined, settings: Settings, onStatus: (status: ModelStatus) => void): Promise<ModelStatus>;
  list(): Promise<ModelListEntry[]>;
  dispose(): Promise<void>;
  /** Every status change, whoever caused it (a summary job loading the model, too); returns unsubscribe. */
  watch?(listener: (status: ModelStatus) => void): () => void;
}

export interface SettingsStoreLike {
  get(): Promise<Settings>;
  set(patch: SettingsPatch): Promise<Settings>;
}

export interface HistoryStoreLike {
  list(): Promise<HistoryEntry[]>;
  get(id: string): Promise<(HistoryEntry & { summary: SummaryResult }) | undefined>;
  save(result: SummaryResult): Promise<HistoryEntry>;
  delete(id: string): Promise<boolean>;
}

/**
 * The API key: held in main only; the window learns whether one is set, never the key. A key is
 * bound to the server origin it was entered for and is never used for, or reported set for, another.
 */
export interface SecretsLike {
  /** `origin`: the configured server's; a key bound to another origin counts as not set. */
  status(origin: string): Promise<PublicSettings['apiKey']>;
  setApiKey(key: string, origin: string): Promise<PublicSettings['apiKey']>;
  clearApiKey(): Promise<PublicSettings['apiKey']>;
}

/**
 * Cloud mode's redaction preview: exactly what would leave the machine. `keep`: terms the user
 * chose to send as they are for this document. `signal` stops the wait for the preview (and its
 * preparation, when nothing else waits for it) with CANCELLED.
 */
export type CloudPreviewFn = (document: ExtractedDocument, settings: Settings, keep?: readonly string[], signal?: AbortSignal) => Promise<CloudPreview>;

/**
 * Electron: shows main's open dialog over the window of `clientId` and returns the paths the user
 * chose (files, or one folder when `folder`); empty when cancelled. Absent over the bridge.
 */
export type PickFilesFn = (clientId: string, options: { folder: boolean }) => Promise<string[]>;

export type ExportFn = (entry: HistoryEntry & { summary: SummaryResult }, format: 'markdown' | 'docx') => Promise<ExportedFile>;

/**
 * Everything the service talks to, injected so that Electron main, the bridge and the tests share
 * one implementation of the contract.
 */
export interface PrecisServiceDeps {
  app: Omit<AppInfo, 'platform'> & { platform?: string };
  extract: ExtractFn;
  engine: SummaryEngine;
  models: ModelHost;
  settings: SettingsStoreLike;
  history?: HistoryStoreLike;
  secrets?: SecretsLike;
  cloudPreview?: CloudPreviewFn;
  exportSummary?: ExportFn;
  /** Files main opened for a window (dialog, registered drops), named by handle. Absent over the bridge. */
  fileHandles?: FileHandles;
  /** Main's open dialog (Electron only). */
  pickFiles?: PickFilesFn;
  /** Catalog, downloads, import and removal of local models. */
  modelManager?: ModelManager;
  /** Main's dialog for one .gguf file (Electron only); undefined when the user closes it. */
  pickModelFile?: () => Promise<string | undefined>;
  /**
   * Asks the user outside the page: a native dialog (Electron), the terminal that started `serve`.
   * Absent: every such decision is refused (NOT_CONFIRMED).
   */
  confirm?: ConfirmFn;
  /** What the stores changed or could not do on their own (a mended settings file), for every window to show. */
  notices?: NoticeBoard;
  /** Delta coalescing window in ms (default 30). */
  coalesceMs?: number;
  /** Documents kept open in memory (least recently used are dropped first). Default 8. */
  maxOpenDocuments?: number;
  /** Bytes those documents may hold together (estimated; see openDocumentBudget.ts). Default: a quarter of the heap. */
  maxOpenDocumentBytes?: number;
  /**
   * Starts the cloud preparation thread ahead of a preview (a document opened, or cloud mode chosen,
   * while redaction is on), so the preview does not wait for the thread and its name finders. Local
   * work only: nothing is sent. Never keeps the process alive; `dispose` stops it.
   */
  warmCloud?(): void;
  /** Releases what the deps hold besides the model (worker threads) at shutdown. */
  dispose?(): Promise<void>;
}
