import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
// The worker ships with the window and is served from its own origin (CSP: worker-src 'self').
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;

let pdfjsReady: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js and starts its worker once for the window's life. Every document shares that one
 * worker, so opening a second document (or the first one after a prefetch) does not pay for
 * fetching, compiling and starting the worker script again.
 */
export function warmPdfJs(): Promise<PdfJs> {
  pdfjsReady ??= import('pdfjs-dist')
    .then((pdfjs) => {
      if (!pdfjs.GlobalWorkerOptions.workerPort && typeof Worker !== 'undefined') {
        pdfjs.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module', name: 'pdf.worker' });
      }
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return pdfjs;
    })
    .catch((e: unknown) => {
      pdfjsReady = undefined;
      throw e;
    });
  return pdfjsReady;
}

/**
 * Opens a PDF for drawing in the window (with the password of an encrypted one, which pdf.js
 * holds in memory only). The document is hostile input: no eval, no XFA, no
 * scripting, no system fonts, and embedded fonts are drawn as outlines by pdf.js rather than
 * handed to the browser's font engine.
 */
export async function openPdf(data: Uint8Array, { password, signal }: { password?: string; signal?: AbortSignal } = {}): Promise<PDFDocumentProxy> {
  const pdfjs = await warmPdfJs();
  // pdf.js 6 dropped eval entirely (so the option left its types); it is still passed so that an
  // older pdf.js, if ever swapped in, cannot compile fonts with eval.
  const noEval = { isEvalSupported: false } as Record<string, unknown>;
  const task = pdfjs.getDocument({
    ...noEval,
    data,
    ...(password !== undefined ? { password } : {}),
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    maxImageSize: 40_000_000,
    verbosity: 0,
  });
  signal?.addEventListener('abort', () => void task.destroy(), { once: true });
  return task.promise;
}
