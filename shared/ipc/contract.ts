import { z } from 'zod';
import type { DocumentKind, DocumentWarning, ExtractedDocument } from '../document';
import type { Result } from '../errors';
import { SettingsPatchSchema, type Settings } from '../settings';
import type { INVOKE_CHANNEL_NAMES, PUSH_CHANNEL_NAMES } from './channels';
import type { SummaryEvent, SummaryResult } from '../summary';

/**
 * The one IPC contract. Electron's ipcMain/contextBridge and the loopback WebSocket bridge both
 * implement exactly this; the renderer does not know which it has.
 */

/** Maximum bytes of a file sent by value (browser bridge: a dropped file has no path). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const id = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/);

/** How the renderer names a file: a path (Electron drop, via webUtils), bytes (browser), or a document main already opened. */
export const FileRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({
    kind: z.literal('bytes'),
    name: z.string().min(1).max(1024),
    /** Base64 of the file's bytes. */
    data: z.string().max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4),
  }),
  z.object({ kind: z.literal('document'), documentId: id }),
]);
export type FileRef = z.infer<typeof FileRefSchema>;

export const SummaryOptionsSchema = z
  .object({
    length: z.enum(['brief', 'standard', 'detailed']).optional(),
    maxTokens: z.number().int().min(16).max(32768).optional(),
    parallel: z.number().int().min(1).max(16).optional(),
    sentences: z.number().int().min(1).max(200).optional(),
    /** Cloud mode only: sha256 of the previewed redacted text the user consented to send. */
    consentHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  })
  .strict();

export const requestSchemas = {
  'summary.start': z.object({ jobId: id, file: FileRefSchema, password: z.string().max(1024).optional(), options: SummaryOptionsSchema.default({}) }).strict(),
  'summary.cancel': z.object({ jobId: id }).strict(),
  'documents.inspect': z.object({ file: FileRefSchema, password: z.string().max(1024).optional() }).strict(),
  'documents.get': z.object({ documentId: id }).strict(),
  'documents.setNeverSend': z.object({ documentId: id, neverSend: z.boolean() }).strict(),
  'model.status': z.object({}).strict(),
  'model.load': z.object({ modelId: z.string().max(200).optional() }).strict(),
  'models.list': z.object({}).strict(),
  'settings.get': z.object({}).strict(),
  'settings.set': z.object({ patch: SettingsPatchSchema }).strict(),
  'secrets.setApiKey': z.object({ key: z.string().min(1).max(4096) }).strict(),
  'secrets.clearApiKey': z.object({}).strict(),
  'cloud.preview': z.object({ documentId: id }).strict(),
  'history.list': z.object({}).strict(),
  'history.get': z.object({ id }).strict(),
  'history.delete': z.object({ id }).strict(),
  'export.summary': z.object({ id, format: z.enum(['markdown', 'docx']) }).strict(),
  'app.info': z.object({}).strict(),
} as const;

export type InvokeChannel = keyof typeof requestSchemas;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof requestSchemas)[C]>;

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
}

export type ModelState = 'none' | 'loading' | 'ready' | 'error';

export interface ModelStatus {
  state: ModelState;
  modelId?: string;
  modelName?: string;
  /** 0..1 while loading. */
  progress?: number;
  contextSize?: number;
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
  redactions: { placeholder: string; kind: string }[];
  host: string;
}

export interface HistoryEntry {
  id: string;
  fileName: string;
  sha256: string;
  pageCount: number;
  provider: string;
  model: string;
  createdAt: string;
}

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
export interface InvokeResponses {
  'summary.start': { jobId: string };
  'summary.cancel': { cancelled: boolean };
  'documents.inspect': DocumentFacts;
  'documents.get': Pick<ExtractedDocument, 'pages' | 'blocks' | 'title' | 'pageCount'> & { documentId: string };
  'documents.setNeverSend': { neverSend: boolean };
  'model.status': ModelStatus;
  'model.load': ModelStatus;
  'models.list': ModelListEntry[];
  'settings.get': PublicSettings;
  'settings.set': PublicSettings;
  'secrets.setApiKey': PublicSettings['apiKey'];
  'secrets.clearApiKey': PublicSettings['apiKey'];
  'cloud.preview': CloudPreview;
  'history.list': HistoryEntry[];
  /**
   * `documentId`: the stored document, opened for this client (as `documents.inspect` does) so the
   * window can show the pages its citations point to; absent for entries saved without their document.
   */
  'history.get': HistoryEntry & { summary: SummaryResult; documentId?: string };
  'history.delete': { deleted: boolean };
  'export.summary': ExportedFile;
  'app.info': AppInfo;
}

export type InvokeResult<C extends InvokeChannel> = Result<InvokeResponses[C]>;

/** Events pushed from main to the window that owns them. */
export interface PushEvents {
  'summary.event': SummaryEvent;
  'model.status': ModelStatus;
}
export type PushChannel = keyof PushEvents;

export const INVOKE_CHANNELS = Object.keys(requestSchemas) as InvokeChannel[];
export const PUSH_CHANNELS: readonly PushChannel[] = ['summary.event', 'model.status'];

/** The API the renderer gets, whichever transport carries it. */
export interface PrecisApi {
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResult<C>>;
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on<P extends PushChannel>(channel: P, listener: (payload: PushEvents[P]) => void): () => void;
  /**
   * Electron only (absent over the bridge): the path of a dropped or picked `File`, from
   * `webUtils.getPathForFile`; an empty string when the file has none. Send it as
   * `{kind: 'path', path}`; main re-checks it.
   */
  pathForFile?(file: object): string;
}

export { PRECIS_GLOBAL, ELECTRON_INVOKE_CHANNEL, ELECTRON_EVENT_CHANNEL } from './channels';

// Compile-time proof that the dependency-free channel lists in ./channels match this contract.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const invokeNamesMatch: Same<InvokeChannel, (typeof INVOKE_CHANNEL_NAMES)[number]> = true;
const pushNamesMatch: Same<PushChannel, (typeof PUSH_CHANNEL_NAMES)[number]> = true;
void invokeNamesMatch;
void pushNamesMatch;
