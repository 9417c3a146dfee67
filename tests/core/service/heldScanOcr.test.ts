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

describe('a held protected PDF read with OCR off', () => {
  const PASSWORD = 'quay-lantern-7';
  let passwords: (string | undefined)[];
  beforeEach(() => {
    passwords = [];
    const scanned = deps.extract;
    // The same scan, protected: it opens only with its password.
    deps.extract = async (bytes, o) => {
      passwords.push(o.password);
      if (o.password === undefined) throw Object.assign(new Error('This PDF is protected by a password. Enter the password to open it.'), { code: 'PASSWORD_REQUIRED' });
      if (o.password !== PASSWORD) throw Object.assign(new Error('The password for this PDF is not correct. Check it and try again.'), { code: 'PASSWORD_INCORRECT' });
      return scanned(bytes, o);
    };
  });

  async function openLocked(a: ReturnType<typeof connectInMemory>) {
    await a.invoke('settings.set', { patch: { ocr: 'off' } });
    const r = await a.invoke('documents.inspect', { file, password: PASSWORD });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.warnings.map((w) => w.code)).toEqual(['OCR_NEEDED']);
    await a.invoke('settings.set', { patch: { ocr: 'auto' } });
    return r.value;
  }

  it('is read again with the password the user gave when summarized again after OCR was turned on', async () => {
    const a = connectInMemory(service, 'a');
    const first = await openLocked(a);
    const again = await a.invoke('documents.inspect', { file: { kind: 'document', documentId: first.documentId } });
    expect(again).toMatchObject({ ok: true, value: { documentId: first.documentId, warnings: [] } });
    expect(passwords).toEqual([PASSWORD, PASSWORD]);
  });

  it('is read again with it when the same file is added again without one', async () => {
    const a = connectInMemory(service, 'a');
    const first = await openLocked(a);
    const again = await a.invoke('documents.inspect', { file });
    expect(again).toMatchObject({ ok: true, value: { documentId: first.documentId, warnings: [] } });
    expect(passwords).toEqual([PASSWORD, PASSWORD]);
  });

  it('keeps the password in main: no answer to the window carries it, and another window gets no use of it', async () => {
    const a = connectInMemory(service, 'a');
    const first = await openLocked(a);
    const answers = [
      await a.invoke('documents.inspect', { file: { kind: 'document', documentId: first.documentId } }),
      await a.invoke('documents.get', { documentId: first.documentId }),
      await a.invoke('documents.setNeverSend', { documentId: first.documentId, neverSend: true }),
    ];
    expect(answers.every((r) => r.ok)).toBe(true);
    expect(JSON.stringify([first, ...answers])).not.toContain(PASSWORD);
    // Another window adding the same bytes is asked for the password itself.
    const b = connectInMemory(service, 'b');
    expect(await b.invoke('documents.inspect', { file })).toMatchObject({ ok: false, error: { code: 'PASSWORD_REQUIRED' } });
  });

  it('uses a password the window sends over the one it holds', async () => {
    const a = connectInMemory(service, 'a');
    const first = await openLocked(a);
    const r = await a.invoke('documents.inspect', { file: { kind: 'document', documentId: first.documentId }, password: 'not-it' });
    expect(r).toMatchObject({ ok: false, error: { code: 'PASSWORD_INCORRECT' } });
  });
});
