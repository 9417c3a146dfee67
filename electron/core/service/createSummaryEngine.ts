import type { ExtractedDocument } from '../../../shared/document';
import type { Settings } from '../../../shared/settings';
import type { SummaryEvent } from '../../../shared/summary';
import { CHUNKER_VERSION, chunkDocument } from '../chunking/chunkDocument';
import { PrecisFailure } from '../errors';
import type { JobJournal, JobJournals, JournalKey } from '../storage/jobJournal';
import { journaledProvider } from '../jobs/journaledProvider';
import { createExtractiveProvider } from '../llm/extractiveProvider';
import type { LlmProvider } from '../llm/provider';
import { PROMPT_VERSION } from '../pipeline/prompts';
import { summarizeDocument } from '../pipeline/summarizeDocument';
import { defaultWarning } from '../storage/defaultWarning';
import type { LocalModelHost } from './createModelHost';
import { extractiveSummaryInWorker, runsOffThread, type OffThreadOptions } from './extractiveInWorker';
import type { JournaledRun, SummaryEngine, SummaryJobRequest } from './serviceDeps';

export type EngineProvider = 'local' | 'openai' | 'extractive';

/** Cloud mode: builds the provider and the document exactly as it may leave the machine (redacted). */
export type CloudRunner = (request: SummaryJobRequest) => AsyncIterable<SummaryEvent>;

export interface SummaryEngineOptions {
  models: LocalModelHost;
  /** Forced by `precis serve --provider`; otherwise the settings decide. */
  provider?: EngineProvider;
  /** Sentences of the extractive summary. */
  sentences?: number;
  /** Runs a cloud-mode job (redaction, consent, provider); absent when cloud mode is not wired. */
  cloud?: CloudRunner;
  /** Per-chunk journals (SECURITY R1): a job cancelled, crashed or quit resumes from its finished chunks. */
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
  model: { provider: LlmProvider; fileSha256?: string; sentences?: number },
  length: string,
): JournalKey {
  const modelId =
    model.provider.kind === 'extractive'
      ? `extractive:${model.provider.modelName}:${model.sentences ?? 'default'}`
      : `${model.provider.kind}:${model.fileSha256 ?? model.provider.modelName}:ctx${model.provider.contextSize}`;
  return { docSha256: document.sha256, chunkerVersion: CHUNKER_VERSION, modelId, promptVersion: `${PROMPT_VERSION}:${length}` };
}

// What a map prompt costs besides the chunk: instructions, delimiters, the answer (see pipeline).
const PROMPT_RESERVE = 1024;

/**
 * Chooses the provider for each job and runs the pipeline with it: a forced provider (serve flags)
 * wins; otherwise cloud mode goes to the cloud runner, and local mode uses the configured model, or
 * the extractive engine when no model is chosen yet (a useful answer on first launch).
 */
export function createSummaryEngine(options: SummaryEngineOptions): SummaryEngine {
  const choice = (settings: Settings): EngineProvider => options.provider ?? (settings.mode === 'cloud' ? 'openai' : 'local');

  async function localOrExtractive(settings: Settings, forced: boolean): Promise<LlmProvider> {
    const local = await options.models.provider(settings);
    if (local) return local;
    if (forced) throw new PrecisFailure('MODEL_NOT_LOADED', 'No local model was given. Pass --model <file.gguf>, or use --provider extractive.');
    return createExtractiveProvider({ sentences: options.sentences });
  }

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

  const journaledFor = (request: SummaryJobRequest): JournaledRun => async function* (key, provider, signal, run) {
    const journal = await openJournal(key, signal);
    let finished = false;
    try {
      for await (const event of run(journal ? journaledProvider(provider, journal.journal) : provider)) {
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

  return {
    async *summarize(request) {
      const which = choice(request.settings);
      if (which === 'openai') {
        if (!options.cloud) throw new PrecisFailure('CLOUD_UNAVAILABLE', 'Cloud mode is not available in this build. Switch to local mode.');
        yield* options.cloud({ ...request, journaled: journaledFor(request) });
        return;
      }
      const sentences = request.options.sentences ?? options.sentences;
      const provider =
        which === 'extractive' ? createExtractiveProvider({ sentences }) : await localOrExtractive(request.settings, options.provider === 'local');
      // Without the installation's secret the fence falls back to a per-process one: the job still runs.
      const fenceKey = await options.fenceKey?.().catch(() => undefined);
      const summarizeOptions = { ...request.options, jobId: request.jobId, ...(fenceKey ? { fenceKey } : {}) };
      if (provider.kind === 'extractive' && runsOffThread(request.document, options.offThread?.inlineBelowChars)) {
        // Large documents: chunking and ranking in a worker thread with a time budget. Not journaled:
        // the engine is deterministic, and reading it again costs less than its journal would.
        yield* extractiveSummaryInWorker(request.document, sentences, summarizeOptions, { ...options.offThread, signal: request.signal });
        return;
      }
      const fileSha256 = provider.kind === 'local' ? await options.models.loadedFileSha256().catch(() => undefined) : undefined;
      const key = journalKeyFor(request.document, { provider, fileSha256, sentences }, request.options.length ?? 'standard');
      yield* journaledFor(request)(key, provider, request.signal, (p) => summarizeDocument(request.document, p, { ...summarizeOptions, signal: request.signal }));
    },
    async estimate(document: ExtractedDocument, settings: Settings) {
      // Estimates never load a model: use the loaded one's tokenizer if any, else the extractive (over-)estimate.
      const which = choice(settings);
      const provider = (which === 'local' ? options.models.loaded() : undefined) ?? createExtractiveProvider();
      const text = document.blocks.map((b) => b.text).join('\n');
      const tokenEstimate = provider.countTokens(text);
      let chunkEstimate = 1;
      try {
        const budget = Math.max(32, provider.contextSize - PROMPT_RESERVE);
        chunkEstimate = Math.max(1, chunkDocument(document, { countTokens: (t) => provider.countTokens(t), budget }).length);
      } catch {
        chunkEstimate = Math.max(1, Math.ceil(tokenEstimate / Math.max(256, provider.contextSize - PROMPT_RESERVE)));
      }
      return { tokenEstimate, chunkEstimate };
    },
  };
}
