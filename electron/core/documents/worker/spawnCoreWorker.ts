/**
 * Starts one of core's worker-thread entry points, both from source (tsx, vitest) and bundled.
 */
import { existsSync } from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A loader hook for threads running from source, registered after tsx so that it runs first: an
 * installed package's ES module (already JavaScript) is loaded as it is. Through tsx, each such file
 * is scanned for dynamic imports and given a generated source map, and Node then reads that map and
 * the package's own: for pdf.js, about 4 s of CPU in every thread that loads it, against 0.5 s
 * without (measured; a parse or render thread pays it on its first document). The bundled app loads
 * no TypeScript and never takes this path.
 */
const PLAIN_PACKAGES_HOOK = `data:text/javascript,${encodeURIComponent(
  [
    "import { readFile } from 'node:fs/promises';",
    'export async function load(url, context, next) {',
    "  if (url.startsWith('file:') && url.includes('/node_modules/') && url.endsWith('.mjs')) {",
    "    const source = (await readFile(new URL(url), 'utf8')).replace(/\\n\\/\\/# sourceMappingURL=\\S+\\s*$/, '\\n');",
    "    return { format: 'module', source, shortCircuit: true };",
    '  }',
    '  return next(url, context);',
    '}',
  ].join('\n'),
)}`;

/**
 * `callerUrl` is the spawning module's `import.meta.url`; `name` the entry file's base name, which
 * sits beside the caller in the sources and beside the main bundle once built.
 */
export function spawnCoreWorker(callerUrl: string, name: string, relativeToSource: string, resourceLimits: ResourceLimits): Worker {
  const ext = callerUrl.endsWith('.ts') ? '.ts' : '.js';
  if (ext === '.ts') {
    const entry = new URL(`${relativeToSource}${ext}`, callerUrl).href;
    // Running from source: the thread needs tsx's loader before it can import TypeScript.
    const boot = `import('tsx/esm/api').then(async ({ register }) => { register(); (await import('node:module')).register(${JSON.stringify(PLAIN_PACKAGES_HOOK)}); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { eval: true, resourceLimits });
  }
  // Bundled: the worker entry sits beside the main bundle; if this code was split into a chunk
  // folder, it is one level up.
  const beside = new URL(`./${name}${ext}`, callerUrl);
  const url = existsSync(beside) ? beside : new URL(`../${name}${ext}`, callerUrl);
  return new Worker(url, { resourceLimits });
}
