/**
 * `npm run bench -- ocr [--pages N] [--workers N] [--warm] [--source] [--extract [--no-prepare] [--no-handover] [--no-stream]] [--nara]`: our OCR (pdf.js
 * render thread + Tesseract WebAssembly pool) against the native `tesseract` command (apt's
 * tesseract-ocr, the floor) on the same 300 dpi page images, side by side in one run: seconds per
 * page and pages per minute (wall, both with the same parallelism: our pool's threads against as
 * many CLI processes at a time, one per page), CPU seconds per page (steadier on a busy machine),
 * and word F1 of both against the page's known text (poppler's reading of the original PDF).
 * The native engine runs twice: with the system's model and with the model we ship (both are
 * tessdata's "fast" English model on Debian, so the two rows differ only by the run).
 * Ours runs the code as the app ships it: the OCR modules and their worker threads bundled by
 * esbuild with the app's own build options (`--source` runs the TypeScript sources through tsx
 * instead, which adds tsx's start-up to every thread). The headline row is cold: a fresh process
 * whose first document starts its threads and engines. `--warm` adds a second document read with
 * the engines and the render thread the first one left running, as the app's long-lived service does.
 * `--extract`: the cold row is the whole extraction a user waits for (extractDocument: the parse,
 * then OCR, its engines started during the parse; `--no-prepare`: only after it, for comparison;
 * `--no-handover`: the scans the parse decoded are not handed to OCR but decoded again to be read;
 * `--no-stream`: pages are read only once the parse has ended, not as it finds them).
 * `--nara`: the kit's scanned NARA agreement read with `--ocr force`, against its scanner's own text
 * layer. Not a test: the machine is shared, so the load is printed with every figure.
 * `--rounds N` (default 5; 0 skips them): the cold comparison again N times, paired. One run of
 * each side moves by about a fifth between runs (the native CLI's s/page went from 0.83 to 1.00 on
 * an idle machine), enough to carry a single ratio across 2×. Each round runs ours cold in a fresh
 * plain node process (the same measurement as the cold row: ocrPages from a loaded bundle, its
 * threads and engines started by the run; but not under tsx, whose loader the bench process's
 * threads inherit: under load 3-5 it added about 0.1 CPU s to starting the engines and 0.13 s to
 * starting the render thread, per run) and the native CLI on the same images, the order swapped every
 * round so that neither side always runs first; the headline is the median of the rounds' ratios,
 * printed with each side's median and every round. With `--extract` each round's ours is the
 * whole extraction (extractDocument with the OCR hook, as a user waits for it), like the cold row.
 * Then (unless `--no-best-int`) one more cold run of ours with the npm package's integer "best"
 * model (`@tesseract.js-data/eng`, which Precis read English with before it shipped the fast one):
 * what the model costs, engine unchanged.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { electronBuildOptions } from '../../scripts/buildElectron';
import { threadCpuMs } from '../../electron/core/documents/ocr/threadCpuMs';
import { pdfkitBytes } from '../fixtures/pdfkitBytes';
import type * as OcrEntry from './ocrEntry';
import { corpusFile, REPO_ROOT } from '../helpers/kit';
import { pdfPageText } from '../fixtures/makeScan';
import { wordF1 } from '../fixtures/wordF1';

const SOURCE = 'cuad_05_license_gopage.pdf';
const NARA = 'dz-agreement-037-nara-dickinson-signed.pdf';

const load = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' ');
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function imagesPdf(pngs: string[], dpi: number): Promise<Uint8Array> {
  return pdfkitBytes((doc) => {
    for (const png of pngs) {
      const bytes = readFileSync(png);
      // PNG header: width and height are big-endian at bytes 16 and 20.
      const w = (bytes.readUInt32BE(16) * 72) / dpi;
      const h = (bytes.readUInt32BE(20) * 72) / dpi;
      doc.addPage({ size: [w, h], margin: 0 });
      doc.image(bytes, 0, 0, { width: w, height: h });
    }
  });
}

/**
 * Runs `tesseract <png> stdout` in a shell that reports its children's CPU time; with `tessdata`,
 * from that folder (the same model we ship) instead of the system's.
 */
function nativeOne(png: string, tessdata?: string): Promise<{ text: string; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const args = tessdata ? ['--tessdata-dir', tessdata] : [];
    const child = spawn('bash', ['-c', 'tesseract "$@" 2>/dev/null; echo "@@TIMES@@"; times', 'bash', png, 'stdout', ...args], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const [text, times] = out.split('@@TIMES@@');
      // `times` prints the shell's own then its children's user/system times: "0m1.234s 0m0.100s".
      const lines = (times ?? '').trim().split('\n');
      const secs = (lines[1] ?? '').match(/(\d+)m([\d.]+)s/g) ?? [];
      const cpu = secs.reduce((sum, t) => {
        const m = /(\d+)m([\d.]+)s/.exec(t)!;
        return sum + Number(m[1]) * 60 + Number(m[2]);
      }, 0);
      resolve({ text: text ?? '', cpuMs: cpu * 1000 });
    });
  });
}

async function native(pngs: string[], workers: number, tessdata?: string): Promise<{ texts: string[]; wallMs: number; cpuMs: number }> {
  const texts: string[] = new Array<string>(pngs.length);
  let cpu = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < pngs.length) {
        const i = next++;
        const r = await nativeOne(pngs[i]!, tessdata);
        texts[i] = r.text;
        cpu += r.cpuMs;
      }
    }),
  );
  return { texts, wallMs: performance.now() - t0, cpuMs: cpu };
}

type Timings = { renderMs: number; recogniseMs: number; reads: number; renderCpuMs: number; recogniseCpuMs: number };
/** The modules of ocrEntry.ts, from the bundle or from the sources. */
type OcrModules = typeof OcrEntry;
type Run = { texts: string[]; wallMs: number; cpuMs: number; mainCpuMs: number; confidence: number[]; timings: Timings[]; engineStartCpuMs: number; enginesStarted: number; rendererStartCpuMs: number };

/**
 * The OCR code as the app ships it: bundled with the app's esbuild options (ESM, code splitting,
 * npm packages left to node_modules, the worker entries beside the bundle), into a cache folder
 * inside node_modules so the packages resolve as they do for the app.
 */
async function bundled(): Promise<OcrModules> {
  const out = path.join(REPO_ROOT, 'node_modules', '.cache', 'precis-bench-ocr');
  rmSync(out, { recursive: true, force: true });
  const { main } = electronBuildOptions();
  await build({
    ...main,
    entryPoints: {
      ocrBench: 'tests/bench/ocrEntry.ts',
      renderWorker: 'electron/core/documents/ocr/renderWorker.ts',
      tesseractWorker: 'electron/core/documents/ocr/tesseractWorker.ts',
      parseWorker: 'electron/core/documents/worker/parseWorker.ts',
    },
    outdir: out,
  });
  // Inside node_modules no package.json above says "module": give the bundle its own.
  writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
  return (await import(pathToFileURL(path.join(out, 'ocrBench.js')).href)) as OcrModules;
}

async function fromSource(): Promise<OcrModules> {
  return import('./ocrEntry');
}

/** The bundle's (or with `--source`, the sources') entry, for a child process to import. */
function entryUrl(source: boolean): string {
  return pathToFileURL(source ? path.join(REPO_ROOT, 'tests', 'bench', 'ocrEntry.ts') : path.join(REPO_ROOT, 'node_modules', '.cache', 'precis-bench-ocr', 'ocrBench.js')).href;
}

/**
 * Our cold run in a fresh process: the same measurement as `ours` gives the cold row (the modules
 * loaded, then ocrPages timed from its call, starting its own render thread and engines), so every
 * round pays the start-up a user's first scanned document pays. The child prints one JSON line.
 */
function oursColdProcess(entry: string, pdfFile: string, count: number, workers: number, source: boolean, dataDir?: string, extract = false): Promise<{ texts: string[]; wallMs: number; cpuMs: number }> {
  // A script file, not "node -e": worker threads inherit the process flags, and --input-type stops them.
  const scriptFile = path.join(path.dirname(pdfFile), 'coldRun.mjs');
  writeFileSync(scriptFile, `
    import { readFileSync } from 'node:fs';
    const mods = await import(${JSON.stringify(entry)});
    const bytes = new Uint8Array(readFileSync(${JSON.stringify(pdfFile)}));
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const options = { workers: ${workers}${dataDir ? `, dataDir: ${JSON.stringify(dataDir)}` : ''} };
    const pool = new mods.TesseractPool({ language: 'eng', size: options.workers, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
    const c0 = cpu();
    const t0 = performance.now();
    const texts = ${
      extract
        ? `(await mods.extractDocument({ bytes, name: 'scan.pdf' }, { ocr: mods.createOcrHook(options), ocrMode: 'auto' })).pages.map((p) => p.text)`
        : `(await mods.ocrPages({ bytes, pages: Array.from({ length: ${count} }, (_, i) => i + 1) }, { ...options, pool, keepRenderer: true })).map((r) => r.paragraphs.map((p) => p.text).join('\\n\\n'))`
    };
    const wallMs = performance.now() - t0;
    const cpuMs = cpu() - c0;
    await Promise.all([pool.close(), mods.closeKeptPageRenderer(), mods.closeKeptTesseractPools()]);
    process.stdout.write(JSON.stringify({ wallMs, cpuMs, texts }) + '\\n');
  `);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(source ? ['--import', 'tsx'] : []), scriptFile], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as { texts: string[]; wallMs: number; cpuMs: number });
      } catch {
        reject(new Error(`our cold run in a child process failed (exit ${code}): ${out.slice(0, 200)}`));
      }
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * `rounds` paired cold comparisons, alternating which side runs first (ours, native; native,
 * ours; …), on the same PDF and images as the single-run rows. Prints every round and the medians.
 */
async function pairedRounds(rounds: number, pdfFile: string, pngs: string[], truth: string[], workers: number, source: boolean, extract: boolean): Promise<void> {
  const count = pngs.length;
  const entry = entryUrl(source);
  const f1 = (texts: string[]): number => mean(texts.map((t, i) => wordF1(t, truth[i]!)));
  const rows: { ours: number; native: number; oursCpu: number; nativeCpu: number; f1Ours: number; f1Native: number; first: string; load: string }[] = [];
  console.log(`\npaired rounds: ours cold${extract ? ', the whole extraction (--extract),' : ''} in a fresh process against the native CLI, ${rounds} rounds, the side that runs first alternating; load before ${load()}`);
  for (let i = 0; i < rounds; i++) {
    const oursFirst = i % 2 === 0;
    let a: Awaited<ReturnType<typeof oursColdProcess>> | undefined;
    if (oursFirst) a = await oursColdProcess(entry, pdfFile, count, workers, source, undefined, extract);
    const b = await native(pngs, workers);
    if (!oursFirst) a = await oursColdProcess(entry, pdfFile, count, workers, source, undefined, extract);
    const r = { ours: a!.wallMs / 1000 / count, native: b.wallMs / 1000 / count, oursCpu: a!.cpuMs / 1000 / count, nativeCpu: b.cpuMs / 1000 / count, f1Ours: f1(a!.texts), f1Native: f1(b.texts), first: oursFirst ? 'ours' : 'native', load: load() };
    rows.push(r);
    console.log(
      `  round ${i + 1} (${r.first} first): precis ${r.ours.toFixed(2)} s/page (cpu ${r.oursCpu.toFixed(2)}), native ${r.native.toFixed(2)} s/page (cpu ${r.nativeCpu.toFixed(2)}); ` +
        `ratio wall ${(r.ours / r.native).toFixed(2)}x, cpu ${(r.oursCpu / r.nativeCpu).toFixed(2)}x; F1 ${r.f1Ours.toFixed(4)} / ${r.f1Native.toFixed(4)}; load after ${r.load}`,
    );
  }
  const wallRatios = rows.map((r) => r.ours / r.native);
  const cpuRatios = rows.map((r) => r.oursCpu / r.nativeCpu);
  console.log(
    `paired rounds, median of ${rounds}: ratio precis cold/native wall ${median(wallRatios).toFixed(2)}x (rounds ${Math.min(...wallRatios).toFixed(2)}–${Math.max(...wallRatios).toFixed(2)}), cpu ${median(cpuRatios).toFixed(2)}x; ` +
      `precis ${median(rows.map((r) => r.ours)).toFixed(2)} s/page (cpu ${median(rows.map((r) => r.oursCpu)).toFixed(2)}), native ${median(rows.map((r) => r.native)).toFixed(2)} s/page (cpu ${median(rows.map((r) => r.nativeCpu)).toFixed(2)}); ` +
      `F1 mean precis ${mean(rows.map((r) => r.f1Ours)).toFixed(4)}, native ${mean(rows.map((r) => r.f1Native)).toFixed(4)}`,
  );
}

async function ours(mods: OcrModules, pdf: Uint8Array, pages: number[], workers: number, pool: InstanceType<OcrModules['TesseractPool']>, keepRenderer = true): Promise<Run> {
  const stats: { enginesStarted: number; engineStartCpuMs: number; rendererStartCpuMs: number; rendererReused?: boolean } = { enginesStarted: 0, engineStartCpuMs: 0, rendererStartCpuMs: 0 };
  const c0 = cpuMs();
  const m0 = threadCpuMs() ?? 0;
  const t0 = performance.now();
  // As the app reads: the render thread is kept for the next document, like the engines.
  const readings = await mods.ocrPages({ bytes: pdf, pages }, { workers, pool, stats, keepRenderer });
  if (keepRenderer && stats.rendererReused) console.log('(this document was drawn in the render thread kept from the one before)');
  return {
    texts: readings.map((r) => r.paragraphs.map((p) => p.text).join('\n\n')),
    wallMs: performance.now() - t0,
    cpuMs: cpuMs() - c0,
    mainCpuMs: (threadCpuMs() ?? 0) - m0,
    confidence: readings.map((r) => r.confidence),
    timings: readings.map((r) => r.timings),
    ...stats,
  };
}

/**
 * The whole of what a user waits for with a scanned PDF: extractDocument with the OCR hook (the
 * parse, which finds the pages to read, then drawing and reading them), cold. The hook's engines
 * and render thread start during the parse unless `prepare` is false (as before they did).
 */
async function oursExtract(mods: OcrModules, pdf: Uint8Array, workers: number, prepare: boolean, handover: boolean, stream: boolean): Promise<Run> {
  const c0 = cpuMs();
  const m0 = threadCpuMs() ?? 0;
  const t0 = performance.now();
  const hook = mods.createOcrHook({ workers });
  if (!prepare) delete hook.prepare;
  if (!handover) delete hook.scanDpi;
  if (!stream) delete hook.stream;
  const doc = await mods.extractDocument({ bytes: pdf, name: 'scan.pdf' }, { ocr: hook, ocrMode: 'auto' });
  return {
    texts: doc.pages.map((p) => p.text),
    wallMs: performance.now() - t0,
    cpuMs: cpuMs() - c0,
    mainCpuMs: (threadCpuMs() ?? 0) - m0,
    confidence: doc.pages.map((p) => p.ocr?.confidence ?? 0),
    timings: [],
    engineStartCpuMs: 0,
    enginesStarted: 0,
    rendererStartCpuMs: 0,
  };
}

/**
 * Per page (means): wall inside the run and CPU of the thread doing the stage; then where the rest
 * of the run's CPU went: the engines' start-up (thread, code, WebAssembly instance, language data),
 * the render thread's (pdf.js, opening the PDF), the main thread, and the remainder: V8's
 * background threads (compiling the WebAssembly's hot functions with the optimising tier,
 * JavaScript compilation, garbage collection) and creating the threads.
 */
function stages(r: Run): string {
  const n = r.timings.length;
  const s = (ms: number): string => (ms / 1000).toFixed(2);
  const renderCpu = mean(r.timings.map((x) => x.renderCpuMs));
  const recogniseCpu = mean(r.timings.map((x) => x.recogniseCpuMs));
  const other = r.cpuMs / n - renderCpu - recogniseCpu;
  const rest = other - (r.engineStartCpuMs + r.rendererStartCpuMs + r.mainCpuMs) / n;
  return (
    `render ${s(mean(r.timings.map((x) => x.renderMs)))} s wall / ${s(renderCpu)} s cpu; ` +
    `recognise ${s(mean(r.timings.map((x) => x.recogniseMs)))} s wall (incl. waiting for a worker) / ${s(recogniseCpu)} s cpu; ` +
    `other ${s(other)} s cpu = engine start-up ${s(r.engineStartCpuMs / n)} (${r.enginesStarted} engines) + render thread start-up ${s(r.rendererStartCpuMs / n)} + main thread ${s(r.mainCpuMs / n)} + V8 background and thread creation ${s(rest)}; ` +
    `${mean(r.timings.map((x) => x.reads)).toFixed(1)} reads per page`
  );
}

/** A tessdata folder holding the English model we ship (`@precis/tessdata-fast-eng`), for the native engine. */
function shippedModel(dir: string): string {
  const require = createRequire(import.meta.url);
  const gz = path.join(path.dirname(require.resolve('@precis/tessdata-fast-eng/package.json')), 'eng.traineddata.gz');
  const out = path.join(dir, 'tessdata');
  mkdirSync(out);
  writeFileSync(path.join(out, 'eng.traineddata'), gunzipSync(readFileSync(gz)));
  return out;
}

/** The npm package's folder of its integer "best" English model, in the form our pool reads a `dataDir` in. */
function bestIntModel(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

async function nara(mods: OcrModules, workers: number): Promise<void> {
  const { extractDocument, createOcrHook } = mods;
  const file = corpusFile(NARA);
  console.log(`\nNARA agreement (${NARA}): --ocr force vs its scanner's text layer; load ${load()}`);
  const own = await extractDocument({ path: file }, { ocrMode: 'off' });
  const t0 = performance.now();
  const forced = await extractDocument(
    { path: file },
    { ocrMode: 'force', ocr: createOcrHook({ workers, onProgress: (p) => console.log(`  reading page ${p.page} of ${own.pages.length} at ${((performance.now() - t0) / 1000).toFixed(0)} s; load ${load()}`) }) },
  );
  const wall = performance.now() - t0;
  const f1s = own.pages.map((p, i) => wordF1(forced.pages[i]!.text, p.text));
  console.log(`page  words(layer)  words(ocr)  F1(ocr vs layer)  confidence`);
  for (const [i, p] of own.pages.entries()) {
    const words = (t: string): number => t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    console.log(`${String(p.number).padStart(4)}  ${String(words(p.text)).padStart(12)}  ${String(words(forced.pages[i]!.text)).padStart(10)}  ${f1s[i]!.toFixed(3).padStart(16)}  ${forced.pages[i]!.ocr?.confidence ?? '-'}`);
  }
  const all = wordF1(forced.pages.map((p) => p.text).join('\n'), own.pages.map((p) => p.text).join('\n'));
  console.log(`whole document F1 ${all.toFixed(3)}; ${own.pages.length} pages in ${(wall / 1000).toFixed(1)} s with ${workers} workers; load ${load()}`);
  console.log(`warnings with OCR: ${forced.warnings.map((w) => `${w.code}${w.page ? ` p${w.page}` : ''}`).join(', ') || 'none'}`);
}

export async function run(argv: string[]): Promise<void> {
  const opt = (name: string, dflt: number): number => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  const count = opt('pages', 4);
  const workers = opt('workers', os.availableParallelism());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-ocr-bench-'));
  try {
    const source = corpusFile(SOURCE);
    const pages = Array.from({ length: count }, (_, i) => i + 2);
    const pngs = pages.map((p) => {
      const base = path.join(dir, `page-${p}`);
      execFileSync('pdftoppm', ['-png', '-gray', '-r', '300', '-f', String(p), '-l', String(p), '-singlefile', source, base], { stdio: 'ignore' });
      return `${base}.png`;
    });
    const truth = pages.map((p) => pdfPageText(source, p));
    const pdf = await imagesPdf(pngs, 300);
    const pdfFile = path.join(dir, 'scan.pdf');
    writeFileSync(pdfFile, pdf);
    const version = execFileSync('tesseract', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    console.log(`${count} pages of ${SOURCE} at 300 dpi (greyscale PNG), ${workers} at a time; ${os.availableParallelism()} cores; native: ${version}`);
    console.log(`ours: ${argv.includes('--source') ? 'the TypeScript sources through tsx (--source)' : 'the app bundle (esbuild, the app build options)'}`);
    const mods = argv.includes('--source') ? await fromSource() : await bundled();
    console.log(`load before: ${load()}`);
    const pool = new mods.TesseractPool({ language: 'eng', size: workers });
    // --extract: the cold row is the whole extraction (parse + OCR) instead of the OCR run alone;
    // --no-prepare: with the engines started only after the parse, for comparison.
    const extract = argv.includes('--extract');
    const prepare = !argv.includes('--no-prepare');
    const handover = !argv.includes('--no-handover');
    const stream = !argv.includes('--no-stream');
    if (extract) {
      console.log(
        `cold row: extractDocument (parse + OCR), engines and render thread started ${prepare ? 'during the parse' : 'after the parse (--no-prepare)'}, ` +
          `scans ${handover ? 'handed from the parse to OCR' : 'decoded again by OCR (--no-handover)'}, ` +
          `pages read ${stream ? 'as the parse finds them' : 'after the parse (--no-stream)'}`,
      );
    }
    const a = extract ? await oursExtract(mods, pdf, workers, prepare, handover, stream) : await ours(mods, pdf, pages.map((_, i) => i + 1), workers, pool);
    const loadA = load();
    // Right after (the kept render thread would stop after a minute unused): warm engines with the
    // render thread the first document left, then with a render thread of its own (as before
    // render threads were kept).
    const warm = argv.includes('--warm') ? await ours(mods, pdf, pages.map((_, i) => i + 1), workers, pool) : undefined;
    const loadW = load();
    const warmFresh = argv.includes('--warm') ? await ours(mods, pdf, pages.map((_, i) => i + 1), workers, pool, false) : undefined;
    const loadWF = load();
    const b = await native(pngs, workers);
    const loadB = load();
    const c = await native(pngs, workers, shippedModel(dir));
    const loadC = load();
    await Promise.all([pool.close(), mods.closeKeptPageRenderer(), mods.closeKeptTesseractPools()]);
    const f1 = (r: { texts: string[] }): number[] => r.texts.map((t, i) => wordF1(t, truth[i]!));
    const row = (name: string, r: { wallMs: number; cpuMs: number; texts: string[] }, l: string): string => {
      const f = f1(r);
      return `${name.padEnd(30)} ${(r.wallMs / 1000 / count).toFixed(2).padStart(9)} ${((count * 60_000) / r.wallMs).toFixed(1).padStart(9)} ${(r.cpuMs / 1000 / count).toFixed(2).padStart(11)} ${mean(f).toFixed(4).padStart(8)} ${Math.min(...f).toFixed(4).padStart(8)}   ${l}`;
    };
    console.log(`${'engine'.padEnd(30)} ${'s/page'.padStart(9)} ${'pages/min'.padStart(9)} ${'cpu s/page'.padStart(11)} ${'F1 mean'.padStart(8)} ${'F1 min'.padStart(8)}   load after`);
    console.log(row(`precis${extract ? ' extract' : ''}, cold (${workers} threads)`, a, loadA));
    console.log(row('tesseract CLI (native)', b, loadB));
    console.log(row('  same, the model we ship', c, loadC));
    if (warmFresh) console.log(row(`precis, warm engines, new render thread`, warmFresh, loadWF));
    if (warm) console.log(row(`precis, warm engines + render thread`, warm, loadW));
    const ratio = (r: Run, name: string): string =>
      `ratio precis ${name}/native: wall ${(r.wallMs / b.wallMs).toFixed(2)}x, cpu ${(r.cpuMs / b.cpuMs).toFixed(2)}x (against the CLI reading the model we ship: wall ${(r.wallMs / c.wallMs).toFixed(2)}x, cpu ${(r.cpuMs / c.cpuMs).toFixed(2)}x)`;
    console.log(`${ratio(a, 'cold')}; page confidence ${a.confidence.join(', ')}`);
    if (warmFresh) console.log(ratio(warmFresh, 'warm engines, new render thread'));
    if (warm) console.log(ratio(warm, 'warm'));
    if (!extract) console.log(`precis cold, per page: ${stages(a)}`);
    if (warmFresh) console.log(`precis warm engines, new render thread, per page: ${stages(warmFresh)}`);
    if (warm) console.log(`precis warm, per page: ${stages(warm)}`);
    console.log('(precis includes starting its threads (cold) and taking each page out of the PDF; native reads the PNG directly, one process per page)');
    // The rows above run in this process, which runs under tsx: the threads they start inherit its
    // flags and load their code through tsx's loader as well, which the app never does.
    console.log('(the rows above run inside the bench process, under tsx, whose module loader every OCR thread inherits; the paired rounds below run ours in a plain node process, as the app runs it)');
    const rounds = opt('rounds', 5);
    if (rounds > 0) await pairedRounds(rounds, pdfFile, pngs, truth, workers, argv.includes('--source'), extract);
    // What the model costs: ours cold with the npm package's bigger network (the engine unchanged).
    if (!argv.includes('--no-best-int')) {
      const m = await oursColdProcess(entryUrl(argv.includes('--source')), pdfFile, count, workers, argv.includes('--source'), bestIntModel());
      const f = m.texts.map((t, i) => wordF1(t, truth[i]!));
      console.log(
        `\nprecis cold with the npm package's best_int model (not what we ship): ${(m.wallMs / 1000 / count).toFixed(2)} s/page (cpu ${(m.cpuMs / 1000 / count).toFixed(2)}), ` +
          `F1 mean ${mean(f).toFixed(4)} min ${Math.min(...f).toFixed(4)}; ratio to the CLI's run above: wall ${(m.wallMs / b.wallMs).toFixed(2)}x, cpu ${(m.cpuMs / b.cpuMs).toFixed(2)}x; load after ${load()}`,
      );
    }
    if (argv.includes('--nara')) await nara(mods, workers);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
