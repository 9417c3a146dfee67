import { Tiktoken } from 'js-tiktoken/lite';
// The bundled rank tables: js-tiktoken's non-lite entry can fetch ranks from a CDN, these never do.
import cl100kRanks from 'js-tiktoken/ranks/cl100k_base';
import o200kRanks from 'js-tiktoken/ranks/o200k_base';

/** The tiktoken encodings OpenAI's chat models use. */
export type CloudEncoding = 'o200k_base' | 'cl100k_base';

const O200K_MODELS = /^(?:gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o|gpt-oss|omni-moderation)/;
const CL100K_MODELS = /^(?:gpt-4(?![o.])|gpt-3\.5|text-embedding-3|text-embedding-ada-002)/;

/**
 * The tokenizer family of an OpenAI model name, or undefined when the model is not OpenAI's
 * (a local server's Llama, Qwen, Mistral …) and its tokenizer is unknown here.
 * Azure deployment names and "openai/gpt-4o"-style router names are matched on their last segment.
 */
export function encodingForModel(model: string): CloudEncoding | undefined {
  const name = (model.split('/').pop() ?? model).trim().toLowerCase();
  if (O200K_MODELS.test(name)) return 'o200k_base';
  if (CL100K_MODELS.test(name)) return 'cl100k_base';
  return undefined;
}

const encoders = new Map<CloudEncoding, Tiktoken>();

// Building an encoder parses the rank table (~0.3 s for o200k), so it happens once, on first use.
function encoder(encoding: CloudEncoding): Tiktoken {
  let e = encoders.get(encoding);
  if (!e) {
    e = new Tiktoken(encoding === 'o200k_base' ? o200kRanks : cl100kRanks);
    encoders.set(encoding, e);
  }
  return e;
}

/** Counts tokens exactly with a tiktoken encoding; special-token strings in the text count as plain text. */
export function countTiktokens(text: string, encoding: CloudEncoding): number {
  // Empty allowed/disallowed lists: "<|endoftext|>" inside a contract is text, not a control token (and must not throw).
  return encoder(encoding).encode(text, [], []).length;
}

/**
 * Factor over cl100k for tokenizers we do not know. SentencePiece vocabularies of 32k entries
 * (Llama 2, Mistral) split English contract text into ~1.1–1.3x as many tokens as cl100k, and
 * every digit into its own token (cl100k packs three), so digits are counted one each.
 */
const UNKNOWN_FACTOR = 1.35;
const UNKNOWN_BYTES_PER_TOKEN = 3;

/**
 * A safe over-estimate of the token count for a model whose tokenizer is unknown: never lower than
 * what the common open-model tokenizers produce (checked against Llama 2's in the tests), so a chunk
 * sized with it fits the real context.
 */
export function overEstimateTokens(text: string): number {
  if (text.length === 0) return 0;
  const digits = text.match(/\d/g)?.length ?? 0;
  // Each run of digits stays as one character, so the text around it still tokenizes as it would.
  const rest = digits ? text.replace(/\d+/g, '0') : text;
  const bytes = Buffer.byteLength(text, 'utf8');
  return Math.ceil(Math.max(countTiktokens(rest, 'cl100k_base') * UNKNOWN_FACTOR + digits, bytes / UNKNOWN_BYTES_PER_TOKEN)) + 2;
}

/**
 * The token counter for a cloud model: exact (tiktoken) for OpenAI model families, a safe
 * over-estimate for anything else.
 */
export function createCloudTokenCounter(model: string): (text: string) => number {
  const encoding = encodingForModel(model);
  if (encoding) return (text) => countTiktokens(text, encoding);
  return overEstimateTokens;
}

const KNOWN_CONTEXT: [RegExp, number][] = [
  [/^gpt-4\.1/, 1_047_576],
  [/^gpt-5/, 400_000],
  [/^(?:o1|o3|o4)/, 200_000],
  [/^(?:gpt-4o|chatgpt-4o|gpt-4-turbo|gpt-4\.5)/, 128_000],
  [/^gpt-4-32k/, 32_768],
  [/^gpt-4(?![o.])/, 8_192],
  [/^gpt-3\.5-turbo/, 16_385],
];

/**
 * Context window of a cloud model when the name is a known OpenAI model, else `fallback`.
 * Local servers (Ollama defaults to 4096, llama.cpp to what it was started with) do not report it
 * through the OpenAI API, hence a conservative fallback the user can override.
 */
export function contextSizeForModel(model: string, fallback = 4096): number {
  const name = (model.split('/').pop() ?? model).trim().toLowerCase();
  for (const [re, size] of KNOWN_CONTEXT) if (re.test(name)) return size;
  return fallback;
}
