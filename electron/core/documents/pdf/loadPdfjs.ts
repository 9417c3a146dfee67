import { createRequire } from 'node:module';
import path from 'node:path';

import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type Pdfjs = typeof PdfjsModule;

let loading: Promise<Pdfjs> | undefined;

/**
 * Loads pdf.js's legacy (Node) build once. Node 20 lacks two things pdf.js 6 calls and Electron's
 * Node has, so each polyfill only fills the gap and never replaces anything:
 * - `Promise.withResolvers`;
 * - `ArrayBuffer.prototype.transferToFixedLength`, with which pdf.js packs every font it sends to
 *   the drawing side. Without it each font fails to load, and every page drawn with fonts comes
 *   out blank (an OCR of such a page reads nothing; text extraction is not affected).
 */
export function loadPdfjs(): Promise<Pdfjs> {
  if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
    Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
      configurable: true,
      writable: true,
      // A copy instead of a move: the one difference, that the old buffer is not detached, does
      // not matter to pdf.js, which drops the old buffer right after.
      value: function transferToFixedLength(this: ArrayBuffer, newLength: number = this.byteLength): ArrayBuffer {
        if (newLength <= this.byteLength) return this.slice(0, newLength);
        const grown = new Uint8Array(newLength);
        grown.set(new Uint8Array(this));
        return grown.buffer;
      },
    });
  }
  if (!('withResolvers' in Promise)) {
    Object.defineProperty(Promise, 'withResolvers', {
      configurable: true,
      writable: true,
      value: function withResolvers<T>() {
        let resolve!: (value: T | PromiseLike<T>) => void;
        let reject!: (reason?: unknown) => void;
        const promise = new Promise<T>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        return { promise, resolve, reject };
      },
    });
  }
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loading;
}

/** Folders of the installed pdfjs-dist package, so fonts and CMaps are read from disk, never fetched. */
export function pdfjsAssetDirs(): { standardFontDataUrl: string; cMapUrl: string; wasmUrl: string; iccUrl: string } {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  // pdf.js in Node reads these with fs.readFile; it insists on a trailing "/" (which fs accepts on every OS).
  const dir = (name: string): string => `${path.join(root, name)}/`;
  return { standardFontDataUrl: dir('standard_fonts'), cMapUrl: dir('cmaps'), wasmUrl: dir('wasm'), iccUrl: dir('iccs') };
}

/**
 * The options every document is opened with: no eval, no XFA, no system or web fonts, nothing
 * fetched, bounded images. pdf.js takes ownership of (detaches) the buffer it is given.
 */
export function pdfDocumentParams(bytes: Uint8Array, password: string | undefined): Parameters<Pdfjs['getDocument']>[0] {
  // pdf.js 6 dropped its eval code path (so the option is gone from its types); it is still
  // passed so that an older pdf.js, if ever swapped in, cannot compile fonts with eval.
  const noEval = { isEvalSupported: false } as Record<string, unknown>;
  return {
    ...noEval,
    data: bytes,
    ...(password !== undefined ? { password } : {}),
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    maxImageSize: 40_000_000,
    verbosity: 0,
    ...pdfjsAssetDirs(),
  };
}
