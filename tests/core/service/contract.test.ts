/**
 * The IPC contract end to end, with the real extractor, pipeline, local provider and a tiny real
 * GGUF model, over both transports: in-process and the real loopback WebSocket bridge.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryEvent } from '../../../shared/summary';
import { isTerminal } from '../../../shared/summary';
import { connectBridge } from '../../../electron/core/bridge/connectBridge';
import { createBridgeServer, type BridgeServer } from '../../../electron/core/bridge/createBridgeServer';
import { createCoreDeps } from '../../../electron/core/service/createCoreDeps';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { connectInMemory, type ConnectedClient } from '../../../electron/core/service/inMemoryClient';
import { tinyModelPath } from '../../helpers/tinyGguf';

const clause = (i: number) =>
  `${i + 1}. Clause ${i + 1}. The Supplier shall deliver the Services described in Schedule ${i + 1} within thirty days of each Order, ` +
  `and the Customer shall pay every undisputed invoice within forty-five days of receipt. Either party may terminate this clause on notice.`;
const doc = (n: number) => Buffer.from(`MASTER SERVICES AGREEMENT\n\n${Array.from({ length: n }, (_, i) => clause(i)).join('\n\n')}\n`).toString('base64');
/** Short enough to finish fast; long enough (many chunks) to still be running when cancelled. */
const DATA = doc(3);
const LONG = doc(40);

// One service (one loaded model) behind both transports: they are only ways of reaching it.
// One thread: on a shared 2-core machine llama.cpp's spinning threads slow down badly under load.
let service: PrecisService;
let bridge: BridgeServer;
beforeAll(async () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'precis-contract-'));
  service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'local', modelPath: await tinyModelPath(), threads: 1 }));
  bridge = await createBridgeServer({ service, rendererDir: mkdtempSync(path.join(os.tmpdir(), 'precis-r-')) });
});
afterAll(async () => {
  await bridge.close();
  await service.shutdown();
});

const transports: { name: string; slug: string; connect(): Promise<ConnectedClient> }[] = [
  { name: 'in-memory', slug: 'mem', connect: async () => connectInMemory(service) },
  { name: 'WebSocket bridge', slug: 'ws', connect: () => connectBridge({ port: bridge.port, token: bridge.issueToken() }) },
];
const FAST = { length: 'brief', maxTokens: 16 } as const;

/** Records a client's summary events and resolves when a job's terminal event (or a predicate) arrives. */
function record(client: ConnectedClient) {
  const events: SummaryEvent[] = [];
  const waiters: { test: () => boolean; resolve: () => void }[] = [];
  client.on('summary.event', (e) => {
    events.push(e);
    for (const w of waiters.filter((w) => w.test())) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const until = (test: () => boolean) => new Promise<void>((resolve) => (test() ? resolve() : waiters.push({ test, resolve })));
  const of = (jobId: string) => events.filter((e) => e.jobId === jobId);
  return {
    events,
    of,
    ended: (jobId: string) => until(() => of(jobId).some(isTerminal)),
    firstDelta: (jobId: string) => until(() => of(jobId).some((e) => e.type === 'delta' || isTerminal(e))),
  };
}

function expectWellFormed(events: SummaryEvent[]) {
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
  expect(events.filter(isTerminal)).toHaveLength(1);
  expect(isTerminal(events.at(-1)!)).toBe(true);
}

describe.each(transports)('IPC contract over $name (real pipeline, tiny real model)', (transport) => {
  it('start → ordered events → done, after inspect extracted the document once', async () => {
    const client = await transport.connect();
    const rec = record(client);
    const facts = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: 'msa.txt', data: DATA } });
    if (!facts.ok) throw new Error(facts.error.message);
    expect(facts.value).toMatchObject({ fileName: 'msa.txt', kind: 'text', pageCount: 1 });
    expect(facts.value.tokenEstimate).toBeGreaterThan(100);
    const start = await client.invoke('summary.start', { jobId: `${transport.slug}-1`, file: { kind: 'document', documentId: facts.value.documentId }, options: FAST });
    expect(start).toEqual({ ok: true, value: { jobId: `${transport.slug}-1` } });
    await rec.ended(`${transport.slug}-1`);
    const events = rec.of(`${transport.slug}-1`);
    expectWellFormed(events);
    expect(events[0]?.type).toBe('started');
    expect(events.some((e) => e.type === 'delta')).toBe(true);
    const done = events.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type === 'done') {
      expect(done.summary.providerKind).toBe('local');
      expect(done.summary.document.sha256).toBe(facts.value.sha256);
    }
    const status = await client.invoke('model.status', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'ready' } });
    await client.close();
  });

  it('cancel mid-stream → cancelled', async () => {
    const client = await transport.connect();
    const rec = record(client);
    expect(
      await client.invoke('summary.start', { jobId: `${transport.slug}-c`, file: { kind: 'bytes', name: 'msa.txt', data: LONG }, options: { length: 'detailed' } }),
    ).toMatchObject({ ok: true });
    await rec.firstDelta(`${transport.slug}-c`);
    expect(await client.invoke('summary.cancel', { jobId: `${transport.slug}-c` })).toEqual({ ok: true, value: { cancelled: true } });
    await rec.ended(`${transport.slug}-c`);
    expectWellFormed(rec.of(`${transport.slug}-c`));
    expect(rec.of(`${transport.slug}-c`).at(-1)?.type).toBe('cancelled');
    await client.close();
  });

  it('disconnect → the job is cancelled; two clients never see each other’s events', async () => {
    const a = await transport.connect();
    const b = await transport.connect();
    const ra = record(a);
    const rb = record(b);
    await a.invoke('summary.start', { jobId: 'same', file: { kind: 'bytes', name: 'a.txt', data: LONG }, options: { length: 'detailed' } });
    await b.invoke('summary.start', { jobId: 'same', file: { kind: 'bytes', name: 'b.txt', data: DATA }, options: FAST });
    await ra.firstDelta('same');
    await a.close();
    await expect.poll(() => service.activeJobs(), { timeout: 20_000 }).toBeLessThanOrEqual(1);
    await rb.ended('same');
    // b's job ran to the end on its own; its stream is whole and numbered, with none of a's events in it.
    expectWellFormed(rb.events);
    expect(rb.events.at(-1)?.type).toBe('done');
    const doneB = rb.events.at(-1);
    if (doneB?.type === 'done') expect(doneB.summary.document.fileName).toBe('b.txt');
    expect(ra.events.some(isTerminal)).toBe(false);
    await expect.poll(() => service.activeJobs()).toBe(0);
    await b.close();
  });
});
