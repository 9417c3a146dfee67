/**
 * A document main holds that left scanned pages unread because OCR was off is read again once OCR is
 * on, whether the file is added again or the held document is summarized again; with OCR still off,
 * or after OCR ran under the same setting, the held document is used as it is (no read for nothing).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import type { FileRef } from '../../../shared/ipc/contract';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { connectInMemory } from '../../../electron/core/service/inMemoryClient';
import { scriptedDeps } from './scriptedDeps';

const CONTRACT = 'SERVICES AGREEMENT\n\n1. Term. Two years.\n\n2. Fees. Due in 30 days.\n';
const file = { kind: 'bytes' as const, name: 'scan.pdf', data: Buffer.from(CONTRACT).toString('base64') };

let deps: ReturnType<typeof scriptedDeps>;
let service: PrecisService;
let ocrFails: boolean;
beforeEach(() => {
  deps = scriptedDeps(mkdtempSync(path.join(os.tmpdir(), 'precis-held-ocr-')));
  const extract = deps.extract;
  ocrFails = false;
  // A PDF with one page of text and one scanned page: read with OCR off, the scan is reported unread.
  deps.extract = async (bytes, o) => {
    const document: ExtractedDocument = await extract(bytes, o);
    const { ocr } = await deps.settings.get();
    const unread = ocrFails || ocr === 'off';
    return { ...document, kind: 'pdf', warnings: unread ? [{ code: 'OCR_NEEDED', page: 2, message: 'Page 2 is a scanned image with no text; it needs OCR to be read.' }] : [] };
  };
  service = createPrecisService(deps);
});
afterEach(() => service.shutdown());

async function inspect(client: ReturnType<typeof connectInMemory>, ref: FileRef = file) {
  const r = await client.invoke('documents.inspect', { file: ref });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('a held document read with OCR off', () => {
  it('is read again when the file is added again after OCR was turned on', async () => {
    const a = connectInMemory(service, 'a');
    await a.invoke('settings.set', { patch: { ocr: 'off' } });
    const first = await inspect(a);
    expect(first.warnings.map((w) => w.code)).toEqual(['OCR_NEEDED']);
    await inspect(a);
    expect(deps.extracted).toBe(1);
    await a.invoke('settings.set', { patch: { ocr: 'auto' } });
    const again = await inspect(a);
    expect(deps.extracted).toBe(2);
    expect(again.documentId).toBe(first.documentId);
    expect(again.warnings).toEqual([]);
    // Read under today's setting, it is held again as it is.
    await inspect(a);
    expect(deps.extracted).toBe(2);
  });

  it('is read again from the file main kept when it is summarized again after OCR was turned on', async () => {
    const a = connectInMemory(service, 'a');
    await a.invoke('settings.set', { patch: { ocr: 'off' } });
    const first = await inspect(a);
    await inspect(a, { kind: 'document', documentId: first.documentId });
    expect(deps.extracted).toBe(1);
    await a.invoke('settings.set', { patch: { ocr: 'auto' } });
    const again = await inspect(a, { kind: 'document', documentId: first.documentId });
    expect(deps.extracted).toBe(2);
    expect(again.warnings).toEqual([]);
  });

  it('is used as it is where OCR ran under the same setting and still left the page unread', async () => {
    const a = connectInMemory(service, 'a');
    await a.invoke('settings.set', { patch: { ocr: 'auto' } });
    ocrFails = true;
    const first = await inspect(a);
    expect(first.warnings.map((w) => w.code)).toEqual(['OCR_NEEDED']);
    await inspect(a);
    await inspect(a, { kind: 'document', documentId: first.documentId });
    expect(deps.extracted).toBe(1);
    // Another OCR setting than the one it was read under reads it again.
    await a.invoke('settings.set', { patch: { ocr: 'force' } });
    await inspect(a);
    expect(deps.extracted).toBe(2);
  });
});
