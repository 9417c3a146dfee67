import { PrecisFailure } from '../errors';
import type { ChatMessage, LlmProvider, StreamChunk, StreamOptions } from './provider';

export type Completion = Omit<Extract<StreamChunk, { type: 'end' }>, 'type'> & { text: string };

/** Runs one generation to its end: the whole text and the counts, with each piece handed to `onText` as it arrives. */
export async function complete(
  provider: Pick<LlmProvider, 'stream'>,
  messages: readonly ChatMessage[],
  options: StreamOptions,
  onText?: (text: string) => void,
): Promise<Completion> {
  let text = '';
  for await (const chunk of provider.stream(messages, options)) {
    if (chunk.type === 'text') {
      text += chunk.text;
      onText?.(chunk.text);
    } else {
      const { type: _type, ...end } = chunk;
      return { ...end, text };
    }
  }
  throw new PrecisFailure('GENERATION_FAILED', 'The model stopped without finishing its answer. Try again.');
}

/** The two turns every Precis prompt has. */
export function chat(system: string, user: string): ChatMessage[] {
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
