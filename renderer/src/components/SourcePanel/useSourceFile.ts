import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PrecisApi } from '../../../../shared/ipc/contract';
import type { SourceFile } from '../../../../shared/ipc/sourceFile';
import { openPdf, warmPdfJs } from './loadPdf';

export type LoadedSource =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  /** An encrypted PDF: drawing it needs its password (`wrong` when the one given was not it). */
  | { state: 'locked'; wrong: boolean }
  | { state: 'ready'; file: Exclude<SourceFile, { kind: 'pdf' }> }
  | { state: 'ready'; file: { kind: 'pdf' }; pdf: PDFDocumentProxy };

/** The last documents opened, so clicking one citation after another reuses the parsed PDF. */
const KEEP = 3;
const cache = new Map<string, Promise<LoadedSource>>();
/** The same sources once opened, so a panel shown after a prefetch draws on its first render. */
const settled = new Map<string, LoadedSource>();
/** The bytes of encrypted PDFs waiting for their password, so a password is tried without fetching again. */
const lockedBytes = new Map<string, Uint8Array>();

function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Times one step of opening a source as a performance measure (read back by the e2e profile). */
async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await step();
  } finally {
    performance.measure(`precis:${name}`, { start, end: performance.now() });
  }
}

/** Opens PDF bytes for drawing; a copy goes to pdf.js (its worker takes the buffer it is given). */
async function openBytes(bytes: Uint8Array, password: string | undefined): Promise<LoadedSource> {
  try {
    return { state: 'ready', file: { kind: 'pdf' }, pdf: await timed('pdf-open', () => openPdf(bytes.slice(), password !== undefined ? { password } : {})) };
  } catch (e) {
    if ((e as { name?: string })?.name === 'PasswordException') return { state: 'locked', wrong: password !== undefined };
    return { state: 'error', message: 'This PDF could not be opened for drawing. Use the text view to read it.' };
  }
}

async function load(api: PrecisApi, documentId: string, password: string | undefined): Promise<LoadedSource> {
  // The worker starts while the bytes are on their way.
  const warming = timed('pdfjs-start', warmPdfJs).catch(() => undefined);
  const r = await timed('source-fetch', () => api.invoke('documents.file', { documentId }));
  if (!r.ok) return { state: 'error', message: r.error.message };
  const file = r.value;
  if (file.kind !== 'pdf') return { state: 'ready', file };
  await warming;
  const bytes = await timed('source-decode', async () => decodeBase64(file.data));
  const opened = await openBytes(bytes, password);
  if (opened.state === 'locked') lockedBytes.set(documentId, bytes);
  return opened;
}

function evict(): void {
  while (cache.size > KEEP) {
    const [oldest, loaded] = cache.entries().next().value as [string, Promise<LoadedSource>];
    cache.delete(oldest);
    settled.delete(oldest);
    lockedBytes.delete(oldest);
    void loaded.then((l) => (l.state === 'ready' && 'pdf' in l ? l.pdf.loadingTask.destroy() : undefined)).catch(() => undefined);
  }
}

/** The document's source, from the cache (most recently used last) or fetched and opened now. */
function sourceOf(api: PrecisApi, documentId: string, password?: string): Promise<LoadedSource> {
  let pending = cache.get(documentId);
  const bytes = lockedBytes.get(documentId);
  if (bytes && password !== undefined && settled.get(documentId)?.state === 'locked') {
    // A password for an encrypted PDF already fetched: tried on the same bytes.
    pending = openBytes(bytes, password).then((r) => {
      if (r.state !== 'locked') lockedBytes.delete(documentId);
      return r;
    });
    cache.delete(documentId);
    cache.set(documentId, pending);
  } else if (!pending) {
    pending = load(api, documentId, password);
    cache.set(documentId, pending);
    evict();
  } else {
    cache.delete(documentId);
    cache.set(documentId, pending);
  }
  const mine = pending;
  void mine.then((value) => {
    if (cache.get(documentId) !== mine) return;
    if (value.state === 'error') cache.delete(documentId);
    else settled.set(documentId, value);
  });
  return mine;
}

/**
 * Fetches and opens a document's source before any citation is clicked (when its summary is on
 * screen), so the first click only has to draw the page. `pages` are fetched from the worker too,
 * which parses them ahead of the click. The same cache serves the panel afterwards.
 */
export function prefetchSource(api: PrecisApi, documentId: string, pages: readonly number[] = [], password?: string): void {
  void sourceOf(api, documentId, password).then(async (l) => {
    if (l.state !== 'ready' || !('pdf' in l)) return;
    for (const n of pages) {
      if (n < 1 || n > l.pdf.numPages) continue;
      await timed('page-warm', () => warmPage(l.pdf, n)).catch(() => undefined);
    }
    performance.mark('precis:source-prefetched');
  });
}

/**
 * Draws a page once, very small and off screen. The costly part of a first drawing is not the
 * pixels but parsing the page's fonts and turning their glyphs into outlines; pdf.js keeps both
 * per document, so the visible drawing after a click only pays for the page's own operators.
 */
async function warmPage(pdf: PDFDocumentProxy, pageNumber: number): Promise<void> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 0.1 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(viewport.width));
  canvas.height = Math.max(1, Math.ceil(viewport.height));
  await page.render({ canvas, viewport }).promise;
}

/**
 * Fetches the document over the typed channel (bytes, never a path) and opens it for drawing; an
 * encrypted PDF with `password` (kept in this window's memory only, never sent or stored).
 */
export function useSourceFile(api: PrecisApi | undefined, documentId: string | null | undefined, password?: string): LoadedSource | null {
  const [loaded, setLoaded] = useState<{ id: string; password?: string; value: LoadedSource } | null>(null);
  useEffect(() => {
    if (!api || !documentId) return;
    let live = true;
    const pending = sourceOf(api, documentId, password);
    void pending.then((value) => {
      if (live) setLoaded({ id: documentId, password, value });
    });
    return () => {
      live = false;
    };
  }, [api, documentId, password]);
  if (!api || !documentId) return null;
  if (loaded?.id === documentId && (loaded.password === password || loaded.value.state !== 'locked')) return loaded.value;
  if (loaded?.id === documentId) return { state: 'loading' };
  return (cache.has(documentId) ? settled.get(documentId) : undefined) ?? { state: 'loading' };
}
