/**
 * The service over the real deps (createCoreDeps): what the user sees when the history cannot be
 * written (SECURITY R3), and the model status when `serve --model` names the model.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelStatus } from '../../../shared/ipc/contract';
import type { SummaryEvent } from '../../../shared/summary';
import { JOURNAL_DIR } from '../../../electron/core/storage/jobJournal';
import { createCoreDeps } from '../../../electron/core/service/createCoreDeps';
import { borrowTesseractPool } from '../../../electron/core/documents/ocr/keptTesseractPools';
import { hasKeptPageRenderer, keepPageRenderer } from '../../../electron/core/documents/ocr/keptPageRenderer';
import { PageRenderer } from '../../../electron/core/documents/ocr/pageRenderer';
import { pdfkitBytes } from '../../fixtures/pdfkitBytes';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { connectInMemory } from '../../../electron/core/service/inMemoryClient';
import { tinyModelPath } from '../../helpers/tinyGguf';

const CONTRACT = Buffer.from(
  'SERVICES AGREEMENT\n\n1. Term. This agreement lasts two years from the Effective Date.\n\n2. Payment. The Customer shall pay each invoice within thirty days.\n',
).toString('base64');

let service: PrecisService | undefined;
afterEach(async () => {
  await service?.shutdown();
  service = undefined;
});
const tempHome = () => mkdtempSync(path.join(os.tmpdir(), 'precis-coredeps-'));
const journalFiles = (home: string) => (existsSync(path.join(home, JOURNAL_DIR)) ? readdirSync(path.join(home, JOURNAL_DIR)).filter((n) => n.endsWith('.jsonl')) : []);

async function summarize(s: PrecisService, jobId: string) {
  const client = connectInMemory(s);
  const events: SummaryEvent[] = [];
  const ended = new Promise<void>((resolve) =>
    client.on('summary.event', (e) => {
      events.push(e);
      if (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled') resolve();
    }),
  );
  expect(await client.invoke('summary.start', { jobId, file: { kind: 'bytes', name: 'msa.txt', data: CONTRACT }, options: {} })).toMatchObject({ ok: true });
  await ended;
  return { client, events };
}

describe('SECURITY R3: a summary the history cannot keep still arrives, with a warning saying so', () => {
  it('history folder not writable → done, plus HISTORY_NOT_SAVED naming the reason', async () => {
    const home = tempHome();
    // A file where the history folder should be: no entry can be written (works as root too).
    writeFileSync(path.join(home, 'history'), 'not a folder');
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive', onWarning: () => undefined }));
    const { events } = await summarize(service, 'j1');
    const done = events.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.summary.markdown.length).toBeGreaterThan(20);
    const warning = done.summary.warnings.find((w) => w.code === 'HISTORY_NOT_SAVED');
    expect(warning?.message).toMatch(/not saved to the history/);
    expect(warning?.message).toMatch(/STORAGE_FAILED/);
    // Nothing is lost: the job's journal is kept, so summarizing again does not read the document again.
    await expect.poll(() => service!.activeJobs()).toBe(0);
    expect(journalFiles(home)).toHaveLength(1);
  });

  it('a writable history gets the entry and no such warning', async () => {
    const home = tempHome();
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive' }));
    const { events, client } = await summarize(service, 'j2');
    const done = events.at(-1);
    expect(done?.type === 'done' && done.summary.warnings.some((w) => w.code === 'HISTORY_NOT_SAVED')).toBe(false);
    const list = await client.invoke('history.list', {});
    expect(list.ok && list.value.map((e) => e.fileName)).toEqual(['msa.txt']);
    await expect.poll(() => service!.activeJobs()).toBe(0);
    expect(journalFiles(home)).toEqual([]);
  });
});

describe('model status with serve --model', () => {
  it('reports loading, then ready with name and context size, before any job, in answers and pushed events', async () => {
    const home = tempHome();
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', modelPath: await tinyModelPath(), threads: 1 }));
    const client = connectInMemory(service);
    const pushed: ModelStatus[] = [];
    client.on('model.status', (s) => pushed.push(s));
    await expect
      .poll(async () => {
        const r = await client.invoke('model.status', {});
        return r.ok ? r.value.state : r.error.code;
      }, { timeout: 20_000 })
      .toBe('ready');
    const r = await client.invoke('model.status', {});
    expect(r.ok && r.value).toMatchObject({ state: 'ready', modelId: path.basename(await tinyModelPath()) });
    expect(r.ok && r.value.contextSize).toBeGreaterThan(0);
    expect(r.ok && r.value.modelName).toBeTruthy();
    expect(pushed.map((s) => s.state)).toContain('loading');
    expect(pushed.at(-1)).toMatchObject({ state: 'ready' });
  });

  it('a model file that does not load reports error with the reason', async () => {
    const home = tempHome();
    const bad = path.join(home, 'broken.gguf');
    writeFileSync(bad, Buffer.alloc(4096, 7));
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', modelPath: bad, threads: 1 }));
    const client = connectInMemory(service);
    await expect
      .poll(async () => {
        const r = await client.invoke('model.status', {});
        return r.ok ? r.value.state : r.error.code;
      }, { timeout: 20_000 })
      .toBe('error');
    const r = await client.invoke('model.status', {});
    expect(r.ok && r.value.error?.code).toBeTruthy();
    expect(r.ok && r.value.modelId).toBe('broken.gguf');
  });
});

describe('reopened history entries open their source', () => {
  it('history.get opens the stored document for that client; its citations resolve to real blocks', async () => {
    const home = tempHome();
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive' }));
    const { events } = await summarize(service, 'j3');
    const done = events.at(-1);
    if (done?.type !== 'done') throw new Error('the summary did not finish');

    // A later session's window (a new client): nothing is open for it until it reopens the entry.
    const later = connectInMemory(service);
    const list = await later.invoke('history.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const reopened = await later.invoke('history.get', { id: list.value[0]!.id });
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.value.summary).toEqual(done.summary);
    expect('source' in reopened.value.summary).toBe(false);
    const documentId = reopened.value.documentId;
    expect(documentId).toMatch(/^doc-/);
    const doc = await later.invoke('documents.get', { documentId: documentId! });
    if (!doc.ok) throw new Error(doc.error.message);
    const cited = reopened.value.summary.points.flatMap((p) => p.citations);
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(doc.value.blocks.find((b) => b.id === c.blockId)?.page).toBe(c.page);
    expect(doc.value.pages.map((p) => p.number)).toEqual([1]);

    // The document is this client's only.
    const other = connectInMemory(service);
    expect(await other.invoke('documents.get', { documentId: documentId! })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
  });
});

describe('documents opened from the history', () => {
  it('never push out a document the user added', async () => {
    const home = tempHome();
    service = createPrecisService({ ...createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive' }), maxOpenDocuments: 3 });
    const client = connectInMemory(service);
    const added = async (n: number) => {
      const r = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: `d${n}.txt`, data: Buffer.from(`AGREEMENT ${n}\n\n1. Term. This lasts ${n} years.\n`).toString('base64') } });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.documentId;
    };
    await summarize(service, 'h');
    const list = await client.invoke('history.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const first = await added(1);
    const second = await added(2);
    const reopened = await client.invoke('history.get', { id: list.value[0]!.id });
    if (!reopened.ok) throw new Error(reopened.error.message);
    // Room for three (the first job's document was the oldest, so it made room): all open now.
    for (const id of [first, second, reopened.value.documentId!]) expect(await client.invoke('documents.get', { documentId: id })).toMatchObject({ ok: true });
    const third = await added(3);
    expect(await client.invoke('documents.get', { documentId: reopened.value.documentId! })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    for (const id of [first, second, third]) expect(await client.invoke('documents.get', { documentId: id })).toMatchObject({ ok: true });
  });
});

describe('summarizing the same document again', () => {
  it('adds a version to its history entry; every version opens; deleting the entry deletes them all', async () => {
    const home = tempHome();
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive' }));
    const first = await summarize(service, 'j-v1');
    const second = await summarize(service, 'j-v2');
    const done = [first, second].map(({ events }) => events.at(-1));
    if (done[0]?.type !== 'done' || done[1]?.type !== 'done') throw new Error('the summaries did not finish');

    const client = connectInMemory(service);
    const list = await client.invoke('history.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value).toHaveLength(1);
    const [entry] = list.value;
    expect(entry!.fileName).toBe('msa.txt');
    expect(entry!.versions).toHaveLength(2);
    // Newest first, and the entry is its newest version.
    expect(entry!.versions![0]!.createdAt >= entry!.versions![1]!.createdAt).toBe(true);
    expect(entry!.id).toBe(entry!.versions![0]!.id);
    for (const v of entry!.versions!) {
      const got = await client.invoke('history.get', { id: v.id });
      expect(got.ok && got.value.createdAt).toBe(v.createdAt);
      expect(got.ok && got.value.summary.provider).toBe('extractive');
    }
    expect(await client.invoke('history.delete', { id: entry!.id })).toEqual({ ok: true, value: { deleted: true } });
    expect(await client.invoke('history.list', {})).toEqual({ ok: true, value: [] });
    for (const v of entry!.versions!) expect(await client.invoke('history.get', { id: v.id })).toMatchObject({ ok: false });
    expect(readdirSync(path.join(home, 'history')).filter((n) => n.endsWith('.meta') || n.endsWith('.data'))).toEqual([]);
  });
});

describe('disposing the real deps', () => {
  it('stops the OCR engines kept between documents instead of leaving them for the idle timer', async () => {
    const lease = borrowTesseractPool({ language: 'eng', size: 1 });
    lease.release();
    expect(lease.pool.isClosed).toBe(false);
    await createCoreDeps({ home: tempHome(), transport: 'bridge', version: 'test', provider: 'extractive' }).dispose?.();
    expect(lease.pool.isClosed).toBe(true);
  });

  it('stops the OCR render thread kept between documents', { timeout: 60_000 }, async () => {
    const renderer = await PageRenderer.open(await pdfkitBytes((doc) => doc.addPage().text('Kept.')), undefined, 60_000);
    keepPageRenderer(renderer);
    expect(hasKeptPageRenderer()).toBe(true);
    await createCoreDeps({ home: tempHome(), transport: 'bridge', version: 'test', provider: 'extractive' }).dispose?.();
    expect(hasKeptPageRenderer()).toBe(false);
    expect(renderer.alive).toBe(false);
  });
});

describe('a settings file mended on load reaches the window, not only the log', () => {
  const SAVED = { mode: 'cloud', local: {}, cloud: { baseUrl: 'https://llm.quillfeather.example/v1?key=sk-INVENTED-7', model: 'quill-7b' } };

  it('bridge: the notice read at start waits for notices.list, says why cloud mode is off, and goes when dismissed', async () => {
    const home = tempHome();
    writeFileSync(path.join(home, 'settings.json'), JSON.stringify(SAVED));
    const logged: string[] = [];
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive', onWarning: (m) => logged.push(m) }));
    const client = connectInMemory(service);
    const settings = await client.invoke('settings.get', {});
    expect(settings.ok && settings.value).toMatchObject({ mode: 'local', cloud: { baseUrl: 'https://llm.quillfeather.example/v1' } });
    const listed = await client.invoke('notices.list', {});
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.value).toHaveLength(1);
    const [notice] = listed.value;
    expect(notice).toMatchObject({ code: 'CLOUD_ADDRESS_CHANGED', message: expect.stringMatching(/cloud mode is off until you check the address in Settings/) });
    // Neither the key in the refused address's query nor where the file lives reaches the window.
    expect(notice!.message).not.toMatch(/sk-INVENTED|key=|settings\.json/);
    expect(notice!.message).not.toContain(home);
    // The log still has it.
    expect(logged).toEqual([notice!.message]);
    // The file was mended at once.
    expect(readFileSync(path.join(home, 'settings.json'), 'utf8')).not.toContain('sk-INVENTED');
    const pushed: unknown[] = [];
    client.on('notices.list', (list) => pushed.push(list));
    expect(await client.invoke('notices.dismiss', { id: notice!.id })).toEqual({ ok: true, value: { dismissed: true } });
    expect(await client.invoke('notices.list', {})).toEqual({ ok: true, value: [] });
    await expect.poll(() => pushed).toEqual([[]]);
    expect(await client.invoke('notices.dismiss', { id: notice!.id })).toEqual({ ok: true, value: { dismissed: false } });
    // A dismissal request is validated like every other.
    expect(await client.invoke('notices.dismiss', { id: '../x y' } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('desktop: a notice raised after the window connected is pushed to it', async () => {
    const home = tempHome();
    writeFileSync(path.join(home, 'settings.json'), JSON.stringify(SAVED));
    // Electron's secret store does not read the settings at start: the window's first read mends the file.
    const secrets = { status: async () => ({ set: false, persisted: true }), setApiKey: async () => ({ set: true, persisted: true }), clearApiKey: async () => ({ set: false, persisted: true }), getApiKey: async () => undefined };
    service = createPrecisService(createCoreDeps({ home, transport: 'electron', version: 'test', provider: 'extractive', secrets, onWarning: () => undefined }));
    const client = connectInMemory(service);
    const pushed: { code: string }[][] = [];
    client.on('notices.list', (list) => pushed.push(list));
    expect(await client.invoke('notices.list', {})).toEqual({ ok: true, value: [] });
    await client.invoke('settings.get', {});
    await expect.poll(() => pushed.at(-1)?.map((n) => n.code)).toEqual(['CLOUD_ADDRESS_CHANGED']);
  });
});

describe('progress that cannot be saved for resuming', () => {
  it('does not stop the summary, and the window is told what a stop would cost and why', async () => {
    const home = tempHome();
    // A file where the journal folder should be: no journal can be opened, whoever runs the tests.
    writeFileSync(path.join(home, JOURNAL_DIR), 'in the way');
    const logged: string[] = [];
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive', onWarning: (m) => logged.push(m) }));
    const { client, events } = await summarize(service, 'no-journal');
    expect(events.at(-1)?.type).toBe('done');
    const listed = await client.invoke('notices.list', {});
    expect(listed.ok && listed.value).toEqual([
      { id: expect.any(String), code: 'RESUME_NOT_SAVED', message: expect.stringMatching(/^Progress of this summary is not being saved for resuming: Could not \w+ the job journal \(ENOTDIR\)\. .*check the data folder/) },
    ]);
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(home);
  });
});

describe('summaries the history cannot read', () => {
  it('are hidden from the list, and the window is told how many and what to do', async () => {
    const home = tempHome();
    mkdirSync(path.join(home, 'history'));
    writeFileSync(path.join(home, 'history', '0b5e6a0e-4c1d-4f7a-9a53-2f1f3d9c8e71.meta'), 'not a sealed entry');
    service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive', onWarning: () => undefined }));
    const client = connectInMemory(service);
    expect(await client.invoke('history.list', {})).toEqual({ ok: true, value: [] });
    const listed = await client.invoke('notices.list', {});
    expect(listed.ok && listed.value).toEqual([
      { id: expect.any(String), code: 'HISTORY_HIDDEN', message: expect.stringMatching(/^1 saved summary could not be read .* is hidden\. .*summarize those documents again/) },
    ]);
    expect(JSON.stringify(listed)).not.toContain(home);
  });
});
