import type { ExtractedDocument } from '../../../shared/document';
import type { SummaryLength, SummaryPoint } from '../../../shared/summary';
import { chunkDocument } from '../chunking/chunkDocument';
import { attachedInstrumentStart } from '../terms/attachedInstrument';
import { chat, complete } from '../llm/complete';
import type { LlmProvider } from '../llm/provider';
import { parseAnswer } from './parseAnswer';
import { createFence, finalSystem, finalUser, mapSystem, mapUser, pointsSchema, reduceSystem, reduceUser, termsSystem, termsUser } from './prompts';
import type { PreparedStrategy, StrategyOptions, SummaryStrategy } from './summaryStrategy';

/** Tokens a map answer may take: a handful of short points with their ids. */
const MAP_ANSWER_TOKENS = 384;
const REDUCE_ANSWER_TOKENS = 512;
const TERMS_ANSWER_TOKENS = 512;
const FINAL_TOKENS: Record<SummaryLength, number> = { brief: 384, standard: 768, detailed: 1536 };
/** Chat-template tokens around system and user turns; generous so budgets never overflow. */
const TEMPLATE_SLACK = 48;

/** Splits points into consecutive groups that each fit; a single over-long point forms its own group. */
export function groupToFit(points: SummaryPoint[], fits: (ps: SummaryPoint[]) => boolean): SummaryPoint[][] {
  const groups: SummaryPoint[][] = [];
  let current: SummaryPoint[] = [];
  for (const p of points) {
    if (current.length && !fits([...current, p])) {
      groups.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Fewest characters a cut point keeps before it prefers to end at a word. */
const CUT_WORD_FLOOR = 0.5;

/**
 * The point cut to its longest leading part that fits, marked with "…" and ending at a word where
 * one is near; the point itself when it fits whole; undefined when not even its citations fit.
 * A point is bounded in characters (POINT_MAX_CHARS), not tokens: a model that writes text its
 * tokenizer splits finely (invalid UTF-8 read back as U+FFFD, dense scripts) can make one point
 * outgrow a whole step's prompt, and such a prompt would fail the job with CONTEXT_TOO_SMALL.
 */
export function cutToFit(point: SummaryPoint, fits: (ps: SummaryPoint[]) => boolean): SummaryPoint | undefined {
  if (fits([point])) return point;
  // Code points, so a cut never splits a surrogate pair.
  const chars = Array.from(point.text);
  const cut = (n: number): SummaryPoint => ({ ...point, text: `${chars.slice(0, n).join('').trimEnd()}…` });
  let lo = 0;
  let hi = chars.length - 1;
  if (!fits([cut(lo)])) return undefined;
  // Longest prefix that fits; more characters never take fewer tokens, so the search is sound.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits([cut(mid)])) lo = mid;
    else hi = mid - 1;
  }
  const space = chars.slice(0, lo + 1).lastIndexOf(' ');
  return space >= Math.ceil(lo * CUT_WORD_FLOOR) ? cut(space) : cut(lo);
}

/** The leading lines that fit `budget` tokens together. */
function fitLines(lines: string[], budget: number, count: (t: string) => number): string {
  const kept: string[] = [];
  for (const line of lines) {
    if (count([...kept, line].join('\n')) > budget) break;
    kept.push(line);
  }
  return kept.join('\n');
}

/**
 * A summary written by a language model: every step is a prompt (pipeline/prompts) sized to the
 * provider's context with its own tokenizer, answered through `provider.stream`.
 */
export function modelStrategy(provider: LlmProvider): SummaryStrategy {
  return {
    id: provider.id,
    kind: provider.kind,
    modelName: provider.modelName,
    maxParallel: provider.maxParallel,
    prepare: (doc, options) => prepareModel(provider, doc, options),
  };
}

function prepareModel(provider: LlmProvider, doc: ExtractedDocument, options: StrategyOptions): PreparedStrategy {
  const fence = createFence(doc.sha256, options.fenceKey);
  const { contextSize } = provider;
  const count = (text: string) => provider.countTokens(text);
  const sampling = { temperature: options.temperature ?? 0, ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.onWait ? { onWait: options.onWait } : {}) };
  /** Tokens a prompt of `system` + `user` (without document text) takes, with template slack. */
  const overhead = (system: string, user: string): number => count(system) + count(user) + TEMPLATE_SLACK;
  const ask = async (system: string, user: string, maxTokens: number, signal: AbortSignal, schema?: Record<string, unknown>) => {
    const result = await complete(provider, chat(system, user), { maxTokens, signal, ...sampling, ...(schema ? { schema } : {}) });
    return { answer: result.json ?? parseAnswer(result.text), promptTokens: result.promptTokens, generatedTokens: result.generatedTokens };
  };

  // Budget of each step = context − prompt − answer reserve, measured with the provider's own tokenizer.
  const mapReserve = Math.min(MAP_ANSWER_TOKENS, Math.floor(contextSize / 4));
  const finalReserve = Math.min(options.maxTokens ?? FINAL_TOKENS[options.length], Math.floor(contextSize / 2));
  const finalBudget = contextSize - overhead(finalSystem(fence, options.length), finalUser(fence, [], doc.title)) - finalReserve;
  const reduceReserve = Math.min(REDUCE_ANSWER_TOKENS, Math.floor(contextSize / 4));
  const reduceBudget = contextSize - overhead(reduceSystem(fence), reduceUser(fence, [])) - reduceReserve;
  const fitsFinal = (points: SummaryPoint[]) => count(finalUser(fence, points)) <= finalBudget;
  const fitsReduce = (points: SummaryPoint[]) => count(reduceUser(fence, points)) <= reduceBudget;
  let chunkCount = 0;

  return {
    chunk() {
      const budget = contextSize - overhead(mapSystem(fence), mapUser(fence, '', 99, 99)) - mapReserve;
      // The model reads the contract: an instrument attached after it (the form of another agreement,
      // its own parties, duties and law) would give the summary points that are not the contract's,
      // and costs generation time. The summary's warning names what was left out.
      const end = attachedInstrumentStart(doc.blocks);
      const chunks = chunkDocument({ blocks: end > 0 ? doc.blocks.slice(0, end) : doc.blocks }, { countTokens: count, budget });
      chunkCount = chunks.length;
      return chunks;
    },
    map: (chunk, _blocks, signal) => ask(mapSystem(fence), mapUser(fence, chunk.text, chunk.index, chunkCount), mapReserve, signal, pointsSchema(chunk.blockIds, 5)),
    fitsFinal,
    fitFinal(points) {
      // Document order: the leading points that fit, the first cut to fit when even it alone does not.
      let kept = points;
      while (kept.length > 1 && !fitsFinal(kept)) kept = kept.slice(0, -1);
      const [only] = kept;
      if (kept.length !== 1 || !only) return kept;
      const fitted = cutToFit(only, fitsFinal);
      return fitted ? [fitted] : [];
    },
    finalSize: (points) => count(finalUser(fence, points)),
    reduceGroups: (points) => groupToFit(points.flatMap((p) => cutToFit(p, fitsReduce) ?? []), fitsReduce),
    reduce: (group, ids, signal) => ask(reduceSystem(fence), reduceUser(fence, group), reduceReserve, signal, pointsSchema(ids.length ? ids : ['none'], 6)),
    async final(points, _blocks, signal, onText) {
      const result = await complete(provider, chat(finalSystem(fence, options.length), finalUser(fence, points, doc.title)), { maxTokens: finalReserve, signal, ...sampling }, onText);
      return { text: result.text, promptTokens: result.promptTokens, generatedTokens: result.generatedTokens };
    },
    terms(blocks, schema, signal) {
      const reserve = Math.min(TERMS_ANSWER_TOKENS, Math.floor(contextSize / 4));
      const budget = contextSize - overhead(termsSystem(fence), termsUser(fence, '')) - reserve;
      const text = fitLines(blocks.map((b) => `[${b.id}] ${b.text}`), budget, count);
      return ask(termsSystem(fence), termsUser(fence, text), reserve, signal, schema);
    },
  };
}
