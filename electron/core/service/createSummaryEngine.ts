import type { ExtractedDocument } from '../../../shared/document';
import type { Settings } from '../../../shared/settings';
import type { SummaryEvent } from '../../../shared/summary';
import { chunkDocument } from '../chunking/chunkDocument';
import { PrecisFailure } from '../errors';
import { createExtractiveProvider } from '../llm/extractiveProvider';
import type { LlmProvider } from '../llm/provider';
import { summarizeDocument } from '../pipeline/summarizeDocument';
import type { LocalModelHost } from './createModelHost';
import type { SummaryEngine, SummaryJobRequest } from './serviceDeps';

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

  return {
    async *summarize(request) {
      const which = choice(request.settings);
      if (which === 'openai') {
        if (!options.cloud) throw new PrecisFailure('CLOUD_UNAVAILABLE', 'Cloud mode is not available in this build. Switch to local mode.');
        yield* options.cloud(request);
        return;
      }
      const provider =
        which === 'extractive'
          ? createExtractiveProvider({ sentences: request.options.sentences ?? options.sentences })
          : await localOrExtractive(request.settings, options.provider === 'local');
      yield* summarizeDocument(request.document, provider, { ...request.options, jobId: request.jobId, signal: request.signal });
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
