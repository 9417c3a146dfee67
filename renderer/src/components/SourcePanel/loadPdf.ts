import type { PDFDocumentProxy } from 'pdfjs-dist';
// The worker ships with the window and is served from its own origin (CSP: worker-src 'self').
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * Opens a PDF for drawing in the window. pdf.js is loaded only when a page is first shown. The
 * document is hostile input: no eval, no XFA, no scripting, no system fonts, and embedded fonts
 * are drawn as outlines by pdf.js rather than handed to the browser's font engine.
 */
export async function openPdf(data: Uint8Array, signal?: AbortSignal): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf.js 6 dropped eval entirely (so the option left its types); it is still passed so that an
  // older pdf.js, if ever swapped in, cannot compile fonts with eval.
  const noEval = { isEvalSupported: false } as Record<string, unknown>;
  const task = pdfjs.getDocument({
    ...noEval,
    data,
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
