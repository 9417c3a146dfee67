import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { PrecisFailure, throwIfAborted } from '../errors';
import { validateModelFile } from '../llm/llamaHost';

/** One model in the library folder. */
export interface LibraryModel {
  /** The file name: the id settings and the window use (never a path). */
  id: string;
  /** The model's own name from its GGUF metadata, when it has one. */
  name: string;
  architecture: string;
  bytes: number;
  /** Tokens the model was trained to see at once. */
  contextLength?: number;
}

/** Where models live: `<precisHome>/models`. */
export function modelsDir(home: string): string {
  return path.join(home, 'models');
}

/** Model ids are plain file names (see service/createModelHost). */
function safeId(fileName: string): string {
  const base = path.basename(fileName).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  const id = base.toLowerCase().endsWith('.gguf') ? base : `${base}.gguf`;
  return id.length > 190 ? `${id.slice(0, 185)}.gguf` : id;
}

async function describe(file: string, signal?: AbortSignal): Promise<LibraryModel> {
  const info = await validateModelFile(file, { signal });
  const general = info.metadata?.general as { name?: string; architecture?: string } | undefined;
  const arch = general?.architecture ?? 'unknown';
  const ctx = (info.architectureMetadata as { context_length?: number } | undefined)?.context_length;
  return {
    id: path.basename(file),
    name: general?.name ?? path.basename(file, '.gguf'),
    architecture: arch,
    bytes: (await fs.stat(file)).size,
    ...(typeof ctx === 'number' ? { contextLength: ctx } : {}),
  };
}

/** The GGUF models in the library, sorted by id. Files that are not valid models are skipped. */
export async function listModels(home: string, options: { signal?: AbortSignal } = {}): Promise<LibraryModel[]> {
  let names: string[];
  try {
    names = await fs.readdir(modelsDir(home));
  } catch {
    return [];
  }
  const out: LibraryModel[] = [];
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.gguf')).sort()) {
    throwIfAborted(options.signal);
    try {
      out.push(await describe(path.join(modelsDir(home), name), options.signal));
    } catch (e) {
      if (e instanceof PrecisFailure && e.code === 'CANCELLED') throw e;
    }
  }
  return out;
}

/**
 * Validates a GGUF file (header, architecture, not truncated) and copies it into the library. The
 * copy goes to a temporary name first, so a half-copied model never appears in the list.
 */
export async function importModel(home: string, source: string, options: { signal?: AbortSignal } = {}): Promise<LibraryModel> {
  await validateModelFile(source, options);
  const dir = modelsDir(home);
  await fs.mkdir(dir, { recursive: true });
  const id = safeId(source);
  const target = path.join(dir, id);
  try {
    await fs.access(target, constants.F_OK);
    throw new PrecisFailure('INVALID_REQUEST', `A model named "${id}" is already in the library. Rename the file to import it as another model.`);
  } catch (e) {
    if (e instanceof PrecisFailure) throw e;
  }
  const tmp = `${target}.${process.pid}.importing`;
  try {
    await fs.copyFile(source, tmp, constants.COPYFILE_EXCL);
    throwIfAborted(options.signal);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    if (e instanceof PrecisFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new PrecisFailure('DISK_FULL', 'The disk is full. Free some space and import the model again.', { cause: e });
    throw new PrecisFailure('STORAGE_FAILED', `The model could not be copied into ${dir}. Check that the folder is writable.`, { cause: e });
  }
  return describe(target, options.signal);
}

/** Deletes a model from the library (by id, a file name in the models folder). */
export async function removeModel(home: string, id: string): Promise<void> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,190}\.gguf$/.test(id)) throw new PrecisFailure('INVALID_REQUEST', `"${id.slice(0, 100)}" is not a model id. Choose a model from the list (precis models list).`);
  const file = path.join(modelsDir(home), id);
  try {
    await fs.unlink(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new PrecisFailure('MODEL_NOT_FOUND', `No model "${id}" in the library. See precis models list.`);
    throw new PrecisFailure('STORAGE_FAILED', `${id} could not be removed. Check that the models folder is writable.`, { cause: e });
  }
}
