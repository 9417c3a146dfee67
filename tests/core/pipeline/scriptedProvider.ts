import { PrecisFailure, throwIfAborted } from '../../../electron/core/errors';
import type { ChatMessage, LlmProvider, StreamChunk, StreamOptions } from '../../../electron/core/llm/provider';

/** What a scripted request was for, read from its prompt the way a reader of the prompt would. */
export type StepKind = 'map' | 'reduce' | 'final' | 'terms' | 'raw';

export interface ScriptedRequest {
  kind: StepKind;
  system: string;
  user: string;
  maxTokens: number;
  schema?: Record<string, unknown>;
  /** map: the ids the schema lets the answer cite (the chunk's blocks, in order). */
  blockIds: string[];
}

function kindOf(system: string): StepKind {
  if (system.includes('summarising one part of a contract')) return 'map';
  if (system.includes('merging notes')) return 'reduce';
  if (system.includes('writing a plain-English summary')) return 'final';
  if (system.includes('extracting key terms')) return 'terms';
  return 'raw';
}

/** The ids a points schema allows (pipeline/prompts pointsSchema). */
function schemaIds(schema: Record<string, unknown> | undefined): string[] {
  const items = (schema as { properties?: { points?: { items?: { properties?: { blockIds?: { items?: { enum?: string[] } } } } } } } | undefined)?.properties?.points?.items
    ?.properties?.blockIds?.items?.enum;
  return items ? [...items] : [];
}

/** The lines between the prompt's document fence. */
function fencedLines(user: string): string[] {
  const lines = user.split('\n');
  const open = lines.findIndex((l) => l.startsWith('<<<DOCUMENT '));
  const close = lines.findIndex((l) => l.startsWith('<<<END DOCUMENT '));
  return open >= 0 && close > open ? lines.slice(open + 1, close) : [];
}

/**
 * A deterministic provider for the pipeline's pure logic: answers are computed from the prompts
 * (first two ids a map schema allows, pairs of notes in a reduce, a markdown line per note in the
 * final), with one word = one token. Real generation is covered by the tiny-model tests.
 */
export function scriptedProvider(
  options: {
    contextSize?: number;
    /** Extra text appended to the final answer (e.g. a citation that does not resolve). */
    finalSuffix?: string;
    /** Extra ids added to map answers (must be dropped). */
    bogusIds?: string[];
    /** Map answers are cut off mid-way (as at a token limit), without parsed JSON. */
    truncateMap?: boolean;
    /** Map answers are cut off inside the first point's text (ids first, as the schema orders them). */
    cutFirstPoint?: boolean;
    /** The text of every map answer's first point in place of the scripted one (e.g. one far longer than a step). */
    mapPointText?: string;
    /** Throws on the n-th request (0-based). */
    failAt?: number;
    /** Called before each generation (tests abort from here). */
    beforeGenerate?: (request: ScriptedRequest, call: number) => void;
  } = {},
): LlmProvider & { requests: ScriptedRequest[] } {
  const requests: ScriptedRequest[] = [];
  const count = (t: string) => t.split(/\s+/).filter(Boolean).length;

  function answer(request: ScriptedRequest): { text: string; json?: unknown } {
    if (request.kind === 'map') {
      const ids = request.blockIds.slice(0, 2);
      const json = { points: ids.map((id, i) => ({ text: (i === 0 && options.mapPointText) || `Point about ${id}.`, blockIds: [id, ...(options.bogusIds ?? [])] })) };
      const text = JSON.stringify(json);
      if (options.truncateMap) return { text: text.slice(0, -12) };
      if (options.cutFirstPoint) return { text: `{"points":[{"blockIds":${JSON.stringify(ids.slice(0, 1))},"text":"Cut off about ${ids[0]} \\"quoted\\" and` };
      return { text, json };
    }
    if (request.kind === 'reduce') {
      const notes = fencedLines(request.user).map((l) => /^\[([^\]]*)\]/.exec(l)?.[1]?.split(' ') ?? []);
      const merged = [];
      for (let i = 0; i < notes.length; i += 2) merged.push({ text: `Merged ${i / 2}.`, blockIds: notes.slice(i, i + 2).flat().slice(0, 3) });
      const json = { points: merged };
      return { text: JSON.stringify(json), json };
    }
    if (request.kind === 'final') {
      // Each note is "- text [p. 4, §7.2] …": keep its text and first citation.
      const bullets = fencedLines(request.user).map((l) => {
        const m = /^- (.*?)((?: \[p\. [^\]]+\])*)$/.exec(l);
        const first = /\[p\. [^\]]+\]/.exec(m?.[2] ?? '')?.[0] ?? '[p. 1]';
        return `- ${m?.[1] ?? l} ${first}`;
      });
      return { text: `## Overview\n\n${bullets.join('\n')}${options.finalSuffix ?? ''}\n` };
    }
    if (request.kind === 'terms') return { text: '{}', json: {} };
    return { text: 'raw' };
  }

  return {
    id: 'scripted',
    kind: 'local',
    modelName: 'scripted',
    contextSize: options.contextSize ?? 4096,
    maxParallel: 2,
    requests,
    countTokens: count,
    async *stream(messages: readonly ChatMessage[], opts: StreamOptions): AsyncGenerator<StreamChunk> {
      const system = messages.find((m) => m.role === 'system')?.content ?? '';
      const user = messages.find((m) => m.role === 'user')?.content ?? '';
      const request: ScriptedRequest = { kind: kindOf(system), system, user, maxTokens: opts.maxTokens, ...(opts.schema ? { schema: opts.schema } : {}), blockIds: schemaIds(opts.schema) };
      const call = requests.length;
      requests.push(request);
      options.beforeGenerate?.(request, call);
      await new Promise((r) => setTimeout(r, 1));
      throwIfAborted(opts.signal);
      if (call === options.failAt) throw new PrecisFailure('GENERATION_FAILED', 'Scripted failure.');
      // As a local model does: a prompt the context cannot hold fails the step.
      const promptTokens = count(system) + count(user);
      if (promptTokens >= (options.contextSize ?? 4096)) throw new PrecisFailure('CONTEXT_TOO_SMALL', `The prompt needs ${promptTokens} tokens.`);
      const { text, json } = answer(request);
      for (const piece of text.match(/.{1,16}/gs) ?? []) yield { type: 'text', text: piece };
      yield { type: 'end', ...(json === undefined ? {} : { json }), promptTokens, generatedTokens: count(text), stopReason: 'eos' };
    },
    async dispose() {},
    async [Symbol.asyncDispose]() {},
  };
}
