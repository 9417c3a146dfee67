/**
 * The `extractive` engine: a provider that needs no model. It ignores the prompt text and answers
 * from the structured task the pipeline sends with every request, picking real sentences with real
 * block ids, so its citations are always valid and its output is the same for the same input.
 */
import type { Block } from '../../../shared/document';
import { KEY_TERM_NAMES } from '../../../shared/terms';
import { PrecisFailure, throwIfAborted } from '../errors';
import { extractKeyTerms } from '../terms/extractKeyTerms';
import { DEFAULT_SUMMARY_SENTENCES, extractiveSummary, pointsAsBlocks } from '../terms/extractiveSummary';
import { rankSentences } from '../terms/rankSentences';
import type { GenerateOptions, GenerateRequest, GenerateResult, LlmProvider } from './provider';

export interface ExtractiveProviderOptions {
  /** Sentences in the final summary (the CLI's --sentences). */
  sentences?: number;
}

// A safe over-estimate: English contract text runs ~4 characters per token in common tokenizers.
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

interface Answer {
  text: string;
  json?: unknown;
  sentences?: { read: number; chosen: number };
}

function mapAnswer(blocks: readonly Block[], count: number): Answer {
  let read = 0;
  const ranked = rankSentences(blocks, { sentences: count, documentOrder: true, onRead: (n) => (read = n) });
  const json = { points: ranked.map((s) => ({ text: s.text, blockIds: [s.blockId] })) };
  return { text: JSON.stringify(json), json, sentences: { read, chosen: ranked.length } };
}

function answer(request: GenerateRequest, sentences: number): Answer {
  const task = request.task;
  switch (task.type) {
    case 'map': {
      const blocks = task.blocks.filter((b) => task.chunk.blockIds.includes(b.id));
      return mapAnswer(blocks.length ? blocks : task.blocks, sentences);
    }
    case 'reduce':
      return mapAnswer(pointsAsBlocks(task.points), sentences);
    case 'final': {
      // The map step already chose sentences (one point each); rank those, so the final summary is
      // a selection from every chunk's best rather than a re-read of whole paragraphs.
      const blocks = task.points.length ? pointsAsBlocks(task.points) : task.blocks;
      let read = 0;
      const summary = extractiveSummary(blocks, { sentences, onRead: (n) => (read = n) });
      return { text: summary.markdown, sentences: { read, chosen: summary.points.length } };
    }
    case 'terms': {
      const { terms } = extractKeyTerms({
        sha256: '',
        kind: 'text',
        pageCount: Math.max(1, ...task.blocks.map((b) => b.page)),
        pages: [],
        blocks: task.blocks,
        definitions: [],
        warnings: [],
      });
      // Answer in the same shape a model gives under KEY_TERMS_JSON_SCHEMA, so the merge treats both alike.
      const json = Object.fromEntries(
        KEY_TERM_NAMES.map((name) => {
          const t = terms[name];
          return [name, t ? { value: t.value, text: t.text, blockIds: t.citations.map((c) => c.blockId), blank: t.blank === true } : null];
        }),
      );
      return { text: JSON.stringify(json), json };
    }
    case 'raw':
      throw new PrecisFailure(
        'GENERATION_FAILED',
        'The extractive engine only writes summaries and key terms. Choose a local model or a cloud provider for this task.',
      );
  }
}

/** Creates the model-free provider. Deterministic: the same document always gives the same summary. */
export function createExtractiveProvider(options: ExtractiveProviderOptions = {}): LlmProvider {
  const sentences = Math.max(1, Math.floor(options.sentences ?? DEFAULT_SUMMARY_SENTENCES));
  return {
    id: 'extractive',
    kind: 'extractive',
    modelName: 'extractive v1',
    contextSize: 1_000_000,
    maxParallel: 2,
    countTokens: estimateTokens,
    async generate(request: GenerateRequest, opts: GenerateOptions = {}): Promise<GenerateResult> {
      throwIfAborted(opts.signal);
      const { text, json, sentences: counts } = answer(request, sentences);
      throwIfAborted(opts.signal);
      opts.onText?.(text);
      // No prompt is read and nothing is generated: token counts stay zero, and the run reports
      // the sentences it read and chose instead.
      return {
        text,
        ...(json === undefined ? {} : { json }),
        promptTokens: 0,
        generatedTokens: 0,
        ...(counts ? { sentences: counts } : {}),
        stopReason: 'eos',
      };
    },
    async dispose(): Promise<void> {},
  };
}
