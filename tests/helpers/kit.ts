import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The team kit beside the checkout (../shared): real contracts and tiny models. Read-only; never copied into the repo. */
export const KIT_DIR = path.resolve(REPO_ROOT, '..', 'shared');
export const CORPUS_DIR = path.join(KIT_DIR, 'corpus');
export const KIT_MODELS_DIR = path.join(KIT_DIR, 'models');

/** Path of a file in ../shared/corpus. */
export function corpusFile(name: string): string {
  return path.join(CORPUS_DIR, name);
}

/** True when the kit is present (it is on developer machines and in CI). */
export function hasKit(): boolean {
  return existsSync(CORPUS_DIR);
}
