import { z } from 'zod';
import type { DocumentKind, DocumentWarning, ExtractedDocument } from '../document';
import type { Result } from '../errors';
import type { AppNotice } from '../notices';
import { SettingsPatchSchema, type Settings } from '../settings';
import type { INVOKE_CHANNEL_NAMES, PUSH_CHANNEL_NAMES } from './channels';
import { modelsRequestSchemas, type ModelsInvokeResponses, type ModelsPushEvents } from './modelsContract';
import type { SummaryEvent, SummaryLength, SummaryResult } from '../summary';
import { SourceFileRequestSchema, type SourceFile } from './sourceFile';

/**
 * The one IPC contract. Electron's ipcMain/contextBridge and the loopback WebSocket bridge both
 * implement exactly this; the renderer does not know which it has.
 */

/** Maximum bytes of a file sent by value (browser bridge: a dropped file has no path). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const id = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/);

/** An opaque name main gave a file it opened for the window (dialog or registered drop); never a path. */
export const FILE_HANDLE_PATTERN = /^fh-[A-Za-z0-9_-]{24,64}$/;

/**
 * How a window or bridge client names a file: its bytes (browser), a handle main issued for a file
 * the user chose in main's dialog or dropped (Electron), or a document main already opened. A path
 * is never accepted from a client (`PATH_REFUSED`): only main and the CLI, in process, read paths.
 */
export const FileRefSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('bytes'),
    name: z.string().min(1).max(1024),
    /** Base64 of the file's bytes. */
    data: z.string().max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4),
  }),
  z.object({ kind: z.literal('handle'), handle: z.string().regex(FILE_HANDLE_PATTERN) }).strict(),
  z.object({ kind: z.literal('document'), documentId: id }),
]);
export type FileRef = z.infer<typeof FileRefSchema>;

export const SummaryOptionsSchema = z
  .object({
    length: z.enum(['brief', 'standard', 'detailed']).optional(),
    maxTokens: z.number().int().min(16).max(32768).optional(),
    parallel: z.number().int().min(1).max(16).optional(),
    sentences: z.number().int().min(1).max(200).optional(),
    /** Cloud mode only: the token `cloud.consent` returned after the user confirmed sending (in main). */
    consentToken: z.string().regex(/^ct-[A-Za-z0-9_-]{43}$/).optional(),
  })
  .strict();

export const requestSchemas = {
  'summary.start': z.object({ jobId: id, file: FileRefSchema, password: z.string().max(1024).optional(), options: SummaryOptionsSchema.default({}) }).strict(),
  'summary.cancel': z.object({ jobId: id }).strict(),
  /** `readId` names the read, so the window can stop it (`documents.cancelRead`) while the file is parsed. */
  'documents.inspect': z.object({ file: FileRefSchema, password: z.string().max(1024).optional(), readId: id.optional() }).strict(),
  'documents.cancelRead': z.object({ readId: id }).strict(),
  'documents.get': z.object({ documentId: id }).strict(),
  /** Electron: main shows its open dialog (files, or one folder it walks) and returns handles; refused over the bridge. */
  'documents.open': z.object({ folder: z.boolean().optional() }).strict(),
  'documents.setNeverSend': z.object({ documentId: id, neverSend: z.boolean() }).strict(),
  'documents.file': SourceFileRequestSchema,
  'model.status': z.object({}).strict(),
  'model.load': z.object({ modelId: z.string().max(200).optional() }).strict(),
  'models.list': z.object({}).strict(),
  'settings.get': z.object({}).strict(),
  'settings.set': z.object({ patch: SettingsPatchSchema }).strict(),
  'secrets.setApiKey': z.object({ key: z.string().min(1).max(4096) }).strict(),
  'secrets.clearApiKey': z.object({}).strict(),
  'cloud.preview': z
    .object({
      documentId: id,
      /** Terms the user chose to send as they are (un-redacted) for this document; replaces the earlier choice. */
      keep: z.array(z.string().min(1).max(500)).max(500).optional(),
      /** Names this preview, so the window can stop waiting for it (`cloud.cancelPreview`) while it is prepared. */
      previewId: id.optional(),
    })
    .strict(),
  /**
   * Ends the wait of the client's preview `previewId` (it answers CANCELLED). The preparation itself
   * stops only when nothing else (a consent, a starting job) still waits for it.
   */
  'cloud.cancelPreview': z.object({ previewId: id }).strict(),
  /**
   * Asks the user, outside the page (a native dialog; the `serve` terminal), to send the previewed
   * text whose sha256 is given; on yes returns a single-use token for `summary.start`.
   */
  'cloud.consent': z.object({ documentId: id, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  'history.list': z.object({}).strict(),
  'history.get': z.object({ id }).strict(),
  'history.delete': z.object({ id }).strict(),
  'export.summary': z.object({ id, format: z.enum(['markdown', 'docx']) }).strict(),
  'app.info': z.object({}).strict(),
  /** What Precis changed or could not do on its own (a mended settings file), until dismissed. */
  'notices.list': z.object({}).strict(),
  'notices.dismiss': z.object({ id }).strict(),
  ...modelsRequestSchemas,
} as const;

export type InvokeChannel = keyof typeof requestSchemas;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof requestSchemas)[C]>;

/** A file main opened for the window: the handle to send back as `{kind: 'handle'}`, and what the queue shows. */
export interface OpenedFile {
  handle: string;
  /** Base name only. */
  name: string;
  size: number;
}

/** Facts shown before any model runs. */
export interface DocumentFacts {
  documentId: string;
  fileName: string;
  kind: DocumentKind;
  sha256: string;
  pageCount: number;
  /** Tokens estimated with the active provider's tokenizer (or a safe estimate). */
  tokenEstimate: number;
  /** How many map passes (chunks) the active provider needs. */
  chunkEstimate: number;
  warnings: DocumentWarning[];
  neverSend: boolean;
  /**
   * The newest summary in the history of these bytes (same sha256) written by the provider and model
   * that would summarize them now; absent when there is none, or when that model cannot be told yet.
   */
  summarizedBefore?: EarlierSummary;
}

/** A summary of the same document the history already holds: the window offers it before writing another. */
export interface EarlierSummary {
  /** The version's id, for `history.get`. */
  entryId: string;
  fileName: string;
  provider: string;
  model: string;
  /** The Summary length it was written at; absent when the length does not change the summary (the extractive engine). */
  length?: SummaryLength;
  /** Cloud mode: the origin of the server that wrote it (the one configured now, or it would not be offered). */
  server?: string;
  createdAt: string;
}

export type ModelState = 'none' | 'loading' | 'ready' | 'error';

export interface ModelStatus {
  state: ModelState;
  modelId?: string;
  modelName?: string;
  /** 0..1 while loading. */
  progress?: number;
  contextSize?: number;
  /** Where the loaded model runs: "CPU", "Metal", "CUDA" or "Vulkan". */
  backend?: string;
  error?: { code: string; message: string };
}

export interface ModelListEntry {
  id: string;
  name: string;
  sizeBytes: number;
  architecture?: string;
  /** "fits" | "slow" | "wontFit" for this machine. */
  fit?: 'fits' | 'slow' | 'wontFit';
}

export interface PublicSettings extends Settings {
  /** The cloud API key is never sent to the window; only whether one is stored. */
  apiKey: { set: boolean; persisted: boolean; reason?: string };
}

export interface CloudPreview {
  /** Exactly the text that would leave the machine. */
  text: string;
  sha256: string;
  /** Each placeholder with what it hides: shown to the user on this machine only, never sent. */
  redactions: { placeholder: string; kind: string; original?: string; count?: number }[];
  /** Terms the user chose to send as they are for this document. */
  kept?: string[];
  host: string;
}

export interface HistoryEntry {
  id: string;
  fileName: string;
  sha256: string;
  pageCount: number;
  /** Absent in entries saved before it was recorded. */
  kind?: DocumentKind;
  provider: string;
  model: string;
  /** The Summary length it was written at; absent in entries saved before it was recorded. */
  length?: SummaryLength;
  /** Cloud mode: the origin of the server that wrote it (`SummaryResult.server`); absent otherwise and in entries saved before it was recorded. */
  server?: string;
  createdAt: string;
  /**
   * In `history.list`: every summary of the same document (same SHA-256 of its bytes), newest
   * first; the entry's own fields are the newest one's. Each opens with `history.get` by its id;
   * `history.delete` of any of them deletes them all.
   */
  versions?: HistoryVersion[];
}

/** One summary of a document kept in the history. */
export type HistoryVersion = Pick<HistoryEntry, 'id' | 'provider' | 'model' | 'length' | 'server' | 'createdAt'>;

export interface AppInfo {
  version: string;
  transport: 'electron' | 'bridge';
  platform: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** Base64 of the file's bytes. */
  data: string;
}

/** What each invoke returns on success. */
export interface InvokeResponses extends ModelsInvokeResponses {
  'summary.start': { jobId: string };
  'summary.cancel': { cancelled: boolean };
  'documents.inspect': DocumentFacts;
  'documents.cancelRead': { cancelled: boolean };
  'documents.open': OpenedFile[];
  'documents.get': Pick<ExtractedDocument, 'pages' | 'blocks' | 'title' | 'pageCount'> & { documentId: string };
  'documents.setNeverSend': { neverSend: boolean };
  'documents.file': SourceFile;
  'model.status': ModelStatus;
  'model.load': ModelStatus;
  'models.list': ModelListEntry[];
  'settings.get': PublicSettings;
  'settings.set': PublicSettings;
  'secrets.setApiKey': PublicSettings['apiKey'];
  'secrets.clearApiKey': PublicSettings['apiKey'];
  'cloud.preview': CloudPreview;
  'cloud.cancelPreview': { cancelled: boolean };
  'cloud.consent': { consentToken: string };
  'history.list': HistoryEntry[];
  /**
   * `documentId`: the stored document, opened for this client (as `documents.inspect` does) so the
   * window can show the pages its citations point to; absent for entries saved without their document.
   */
  'history.get': HistoryEntry & { summary: SummaryResult; documentId?: string };
  'history.delete': { deleted: boolean };
  'export.summary': ExportedFile;
  'app.info': AppInfo;
  'notices.list': AppNotice[];
  /** False when there was no such notice (already dismissed, here or in another window). */
  'notices.dismiss': { dismissed: boolean };
}

export type InvokeResult<C extends InvokeChannel> = Result<InvokeResponses[C]>;

/** Events pushed from main to the window that owns them. */
export interface PushEvents extends ModelsPushEvents {
  'summary.event': SummaryEvent;
  'model.status': ModelStatus;
  /** Every notice not dismissed yet, whenever that list changes. */
  'notices.list': AppNotice[];
}
export type PushChannel = keyof PushEvents;

export const INVOKE_CHANNELS = Object.keys(requestSchemas) as InvokeChannel[];
export const PUSH_CHANNELS: readonly PushChannel[] = ['summary.event', 'model.status', 'models.download', 'notices.list'];

/** The API the renderer gets, whichever transport carries it. */
export interface PrecisApi {
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResult<C>>;
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on<P extends PushChannel>(channel: P, listener: (payload: PushEvents[P]) => void): () => void;
  /**
   * Electron only (absent over the bridge): registers dropped `File`s with main and returns one
   * opaque handle per file (null for a file that has no path on disk, which is then sent as bytes).
   * The preload reads each path itself and gives it only to main: the window never sees it.
   */
  registerDroppedFiles?(files: readonly object[]): Promise<Result<(OpenedFile | null)[]>>;
}

export { PRECIS_GLOBAL, ELECTRON_INVOKE_CHANNEL, ELECTRON_EVENT_CHANNEL } from './channels';

// Compile-time proof that the dependency-free channel lists in ./channels match this contract.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const invokeNamesMatch: Same<InvokeChannel, (typeof INVOKE_CHANNEL_NAMES)[number]> = true;
const pushNamesMatch: Same<PushChannel, (typeof PUSH_CHANNEL_NAMES)[number]> = true;
void invokeNamesMatch;
void pushNamesMatch;
