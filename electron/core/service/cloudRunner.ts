import { cloudOrigin, cloudUrlProblem } from '../../../shared/cloudUrl';
import type { ExtractedDocument } from '../../../shared/document';
import { PrecisFailure } from '../errors';
import { journalKey } from '../jobs/journalKey';
import { hostOf } from '../llm/cloudHost';
import { defaultKeyTermsEngine, type KeyTermsEngine } from '../pipeline/keyTermsEngine';
import { modelStrategy } from '../pipeline/modelStrategy';
import type { PipelineEvent } from '../pipeline/pipelineEvent';
import { summarizeDocument, type SummarizeOptions } from '../pipeline/summarizeDocument';
import { guardCloudProvider, guardCloudStrategy } from '../privacy/guardCloudProvider';
import type { CloudPreparation } from '../privacy/prepareForCloud';
import type { SummaryJobRequest } from './serviceDeps';
import type { OpenAiProviderOptions } from '../llm/openaiProvider';
import type { LlmProvider } from '../llm/provider';
import type { MapCache } from '../pipeline/mapCache';
import type { PrepareFn } from './cloudPreparations';
import { prepareInWorker } from './prepareInWorker';

// This module must not import '../llm/openaiProvider' statically: local mode loads it (through the
// service wiring) and must never load the OpenAI client, so a local job cannot open a connection
// (tests/security/deps-policy checks the import graph).

/**
 * Restores placeholders in streamed deltas. A placeholder can arrive split across deltas
 * ("[PER" + "SON_1]"), so a trailing "[" that may still become one is held back until the next
 * piece of the same stream.
 */
class DeltaRestorer {
  private readonly pending = new Map<string, string>();
  constructor(private readonly restore: (text: string) => string) {}

  push(key: string, text: string): string {
    const buf = (this.pending.get(key) ?? '') + text;
    const open = buf.lastIndexOf('[');
    let cut = buf.length;
    if (open >= 0 && !buf.includes(']', open) && buf.length - open <= 24) cut = open > 0 && buf[open - 1] === '\\' ? open - 1 : open;
    this.pending.set(key, buf.slice(cut));
    return this.restore(buf.slice(0, cut));
  }

  /** Whatever is held back for `key` (the stream ended). */
  take(key: string): string {
    const rest = this.pending.get(key) ?? '';
    this.pending.delete(key);
    return this.restore(rest);
  }

  keys(): string[] {
    return [...this.pending.keys()].filter((k) => (this.pending.get(k) ?? '') !== '');
  }
}

/** Options of one cloud summary besides the provider. */
export interface CloudSummaryOptions {
  redact: boolean;
  parties?: string[];
  neverSend?: boolean;
  /** sha256 of the preview the user confirmed: must match the document as prepared now. */
  consentHash: string | undefined;
  summarize: SummarizeOptions;
  /** Already prepared (the CLI prints the preview first); prepared here otherwise (in a worker thread). */
  preparation?: CloudPreparation;
}

/**
 * Runs the unchanged pipeline in cloud mode: prepares (redacts) the document, refuses to send
 * anything the consent does not cover (guard), runs `summarizeDocument` on the redacted document and
 * restores the placeholders in every event locally. Events keep the pipeline's shape; citations are
 * untouched (block ids are the same in the redacted document).
 */
export async function* summarizeInCloud(doc: ExtractedDocument, provider: LlmProvider, options: CloudSummaryOptions): AsyncGenerator<PipelineEvent> {
  const prep = options.preparation ?? (await prepareInWorker(doc, { redact: options.redact, parties: options.parties, neverSend: options.neverSend }, { signal: options.summarize.signal }));
  const guarded = guardCloudProvider(provider, prep, options.consentHash);
  const deltas = new DeltaRestorer(prep.restore);
  // Key terms are read by the rules from the original document, here; the model's answer (about the
  // redacted text) is restored before the merge, so mismatches are judged on real values.
  const base = options.summarize.keyTerms ?? defaultKeyTermsEngine;
  const keyTerms: KeyTermsEngine | false =
    base === false
      ? false
      : {
          ...base,
          extract: () => base.extract(doc),
          ...(base.merge ? { merge: (rules, model) => base.merge!(rules, prep.restoreDeep(model), doc) } : {}),
        };
  const keyOf = (e: { stage: string; chunkIndex?: number }) => `${e.stage}:${e.chunkIndex ?? ''}`;
  for await (const event of summarizeDocument(prep.document, guardCloudStrategy(modelStrategy(guarded), prep), { ...options.summarize, keyTerms })) {
    if (event.type === 'delta') {
      const text = deltas.push(keyOf(event), event.text);
      if (text) yield { ...event, text };
      continue;
    }
    // A stream ended: release what was held back before anything else is reported.
    for (const key of deltas.keys()) {
      const [stage, chunk] = key.split(':');
      const text = deltas.take(key);
      if (text) {
        yield {
          type: 'delta',
          stage: stage as Extract<PipelineEvent, { type: 'delta' }>['stage'],
          ...(chunk ? { chunkIndex: Number(chunk) } : {}),
          text,
        };
      }
    }
    const restored = prep.restoreDeep(event);
    // The document facts are the original's (the redacted title/file name only ever went to the cloud).
    if (restored.type === 'started') yield { ...restored, document: { ...restored.document, ...pickInfo(doc) } };
    else if (restored.type === 'done') yield { ...restored, summary: { ...restored.summary, document: { ...restored.summary.document, ...pickInfo(doc) } } };
    else yield restored;
  }
}

function pickInfo(doc: ExtractedDocument) {
  return { sha256: doc.sha256, ...(doc.fileName ? { fileName: doc.fileName } : {}), ...(doc.title ? { title: doc.title } : {}) };
}

/** Where a cloud job gets its settings-independent parts. */
export interface CloudRunnerOptions {
  /** The API key bound to `origin`, read in main from the secret store; undefined when none is set for it. */
  getApiKey(origin: string): Promise<string | undefined>;
  /** Injected transport (tests). */
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  maxRetries?: number;
  retryTimings?: OpenAiProviderOptions['retryTimings'];
  /** The document's "never send" flag, when the caller tracks it by document hash. */
  isNeverSend?(doc: ExtractedDocument): boolean;
  /** Most requests in flight at once (the CLI's --parallel); the provider's default otherwise. */
  maxParallel?: number;
  /** The server model's context in tokens (the CLI's --context); known models' own size otherwise. */
  contextSize?: number;
  /** Prepares (redacts) a document for sending; the service passes the one its preview and consent used. Default: a worker thread. */
  prepare?: PrepareFn;
}

/**
 * The service's cloud branch (`CloudRunner`): builds the OpenAI-compatible provider on first use
 * (dynamic import: local mode never loads the client) and runs {@link summarizeInCloud}.
 */
export function createCloudRunner(options: CloudRunnerOptions): (request: SummaryJobRequest) => AsyncIterable<PipelineEvent> {
  return async function* run(request) {
    const { document, settings } = request;
    // The same preparation the user previewed and consented to (see cloudPreparations), when the
    // caller shares one; else made here, off this thread. Cancelling the job stops it.
    const prepare = options.prepare ?? ((d, o, signal) => prepareInWorker(d, o, { signal }));
    const prep = await prepare(document, { redact: settings.cloud.redact, neverSend: options.isNeverSend?.(document), keep: request.keep }, request.signal);
    if (request.consentHash !== prep.sha256) {
      throw new PrecisFailure('CONSENT_REQUIRED', 'Review what will be sent (the preview) and confirm before summarizing in cloud mode.');
    }
    // The key and the text go only where the user's settings allow: https, or http on loopback.
    const problem = cloudUrlProblem(settings.cloud.baseUrl);
    if (problem) throw new PrecisFailure('CLOUD_URL_INSECURE', `Nothing was sent. ${problem}`);
    const apiKey = await options.getApiKey(cloudOrigin(settings.cloud.baseUrl));
    const { createOpenAiProvider } = await import('../llm/openaiProvider');
    const provider = createOpenAiProvider({
      baseUrl: settings.cloud.baseUrl,
      model: settings.cloud.model,
      apiKey,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      ...(options.retryTimings ? { retryTimings: options.retryTimings } : {}),
      ...(options.maxParallel ? { maxParallel: options.maxParallel } : {}),
      ...(options.contextSize ? { contextSize: options.contextSize } : {}),
    });
    const run = (cache?: MapCache) =>
      summarizeInCloud(document, provider, {
        redact: settings.cloud.redact,
        consentHash: request.consentHash,
        preparation: prep,
        summarize: { ...request.options, signal: request.signal, ...(cache ? { cache } : {}) },
      });
    // Resume keyed by exactly what is sent (the consented preview) and where it goes.
    const key = journalKey(prep.sha256, `cloud:${hostOf(settings.cloud.baseUrl)}:${settings.cloud.model}:ctx${provider.contextSize}`, request.options.length ?? 'standard');
    // The summary names the server that wrote it: one model name can be served by several servers.
    const server = cloudOrigin(settings.cloud.baseUrl);
    try {
      for await (const event of request.journaled ? request.journaled(key, request.signal, run) : run()) {
        yield event.type === 'done' ? { ...event, summary: { ...event.summary, server } } : event;
      }
    } finally {
      await provider.dispose();
    }
  };
}
