import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import type { PushEvents } from '../../../shared/ipc/contract';
import type { SummaryEvent } from '../../../shared/summary';
import { PrecisFailure } from '../../../electron/core/errors';
import { prepareForCloud, type CloudPreparation } from '../../../electron/core/privacy/prepareForCloud';
import { createCloudPreparations } from '../../../electron/core/service/cloudPreparations';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import type { CloudPreviewFn } from '../../../electron/core/service/serviceDeps';
import { scriptedDeps } from './scriptedDeps';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const SUPPLY = 'SUPPLY AGREEMENT\n\nNordlicht GmbH supplies valves to Harbor Lane Inc.\n\n1. Term. Two years.\n';
const LEASE = 'LEASE\n\nKestrel Yards LLC leases a warehouse to Harbor Lane Inc.\n\n1. Rent. USD 4,000 a month.\n';

/** Preparations that finish only when the test releases them, each with the signal that stops it. */
function heldPreparations() {
  const started: { document: ExtractedDocument; stop: AbortSignal; release(): void }[] = [];
  const waiting: (() => void)[] = [];
  const prepare = createCloudPreparations(
    (document, options, stop) =>
      new Promise<CloudPreparation>((resolve, reject) => {
        stop.addEventListener('abort', () => reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.')), { once: true });
        started.push({ document, stop, release: () => resolve(prepareForCloud(document, options)) });
        waiting.splice(0).forEach((w) => w());
      }),
  );
  const cloudPreview: CloudPreviewFn = async (document, settings, keep, signal) => {
    const p = await prepare(document, { redact: settings.cloud.redact, keep }, signal);
    return { text: p.previewText, sha256: p.sha256, redactions: p.redactions.map((r) => ({ placeholder: r.placeholder, kind: r.kind })), kept: p.kept, host: 'llm.example.com' };
  };
  const whenStarted = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => (started.length >= n ? resolve() : waiting.push(check));
      check();
    });
  return { started, cloudPreview, whenStarted };
}

/** Lets pending promise callbacks run (a cancelled wait answers on a later microtask). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

let service: PrecisService;
let held: ReturnType<typeof heldPreparations>;
let warmed: number;
let deps: ReturnType<typeof scriptedDeps>;
beforeEach(async () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'precis-preview-'));
  held = heldPreparations();
  warmed = 0;
  deps = scriptedDeps(home, { deltas: 100, gapMs: 10 });
  // Settings held in memory, so a request reaches its wait for the preparation within a few milliseconds.
  const store = deps.settings;
  let current = await store.set({ mode: 'cloud' });
  deps.settings = { get: async () => current, set: async (patch) => (current = await store.set(patch)) };
  // A key is saved for the server: without one the service refuses before preparing anything.
  const secrets = { status: async () => ({ set: true, persisted: true }), setApiKey: async () => ({ set: true, persisted: true }), clearApiKey: async () => ({ set: false, persisted: true }) };
  service = createPrecisService({ ...deps, secrets, cloudPreview: held.cloudPreview, confirm: async () => true, warmCloud: () => void warmed++ });
});
afterEach(() => service.shutdown());

async function open(client: string, text: string, name = 'supply.txt'): Promise<string> {
  const r = await service.invoke(client, 'documents.inspect', { file: { kind: 'bytes', name, data: b64(text) } });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { documentId: string }).documentId;
}

describe('the cloud.cancelPreview contract', () => {
  it('refuses malformed preview ids and unknown fields; cancelling nothing says so', async () => {
    for (const previewId of ['', '../x', 'a b', 'x'.repeat(129), 7, null]) {
      expect(await service.invoke('w', 'cloud.cancelPreview', { previewId })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await service.invoke('w', 'cloud.cancelPreview', {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await service.invoke('w', 'cloud.cancelPreview', { previewId: 'pv-1', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await service.invoke('w', 'cloud.preview', { documentId: 'doc-1', previewId: '../x' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await service.invoke('w', 'cloud.cancelPreview', { previewId: 'pv-1' })).toEqual({ ok: true, value: { cancelled: false } });
  });
});

describe('cancelling a cloud preview ends that wait only', () => {
  it('alone, it stops the preparation; asked again, a new preparation answers', async () => {
    const documentId = await open('w', SUPPLY);
    const first = service.invoke('w', 'cloud.preview', { documentId, previewId: 'pv-1' });
    await held.whenStarted(1);
    expect(await service.invoke('w', 'cloud.cancelPreview', { previewId: 'pv-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await first).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(held.started[0]!.stop.aborted).toBe(true);
    // Cancelling it again finds nothing.
    expect(await service.invoke('w', 'cloud.cancelPreview', { previewId: 'pv-1' })).toEqual({ ok: true, value: { cancelled: false } });
    const again = service.invoke('w', 'cloud.preview', { documentId, previewId: 'pv-2' });
    await held.whenStarted(2);
    held.started[1]!.release();
    const answer = await again;
    expect(answer).toMatchObject({ ok: true, value: { host: 'llm.example.com' } });
    expect((answer as { value: { text: string } }).value.text).not.toContain('Nordlicht');
  });

  it('a consent waiting for the same preparation keeps it going and gets its token', async () => {
    const documentId = await open('w', SUPPLY);
    const preview = service.invoke('w', 'cloud.preview', { documentId, previewId: 'pv-1' });
    await held.whenStarted(1);
    const sha256 = prepareForCloud(held.started[0]!.document, { redact: true }).sha256;
    const consent = service.invoke('w', 'cloud.consent', { documentId, sha256 });
    await settle();
    expect(await service.invoke('w', 'cloud.cancelPreview', { previewId: 'pv-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await preview).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(held.started[0]!.stop.aborted).toBe(false);
    held.started[0]!.release();
    expect(await consent).toMatchObject({ ok: true, value: { consentToken: expect.stringMatching(/^ct-/) } });
    expect(held.started).toHaveLength(1);
  });

  it('another client cannot cancel it, even knowing its id', async () => {
    const documentId = await open('w', SUPPLY);
    const preview = service.invoke('w', 'cloud.preview', { documentId, previewId: 'pv-1' });
    await held.whenStarted(1);
    expect(await service.invoke('intruder', 'cloud.cancelPreview', { previewId: 'pv-1' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(held.started[0]!.stop.aborted).toBe(false);
    held.started[0]!.release();
    expect(await preview).toMatchObject({ ok: true });
  });

  it('a summary of another document keeps running', async () => {
    const events: SummaryEvent[] = [];
    service.subscribe('w', (channel, payload) => {
      if (channel === 'summary.event') events.push(payload as PushEvents['summary.event']);
    });
    const lease = await open('w', LEASE, 'lease.txt');
    const leasePreview = service.invoke('w', 'cloud.preview', { documentId: lease });
    await held.whenStarted(1);
    held.started[0]!.release();
    const { sha256 } = ((await leasePreview) as { value: { sha256: string } }).value;
    const granted = (await service.invoke('w', 'cloud.consent', { documentId: lease, sha256 })) as { ok: true; value: { consentToken: string } };
    expect(await service.invoke('w', 'summary.start', { jobId: 'job-lease', file: { kind: 'document', documentId: lease }, options: { consentToken: granted.value.consentToken } })).toMatchObject({ ok: true });

    const supply = await open('w', SUPPLY);
    const preview = service.invoke('w', 'cloud.preview', { documentId: supply, previewId: 'pv-supply' });
    await held.whenStarted(2);
    expect(await service.invoke('w', 'cloud.cancelPreview', { previewId: 'pv-supply' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await preview).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(service.activeJobs()).toBe(1);
    await expect.poll(() => events.find((e) => e.jobId === 'job-lease' && (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled'))?.type, { timeout: 20_000 }).toBe('done');
  });
});

describe('summary.start waits for the consent check with a signal', () => {
  it('summary.cancel of the job being started ends its wait for the preparation', async () => {
    const documentId = await open('w', SUPPLY);
    const start = service.invoke('w', 'summary.start', { jobId: 'job-1', file: { kind: 'document', documentId }, options: {} });
    await held.whenStarted(1);
    expect(await service.invoke('w', 'summary.cancel', { jobId: 'job-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await start).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    // Nothing else waited for the preparation: it was stopped, and no job was started.
    expect(held.started[0]!.stop.aborted).toBe(true);
    expect(service.activeJobs()).toBe(0);
  });

  it('a preview waiting for the same preparation is not stopped by it; the client going away ends the rest', async () => {
    const documentId = await open('w', SUPPLY);
    const start = service.invoke('w', 'summary.start', { jobId: 'job-1', file: { kind: 'document', documentId }, options: {} });
    await held.whenStarted(1);
    const preview = service.invoke('w', 'cloud.preview', { documentId, previewId: 'pv-1' });
    await settle();
    await service.invoke('w', 'summary.cancel', { jobId: 'job-1' });
    expect(await start).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(held.started[0]!.stop.aborted).toBe(false);
    const again = service.invoke('w', 'summary.start', { jobId: 'job-2', file: { kind: 'document', documentId }, options: {} });
    await settle();
    await service.disconnect('w');
    expect(await again).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await preview).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(held.started[0]!.stop.aborted).toBe(true);
  });

  it('shutdown ends it', async () => {
    const documentId = await open('w', SUPPLY);
    const start = service.invoke('w', 'summary.start', { jobId: 'job-1', file: { kind: 'document', documentId }, options: {} });
    await held.whenStarted(1);
    await service.shutdown();
    expect(await start).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(held.started[0]!.stop.aborted).toBe(true);
  });

  it('without a consent the start is still refused once the preparation is made', async () => {
    const documentId = await open('w', SUPPLY);
    const start = service.invoke('w', 'summary.start', { jobId: 'job-1', file: { kind: 'document', documentId }, options: {} });
    await held.whenStarted(1);
    held.started[0]!.release();
    expect(await start).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    // Cancelling a job that was refused finds nothing.
    expect(await service.invoke('w', 'summary.cancel', { jobId: 'job-1' })).toEqual({ ok: true, value: { cancelled: false } });
  });
});

describe('the cloud preparation thread is warmed ahead of a preview', () => {
  it('when a document is opened in cloud mode with redaction on, or cloud mode is chosen with one open', async () => {
    await open('w', SUPPLY);
    expect(warmed).toBe(1);
    await deps.settings.set({ mode: 'local' });
    await open('w', LEASE, 'lease.txt');
    expect(warmed).toBe(1);
    // No document open for this client: nothing to warm for.
    expect(await service.invoke('empty', 'settings.set', { patch: { mode: 'cloud' } })).toMatchObject({ ok: true });
    expect(warmed).toBe(1);
    await deps.settings.set({ mode: 'local' });
    expect(await service.invoke('w', 'settings.set', { patch: { mode: 'cloud' } })).toMatchObject({ ok: true });
    expect(warmed).toBe(2);
    // Already in cloud mode: a change of the summary length warms nothing.
    expect(await service.invoke('w', 'settings.set', { patch: { summaryLength: 'brief' } })).toMatchObject({ ok: true });
    expect(warmed).toBe(2);
  });

  it('not without redaction (nothing is prepared in the thread then)', async () => {
    expect(await service.invoke('w', 'settings.set', { patch: { cloud: { redact: false } } })).toMatchObject({ ok: true });
    await open('w', SUPPLY);
    expect(warmed).toBe(0);
  });
});
