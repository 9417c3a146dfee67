/**
 * `documents.inspect` of a scanned PDF runs OCR (the default setting reads scanned pages), and the
 * window can stop it: `documents.cancelRead` aborts the read's signal, which reaches the OCR pool
 * through extraction, and every OCR thread is terminated. Real service, real extraction, real OCR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreDeps } from '../../../electron/core/service/createCoreDeps';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { connectInMemory } from '../../../electron/core/service/inMemoryClient';
import { keptEngineCount } from '../../../electron/core/documents/ocr/keptTesseractPools';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { makeKnownPdf } from '../../fixtures/makePdf';
import { settleWithin } from '../../helpers/settleWithin';
import { makeScannedPdf, writeTemp } from '../../fixtures/makeScan';
import { canSeeThreads, computingSince, followUntilEnded, threadTicks, TICKS_PER_SECOND, waitForComputing } from '../../helpers/threadTicks';

let home: string;
let service: PrecisService;
beforeAll(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'precis-inspect-ocr-'));
  service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive' }));
});
afterAll(async () => {
  await service.shutdown();
  await shutdownParseWorker();
  rmSync(home, { recursive: true, force: true });
});

describe('documents.inspect with OCR', () => {
  it.skipIf(!canSeeThreads())('cancelRead stops the OCR it started: CANCELLED, and every OCR thread ends', { timeout: 480_000 }, async () => {
    const { bytes } = await makeKnownPdf();
    const source = writeTemp(home, 'known.pdf', bytes);
    // Ten pages, five per engine (an engine reads one of these short pages in about half a second
    // of CPU), so an engine has computed for a second well before the read can end: the parse hands
    // these scans over, so no render thread does the early work to watch.
    const scan = await makeScannedPdf(home, source, [1, 2, 3, 1, 2, 3, 1, 2, 3, 1], { dpi: 300 });
    const client = connectInMemory(service);
    // A text PDF first: the shared parse thread is up before we start watching threads.
    const text = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: 'known.pdf', data: Buffer.from(bytes).toString('base64') } });
    expect(text).toMatchObject({ ok: true, value: { pageCount: 3 } });

    const before = new Set(threadTicks().keys());
    const inspecting = client.invoke('documents.inspect', { file: { kind: 'bytes', name: 'scan.pdf', data: Buffer.from(scan).toString('base64') }, readId: 'scan-1' });
    // OCR is under way once a thread this read started has computed for a second. An inspect that
    // returns first, or never gets that far, fails here saying what it saw.
    await waitForComputing(before, 1, TICKS_PER_SECOND, { work: inspecting, giveUpMs: 240_000 });
    const ocrThreads = computingSince(before, TICKS_PER_SECOND / 2);
    expect(await client.invoke('documents.cancelRead', { readId: 'scan-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await settleWithin(inspecting, 120_000, 'documents.inspect after cancelRead')).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    // Stopped, not kept idle for the next document (which would also end them, a minute later).
    expect(keptEngineCount()).toBe(0);
    const after = await followUntilEnded(ocrThreads, TICKS_PER_SECOND);
    for (const [tid, ticks] of after.spent) expect(ticks, `CPU ticks of thread ${tid} after the cancel`).toBeLessThan(TICKS_PER_SECOND);
    expect(after.alive).toBe(0);
    await client.close();
  });
});
