/**
 * Tokens of `text` without a tokenizer: a safe over-estimate, since English contract text runs
 * about 4 characters per token in common tokenizers. Used where no model is loaded yet.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}
