import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoreDeps } from '../../../electron/core/service/createCoreDeps';
import { createPrecisService } from '../../../electron/core/service/createPrecisService';
import { connectInMemory } from '../../../electron/core/service/inMemoryClient';
import { documentFootprint, openDocumentByteBudget } from '../../../electron/core/service/openDocumentBudget';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';

const home = mkdtempSync(path.join(os.tmpdir(), 'precis-open-budget-'));
afterAll(async () => {
  await shutdownParseWorker();
  rmSync(home, { recursive: true, force: true });
});

/** A text contract of about `kb` KB: numbered clauses, each a paragraph. */
function contract(n: number, kb: number): string {
  const clause = (i: number) => `${i}. Obligations. The Supplier shall deliver item ${n}-${i} within thirty days of each order and keep records.`;
  const parts = [`AGREEMENT ${n}`];
  for (let i = 1; parts.join('\n\n').length < kb * 1024; i++) parts.push(clause(i));
  return parts.join('\n\n');
}

describe('open documents are bounded by bytes, not only by count', () => {
  it('the budget is a quarter of the heap; a document counts its texts (UTF-16) and kept file bytes', () => {
    expect(openDocumentByteBudget(4 * 1024 ** 3)).toBe(1024 ** 3);
    const doc = { sha256: 'x', kind: 'text' as const, fileName: 'a.txt', pageCount: 1, pages: [{ number: 1, text: 'a'.repeat(1000) }], blocks: [{ id: 'p1.1', page: 1, kind: 'paragraph' as const, text: 'a'.repeat(1000), section: [] }], definitions: [], warnings: [] };
    const bytes = documentFootprint(doc);
    expect(bytes).toBeGreaterThanOrEqual(4000);
    expect(documentFootprint(doc, new Uint8Array(5000))).toBe(bytes + 5000);
  });

  it('many large documents: the oldest are dropped (FILE_NOT_FOUND, drop it again), the newest always stays', async () => {
    const one = 40; // KB of text each; the budget holds about two of them.
    const service = createPrecisService({ ...createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive' }), maxOpenDocumentBytes: 2.5 * 4 * one * 1024 });
    const client = connectInMemory(service);
    try {
      const ids: string[] = [];
      for (let n = 1; n <= 5; n++) {
        const r = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: `c${n}.txt`, data: Buffer.from(contract(n, one)).toString('base64') } });
        if (!r.ok) throw new Error(r.error.message);
        ids.push(r.value.documentId);
      }
      const open = await Promise.all(ids.map((documentId) => client.invoke('documents.get', { documentId })));
      const kept = open.map((r) => r.ok);
      // Far fewer than the count limit (8): the bytes decided.
      expect(kept.filter(Boolean).length).toBeGreaterThanOrEqual(1);
      expect(kept.filter(Boolean).length).toBeLessThan(5);
      expect(kept.at(-1)).toBe(true);
      // Dropped oldest first, and a dropped one says what to do.
      expect(kept).toEqual([...kept].sort((a, b) => Number(a) - Number(b)));
      expect(open[0]).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND', message: expect.stringMatching(/Drop the file again/) } });
      // A document larger than the whole budget is still opened (alone): it was accepted by the upload limit.
      const huge = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: 'huge.txt', data: Buffer.from(contract(9, 4 * one)).toString('base64') } });
      expect(huge.ok).toBe(true);
      if (huge.ok) expect(await client.invoke('documents.get', { documentId: huge.value.documentId })).toMatchObject({ ok: true });
      expect(await client.invoke('documents.get', { documentId: ids.at(-1)! })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    } finally {
      await client.close();
      await service.shutdown();
    }
  });
});
