/**
 * `precis extract <file> [--json] [--password P]`: the text with page markers, or one JSON object
 * {document, pages, blocks, warnings}.
 */
import { PrecisFailure } from '../errors';
import { extractDocument } from '../documents/extractDocument';
import { shutdownParseWorker } from '../documents/worker/parseInWorker';
import { parseCliArgs, type CliIo } from './cliIo';
import { OCR_USAGE, ocrCliOptions, ocrExtractOptions } from './ocrCli';

const USAGE = `Usage: precis extract <file> [--json] [--password P] ${OCR_USAGE}`;

export const summary = 'Extract a PDF, DOCX or text file: text with page markers, or --json with blocks';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(
    { args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, password: { type: 'string' }, ...ocrCliOptions } },
    USAGE,
  );
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    throw new PrecisFailure('INVALID_REQUEST', USAGE);
  }
  try {
    const doc = await extractDocument(
      { path: file },
      { signal: io.signal, ...(parsed.values.password !== undefined ? { password: parsed.values.password } : {}), ...ocrExtractOptions(parsed.values, io) },
    );
    if (parsed.values.json) {
      io.stdout(
        JSON.stringify({
          document: { sha256: doc.sha256, kind: doc.kind, pageCount: doc.pageCount, title: doc.title ?? null },
          pages: doc.pages.map((p) => ({ number: p.number, text: p.text, ...(p.ocr ? { ocr: p.ocr } : {}), ...(p.size ? { size: p.size } : {}) })),
          // Rectangles (drawn pages only): where each block stands on its page, in points from the top-left.
          // Paragraph (DOCX, text): the block's place in the document, what a "[¶ N]" citation names.
          blocks: doc.blocks.map((b) => ({
            id: b.id,
            page: b.page,
            kind: b.kind,
            text: b.text,
            clause: b.clause ?? null,
            section: b.section,
            ...(b.rects ? { rects: b.rects } : {}),
            ...(b.paragraph !== undefined ? { paragraph: b.paragraph } : {}),
          })),
          definitions: doc.definitions,
          warnings: doc.warnings,
        }),
      );
    } else {
      for (const page of doc.pages) {
        io.stdout(`--- page ${page.number} of ${doc.pageCount}${page.ocr ? ` (scanned, ${page.ocr.confidence} %)` : ''} ---`);
        io.stdout(page.text);
      }
      for (const w of doc.warnings) io.stderr(`warning ${w.code}${w.page ? ` (page ${w.page})` : ''}: ${w.message}`);
    }
    return 0;
  } finally {
    await shutdownParseWorker();
  }
}
