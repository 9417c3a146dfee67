/**
 * Entry point of the parse thread. One request at a time: {kind, bytes, options} in, the reader's
 * pages or an error {code, message} out, with {progress} after each PDF page. The host terminates
 * the thread on timeout or cancel.
 */
import { parentPort } from 'node:worker_threads';
import { PrecisFailure } from '../../errors';
import { readPdf } from '../pdf/readPdf';
import { docxReaderFailure, pdfReaderFailure } from '../readerFailure';
import type { SourceDocument } from '../sourceDocument';
import type { PageScan } from '../ocr/pageScan';

export interface ParseRequest {
  id: number;
  kind: 'pdf' | 'docx';
  bytes: Uint8Array;
  options: { maxPages: number; password?: string; scanImages?: { maxDpi: number; maxBytes: number } };
}

async function parse(req: ParseRequest): Promise<SourceDocument & { pageCount?: number }> {
  if (req.kind === 'pdf') {
    // Each page read tells the host the parse is moving, so only a stuck step times out.
    // It also says whether the page needs OCR, so the host can start the engines meanwhile, and
    // hands over (moves, not copies) a scanned page's image made ready for OCR.
    const onPage = (done: number, total: number, ocr: boolean, scan?: PageScan, unread?: boolean): void =>
      parentPort?.postMessage({ id: req.id, progress: { done, total, ocr, ...(scan ? { scan } : {}), ...(unread ? { unread } : {}) } }, scan ? [scan.image.buffer as ArrayBuffer] : []);
    return readPdf(req.bytes, { ...req.options, onPage });
  }
  // mammoth (and jszip) load only when a Word file arrives: PDFs never pay for them.
  const { extractDocx } = await import('../docx/extractDocx');
  return extractDocx(req.bytes);
}

parentPort?.on('message', (req: ParseRequest) => {
  parse(req).then(
    (value) => parentPort?.postMessage({ id: req.id, ok: true, value }),
    (e: unknown) => {
      const failure = e instanceof PrecisFailure ? e : req.kind === 'pdf' ? pdfReaderFailure(e) : docxReaderFailure(e);
      parentPort?.postMessage({ id: req.id, ok: false, code: failure.code, message: failure.message });
    },
  );
});
