import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import type { SummaryLength, SummaryResult } from '../../../shared/summary';
import { createModelHost } from '../../../electron/core/service/createModelHost';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { createSummaryEngine } from '../../../electron/core/service/createSummaryEngine';
import { connectInMemory } from '../../../electron/core/service/inMemoryClient';
import type { SummaryWriter } from '../../../electron/core/service/serviceDeps';
import { createFileKeyProvider, createHistoryStore } from '../../../electron/core/storage/historyStore';
import { tinyModelPath } from '../../helpers/tinyGguf';
import { scriptedDeps, textDocument } from './scriptedDeps';

const LEASE = 'HARBOUR SHED LEASE\n\n1. Term. The lease runs for five years.\n\n2. Rent. Rent is due on the first day of each month.\n';
const OTHER = `${LEASE}\n3. Repairs. The tenant keeps the shed in repair.\n`;
const sha = (text: string) => textDocument(Buffer.from(text), 'x.txt').sha256;

/** A saved summary; `length` null: one saved before lengths were recorded. */
function summaryOf(text: string, provider: string, model: string, createdAt: string, length: SummaryLength | null = 'standard'): SummaryResult {
  return {
    markdown: 'summary',
    points: [],
    provider,
    providerKind: provider === 'extractive' ? 'extractive' : provider === 'openai' ? 'cloud' : 'local',
    model,
    ...(length ? { length } : {}),
    document: { sha256: sha(text), kind: 'text', pageCount: 1, fileName: 'harbour-shed-lease.txt' },
    warnings: [],
    createdAt,
  };
}

let service: PrecisService | undefined;
afterEach(() => service?.shutdown());

/** A service whose engine says `writer` would summarize now, and whose history holds `saved`. */
async function inspectWith(writer: SummaryWriter | undefined, saved: SummaryResult[], text = LEASE) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'precis-earlier-'));
  const deps = scriptedDeps(home);
  for (const s of saved) await deps.history!.save(s);
  service = createPrecisService({ ...deps, engine: { ...deps.engine, writer: async () => writer } });
  const r = await connectInMemory(service, 'a').invoke('documents.inspect', { file: { kind: 'bytes', name: 'lease.txt', data: Buffer.from(text).toString('base64') } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.summarizedBefore;
}

const TIDEWATER: SummaryWriter = { provider: 'local', model: 'Tidewater 3B', length: 'standard' };

describe('documents.inspect names a summary of the same bytes by the provider and model that would write it now', () => {
  it('the newest such version, with what the window shows of it', async () => {
    const before = await inspectWith(TIDEWATER, [
      summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-01T09:00:00.000Z'),
      summaryOf(LEASE, 'extractive', 'extractive v1', '2026-11-20T09:00:00.000Z'),
      summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-10T09:00:00.000Z'),
    ]);
    expect(before).toMatchObject({ provider: 'local', model: 'Tidewater 3B', length: 'standard', createdAt: '2026-11-10T09:00:00.000Z', fileName: 'harbour-shed-lease.txt' });
    expect(before!.entryId).toMatch(/\S/);
  });

  it('none by another provider or model, for other bytes, or when the writer cannot be told yet', async () => {
    const saved = [summaryOf(LEASE, 'extractive', 'extractive v1', '2026-11-20T09:00:00.000Z'), summaryOf(LEASE, 'local', 'Tidewater 7B', '2026-11-21T09:00:00.000Z')];
    expect(await inspectWith(TIDEWATER, saved)).toBeUndefined();
    expect(await inspectWith({ provider: 'openai', model: 'Tidewater 3B', length: 'standard' }, [summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-21T09:00:00.000Z')])).toBeUndefined();
    expect(await inspectWith(TIDEWATER, [summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-21T09:00:00.000Z')], OTHER)).toBeUndefined();
    expect(await inspectWith(undefined, [summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-21T09:00:00.000Z')])).toBeUndefined();
    // And the extractive summary is found when the extractive engine would write it.
    expect(await inspectWith({ provider: 'extractive', model: 'extractive v1' }, saved)).toMatchObject({ provider: 'extractive' });
  });

  it('only at the Summary length the model would write to now: a Brief summary is not offered for Detailed, the Detailed one is', async () => {
    const brief = summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-12T09:00:00.000Z', 'brief');
    const detailed = summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-05T09:00:00.000Z', 'detailed');
    expect(await inspectWith({ ...TIDEWATER, length: 'detailed' }, [brief])).toBeUndefined();
    expect(await inspectWith({ ...TIDEWATER, length: 'detailed' }, [brief, detailed])).toMatchObject({ length: 'detailed', createdAt: '2026-11-05T09:00:00.000Z' });
    expect(await inspectWith({ ...TIDEWATER, length: 'brief' }, [brief, detailed])).toMatchObject({ length: 'brief', createdAt: '2026-11-12T09:00:00.000Z' });
    // The same for a cloud model.
    const cloud = summaryOf(LEASE, 'openai', 'tidewater-large', '2026-11-12T09:00:00.000Z', 'brief');
    expect(await inspectWith({ provider: 'openai', model: 'tidewater-large', length: 'standard' }, [cloud])).toBeUndefined();
    expect(await inspectWith({ provider: 'openai', model: 'tidewater-large', length: 'brief' }, [cloud])).toMatchObject({ provider: 'openai', length: 'brief' });
  });

  it('a cloud summary only from the same server: the same model name on another server, or one saved before servers were recorded, is not offered', async () => {
    const HARBOUR = 'https://llm.harbour.example';
    const at = (server: string | null): SummaryResult => ({ ...summaryOf(LEASE, 'openai', 'tidewater-large', '2026-11-12T09:00:00.000Z'), ...(server ? { server } : {}) });
    const writer: SummaryWriter = { provider: 'openai', model: 'tidewater-large', length: 'standard', server: HARBOUR };
    expect(await inspectWith(writer, [at(HARBOUR)])).toMatchObject({ provider: 'openai', model: 'tidewater-large', server: HARBOUR });
    expect(await inspectWith(writer, [at('https://llm.quayside.example')])).toBeUndefined();
    expect(await inspectWith(writer, [at('http://127.0.0.1:8080')])).toBeUndefined();
    expect(await inspectWith(writer, [at(null)])).toBeUndefined();
    // The newest from this server is offered over a newer one from another.
    const other = { ...at('https://llm.quayside.example'), createdAt: '2026-11-20T09:00:00.000Z' };
    expect(await inspectWith(writer, [at(HARBOUR), other])).toMatchObject({ createdAt: '2026-11-12T09:00:00.000Z' });
  });

  it('a model\'s summary saved before lengths were recorded is not offered at any length: the window always passed its own length', async () => {
    const unrecorded = summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-12T09:00:00.000Z', null);
    for (const length of ['brief', 'standard', 'detailed'] as const) expect(await inspectWith({ ...TIDEWATER, length }, [unrecorded])).toBeUndefined();
  });

  it('the extractive engine\'s summary at any length, or none recorded: its summary is the same at every length', async () => {
    const extractive: SummaryWriter = { provider: 'extractive', model: 'extractive v1' };
    const brief = await inspectWith(extractive, [summaryOf(LEASE, 'extractive', 'extractive v1', '2026-11-12T09:00:00.000Z', 'brief')]);
    expect(brief).toMatchObject({ provider: 'extractive', createdAt: '2026-11-12T09:00:00.000Z' });
    expect(brief).not.toHaveProperty('length');
    expect(await inspectWith(extractive, [summaryOf(LEASE, 'extractive', 'extractive v1', '2026-11-13T09:00:00.000Z', null)])).toMatchObject({ createdAt: '2026-11-13T09:00:00.000Z' });
  });
});

describe('documents.inspect sees the history as it is now', () => {
  it('a summary saved or deleted, by this process or another on the same data folder, at the next read', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-earlier-'));
    const deps = scriptedDeps(home);
    service = createPrecisService({ ...deps, engine: { ...deps.engine, writer: async () => TIDEWATER } });
    const client = connectInMemory(service, 'a');
    const inspect = async () => {
      const r = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: 'lease.txt', data: Buffer.from(LEASE).toString('base64') } });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.summarizedBefore;
    };
    expect(await inspect()).toBeUndefined();
    const saved = await deps.history!.save(summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-10T09:00:00.000Z'));
    expect(await inspect()).toMatchObject({ entryId: saved.id });
    const deleted = await client.invoke('history.delete', { id: saved.id });
    expect(deleted).toEqual({ ok: true, value: { deleted: true } });
    expect(await inspect()).toBeUndefined();

    // Another Precis process on the same data folder.
    const other = createHistoryStore(home, createFileKeyProvider(home));
    const theirs = await other.save(summaryOf(LEASE, 'local', 'Tidewater 3B', '2026-11-11T09:00:00.000Z'));
    expect(await inspect()).toMatchObject({ entryId: theirs.id });
    await other.delete(theirs.id);
    expect(await inspect()).toBeUndefined();
  });
});

describe('the engine says who would write a summary now, without loading a model', () => {
  const local = (modelId: string): Settings => ({ ...DEFAULT_SETTINGS, local: { modelId } });
  const cloud: Settings = { ...DEFAULT_SETTINGS, mode: 'cloud', cloud: { ...DEFAULT_SETTINGS.cloud, model: 'tidewater-large' } };

  it('the extractive engine (forced, or no model chosen), the cloud model, and nothing for a forced local engine without a model', async () => {
    const models = createModelHost({ home: mkdtempSync(path.join(os.tmpdir(), 'precis-writer-')) });
    const extractive = { provider: 'extractive', model: 'extractive v1' };
    expect(await createSummaryEngine({ models }).writer!(local(''))).toEqual(extractive);
    expect(await createSummaryEngine({ models, provider: 'extractive' }).writer!(cloud)).toEqual(extractive);
    const origin = new URL(DEFAULT_SETTINGS.cloud.baseUrl).origin;
    expect(await createSummaryEngine({ models }).writer!(cloud)).toEqual({ provider: 'openai', model: 'tidewater-large', length: 'standard', server: origin });
    expect(await createSummaryEngine({ models }).writer!({ ...cloud, summaryLength: 'detailed' })).toEqual({ provider: 'openai', model: 'tidewater-large', length: 'detailed', server: origin });
    // The server is its origin only: another path on it is the same server, another host or port is not.
    const at = (baseUrl: string) => createSummaryEngine({ models }).writer!({ ...cloud, cloud: { ...cloud.cloud, baseUrl } });
    expect(await at('https://llm.tidewater.example/openai/v1')).toMatchObject({ server: 'https://llm.tidewater.example' });
    expect(await at('http://127.0.0.1:8080/v1')).toMatchObject({ server: 'http://127.0.0.1:8080' });
    // The extractive engine writes the same summary at every length: it names none.
    expect(await createSummaryEngine({ models }).writer!({ ...local(''), summaryLength: 'brief' })).toEqual(extractive);
    expect(await createSummaryEngine({ models, provider: 'local' }).writer!(local(''))).toBeUndefined();
    // A chosen model whose file cannot be read: its name is not known, so nothing is reused.
    expect(await createSummaryEngine({ models }).writer!(local('gone.gguf'))).toBeUndefined();
    expect(models.status()).toEqual({ state: 'none' });
  });

  it('a chosen local model by the name its loaded provider gives summaries, read from its header before it is loaded', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-writer-'));
    mkdirSync(path.join(home, 'models'));
    copyFileSync(await tinyModelPath(), path.join(home, 'models', 'tiny.gguf'));
    const models = createModelHost({ home, threads: 1 });
    const engine = createSummaryEngine({ models });
    const unloaded = await engine.writer!(local('tiny.gguf'));
    expect(models.status()).toEqual({ state: 'none' });
    const provider = await models.provider(local('tiny.gguf'));
    try {
      expect(unloaded).toEqual({ provider: 'local', model: provider!.modelName, length: 'standard' });
      expect(await engine.writer!(local('tiny.gguf'))).toEqual(unloaded);
      expect(await engine.writer!({ ...local('tiny.gguf'), summaryLength: 'brief' })).toEqual({ ...unloaded, length: 'brief' });
    } finally {
      await models.dispose();
    }
  });
});
