/**
 * Bundles Electron's main process and preload (the renderer is built by Vite: `npm run build:renderer`).
 *
 *   dist/electron/main/main.js          ESM; npm packages stay external (node-llama-cpp's native
 *                                       binaries and pdf.js's assets are loaded from node_modules)
 *   dist/electron/main/parseWorker.js   the document parser's worker thread, next to the code that spawns it
 *   dist/electron/main/renderWorker.js  the thread that draws scanned pages for OCR, likewise
 *   dist/electron/main/tesseractWorker.js  an OCR thread (Tesseract's WebAssembly build), likewise
 *   dist/electron/main/extractiveWorker.js   the extractive summary's worker thread (large documents)
 *   dist/electron/main/prepareWorker.js   the thread that redacts a document for cloud mode
 *   dist/electron/preload/preload.cjs   one CommonJS file: a sandboxed preload cannot require local files
 *
 * esbuild comes with tsx (a dev dependency); no other bundler is needed for two entry points.
 */
import { build, type BuildOptions } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'electron');

/** The esbuild options for both bundles (exported for the build test). */
export function electronBuildOptions(): { main: BuildOptions; preload: BuildOptions } {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    sourcemap: false,
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
  };
  return {
    main: {
      ...common,
      entryPoints: {
        main: 'electron/main/main.ts',
        parseWorker: 'electron/core/documents/worker/parseWorker.ts',
        renderWorker: 'electron/core/documents/ocr/renderWorker.ts',
        tesseractWorker: 'electron/core/documents/ocr/tesseractWorker.ts',
        extractiveWorker: 'electron/core/service/extractiveWorker.ts',
        prepareWorker: 'electron/core/service/prepareWorker.ts',
      },
      outdir: path.join(out, 'main'),
      format: 'esm',
      // Dynamic imports stay separate chunks, loaded only when used: local mode never loads the OpenAI client (SECURITY C3).
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      // Every npm package (electron, node-llama-cpp, pdfjs-dist, …) is loaded from node_modules at run time.
      packages: 'external',
    },
    preload: {
      ...common,
      entryPoints: { preload: 'electron/preload/preload.ts' },
      outdir: path.join(out, 'preload'),
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
      external: ['electron'],
    },
  };
}

/** Builds both bundles from scratch. */
export async function buildElectron(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const options = electronBuildOptions();
  await Promise.all([build(options.main), build(options.preload)]);
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  buildElectron().then(
    () => process.stdout.write(`Built ${path.relative(root, out)}/main/main.js and preload/preload.cjs\n`),
    (e: unknown) => {
      process.stderr.write(`Build failed: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
