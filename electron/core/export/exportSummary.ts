import type { ExportedFile, HistoryEntry } from '../../../shared/ipc/contract';
import type { SummaryResult } from '../../../shared/summary';
import { PrecisFailure, throwIfAborted } from '../errors';
import { renderDocxReport } from './docxReport';
import { renderMarkdownReport } from './markdownReport';
import { buildReportModel, exportFileName } from './reportModel';

/** The formats a summary exports to. */
export type ExportFormat = 'markdown' | 'docx';

/** Options for {@link exportSummary}. */
export interface ExportOptions {
  /** The export time printed in the provenance block; now by default. */
  now?: Date;
  signal?: AbortSignal;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Renders a saved summary as a file the user keeps: Markdown or a DOCX report, both carrying the
 * provenance (file name, SHA-256, pages, model and mode, dates) and every citation. Returns the
 * bytes (base64) and a suggested file name; the caller decides where they go.
 */
export async function exportSummary(
  entry: HistoryEntry & { summary: SummaryResult },
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  throwIfAborted(options.signal);
  const report = buildReportModel(entry, options.now ?? new Date());
  try {
    if (format === 'markdown') {
      return {
        fileName: exportFileName(entry.fileName, 'md'),
        mimeType: 'text/markdown; charset=utf-8',
        data: Buffer.from(renderMarkdownReport(report), 'utf8').toString('base64'),
      };
    }
    if (format === 'docx') {
      const bytes = await renderDocxReport(report);
      throwIfAborted(options.signal);
      return { fileName: exportFileName(entry.fileName, 'docx'), mimeType: DOCX_MIME, data: bytes.toString('base64') };
    }
  } catch (e) {
    if (e instanceof PrecisFailure) throw e;
    throw new PrecisFailure('INTERNAL', 'The summary could not be exported. Try the other format, and report it if it repeats.', { cause: e });
  }
  throw new PrecisFailure('INVALID_REQUEST', `Unknown export format "${String(format)}". Choose Markdown or DOCX.`);
}
