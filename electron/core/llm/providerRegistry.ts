import { PrecisFailure } from '../errors';
import { createLocalProvider } from './localProvider';
import type { LlmProvider } from './provider';

/** Everything any provider may need; each factory reads only its own fields. */
export interface ProviderConfig {
  /** `local`, `openai`, or any id registered later. */
  id: string;
  /** local: the GGUF file. */
  modelPath?: string;
  threads?: number;
  parallel?: number;
  contextSize?: number;
  /** openai: server root, model name and key (the key never leaves main / the CLI process). */
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  signal?: AbortSignal;
  onLoadProgress?: (progress: number) => void;
}

export type ProviderFactory = (config: ProviderConfig) => LlmProvider | Promise<LlmProvider>;

const factories = new Map<string, ProviderFactory>();

/** Adds (or replaces) the factory for a provider id. One line per backend; callers never switch on ids. */
export function registerProvider(id: string, factory: ProviderFactory): void {
  factories.set(id, factory);
}

/** The ids that can be created. */
export function providerIds(): string[] {
  return [...factories.keys()];
}

/** Creates the provider `config.id` names; PROVIDER_UNKNOWN for an id nobody registered. */
export async function createProvider(config: ProviderConfig): Promise<LlmProvider> {
  const factory = factories.get(config.id);
  if (!factory) {
    throw new PrecisFailure('PROVIDER_UNKNOWN', `Unknown provider "${config.id}". Use one of: ${providerIds().join(', ')}.`);
  }
  return factory(config);
}

registerProvider('local', (c) => {
  if (!c.modelPath) throw new PrecisFailure('MODEL_NOT_LOADED', 'The local provider needs a model: pass --model <file.gguf>, or use --provider extractive.');
  return createLocalProvider({
    modelPath: c.modelPath,
    ...(c.threads !== undefined ? { threads: c.threads } : {}),
    ...(c.parallel !== undefined ? { parallel: c.parallel } : {}),
    ...(c.contextSize !== undefined ? { contextSize: c.contextSize } : {}),
    ...(c.signal ? { signal: c.signal } : {}),
    ...(c.onLoadProgress ? { onLoadProgress: c.onLoadProgress } : {}),
  });
});
// Loaded on first use only: local mode never loads or constructs the OpenAI client, so it cannot open a connection (tests/security/deps-policy).
registerProvider('openai', async (c) => {
  const { createOpenAiProvider } = await import('./openaiProvider');
  return createOpenAiProvider({
    baseUrl: c.baseUrl ?? 'https://api.openai.com/v1',
    model: c.model ?? 'gpt-4o-mini',
    ...(c.apiKey !== undefined ? { apiKey: c.apiKey } : {}),
    ...(c.contextSize !== undefined ? { contextSize: c.contextSize } : {}),
    ...(c.parallel !== undefined ? { maxParallel: c.parallel } : {}),
  });
});
