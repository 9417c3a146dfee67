/**
 * The window the e2e files open: built by Vite from the sources as they are now, into dist/renderer
 * (where `precis serve` reads it), once per test run however many files ask for it. A file that
 * asks while another builds waits for that build; the record of what was built lives in the run's
 * fixture folder (tests/setup/fixtureCacheDir.ts), so every run builds afresh, and a change to the
 * renderer, shared code, Vite's config or the installed packages builds again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from '../helpers/kit';
import { FIXTURE_CACHE_ENV } from '../fixtures/fixtureCache';

/** Where Vite writes the window (vite.config.ts: build.outDir). */
export const RENDERER_OUT = path.join(REPO_ROOT, 'dist', 'renderer');

function addTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) addTree(hash, p);
    else if (e.isFile()) hash.update(`${path.relative(REPO_ROOT, p)}\0`).update(readFileSync(p)).update('\0');
  }
}

/** Everything the build reads from the repository. */
function sourcesKey(): string {
  const hash = createHash('sha256');
  addTree(hash, path.join(REPO_ROOT, 'renderer'));
  addTree(hash, path.join(REPO_ROOT, 'shared'));
  for (const f of ['vite.config.ts', 'package-lock.json']) hash.update(readFileSync(path.join(REPO_ROOT, f)));
  return hash.digest('hex');
}

const viteBuild = () => build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'error' });

/** Builds the window into dist/renderer unless this run already built it from the same sources. */
export async function buildRendererOnce(): Promise<void> {
  const runDir = process.env[FIXTURE_CACHE_ENV];
  if (!runDir || !existsSync(runDir)) {
    await viteBuild();
    return;
  }
  const key = sourcesKey();
  const record = path.join(runDir, 'renderer-built');
  const lock = path.join(runDir, 'renderer-building');
  const built = () => existsSync(record) && readFileSync(record, 'utf8') === key && existsSync(path.join(RENDERER_OUT, 'index.html'));
  const waitUntil = Date.now() + 180_000;
  for (;;) {
    if (built()) return;
    try {
      mkdirSync(lock);
    } catch {
      // Another file is building: wait for it (and build here if it gave up or never finished).
      if (Date.now() < waitUntil) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
    }
    try {
      if (built()) return;
      await viteBuild();
      writeFileSync(record, key);
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
