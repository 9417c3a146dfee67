import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PrecisApi } from '../../../../shared/ipc/contract';
import type { SourceFile } from '../../../../shared/ipc/sourceFile';
import { openPdf } from './loadPdf';

export type LoadedSource =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; file: Exclude<SourceFile, { kind: 'pdf' }> }
  | { state: 'ready'; file: { kind: 'pdf' }; pdf: PDFDocumentProxy };

/** The last documents opened, so clicking one citation after another reuses the parsed PDF. */
const KEEP = 3;
const cache = new Map<string, Promise<LoadedSource>>();

function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function load(api: PrecisApi, documentId: string): Promise<LoadedSource> {
  const r = await api.invoke('documents.file', { documentId });
  if (!r.ok) return { state: 'error', message: r.error.message };
  const file = r.value;
  if (file.kind !== 'pdf') return { state: 'ready', file };
  try {
    return { state: 'ready', file: { kind: 'pdf' }, pdf: await openPdf(decodeBase64(file.data)) };
  } catch {
    return { state: 'error', message: 'This PDF could not be opened for drawing. Use the text view to read it.' };
  }
}

function evict(): void {
  while (cache.size > KEEP) {
    const [oldest, loaded] = cache.entries().next().value as [string, Promise<LoadedSource>];
    cache.delete(oldest);
    void loaded.then((l) => (l.state === 'ready' && 'pdf' in l ? l.pdf.loadingTask.destroy() : undefined)).catch(() => undefined);
  }
}

/** Fetches the document over the typed channel (bytes, never a path) and opens it for drawing. */
export function useSourceFile(api: PrecisApi | undefined, documentId: string | null | undefined): LoadedSource | null {
  const [loaded, setLoaded] = useState<{ id: string; value: LoadedSource } | null>(null);
  useEffect(() => {
    if (!api || !documentId) return;
    let live = true;
    let pending = cache.get(documentId);
    if (!pending) {
      pending = load(api, documentId);
      cache.set(documentId, pending);
      evict();
    } else {
      cache.delete(documentId);
      cache.set(documentId, pending);
    }
    void pending.then((value) => {
      if (value.state === 'error') cache.delete(documentId);
      if (live) setLoaded({ id: documentId, value });
    });
    return () => {
      live = false;
    };
  }, [api, documentId]);
  if (!api || !documentId) return null;
  return loaded?.id === documentId ? loaded.value : { state: 'loading' };
}
