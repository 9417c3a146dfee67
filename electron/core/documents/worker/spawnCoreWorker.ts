/**
 * Starts one of core's worker-thread entry points, both from source (tsx, vitest) and bundled.
 */
import { existsSync } from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * `callerUrl` is the spawning module's `import.meta.url`; `name` the entry file's base name, which
 * sits beside the caller in the sources and beside the main bundle once built.
 */
export function spawnCoreWorker(callerUrl: string, name: string, relativeToSource: string, resourceLimits: ResourceLimits): Worker {
  const ext = callerUrl.endsWith('.ts') ? '.ts' : '.js';
  if (ext === '.ts') {
    const entry = new URL(`${relativeToSource}${ext}`, callerUrl).href;
    // Running from source: the thread needs tsx's loader before it can import TypeScript.
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { eval: true, resourceLimits });
  }
  // Bundled: the worker entry sits beside the main bundle; if this code was split into a chunk
  // folder, it is one level up.
  const beside = new URL(`./${name}${ext}`, callerUrl);
  const url = existsSync(beside) ? beside : new URL(`../${name}${ext}`, callerUrl);
  return new Worker(url, { resourceLimits });
}
