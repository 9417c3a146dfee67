import type { ExtractedDocument } from '../../../shared/document';
import { cloudOrigin } from '../../../shared/cloudUrl';
import type { Settings } from '../../../shared/settings';
import { PrecisFailure } from '../errors';
import { journalKey } from '../jobs/journalKey';
import type { LlmProvider } from '../llm/provider';
import { estimateTokens } from '../llm/estimateTokens';
import { extractiveStrategy } from '../pipeline/extractiveStrategy';
import { modelStrategy } from '../pipeline/modelStrategy';
import type { PipelineEvent } from '../pipeline/pipelineEvent';
import { DEFAULT_LENGTH, summarizeDocument } from '../pipeline/summarizeDocument';
import type { SummaryStrategy } from '../pipeline/summaryStrategy';
import type { JobJournal, JobJournals, JournalKey } from '../storage/jobJournal';
import { defaultWarning } from '../storage/defaultWarning';
import type { LocalModelHost } from './createModelHost';
import { extractiveSummaryInWorker, runsOffThread, type OffThreadOptions } from './extractiveInWorker';
import type { JournaledRun, SummaryEngine, SummaryJobRequest } from './serviceDeps';

export type EngineProvider = 'local' | 'openai' | 'extractive';

/** Cloud mode: builds the provider and the document exactly as it may leave the machine (redacted). */
export type CloudRunner = (request: SummaryJobRequest) => AsyncIterable<PipelineEvent>;

export interface SummaryEngineOptions {
  models: LocalModelHost;
  /** Forced by `precis serve --provider`; otherwise the settings decide. */
  provider?: EngineProvider;
  /** Sentences of the extractive summary. */
  sentences?: number;
  /** Runs a cloud-mode job (redaction, consent, provider); absent when cloud mode is not wired. */
  cloud?: CloudRunner;
  /** Per-chunk journals: a job cancelled, crashed or quit resumes from its finished chunks instead of paying for them again. */
  journals?: JobJournals;
  /** Told when journaling is skipped for a job because its journal could not be opened (the job still runs). */
  onWarning?: (message: string) => void;
  /** The installation's fence secret (see installFenceKey): the same document gets the same prompts in every process. */
  fenceKey?: () => Promise<Uint8Array>;
  /** Time budget and memory of extractive summaries of large documents, which run in a worker thread. */
  offThread?: Omit<OffThreadOptions, 'signal'> & { inlineBelowChars?: number };
}

/**
 * The journal key of a local or extractive job: everything that changes a chunk's points. The model
 * is pinned by its file's SHA-256 and the context size (which decides the chunks); the extractive
 * engine by its sentence count.
 */
export function journalKeyFor(
  document: Pick<ExtractedDocument, 'sha256'>,
  engine: { provider: LlmProvider; fileSha256?: string } | { extractive: { modelName: string; sentences: number } },
  length: string,
): JournalKey {
  const modelId =
    'extractive' in engine
      ? `extractive:${engine.extractive.modelName}:${engine.extractive.sentences}`
      : `${engine.provider.kind}:${engine.fileSha256 ?? engine.provider.modelName}:ctx${engine.provider.contextSize}`;
  return journalKey(document.sha256, modelId, length);
}

/** Who writes an extractive summary (its strategy's id and model name). */
const EXTRACTIVE = extractiveStrategy();

/**
 * Chooses the provider for each job and runs the pipeline with it: a forced provider (serve flags)
 * wins; otherwise cloud mode goes to the cloud runner, and local mode uses the configured model, or
 * the extractive engine when no model is chosen yet (a useful answer on first launch).
 */
export function createSummaryEngine(options: SummaryEngineOptions): SummaryEngine {
  const choice = (settings: Settings): EngineProvider => options.provider ?? (settings.mode === 'cloud' ? 'openai' : 'local');

  // A journal is held by one job at a time: the same document run twice at once journals only once.
  const open = new Set<string>();
  const warn = (e: unknown) => (options.onWarning ?? defaultWarning)(`Progress of this summary is not being saved for resuming: ${(e as Error).message}`);

  async function openJournal(key: JournalKey, signal: AbortSignal): Promise<{ name: string; journal: JobJournal } | undefined> {
    if (!options.journals) return undefined;
    const name = JSON.stringify(key);
    if (open.has(name)) return undefined;
    open.add(name);
    try {
      return { name, journal: await options.journals.open(key, { signal }) };
    } catch (e) {
      open.delete(name);
      // Resuming is a convenience: a journal that cannot be written must not stop the summary.
      if (!signal.aborted) warn(e);
      return undefined;
    }
  }

  const journaledFor = (request: SummaryJobRequest): JournaledRun => async function* (key, signal, run) {
    const journal = await openJournal(key, signal);
    let finished = false;
    try {
      for await (const event of run(journal?.journal)) {
        if (event.type === 'done') finished = true;
        yield event;
      }
    } finally {
      if (journal) {
        open.delete(journal.name);
        // Done: the result is the record now. Cancelled or failed: keep the chunks for the next run.
        const keep = !finished || (request.keepProgress?.() ?? false);
        await (keep ? journal.journal.close() : journal.journal.finish()).catch((e: unknown) => warn(e));
      }
    }
  };

  /** The configured local model, or the extractive strategy when none is chosen yet (a useful answer on first launch). */
  async function localOrExtractive(settings: Settings, forced: boolean, sentences: number | undefined, signal: AbortSignal): Promise<{ strategy: SummaryStrategy; key: (length: string, doc: ExtractedDocument) => Promise<JournalKey> }> {
    const local = await options.models.provider(settings, { signal });
    if (local) {
      return {
        strategy: modelStrategy(local),
        key: async (length, doc) => journalKeyFor(doc, { provider: local, fileSha256: await options.models.loadedFileSha256().catch(() => undefined) }, length),
      };
    }
    if (forced) throw new PrecisFailure('MODEL_NOT_LOADED', 'No local model was given. Pass --model <file.gguf>, or use --provider extractive.');
    return extractive(sentences);
  }
  function extractive(sentences: number | undefined) {
    const strategy = extractiveStrategy({ sentences });
    return { strategy, key: async (length: string, doc: ExtractedDocument) => journalKeyFor(doc, { extractive: strategy }, length) };
  }

  return {
    async *summarize(request) {
      const which = choice(request.settings);
      if (which === 'openai') {
        if (!options.cloud) throw new PrecisFailure('CLOUD_UNAVAILABLE', 'Cloud mode is not available in this build. Switch to local mode.');
        yield* options.cloud({ ...request, journaled: journaledFor(request) });
        return;
      }
      const sentences = request.options.sentences ?? options.sentences;
      const { strategy, key } = which === 'extractive' ? extractive(sentences) : await localOrExtractive(request.settings, options.provider === 'local', sentences, request.signal);
      // Without the installation's secret the fence falls back to a per-process one: the job still runs.
      const fenceKey = await options.fenceKey?.().catch(() => undefined);
      const summarizeOptions = { ...request.options, ...(fenceKey ? { fenceKey } : {}) };
      if (strategy.kind === 'extractive' && runsOffThread(request.document, options.offThread?.inlineBelowChars)) {
        // Large documents: chunking and ranking in a worker thread with a time budget. Not journaled:
        // the strategy is deterministic, and reading it again costs less than its journal would.
        yield* extractiveSummaryInWorker(request.document, sentences, summarizeOptions, { ...options.offThread, signal: request.signal });
        return;
      }
      const journalKey = await key(request.options.length ?? DEFAULT_LENGTH, request.document);
      yield* journaledFor(request)(journalKey, request.signal, (cache) =>
        summarizeDocument(request.document, strategy, { ...summarizeOptions, signal: request.signal, ...(cache ? { cache } : {}) }),
      );
    },
    async writer(settings) {
      const which = choice(settings);
      // A model writes to the Summary length; the extractive engine's summary is the same at every length, so it has none.
      const length = settings.summaryLength;
      // The same model name on two servers need not be the same model: the server is part of who writes.
      if (which === 'openai') return { provider: 'openai', model: settings.cloud.model, length, server: cloudOrigin(settings.cloud.baseUrl) };
      const model = which === 'extractive' ? undefined : await options.models.nextModel(settings);
      // No local model configured: the extractive strategy writes it, as `localOrExtractive` decides.
      if (!model) return which === 'extractive' || options.provider !== 'local' ? { provider: EXTRACTIVE.id, model: EXTRACTIVE.modelName } : undefined;
      return model.name === undefined ? undefined : { provider: 'local', model: model.name, length };
    },
    async estimate(document: ExtractedDocument, settings: Settings) {
      // Estimates never load a model: the loaded one if any, else the model-free strategy. The chunks
      // are the ones the job itself would read, so the window's "passes" is the real count.
      const loaded = choice(settings) === 'local' ? options.models.loaded() : undefined;
      const tokenEstimate = (loaded ? (t: string) => loaded.countTokens(t) : estimateTokens)(document.blocks.map((b) => b.text).join('\n'));
      const strategy = loaded ? modelStrategy(loaded) : extractiveStrategy();
      let chunkEstimate: number;
      try {
        chunkEstimate = Math.max(1, strategy.prepare(document, { length: settings.summaryLength }).chunk().length);
      } catch {
        // A context too small for one paragraph: the job will say so; the estimate still shows the size.
        chunkEstimate = Math.max(1, Math.ceil(tokenEstimate / Math.max(256, (loaded?.contextSize ?? 1_000_000) / 2)));
      }
      return { tokenEstimate, chunkEstimate };
    },
  };
}
