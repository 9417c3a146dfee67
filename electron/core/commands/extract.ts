/**
 * `precis extract <file> [--json] [--password P]`: the text with page markers, or one JSON object
 * {document, pages, blocks, warnings}.
 */
import { parseArgs } from 'node:util';
import { PrecisFailure } from '../errors';
import { extractDocument } from '../documents/extractDocument';
import { shutdownPdfWorker } from '../documents/pdf/extractPdf';
import type { CliIo } from './cliIo';

export const summary = 'Extract a PDF, DOCX or text file: text with page markers, or --json with blocks';

export async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, password: { type: 'string' } },
    });
  } catch (e) {
    throw new PrecisFailure('INVALID_REQUEST', `${e instanceof Error ? e.message : String(e)}. Usage: precis extract <file> [--json] [--password P]`);
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    throw new PrecisFailure('INVALID_REQUEST', 'Usage: precis extract <file> [--json] [--password P]');
  }
  try {
    const doc = await extractDocument(
      { path: file },
      { signal: io.signal, ...(parsed.values.password !== undefined ? { password: parsed.values.password } : {}) },
    );
    if (parsed.values.json) {
      io.stdout(
        JSON.stringify({
          document: { sha256: doc.sha256, kind: doc.kind, pageCount: doc.pageCount, title: doc.title ?? null },
          pages: doc.pages.map((p) => ({ number: p.number, text: p.text })),
          blocks: doc.blocks.map((b) => ({ id: b.id, page: b.page, kind: b.kind, text: b.text, clause: b.clause ?? null, section: b.section })),
          definitions: doc.definitions,
          warnings: doc.warnings,
        }),
      );
    } else {
      for (const page of doc.pages) {
        io.stdout(`--- page ${page.number} of ${doc.pageCount} ---`);
        io.stdout(page.text);
      }
      for (const w of doc.warnings) io.stderr(`warning ${w.code}${w.page ? ` (page ${w.page})` : ''}: ${w.message}`);
    }
    return 0;
  } finally {
    await shutdownPdfWorker();
  }
}
