import { PrecisFailure, throwIfAborted } from '../../../electron/core/errors';
import type { GenerateOptions, GenerateRequest, GenerateResult, LlmProvider } from '../../../electron/core/llm/provider';

/**
 * A deterministic provider for the pipeline's pure logic: answers are computed from the structured
 * task (first two blocks of a map chunk, pairs of points in a reduce, a markdown line per point in the
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
    /** Throws on the n-th generate call (0-based). */
    failAt?: number;
    /** Called before each generation (tests abort from here). */
    beforeGenerate?: (request: GenerateRequest, call: number) => void;
  } = {},
): LlmProvider & { requests: GenerateRequest[] } {
  const requests: GenerateRequest[] = [];
  const count = (t: string) => t.split(/\s+/).filter(Boolean).length;
  return {
    id: 'scripted',
    kind: 'local',
    modelName: 'scripted',
    contextSize: options.contextSize ?? 4096,
    maxParallel: 2,
    requests,
    countTokens: count,
    async generate(request: GenerateRequest, opts: GenerateOptions = {}): Promise<GenerateResult> {
      const call = requests.length;
      requests.push(request);
      options.beforeGenerate?.(request, call);
      await new Promise((r) => setTimeout(r, 1));
      throwIfAborted(opts.signal);
      if (call === options.failAt) throw new PrecisFailure('GENERATION_FAILED', 'Scripted failure.');
      const task = request.task;
      let json: unknown;
      let text: string;
      if (task.type === 'map') {
        const ids = task.chunk.blockIds.slice(0, 2);
        json = { points: ids.map((id) => ({ text: `Point about ${id}.`, blockIds: [id, ...(options.bogusIds ?? [])] })) };
        text = JSON.stringify(json);
        if (options.truncateMap) {
          text = text.slice(0, -12);
          json = undefined;
        }
        if (options.cutFirstPoint) {
          text = `{"points":[{"blockIds":${JSON.stringify(ids.slice(0, 1))},"text":"Cut off about ${ids[0]} \\"quoted\\" and`;
          json = undefined;
        }
      } else if (task.type === 'reduce') {
        const merged = [];
        for (let i = 0; i < task.points.length; i += 2) {
          const pair = task.points.slice(i, i + 2);
          merged.push({ text: `Merged ${i / 2}.`, blockIds: pair.flatMap((p) => p.citations.map((c) => c.blockId)).slice(0, 3) });
        }
        json = { points: merged };
        text = JSON.stringify(json);
      } else if (task.type === 'final') {
        text = `## Overview\n\n${task.points.map((p) => `- ${p.text} [p. ${p.citations[0]?.page ?? 1}${p.citations[0]?.clause ? `, §${p.citations[0].clause}` : ''}]`).join('\n')}${options.finalSuffix ?? ''}\n`;
      } else if (task.type === 'terms') {
        json = {};
        text = '{}';
      } else text = 'raw';
      for (const piece of text.match(/.{1,16}/gs) ?? []) opts.onText?.(piece);
      return { text, ...(json === undefined ? {} : { json }), promptTokens: count(request.system) + count(request.user), generatedTokens: count(text), stopReason: 'eos' };
    },
    async dispose() {},
  };
}
