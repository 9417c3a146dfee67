import type { Block } from '../../../shared/document';
import type { LlmProvider } from '../llm/provider';
import { pointsFromAnswer } from '../pipeline/citations';
import { parseAnswer } from '../pipeline/parseAnswer';
import type { JobJournal } from '../storage/jobJournal';

/**
 * Adds crash-resume to any provider without touching the pipeline (SECURITY R1): a map step whose
 * chunk the journal already holds is answered from the journal at once (same points, same
 * citations, no model call); every other map answer is committed to the journal, durably, before
 * the pipeline sees it. Reduce, final and key-term steps always run (they are cheap next to map,
 * and depend on all chunks).
 *
 * The journal key must pin everything that changes a chunk's answer: the document hash, the
 * chunker, the exact model and the prompts (including the summary length).
 */
export function journaledProvider(provider: LlmProvider, journal: JobJournal): LlmProvider {
  // Read once: chunks recorded during this run are never asked for again by the same pipeline run.
  const done = journal.completed();
  return {
    get id() {
      return provider.id;
    },
    get kind() {
      return provider.kind;
    },
    get modelName() {
      return provider.modelName;
    },
    get contextSize() {
      return provider.contextSize;
    },
    get maxParallel() {
      return provider.maxParallel;
    },
    countTokens: (text) => provider.countTokens(text),
    dispose: () => provider.dispose(),
    async generate(request, options) {
      const { task } = request;
      if (task.type !== 'map') return provider.generate(request, options);
      const saved = done.get(task.chunk.index);
      if (saved) {
        // The answer the pipeline parses back into exactly these points (citations are rebuilt from the block ids).
        const json = { points: saved.map((p) => ({ text: p.text, blockIds: p.citations.map((c) => c.blockId) })) };
        return { text: JSON.stringify(json), json, promptTokens: 0, generatedTokens: 0, stopReason: 'eos' };
      }
      const result = await provider.generate(request, options);
      if (result.stopReason !== 'abort' && !options?.signal?.aborted) {
        const allowed = new Map<string, Block>(task.blocks.map((b) => [b.id, b]));
        const { points } = pointsFromAnswer(result.json ?? parseAnswer(result.text), allowed);
        await journal.record(task.chunk.index, points, { signal: options?.signal });
      }
      return result;
    },
  };
}
