/**
 * `precis models …`: the local model library in `<precisHome>/models` and the catalog.
 *   list [--json] · recommend [--for <file>] [--json] · import <file.gguf>
 */
import { promises as fs } from 'node:fs';
import { catalogOverridesFromEnv, loadCatalog, resolveSource } from '../models/catalog';
import { discardPartialDownload, downloadModel, type DownloadProgress } from '../models/downloadModel';
import { adviseThisMachine } from '../models/adviseThisMachine';
import type { ModelAdvice } from '../models/adviseModels';
import { backendLabel } from '../models/machineProfile';
import { importModel, listModels, modelsDir, removeModel, type LibraryModel } from '../models/modelLibrary';
import { extractDocument } from '../documents/extractDocument';
import { shutdownParseWorker } from '../documents/worker/parseInWorker';
import { PrecisFailure } from '../errors';
import { precisHome } from '../storage/precisHome';
import { parseCliArgs, type CliIo } from './cliIo';

export const summary = 'Local models: list, recommend [--for file], download <id|hf:uri|url>, import <gguf>, remove <id>';

const USAGE = [
  'Usage: precis models list [--json]',
  '       precis models recommend [--for <file>] [--json]',
  '       precis models download <catalog-id|hf:user/repo/file.gguf|https-url> [--sha256 HEX] [--json]',
  '       precis models import <file.gguf> [--json]',
  '       precis models remove <model-id> [--partial]',
].join('\n');

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(seconds % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

function progressLine(p: DownloadProgress): string {
  const pct = p.totalBytes ? ` (${Math.floor((p.downloadedBytes / p.totalBytes) * 100)}%)` : '';
  const of = p.totalBytes ? ` / ${size(p.totalBytes)}` : '';
  const eta = p.etaSeconds !== undefined ? `, ETA ${duration(p.etaSeconds)}` : '';
  return `${size(p.downloadedBytes)}${of}${pct}, ${size(p.bytesPerSecond)}/s${eta}`;
}

const MB = 1024 * 1024;
const GB = 1024 * MB;

function size(bytes: number): string {
  return bytes >= GB ? `${(bytes / GB).toFixed(2)} GB` : `${(bytes / MB).toFixed(1)} MB`;
}

function line(m: LibraryModel): string {
  return `${m.id}\t${m.name}\t${m.architecture}\t${size(m.bytes)}${m.contextLength ? `\tctx ${m.contextLength}` : ''}`;
}

function adviceLine(a: ModelAdvice, recommended: string | undefined): string {
  const mark = a.entry.id === recommended ? '*' : ' ';
  const head = `${mark} ${a.entry.id.padEnd(14)} ${size(a.entry.sizeBytes).padStart(9)}  ${a.entry.licence.name}`;
  if (!a.fit) return `${head}\t? ${a.error?.code ?? ''} ${a.error?.message ?? ''}`;
  const plan = a.plan
    ? `\t≈ ${Math.round(a.plan.tokens / 1000)}k tokens, ${a.plan.passes} ${a.plan.passes === 1 ? 'pass' : 'passes'}${a.plan.minutes !== undefined ? `, about ${Math.ceil(a.plan.minutes)} min here` : ''}`
    : '';
  return `${head}\t${a.fit.label}, context ${a.fit.contextSize}${a.installed ? ' (installed)' : ''}${plan}`;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  const home = precisHome(io.env);
  if (sub === 'list') {
    const { values, positionals } = parseCliArgs({ args: rest, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true }, USAGE);
    if (positionals.length) throw new PrecisFailure('INVALID_REQUEST', USAGE);
    const models = await listModels(home, { signal: io.signal });
    const catalog = loadCatalog(catalogOverridesFromEnv(io.env));
    if (values.json) {
      io.stdout(JSON.stringify({ dir: modelsDir(home), models, catalog: catalog.models.map((m) => ({ ...m, installed: models.some((x) => x.id === m.file) })) }));
      return 0;
    }
    if (!models.length) io.stderr(`No models in ${modelsDir(home)}. Download one with: precis models download <id>, or import a .gguf file.`);
    for (const m of models) io.stdout(line(m));
    io.stdout('');
    io.stdout('Catalog (precis models recommend says which fit this machine):');
    for (const m of catalog.models) io.stdout(`  ${m.id.padEnd(14)} ${size(m.sizeBytes).padStart(9)}  ${m.uri}  ${m.licence.name}`);
    return 0;
  }
  if (sub === 'recommend') {
    const { values, positionals } = parseCliArgs(
      { args: rest, options: { json: { type: 'boolean' }, for: { type: 'string' }, password: { type: 'string' } }, allowPositionals: true, strict: true },
      USAGE,
    );
    if (positionals.length) throw new PrecisFailure('INVALID_REQUEST', USAGE);
    const catalog = loadCatalog(catalogOverridesFromEnv(io.env));
    let document;
    if (values.for) {
      try {
        document = await extractDocument({ path: values.for }, { signal: io.signal, ...(values.password !== undefined ? { password: values.password } : {}) });
      } finally {
        await shutdownParseWorker();
      }
    }
    const result = await adviseThisMachine(home, catalog, { signal: io.signal, ...(document ? { document } : {}) });
    if (values.json) {
      io.stdout(JSON.stringify({ backend: backendLabel(result.machine.gpu), machine: result.machine, recommended: result.recommended ?? null, models: result.advice }));
      return 0;
    }
    const m = result.machine;
    io.stdout(
      `This machine: ${backendLabel(m.gpu)}${m.gpu ? `, ${size(m.vram.free)} of ${size(m.vram.total)} GPU memory free` : ''}, ${size(m.ram.free)} of ${size(m.ram.total)} RAM free`,
    );
    for (const a of result.advice) io.stdout(adviceLine(a, result.recommended));
    io.stdout(result.recommended ? `Recommended: ${result.recommended} (precis models download ${result.recommended})` : 'No catalog model could be judged for this machine.');
    return 0;
  }
  if (sub === 'download') {
    const { values, positionals } = parseCliArgs(
      { args: rest, options: { json: { type: 'boolean' }, sha256: { type: 'string' } }, allowPositionals: true, strict: true },
      USAGE,
    );
    if (positionals.length !== 1 || !positionals[0]) throw new PrecisFailure('INVALID_REQUEST', USAGE);
    if (values.sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(values.sha256)) throw new PrecisFailure('INVALID_REQUEST', '--sha256 takes 64 hexadecimal digits. Give the SHA-256 of the file as the model page lists it.');
    const source = resolveSource(positionals[0], loadCatalog(catalogOverridesFromEnv(io.env)));
    const dir = modelsDir(home);
    await fs.mkdir(dir, { recursive: true });
    let last = '';
    const result = await downloadModel({
      url: source.url,
      dir,
      file: source.file,
      ...(source.expectedBytes !== undefined ? { expectedBytes: source.expectedBytes } : {}),
      ...((values.sha256 ?? source.sha256) ? { sha256: (values.sha256 ?? source.sha256)!.toLowerCase() } : {}),
      signal: io.signal,
      onProgress: (p) => {
        if (values.json) return io.stdout(JSON.stringify({ type: 'progress', ...p }));
        const text = progressLine(p);
        if (text !== last) io.stderr(text);
        last = text;
      },
      onNotice: (code, message) => (values.json ? io.stdout(JSON.stringify({ type: 'notice', code, message })) : io.stderr(`${code} ${message}`)),
    }).catch((e: unknown) => {
      // Ctrl+C pauses: the partial file stays and the same command resumes it.
      if (io.signal.aborted) io.stderr(`Paused. Run the same command again to resume ${source.file}.`);
      throw e;
    });
    io.stdout(values.json ? JSON.stringify({ type: 'done', ...result }) : `Downloaded ${result.file} (${size(result.bytes)}, sha256 ${result.sha256}${result.checksum === 'none' ? ', not checked: no published checksum' : ', verified'})`);
    return 0;
  }
  if (sub === 'remove') {
    const { values, positionals } = parseCliArgs({ args: rest, options: { partial: { type: 'boolean' } }, allowPositionals: true, strict: true }, USAGE);
    const id = positionals[0];
    if (positionals.length !== 1 || !id || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,190}\.gguf$/.test(id)) throw new PrecisFailure('INVALID_REQUEST', USAGE);
    if (values.partial) {
      await discardPartialDownload(modelsDir(home), id);
      io.stdout(`Removed the partial download of ${id}`);
      return 0;
    }
    await removeModel(home, id);
    io.stdout(`Removed ${id}`);
    return 0;
  }
  if (sub === 'import') {
    const { values, positionals } = parseCliArgs({ args: rest, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true }, USAGE);
    if (positionals.length !== 1 || !positionals[0]) throw new PrecisFailure('INVALID_REQUEST', USAGE);
    const model = await importModel(home, positionals[0], { signal: io.signal });
    io.stdout(values.json ? JSON.stringify(model) : `Imported ${line(model)}`);
    return 0;
  }
  throw new PrecisFailure('INVALID_REQUEST', USAGE);
}
