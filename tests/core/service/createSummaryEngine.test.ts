/**
 * Resume through the engine: a job cancelled mid-map resumes from its journal on the next run of the
 * same document, with the real pipeline, the real journal, and both a scripted model and the tiny
 * real GGUF model (the extractive strategy resumes the same way: tests/core/jobs/journalAsMapCache).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import type { Settings } from '../../../shared/settings';
import type { SummaryEvent, SummaryResult } from '../../../shared/summary';
import { createFileKeyProvider } from '../../../electron/core/storage/historyStore';
import { createJobJournals, JOURNAL_DIR } from '../../../electron/core/storage/jobJournal';
import { PrecisFailure } from '../../../electron/core/errors';
import { collectSummary } from '../../../electron/core/jobs/jobEvents';
import { scriptedProvider } from '../pipeline/scriptedProvider';
import type { LlmProvider } from '../../../electron/core/llm/provider';
import type { LocalProvider } from '../../../electron/core/llm/localProvider';
import { createModelHost, type LocalModelHost } from '../../../electron/core/service/createModelHost';
import { createSummaryEngine } from '../../../electron/core/service/createSummaryEngine';
import { createSettingsStore } from '../../../electron/core/storage/settingsStore';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { createCloudRunner } from '../../../electron/core/service/cloudRunner';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { defaultChatHandler, startOpenAiServer } from '../../helpers/openaiServer';
import { textDocument } from './scriptedDeps';
import { tinyModelPath } from '../../helpers/tinyGguf';

const clause = (i: number) =>
  `${i + 1}. Clause ${i + 1}. The Supplier shall deliver the Services described in Schedule ${i + 1} within thirty days of each Order, ` +
  `and the Customer shall pay every undisputed invoice within forty-five days of receipt.`;
const DOCUMENT: ExtractedDocument = textDocument(
  Buffer.from(`MASTER SERVICES AGREEMENT\n\n${Array.from({ length: 14 }, (_, i) => clause(i)).join('\n\n')}\n`),
  'msa.txt',
);

/**
 * The provider under test, counted: map generations per run, and a gate that holds map chunk
 * `holdAt` until the job is cancelled (so "cancelled after exactly N chunks" is deterministic).
 * A smaller context than the provider's own makes the document several chunks long.
 */
function instrument(inner: LlmProvider, contextSize: number) {
  const state = { maps: 0, holdAt: Number.POSITIVE_INFINITY, reachedHold: () => undefined as void };
  const provider: LlmProvider = {
    id: inner.id,
    kind: inner.kind,
    modelName: inner.modelName,
    contextSize,
    maxParallel: 1,
    countTokens: (t) => inner.countTokens(t),
    dispose: async () => undefined,
    [Symbol.asyncDispose]: async () => undefined,
    async *stream(messages, options) {
      // A map step is the one asked for "Part N of M of the contract".
      const part = messages.some((m) => m.content.includes('summarising one part')) ? /^Part (\d+) of/m.exec(messages.find((m) => m.role === 'user')?.content ?? '') : null;
      if (part) {
        if (Number(part[1]) - 1 >= state.holdAt) {
          state.reachedHold();
          await new Promise<void>((resolve) => {
            if (options.signal?.aborted) resolve();
            else options.signal?.addEventListener('abort', () => resolve(), { once: true });
          });
          throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
        }
        state.maps += 1;
      }
      yield* inner.stream(messages, options);
    },
  };
  return { provider, state };
}

/** A model host that hands out the instrumented provider (the real host underneath, when there is one). */
function hostFor(provider: LlmProvider, real?: LocalModelHost): LocalModelHost {
  return {
    status: () => ({ state: 'ready' }),
    load: async () => ({ state: 'ready' }),
    list: async () => [],
    dispose: async () => undefined,
    watch: () => () => undefined,
    provider: async () => provider as LocalProvider,
    loaded: () => provider as LocalProvider,
    loadedFileSha256: async () => real?.loadedFileSha256(),
    nextModel: async () => ({ name: provider.modelName }),
  };
}

async function runJob(engine: ReturnType<typeof createSummaryEngine>, settings: Settings, jobId: string, controller = new AbortController()) {
  const { events } = await collectSummary(jobId, (signal) => engine.summarize({ jobId, document: DOCUMENT, options: { length: 'brief', maxTokens: 24 }, settings, signal }), {
    signal: controller.signal,
  });
  return events;
}
const done = (events: SummaryEvent[]): SummaryResult => {
  const last = events.at(-1);
  if (last?.type !== 'done') throw new Error(`expected done, got ${last?.type}: ${JSON.stringify(last)}`);
  const { createdAt: _createdAt, ...rest } = last.summary;
  return { ...rest, createdAt: '' };
};

const disposers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of disposers) await d();
});

async function resumeScenario(inner: LlmProvider, contextSize: number, real?: LocalModelHost) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'precis-resume-'));
  const settings = await createSettingsStore(home).get();
  const journals = createJobJournals(home, createFileKeyProvider(home), { onWarning: () => undefined });
  const { provider, state } = instrument(inner, contextSize);
  const engine = createSummaryEngine({ models: hostFor(provider, real), provider: 'local', journals, onWarning: (m) => expect.fail(m) });
  const journalFiles = () => readdirSync(path.join(home, JOURNAL_DIR)).filter((n) => n.endsWith('.jsonl'));

  // Uninterrupted reference run: its journal is destroyed once it is done.
  const reference = await runJob(engine, settings, 'ref');
  const started = reference.find((e) => e.type === 'started');
  const chunkCount = started?.type === 'started' ? started.chunkCount : 0;
  expect(chunkCount).toBeGreaterThanOrEqual(3);
  expect(state.maps).toBe(chunkCount);
  // The window's estimate of the passes is the job's own chunk count.
  expect((await engine.estimate(DOCUMENT, settings)).chunkEstimate).toBe(chunkCount);
  expect(journalFiles()).toEqual([]);

  // Cancelled while chunk 2 is being read: chunks 0 and 1 are committed, the journal is kept.
  state.maps = 0;
  state.holdAt = 2;
  const controller = new AbortController();
  state.reachedHold = () => controller.abort();
  const cancelled = await runJob(engine, settings, 'first', controller);
  expect(cancelled.at(-1)?.type).toBe('cancelled');
  expect(state.maps).toBe(2);
  expect(journalFiles()).toHaveLength(1);

  // The same document again: only the chunks not yet finished are read, and the result is the same.
  state.maps = 0;
  state.holdAt = Number.POSITIVE_INFINITY;
  const resumed = await runJob(engine, settings, 'again');
  expect(state.maps).toBe(chunkCount - 2);
  // The finished chunks come back from the journal exactly as the cancelled run parsed them.
  const finished = (events: SummaryEvent[]) =>
    events.filter((e) => e.type === 'chunkDone' && e.chunkIndex < 2).map((e) => (e.type === 'chunkDone' ? [e.chunkIndex, e.points] : []));
  expect(finished(resumed)).toEqual(finished(cancelled));
  expect(resumed.at(-1)?.type).toBe('done');
  expect(done(resumed)).toEqual(done(reference));
  expect(journalFiles()).toEqual([]);
}

describe('a cancelled job resumes from its finished chunks', () => {
  it('scripted model', async () => {
    // One word is one token to the scripted model: a small context makes the document several chunks.
    await resumeScenario(scriptedProvider(), 400);
  });

  it('tiny real model (threads 1)', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-resume-model-'));
    const real = createModelHost({ home, modelPath: await tinyModelPath(), threads: 1, parallel: 1, contextSize: 2048 });
    disposers.push(() => real.dispose());
    const local = await real.provider(await createSettingsStore(home).get());
    if (!local) throw new Error('the tiny model did not load');
    expect(await real.loadedFileSha256()).toMatch(/^[0-9a-f]{64}$/);
    await resumeScenario(local, 1024, real);
    // A real model on a shared 2-core machine: generous, it asserts behaviour, not speed.
  }, 180_000);
});

describe('in cloud mode, the resumed job does not send the finished chunks again', () => {
  it('cancelled after the map answer → the next run sends everything but the map request', async () => {
    const server = await startOpenAiServer();
    disposers.push(() => server.close());
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-resume-cloud-'));
    const settings: Settings = { ...DEFAULT_SETTINGS, mode: 'cloud', cloud: { baseUrl: server.baseUrl, model: 'test-model', redact: true } };
    const journals = createJobJournals(home, createFileKeyProvider(home), { onWarning: () => undefined });
    const noModel = createModelHost({ home });
    const engine = createSummaryEngine({ models: noModel, journals, cloud: createCloudRunner({ getApiKey: async () => 'sk-test' }), onWarning: (m) => expect.fail(m) });
    const consentHash = prepareForCloud(DOCUMENT, { redact: true }).sha256;
    const job = async (jobId: string, controller = new AbortController()) => {
      const { events } = await collectSummary(jobId, (signal) => engine.summarize({ jobId, document: DOCUMENT, options: { length: 'brief' }, settings, consentHash, signal }), {
        signal: controller.signal,
      });
      return events;
    };

    const reference = await job('ref');
    // The summary names the server that wrote it (its origin: no path, no key).
    expect(done(reference).server).toBe(new URL(server.baseUrl).origin);
    expect(done(reference).server).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const perRun = server.chatRequests().length;
    expect(perRun).toBeGreaterThanOrEqual(2);

    // Cancel while the request after the map answer is in flight.
    const controller = new AbortController();
    server.setHandler((req, res, n) => {
      if (n === perRun + 1) controller.abort();
      else defaultChatHandler(req, res, n);
    });
    expect((await job('first', controller)).at(-1)?.type).toBe('cancelled');
    server.setHandler(defaultChatHandler);

    const before = server.chatRequests().length;
    const resumed = await job('again');
    expect(server.chatRequests().length - before).toBe(perRun - 1);
    expect(done(resumed)).toEqual(done(reference));
  });
});
