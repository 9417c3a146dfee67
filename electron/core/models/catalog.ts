import { readFileSync } from 'node:fs';
import { z } from 'zod';
import bundledCatalog from '../../../resources/models/catalog.json';
import { PrecisFailure } from '../errors';

/** The shape of a model's transformer, as its GGUF header states it (used to check the catalog against headers). */
export const CatalogArchitectureSchema = z
  .object({
    arch: z.enum(['llama', 'qwen3', 'gemma3']),
    layers: z.number().int().positive(),
    embedding: z.number().int().positive(),
    feedForward: z.number().int().positive(),
    heads: z.number().int().positive(),
    kvHeads: z.number().int().positive(),
    headDim: z.number().int().positive(),
    vocab: z.number().int().positive(),
    tiedEmbeddings: z.boolean(),
    slidingWindow: z.number().int().positive().optional(),
  })
  .strict();
export type CatalogArchitecture = z.infer<typeof CatalogArchitectureSchema>;

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,180}\.gguf$/;

export const CatalogEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/),
    name: z.string().min(1).max(100),
    family: z.string().min(1).max(50),
    parameters: z.string().max(20),
    /** `hf:user/repo:QUANT`: the quantization is named, and `file` names the file, so no hub lookup is needed. */
    uri: z.string().regex(/^hf:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+:[A-Za-z0-9_]+$/),
    file: z.string().regex(FILE_NAME),
    quantization: z.string().min(1).max(20),
    /** The publisher's file size (approximate when `verified.size` is false). */
    sizeBytes: z.number().int().positive(),
    contextLength: z.number().int().positive(),
    licence: z.object({ name: z.string().min(1), url: z.string().url() }).strict(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    verified: z.object({ size: z.boolean(), sha256: z.boolean(), architecture: z.boolean() }).strict(),
    why: z.string().min(1).max(400),
    architecture: CatalogArchitectureSchema,
  })
  .strict();
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

export const CatalogSchema = z
  .object({
    version: z.literal(1),
    baseUrl: z.string().url(),
    checked: z.string().optional(),
    models: z.array(CatalogEntrySchema).min(1),
  })
  .strict();
export type Catalog = z.infer<typeof CatalogSchema>;

/** Overrides a test run or the person starting the process may set; never the window. */
export interface CatalogOverrides {
  /** A catalog JSON file to use instead of the bundled one. */
  catalogFile?: string;
  /** Where `hf:` URIs resolve to instead of the catalog's base URL (a loopback server in tests). */
  baseUrl?: string;
}

/** Reads the overrides from the environment of the process (`PRECIS_MODELS_CATALOG`, `PRECIS_MODELS_BASE_URL`). */
export function catalogOverridesFromEnv(env: NodeJS.ProcessEnv): CatalogOverrides {
  return {
    ...(env.PRECIS_MODELS_CATALOG ? { catalogFile: env.PRECIS_MODELS_CATALOG } : {}),
    ...(env.PRECIS_MODELS_BASE_URL ? { baseUrl: env.PRECIS_MODELS_BASE_URL } : {}),
  };
}

/** The catalog shipped in resources/models/catalog.json, or an override file; validated either way. */
export function loadCatalog(overrides: CatalogOverrides = {}): Catalog {
  let raw: unknown = bundledCatalog;
  if (overrides.catalogFile) {
    try {
      raw = JSON.parse(readFileSync(overrides.catalogFile, 'utf8'));
    } catch (e) {
      throw new PrecisFailure('INVALID_REQUEST', `The model catalog ${overrides.catalogFile} could not be read. Check the file.`, { cause: e });
    }
  }
  const parsed = CatalogSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new PrecisFailure('INVALID_REQUEST', `The model catalog is invalid (${first?.path.join('.') ?? '?'}: ${first?.message ?? '?'}). Check the catalog file you gave, or reinstall Precis if it is its own.`);
  }
  const catalog = parsed.data;
  const baseUrl = overrides.baseUrl ?? catalog.baseUrl;
  checkDownloadUrl(baseUrl);
  return { ...catalog, baseUrl: baseUrl.replace(/\/+$/, '') };
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Models come over https; plain http only from this machine (tests, a local mirror). Throws
 * INVALID_REQUEST otherwise. Returns the parsed URL.
 */
export function checkDownloadUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new PrecisFailure('INVALID_REQUEST', `"${url.slice(0, 200)}" is not a URL. Give a catalog id, an hf: URI or an https:// URL.`);
  }
  if (u.username || u.password) throw new PrecisFailure('INVALID_REQUEST', 'Download URLs may not carry a user name or password.');
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && LOOPBACK_HOSTS.test(u.hostname)) return u;
  throw new PrecisFailure('INVALID_REQUEST', `Models are downloaded over https only (plain http only from this machine): ${u.protocol}//${u.host}. Use an https:// address.`);
}

/** What a download needs to know about its source. */
export interface ResolvedSource {
  url: string;
  /** The file name in the models folder. */
  file: string;
  entry?: CatalogEntry;
  expectedBytes?: number;
  sha256?: string;
}

function hfUrl(baseUrl: string, repo: string, file: string): string {
  return `${baseUrl}/${repo}/resolve/main/${encodeURIComponent(file)}`;
}

/**
 * Turns a catalog id, an `hf:` URI or a URL into the URL to fetch, without asking the hub:
 * `hf:user/repo:QUANT` must be in the catalog (which names the file); `hf:user/repo/file.gguf` names
 * its file itself.
 */
export function resolveSource(spec: string, catalog: Catalog): ResolvedSource {
  const byId = catalog.models.find((m) => m.id === spec || m.uri === spec);
  if (byId) {
    return {
      url: hfUrl(catalog.baseUrl, byId.uri.slice(3, byId.uri.lastIndexOf(':')), byId.file),
      file: byId.file,
      entry: byId,
      ...(byId.verified.size ? { expectedBytes: byId.sizeBytes } : {}),
      ...(byId.sha256 ? { sha256: byId.sha256 } : {}),
    };
  }
  if (spec.startsWith('hf:')) {
    const withFile = /^hf:([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/([A-Za-z0-9][A-Za-z0-9._-]*\.gguf)$/.exec(spec);
    if (withFile?.[1] && withFile[2]) return { url: hfUrl(catalog.baseUrl, withFile[1], withFile[2]), file: withFile[2] };
    throw new PrecisFailure(
      'INVALID_REQUEST',
      `"${spec.slice(0, 200)}" is not in the catalog, and finding its file would mean asking the hub. Name the file: hf:user/repo/file.gguf.`,
    );
  }
  const url = checkDownloadUrl(spec);
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  if (!FILE_NAME.test(last)) throw new PrecisFailure('INVALID_REQUEST', 'The URL must end in a file name like model.gguf.');
  return { url: url.href, file: last };
}
