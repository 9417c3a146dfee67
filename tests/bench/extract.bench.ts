/**
 * `npm run bench -- extract [--runs N]`: wall time and peak memory over the corpus PDFs, side by
 * side in one run — our whole ingestion (text + structure, in its worker) vs bare pdf.js
 * getTextContent on every page (the floor for our engine) vs `pdftotext` — plus word F1 of our
 * text against plain `pdftotext` per PDF. Each engine runs in its own child process so peak RSS
 * is its own. "cold" includes loading the engine; "warm" is a second pass in the same process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR } from '../helpers/kit';
import { wordF1 } from '../fixtures/wordF1';

interface Figures {
  coldMs: number;
  warmMs: number;
  /** CPU time (user + system, all threads) of the whole run: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** CPU time of the warm pass alone: the fairest figure on a busy machine (no start-up, no tsx transpiling). */
  warmCpuMs: number;
  peakRssMb: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const pdfs = (): string[] =>
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => path.join(CORPUS_DIR, f));

async function childOurs(files: string[]): Promise<Figures> {
  const t0 = performance.now();
  const { extractDocument } = await import('../../electron/core/documents/extractDocument');
  const { shutdownParseWorker } = await import('../../electron/core/documents/worker/parseInWorker');
  const pass = async (): Promise<void> => {
    for (const f of files) await extractDocument({ path: f });
  };
  const figures = await twoPasses(t0, pass);
  await shutdownParseWorker();
  return figures;
}

async function childBare(files: string[]): Promise<Figures> {
  const t0 = performance.now();
  const { loadPdfjs, pdfjsAssetDirs } = await import('../../electron/core/documents/pdf/loadPdfjs');
  const pdfjs = await loadPdfjs();
  const pass = async (): Promise<void> => {
    for (const f of files) {
      const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), ...pdfjsAssetDirs(), verbosity: 0 });
      const doc = await task.promise;
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        await page.getTextContent();
        page.cleanup();
      }
      await task.destroy();
    }
  };
  return twoPasses(t0, pass);
}

/** Cold pass (timed from `t0`, so it includes start-up) then warm pass, measured the same way for every engine. */
async function twoPasses(t0: number, pass: () => Promise<void>): Promise<Figures> {
  await pass();
  const t1 = performance.now();
  const c1 = cpuMs();
  await pass();
  const t2 = performance.now();
  const warmCpuMs = cpuMs() - c1;
  return { coldMs: t1 - t0, warmMs: t2 - t1, cpuMs: cpuMs(), warmCpuMs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function pdftotext(files: string[]): Figures {
  let ms = 0;
  let cpu = 0;
  let peakKb = 0;
  for (const f of files) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'pdftotext', f, '/dev/null'], { encoding: 'utf8' });
    const m = /([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
    if (!m) throw new Error(`pdftotext failed on ${f}: ${r.stderr}`);
    ms += Number(m[1]) * 1000;
    cpu += (Number(m[2]) + Number(m[3])) * 1000;
    peakKb = Math.max(peakKb, Number(m[4]));
  }
  // pdftotext runs once per file; its cold and warm figures are the same run.
  return { coldMs: ms, warmMs: ms, cpuMs: cpu, warmCpuMs: cpu, peakRssMb: peakKb / 1024 };
}

function runChild(mode: 'ours' | 'bare'): Figures {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', mode], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out.trim().split('\n').pop()!) as Figures;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(argv: string[]): Promise<void> {
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 3;
  const files = pdfs();
  const pages = files.map((f) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [f], { stdio: ['ignore', 'pipe', 'ignore'] }).toString())![1]));
  console.log(`${files.length} corpus PDFs, ${pages.reduce((a, b) => a + b, 0)} pages, ${runs} runs each (median shown)`);

  const results: Record<string, Figures[]> = { ours: [], bare: [], pdftotext: [] };
  for (let i = 0; i < runs; i++) {
    results.ours!.push(runChild('ours'));
    results.bare!.push(runChild('bare'));
    results.pdftotext!.push(pdftotext(files));
  }
  const m = (k: string, f: keyof Figures): number => median(results[k]!.map((r) => r[f]));
  const row = (k: string): string =>
    `${k.padEnd(30)} ${m(k, 'coldMs').toFixed(0).padStart(8)} ${m(k, 'warmMs').toFixed(0).padStart(8)} ${m(k, 'cpuMs').toFixed(0).padStart(8)} ${m(k, 'warmCpuMs').toFixed(0).padStart(12)} ${m(k, 'peakRssMb').toFixed(0).padStart(9)}`;
  console.log(`\n${'engine'.padEnd(30)} ${'cold ms'.padStart(8)} ${'warm ms'.padStart(8)} ${'cpu ms'.padStart(8)} ${'warm cpu ms'.padStart(12)} ${'peak MB'.padStart(9)}`);
  console.log(`(cpu ms: ours and bare cover both passes, including start-up; pdftotext one pass)`);
  console.log(row('ours').replace('ours'.padEnd(30), 'ours (text+structure, worker)'.padEnd(30)));
  console.log(row('bare').replace('bare'.padEnd(30), 'bare pdf.js getTextContent'.padEnd(30)));
  console.log(row('pdftotext').replace('pdftotext'.padEnd(30), 'pdftotext (per file, no -layout)'.padEnd(30)));
  const ratio = (a: string, b: string, f: keyof Figures): string => (m(a, f) / m(b, f)).toFixed(2);
  console.log(`\nratios  ours/bare: cold ${ratio('ours', 'bare', 'coldMs')}x, warm ${ratio('ours', 'bare', 'warmMs')}x, cpu ${ratio('ours', 'bare', 'cpuMs')}x, warm cpu ${ratio('ours', 'bare', 'warmCpuMs')}x, peak memory ${ratio('ours', 'bare', 'peakRssMb')}x`);
  console.log(`        load average now: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
  console.log(`        bare/pdftotext: cold ${ratio('bare', 'pdftotext', 'coldMs')}x, warm ${ratio('bare', 'pdftotext', 'warmMs')}x`);
  console.log(`        ours/pdftotext: cold ${ratio('ours', 'pdftotext', 'coldMs')}x, warm ${ratio('ours', 'pdftotext', 'warmMs')}x, peak memory ${ratio('ours', 'pdftotext', 'peakRssMb')}x`);

  const { extractDocument } = await import('../../electron/core/documents/extractDocument');
  const { shutdownParseWorker } = await import('../../electron/core/documents/worker/parseInWorker');
  console.log('\nword F1 of our text vs plain pdftotext:');
  for (const f of files) {
    const ours = (await extractDocument({ path: f })).pages.map((p) => p.text).join('\n');
    const theirs = execFileSync('pdftotext', [f, '-'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).toString();
    console.log(`  ${path.basename(f).padEnd(46)} ${wordF1(ours, theirs).toFixed(4)}`);
  }
  await shutdownParseWorker();
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const mode = process.argv[childIndex + 1];
  const figures = mode === 'ours' ? await childOurs(pdfs()) : await childBare(pdfs());
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
