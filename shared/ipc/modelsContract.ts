import { z } from 'zod';
import type { PrecisErrorShape } from '../errors';

/**
 * The model manager's part of the IPC contract: the catalog judged for this machine, downloads with
 * progress, import and removal. contract.ts merges these into the one contract.
 */

const catalogId = z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9.-]*$/);
const modelId = z.string().min(1).max(200).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.gguf$/);

/** Largest model the window may send as bytes (the browser bridge, where a picked file has no path). */
export const MAX_MODEL_UPLOAD_BYTES = 200 * 1024 * 1024;

export const modelsRequestSchemas = {
  'models.catalog': z.object({}).strict(),
  'models.download': z.object({ catalogId }).strict(),
  'models.downloadControl': z.object({ catalogId, action: z.enum(['pause', 'resume', 'cancel']) }).strict(),
  'models.downloads': z.object({}).strict(),
  'models.remove': z.object({ modelId }).strict(),
  /**
   * `dialog`: main shows its own file dialog (Electron), and `keep` chooses between copying the file
   * into the models folder and keeping a reference to where it is. `bytes`: the file's bytes, from
   * the browser bridge (always copied).
   */
  'models.import': z
    .discriminatedUnion('source', [
      z.object({ source: z.literal('dialog'), keep: z.enum(['copy', 'reference']).default('copy') }).strict(),
      z
        .object({
          source: z.literal('bytes'),
          name: z.string().min(1).max(255),
          data: z.string().max(Math.ceil((MAX_MODEL_UPLOAD_BYTES * 4) / 3) + 4),
        })
        .strict(),
    ]),
} as const;

export type ModelFitVerdict = 'fits' | 'slow' | 'wontFit';

/** One catalog model as the window shows it. */
export interface CatalogModelView {
  id: string;
  name: string;
  family: string;
  parameters: string;
  file: string;
  sizeBytes: number;
  contextLength: number;
  licence: string;
  why: string;
  installed: boolean;
  fit?: { verdict: ModelFitVerdict; label: string; contextSize: number };
  /** Why the model could not be judged (offline, …). */
  error?: PrecisErrorShape;
}

export interface CatalogView {
  /** "CPU", "Metal", "CUDA" or "Vulkan". */
  backend: string;
  recommended?: string;
  models: CatalogModelView[];
}

export type DownloadStatus = 'downloading' | 'paused' | 'done' | 'failed' | 'cancelled';

export interface DownloadState {
  catalogId: string;
  file: string;
  status: DownloadStatus;
  downloadedBytes: number;
  totalBytes?: number;
  bytesPerSecond: number;
  etaSeconds?: number;
  error?: PrecisErrorShape;
  /** Something worth saying that did not stop the download. */
  notice?: string;
}

export interface ImportedModel {
  id: string;
  name: string;
  sizeBytes: number;
  /** True when the library keeps a reference to the file where it is instead of a copy. */
  reference: boolean;
}

export interface ModelsInvokeResponses {
  'models.catalog': CatalogView;
  'models.download': DownloadState;
  'models.downloadControl': DownloadState;
  'models.downloads': DownloadState[];
  'models.remove': { removed: boolean };
  /** Undefined when the user closed the dialog without choosing. */
  'models.import': ImportedModel | null;
}

export interface ModelsPushEvents {
  'models.download': DownloadState;
}
