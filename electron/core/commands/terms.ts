/**
 * `precis terms <file…|folder> [--json] [--csv out.csv]`: key terms and the clause map of each
 * contract, without a model. `--json` prints one object per file per line:
 * {file, terms:{<name>:{value, text, citations:[{blockId,page,clause}], blank?}}, clauses:[{clause, type, page}]}.
 * `--csv` also writes one row per contract, one column per term. A file that cannot be read is
 * reported on stderr with its error code and the others still run; the exit code is then 1.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatCitation } from '../../../shared/document';
import { OCR_USAGE, ocrCliOptions, ocrExtractOptions } from './ocrCli';
import { KEY_TERM_NAMES, type KeyTerm, type KeyTerms } from '../../../shared/terms';
import { PrecisFailure, throwIfAborted, toErrorShape } from '../errors';
import { extractDocument, type ExtractOptions } from '../documents/extractDocument';
import { shutdownParseWorker } from '../documents/worker/parseInWorker';
import { extractKeyTerms } from '../terms/extractKeyTerms';
import { keyTermsCsv, type KeyTermsRow } from '../terms/keyTermsCsv';
import { parseCliArgs, type CliIo } from './cliIo';

export const summary = 'Key terms and clause map without a model: terms <file…|folder> [--json] [--csv out.csv]';

const USAGE = `Usage: precis terms <file…|folder> [--json] [--csv out.csv] [--password P] ${OCR_USAGE}`;

/** Files named on the command line, with folders expanded (recursively, hidden files skipped, sorted). */
async function expand(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      // Only files Precis can read; the type is still checked by magic bytes when opened.
      else if (e.isFile() && /\.(pdf|docx|txt|md|text)$/i.test(e.name)) out.push(p);
    }
  };
  for (const input of inputs) {
    const s = await stat(input).catch(() => undefined);
    if (!s) throw new PrecisFailure('FILE_NOT_FOUND', `"${input}" does not exist. Check the path and try again.`);
    if (s.isDirectory()) await walk(input);
    else out.push(input);
  }
  return out;
}

function jsonTerms(terms: KeyTerms): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of KEY_TERM_NAMES) {
    const t = terms[name];
    if (!t) continue;
    out[name] = {
      value: t.value,
      text: t.text,
      citations: t.citations.map((c) => ({ blockId: c.blockId, page: c.page, clause: c.clause ?? null })),
      ...(t.blank ? { blank: true } : {}),
      ...(t.warning ? { warning: t.warning } : {}),
    };
  }
  return out;
}

function show(t: KeyTerm): string {
  const value = typeof t.value === 'string' ? t.value : t.value.map((p) => (p.role ? `${p.name} ("${p.role}")` : p.name)).join('; ');
  return `${t.blank ? `[blank] ${value}` : value} ${t.citations.map(formatCitation).join(' ')}`.trim();
}

/**
 * What `precis terms` does with one file: read it, then extract key terms and the clause map. The
 * evaluation harness calls this too, so what it scores is what the command prints.
 */
export async function readKeyTerms(file: string, options: Pick<ExtractOptions, 'signal' | 'password' | 'limits' | 'ocr' | 'ocrMode'> = {}): Promise<ReturnType<typeof extractKeyTerms>> {
  const doc = await extractDocument({ path: file }, options);
  return extractKeyTerms(doc);
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(
    {
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, csv: { type: 'string' }, password: { type: 'string' }, ...ocrCliOptions },
    },
    USAGE,
  );
  if (parsed.positionals.length === 0) throw new PrecisFailure('INVALID_REQUEST', USAGE);
  const files = await expand(parsed.positionals);
  if (files.length === 0) throw new PrecisFailure('FILE_NOT_FOUND', 'No PDF, DOCX or text files found there. Point precis terms at contracts or a folder of them.');
  const ocrOptions = ocrExtractOptions(parsed.values, io);
  const rows: KeyTermsRow[] = [];
  let failures = 0;
  try {
    for (const file of files) {
      throwIfAborted(io.signal);
      try {
        const { terms, clauses } = await readKeyTerms(file, { signal: io.signal, ...(parsed.values.password !== undefined ? { password: parsed.values.password } : {}), ...ocrOptions });
        rows.push({ file, terms });
        if (parsed.values.json) {
          io.stdout(JSON.stringify({ file, terms: jsonTerms(terms), clauses: clauses.map((c) => ({ clause: c.clause, type: c.type, page: c.page, ...(c.heading ? { heading: c.heading } : {}) })) }));
        } else {
          io.stdout(`== ${file}`);
          for (const name of KEY_TERM_NAMES) {
            const t = terms[name];
            if (t) io.stdout(`  ${name.padEnd(16)} ${show(t)}`);
          }
          io.stdout('  clauses:');
          for (const c of clauses) io.stdout(`    ${c.clause.padEnd(12)} ${c.type.padEnd(18)} p. ${c.page}${c.heading && c.heading !== c.clause ? `  ${c.heading}` : ''}`);
        }
      } catch (e) {
        const shape = toErrorShape(e);
        if (shape.code === 'CANCELLED') throw e;
        failures++;
        rows.push({ file, terms: {}, error: `${shape.code} ${shape.message}` });
        io.stderr(`${shape.code} ${file}: ${shape.message}`);
      }
    }
  } finally {
    await shutdownParseWorker();
  }
  if (parsed.values.csv) {
    try {
      await writeFile(parsed.values.csv, keyTermsCsv(rows));
    } catch (e) {
      throw new PrecisFailure('STORAGE_FAILED', `Could not write ${parsed.values.csv} (${(e as NodeJS.ErrnoException).code ?? 'error'}). Check the folder exists and is writable.`);
    }
    if (!parsed.values.json) io.stdout(`Wrote ${rows.length} row${rows.length === 1 ? '' : 's'} to ${parsed.values.csv}`);
  }
  return failures ? 1 : 0;
}
