import { chat, complete, type Completion } from '../../electron/core/llm/complete';
import type { JsonSchema, LlmProvider } from '../../electron/core/llm/provider';

/** A one-off request in the shape tests write them: two turns and the sampling options. */
export interface TestRequest {
  system: string;
  user: string;
  maxTokens: number;
  temperature?: number;
  seed?: number;
  jsonSchema?: JsonSchema;
}

/** Streams one answer from `provider` to its end (the text, counts and parsed JSON), handing each piece to `onText`. */
export function generate(provider: Pick<LlmProvider, 'stream'>, request: TestRequest, options: { signal?: AbortSignal; onText?: (text: string) => void } = {}): Promise<Completion> {
  const { system, user, jsonSchema, ...rest } = request;
  return complete(provider, chat(system, user), { ...rest, ...(jsonSchema ? { schema: jsonSchema } : {}), ...(options.signal ? { signal: options.signal } : {}) }, options.onText);
}
