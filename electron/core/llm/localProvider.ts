import path from 'node:path';
import { LlamaChat, type ChatHistoryItem, type LlamaContext, type LlamaContextSequence, type LlamaGrammar, type LlamaModel, type Token } from 'node-llama-cpp';
import { PrecisFailure, throwIfAborted } from '../errors';
import { defaultThreads, getLlamaInstance, loadModel, mapNativeError } from './llamaHost';
import type { ChatMessage, JsonSchema, LlmProvider, StreamChunk, StreamOptions } from './provider';
import { streamFromCallbacks } from './streamFromCallbacks';

export interface LocalProviderOptions {
  modelPath: string;
  /** At most this many CPU threads for evaluation (default: this machine's cores); small models use one, see {@link usefulThreads}. */
  threads?: number;
  /** Sequences of the one context decoded together (default: from the hardware). */
  parallel?: number;
  /** Tokens per sequence (default: up to 4096, never more than the model was trained on). */
  contextSize?: number;
  signal?: AbortSignal;
  onLoadProgress?: (progress: number) => void;
}

/** A local provider also exposes its native objects (benchmarks compare against them). */
export interface LocalProvider extends LlmProvider {
  readonly kind: 'local';
  readonly model: LlamaModel;
  readonly context: LlamaContext;
  /** CPU threads the context actually evaluates with. */
  readonly threads: number;
  /** The exact tokens a prompt is evaluated as (chat template applied, document text never special). */
  promptTokens(messages: readonly ChatMessage[]): number[];
  /** Forgets every sequence's cached prompt (the next generation evaluates its whole prompt). */
  clearCache(): Promise<void>;
}

/**
 * Parallel sequences worth running: on a GPU batching pays off widely; on a CPU the gain comes from
 * sharing weight reads, which saturates quickly (1.1–1.4x with 2–4 sequences measured on 2 cores).
 */
export function defaultParallel(gpu: string | false, threads: number): number {
  if (gpu) return 4;
  return threads >= 8 ? 4 : 2;
}

/**
 * Below this weight size one token's math takes well under a millisecond, so splitting it across
 * threads costs more in synchronisation than it saves: llama.cpp's threads meet at a barrier after
 * every graph node, and a thread the OS schedules away stalls the others. Measured here (2 cores,
 * load ~4 from other work): the 0.7 MB tiny model generated 300 tokens after a 3,030-token prompt in
 * 0.6 s on one thread and 5–26 s on two.
 */
export const SINGLE_THREAD_MODEL_BYTES = 32 * 1024 * 1024;

/** Threads worth using for a model of `modelBytes`: one for small models, else `requested`. */
export function usefulThreads(requested: number, modelBytes: number): number {
  return modelBytes < SINGLE_THREAD_MODEL_BYTES ? 1 : Math.max(1, requested);
}

/** Hands out the sequences of one context; a generation waits until a sequence is free, or until its signal fires. */
export class SequencePool<S> {
  private readonly free: S[];
  private readonly waiters: { resolve: (s: S) => void; reject: (e: unknown) => void }[] = [];
  constructor(sequences: S[]) {
    this.free = [...sequences];
  }
  acquire(signal?: AbortSignal): Promise<S> {
    if (signal?.aborted) return Promise.reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
    const s = this.free.pop();
    if (s) return Promise.resolve(s);
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: (seq: S) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(seq);
        },
        reject,
      };
      // A cancelled job leaves the queue at once instead of waiting for a sequence it no longer wants.
      const onAbort = () => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }
  release(s: S): void {
    const next = this.waiters.shift();
    if (next) next.resolve(s);
    else this.free.push(s);
  }
}

/**
 * Parses a grammar-constrained answer. node-llama-cpp's validator is stricter than its grammar in
 * places (it rejects exponent-form integers its grammar allows; string lengths counted in UTF-16 units rather than
 * characters), so a validation error falls back to plain JSON parsing. Incomplete JSON (maxTokens
 * reached) gives undefined: the caller treats that as "no usable answer".
 */
function parseGrammarAnswer(grammar: LlamaGrammar, text: string): unknown {
  try {
    return (grammar as LlamaGrammar & { parse(t: string): unknown }).parse(text);
  } catch {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** Loads a GGUF model and serves generations from one context with `parallel` sequences. */
/** A local model's name in summaries and the history: its header's own name, else its file's. */
export function localModelName(header: { metadata?: { general?: { name?: string } } }, modelPath: string): string {
  return header.metadata?.general?.name ?? path.basename(modelPath, '.gguf');
}

export async function createLocalProvider(options: LocalProviderOptions): Promise<LocalProvider> {
  const requested = options.threads ?? defaultThreads();
  const llama = await getLlamaInstance({ maxThreads: requested });
  const model = await loadModel(options.modelPath, { threads: requested, signal: options.signal, onProgress: options.onLoadProgress });
  const threads = usefulThreads(requested, model.size);
  const parallel = Math.max(1, options.parallel ?? defaultParallel(llama.gpu, requested));
  const wanted = Math.min(options.contextSize ?? 4096, model.trainContextSize);
  let context: LlamaContext;
  try {
    context = await model.createContext({ sequences: parallel, contextSize: wanted, threads, createSignal: options.signal });
  } catch (e) {
    await model.dispose();
    throwIfAborted(options.signal);
    throw mapNativeError(e, 'context');
  }
  const sequences = Array.from({ length: parallel }, () => context.getSequence());
  const pool = new SequencePool(sequences);
  // Generations in flight: dispose waits for them, so no native call runs on a freed context.
  const inFlight = new Set<Promise<unknown>>();
  let disposed = false;
  const grammars = new Map<string, Promise<LlamaGrammar>>();
  const grammarFor = (schema: JsonSchema): Promise<LlamaGrammar> => {
    const key = JSON.stringify(schema);
    let g = grammars.get(key);
    if (!g) {
      // node-llama-cpp's schema type is a strict subset of JSON schema; ours are built to fit it.
      g = llama.createGrammarForJsonSchema(schema as never) as Promise<LlamaGrammar>;
      grammars.set(key, g);
      if (grammars.size > 64) grammars.delete(grammars.keys().next().value as string);
    }
    return g;
  };
  const contextSize = sequences[0]?.contextSize ?? context.contextSize;
  const countTokens = (text: string): number => model.tokenize(text, false).length;

  const historyOf = (messages: readonly ChatMessage[]): ChatHistoryItem[] => [
    ...messages.map((m): ChatHistoryItem => (m.role === 'system' ? { type: 'system', text: m.content } : { type: 'user', text: m.content })),
    { type: 'model', response: [] },
  ];
  // The wrapper LlamaChat resolves for this model; the same one renders the prompt it evaluates.
  const wrapper = new LlamaChat({ contextSequence: sequences[0] as LlamaContextSequence, autoDisposeSequence: false });
  const chatWrapper = wrapper.chatWrapper;
  wrapper.dispose({ disposeSequence: false });
  // User text is a plain string in the history, so node-llama-cpp tokenizes it without special
  // tokens: "<|im_start|>" inside a contract stays text (issue 3, prompts treat the document as data).
  const promptTokens = (messages: readonly ChatMessage[]): number[] =>
    chatWrapper.generateContextState({ chatHistory: historyOf(messages) }).contextText.tokenize(model.tokenizer) as number[];

  type End = Extract<StreamChunk, { type: 'end' }>;
  async function generate(messages: readonly ChatMessage[], request: StreamOptions, onText: (text: string) => void, signal: AbortSignal): Promise<End> {
    throwIfAborted(signal);
    if (disposed) throw new PrecisFailure('MODEL_NOT_LOADED', 'The model was unloaded. Load it again and retry.');
    const grammar = request.schema ? await grammarFor(request.schema) : undefined;
    const sequence = await pool.acquire(signal);
    // The wrapper resolved once at load: resolving it renders the model's Jinja template, per request it costs ~tens of ms.
    const chat = new LlamaChat({ contextSequence: sequence, autoDisposeSequence: false, chatWrapper });
    try {
      throwIfAborted(signal);
      const history = historyOf(messages);
      const prompt = promptTokens(messages);
      const promptCount = prompt.length;
      const room = contextSize - promptCount;
      if (room < 1) {
        throw new PrecisFailure(
          'CONTEXT_TOO_SMALL',
          `The prompt needs ${promptCount} tokens but the model's context holds ${contextSize}. Choose a model with a larger context.`,
        );
      }
      await prefill(sequence, prompt, signal);
      // Counted by the sequence's meter: onToken misses tokens still held back at the end (e.g. the
      // bytes of an unfinished UTF-8 character when maxTokens is reached), up to 90 % of a garbled answer.
      const meterBefore = sequence.tokenMeter.getState();
      const response = await chat.generateResponse(history, {
        maxTokens: Math.min(request.maxTokens, room),
        temperature: request.temperature ?? 0,
        seed: request.seed,
        grammar,
        signal,
        stopOnAbortSignal: true,
        onTextChunk: onText,
      });
      if (signal.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
      const generatedTokens = sequence.tokenMeter.diff(meterBefore).usedOutputTokens;
      const text = response.response;
      let json: unknown;
      if (grammar) json = parseGrammarAnswer(grammar, text);
      const stop = response.metadata.stopReason;
      return {
        type: 'end',
        json,
        promptTokens: promptCount,
        generatedTokens,
        stopReason: stop === 'maxTokens' ? 'maxTokens' : stop === 'abort' ? 'abort' : 'eos',
      };
    } catch (e) {
      if (signal.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.', { cause: e });
      if (e instanceof PrecisFailure) throw e;
      throw new PrecisFailure('GENERATION_FAILED', 'The local model stopped with an error. Try again; if it repeats, choose another model.', {
        cause: e,
      });
    } finally {
      chat.dispose({ disposeSequence: false });
      pool.release(sequence);
    }
  }

  /**
   * Evaluates all but the last prompt token in slices of one batch, checking the signal between
   * them. Given the whole prompt, node-llama-cpp evaluates it in one call that no signal interrupts:
   * a job cancelled while a model read a 3,000-token part kept the CPU until the whole part was read.
   * A slice is the batch the context decodes at once anyway, so reading in slices costs nothing more.
   * The generation that follows finds these tokens already in the sequence and evaluates only the last.
   */
  async function prefill(sequence: LlamaContextSequence, prompt: readonly number[], signal: AbortSignal): Promise<void> {
    const end = prompt.length - 1;
    const held = sequence.contextTokens;
    // What the sequence already holds of this prompt (the same instructions as the last request) is kept.
    let from = 0;
    while (from < end && from < held.length && held[from] === prompt[from]) from++;
    if (from < sequence.nextTokenIndex) await sequence.eraseContextTokenRanges([{ start: from, end: sequence.nextTokenIndex }]);
    const slice = Math.max(1, context.batchSize);
    for (let at = from; at < end; at += slice) {
      throwIfAborted(signal);
      await sequence.evaluateWithoutGeneratingNewTokens(prompt.slice(at, Math.min(at + slice, end)) as Token[]);
    }
    throwIfAborted(signal);
  }

  async function dispose(): Promise<void> {
    if (disposed) return;
    disposed = true;
    await Promise.all(inFlight);
    // Dispose chain: sequences → context → model (the Llama itself lives for the process).
    for (const s of sequences) s.dispose();
    await context.dispose();
    await model.dispose();
  }

  const tracked = (messages: readonly ChatMessage[], request: StreamOptions, push: (text: string) => void, signal: AbortSignal): Promise<End> => {
    const run = generate(messages, request, push, signal);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return run;
  };

  return {
    id: 'local',
    kind: 'local',
    modelName: localModelName(model.fileInfo, options.modelPath),
    contextSize,
    maxParallel: parallel,
    model,
    context,
    threads,
    countTokens,
    promptTokens,
    stream: (messages, request) => streamFromCallbacks(request.signal, (push, signal) => tracked(messages, request, push, signal)),
    async clearCache() {
      for (const s of sequences) await s.clearHistory();
    },
    [Symbol.asyncDispose]: () => dispose(),
    dispose,
  };
}
