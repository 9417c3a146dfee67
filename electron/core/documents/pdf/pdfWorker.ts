/**
 * Entry point of the PDF parse thread. One request at a time: {bytes, options} in, the laid-out
 * pages or an error {code, message} out. The host terminates the thread on timeout or cancel.
 */
import { parentPort } from 'node:worker_threads';
import { PrecisFailure } from '../../errors';
import { readPdf, type ReadPdfOptions } from './readPdf';

export interface PdfWorkerRequest {
  id: number;
  bytes: Uint8Array;
  options: ReadPdfOptions;
}

parentPort?.on('message', (req: PdfWorkerRequest) => {
  readPdf(req.bytes, req.options).then(
    (value) => parentPort?.postMessage({ id: req.id, ok: true, value }),
    (e: unknown) => {
      const failure =
        e instanceof PrecisFailure
          ? e
          : new PrecisFailure('FILE_INVALID', `This PDF could not be read (${e instanceof Error ? e.message.slice(0, 160) : 'unknown error'}). It may be damaged; try re-saving it.`);
      parentPort?.postMessage({ id: req.id, ok: false, code: failure.code, message: failure.message });
    },
  );
});
