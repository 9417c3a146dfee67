import type { ExtractedDocument } from '../../../shared/document';
import { chunkDocument } from '../chunking/chunkDocument';
import { estimateTokens } from '../llm/estimateTokens';

/**
 * Tokens the pipeline keeps for the prompt and the answer of each pass (the same reserve the summary
 * engine subtracts before chunking).
 */
export const PASS_RESERVE_TOKENS = 1024;

/** "≈ 60k tokens; with this model's usable context the summary takes 9 passes, about N minutes here". */
export interface DocumentPlan {
  /** Tokens of the document's text (an estimate until a model's own tokenizer counts them). */
  tokens: number;
  /** The context a pass gets with this model on this machine. */
  usableContext: number;
  /** Map passes (chunks), from the real chunker. */
  passes: number;
  /** Minutes on this machine, when a speed was measured here; undefined otherwise. */
  minutes?: number;
}

/**
 * Tokens, passes and time of a summary of `document` with a context of `usableContext` tokens.
 * `countTokens` defaults to the model-free estimate (the model is usually not downloaded yet).
 */
export function planDocument(
  document: Pick<ExtractedDocument, 'blocks'>,
  usableContext: number,
  options: { msPerToken?: number; countTokens?: (text: string) => number } = {},
): DocumentPlan {
  const countTokens = options.countTokens ?? estimateTokens;
  const tokens = countTokens(document.blocks.map((b) => b.text).join('\n'));
  const budget = Math.max(256, usableContext - PASS_RESERVE_TOKENS);
  let passes: number;
  try {
    passes = Math.max(1, chunkDocument(document, { countTokens, budget }).length);
  } catch {
    passes = Math.max(1, Math.ceil(tokens / budget));
  }
  return {
    tokens,
    usableContext,
    passes,
    ...(options.msPerToken ? { minutes: Math.max(0.1, (tokens * options.msPerToken) / 60_000) } : {}),
  };
}
