import type { Block, ExtractedDocument } from '../../../shared/document';
import type { DocumentInfo, SummaryEvent, SummaryOptions, SummaryPoint, SummaryResult, SummaryStage, SummaryStats } from '../../../shared/summary';
import type { ClauseEntry, KeyTerms } from '../../../shared/terms';
import { chunkDocument, type ChunkInput } from '../chunking/chunkDocument';
import { PrecisFailure, throwIfAborted } from '../errors';
import type { GenerateRequest, GenerateResult, JsonSchema, LlmProvider } from '../llm/provider';
import { pointsFromAnswer, resolveMarkdownCitations } from './citations';
import { extractKeyTerms } from '../terms/extractKeyTerms';
import { keyTermsJsonSchema, mergeKeyTerms } from '../terms/mergeKeyTerms';
import { EventChannel } from './eventChannel';
import { createNumberedLineEscaper, createRedactionMarkerEscaper, escapeNumberedLineStarts, escapeRedactionMarkers } from './markdownEscape';
import { parseAnswer } from './parseAnswer';
import {
  createFence,
  finalSystem,
  finalUser,
  mapSystem,
  mapUser,
  pointsSchema,
  reduceSystem,
  reduceUser,
  termsSystem,
  termsUser,
} from './prompts';

/**
 * Deterministic key terms plus, for model providers, a JSON schema to ask the model with and a merge.
 * Injected so the pipeline does not depend on how key terms are extracted (electron/core/terms).
 */
export interface KeyTermsEngine {
  extract(doc: ExtractedDocument): { terms: KeyTerms; clauses: ClauseEntry[] };
  /** When present (with `merge`), model providers are also asked for key terms under this schema (ids an enum of those shown). */
  schema?(blockIds: readonly string[]): JsonSchema;
  merge?(rules: KeyTerms, model: unknown, doc: ExtractedDocument): KeyTerms;
}

/** The rule-based extractor of electron/core/terms, with its schema and merge for model answers. */
export const defaultKeyTermsEngine: KeyTermsEngine = {
  extract: extractKeyTerms,
  schema: keyTermsJsonSchema,
  merge: mergeKeyTerms,
};

export interface SummarizeOptions extends SummaryOptions {
  jobId: string;
  signal?: AbortSignal;
  /** Key-term extraction (default: {@link defaultKeyTermsEngine}); `false` skips the terms stage. */
  keyTerms?: KeyTermsEngine | false;
  /** Sampling temperature for every step (default 0: reproducible). */
  temperature?: number;
  /** Sampling seed for every step (default {@link DEFAULT_SEED}, so sampled runs repeat too). */
  seed?: number;
  /** The secret the document fence's nonce is keyed by (see createFence); a per-process one by default. */
  fenceKey?: Uint8Array;
}

/** Tokens a map answer may take: a handful of short points with their ids. */
const MAP_ANSWER_TOKENS = 384;
const REDUCE_ANSWER_TOKENS = 512;
const TERMS_ANSWER_TOKENS = 512;
const FINAL_TOKENS: Record<NonNullable<SummaryOptions['length']>, number> = { brief: 384, standard: 768, detailed: 1536 };
/** Chat-template tokens around system and user turns; generous so budgets never overflow. */
const TEMPLATE_SLACK = 48;
const MAX_REDUCE_LEVELS = 4;
/** The seed of every generation unless the caller gives one. */
export const DEFAULT_SEED = 1;
/** Streamed text is handed on at most this often: per-token events cost more than fast models' tokens. */
const DELTA_INTERVAL_MS = 25;

export function documentInfo(doc: ExtractedDocument): DocumentInfo {
  return {
    sha256: doc.sha256,
    kind: doc.kind,
    pageCount: doc.pageCount,
    ...(doc.fileName ? { fileName: doc.fileName } : {}),
    ...(doc.title ? { title: doc.title } : {}),
  };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const i = next++;
      try {
        results[i] = await work(items[i] as T, i);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== undefined) throw failure;
  return results;
}

/**
 * Summarizes a whole document: chunk → map (parallel sequences) → hierarchical reduce → streamed
 * final markdown → key terms. Yields {@link SummaryEvent}s with a per-job `seq` from 0 and exactly
 * one terminal event; an aborted signal ends the job with `cancelled`, never `failed`.
 */
export async function* summarizeDocument(doc: ExtractedDocument, provider: LlmProvider, options: SummarizeOptions): AsyncGenerator<SummaryEvent> {
  const channel = new EventChannel(options.jobId);
  // A listener that stops reading (breaks out of its loop) also stops the work, not only the caller's signal.
  const stopped = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stopped.signal]) : stopped.signal;
  const run = runJob(doc, provider, { ...options, signal }, channel).then(
    (terminal) => channel.close(terminal),
    (e: unknown) => channel.close(channel.terminalFor(e, signal)),
  );
  try {
    yield* channel;
  } finally {
    stopped.abort();
    await run;
  }
}

async function runJob(
  doc: ExtractedDocument,
  provider: LlmProvider,
  options: SummarizeOptions,
  channel: EventChannel,
): Promise<Omit<Extract<SummaryEvent, { type: 'done' }>, 'jobId' | 'seq'>> {
  const { signal } = options;
  const started = performance.now();
  const stageMs: Partial<Record<SummaryStage, number>> = {};
  const counters = { promptTokens: 0, generatedTokens: 0, dropped: 0, sentencesRead: 0, sentencesChosen: 0, picksSentences: false, keyTermsMs: 0 };
  const temperature = options.temperature ?? 0;
  const fence = createFence(doc.sha256, options.fenceKey);
  const seed = options.seed ?? DEFAULT_SEED;
  const blockById = new Map(doc.blocks.map((b) => [b.id, b] as const));
  const length = options.length ?? 'standard';
  const parallel = Math.max(1, Math.min(options.parallel ?? provider.maxParallel, provider.maxParallel));

  const timed = async <T>(stage: SummaryStage, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await work();
    } finally {
      stageMs[stage] = (stageMs[stage] ?? 0) + (performance.now() - t);
    }
  };
  const generate = async (request: GenerateRequest, onText?: (text: string) => void): Promise<GenerateResult> => {
    throwIfAborted(signal);
    const result = await provider.generate(request, { signal, onText });
    counters.promptTokens += result.promptTokens;
    counters.generatedTokens += result.generatedTokens;
    if (result.sentences) {
      counters.picksSentences = true;
      // The document's sentences are read in the map step; later steps only re-rank chosen ones.
      if (request.task.type === 'map') counters.sentencesRead += result.sentences.read;
      if (request.task.type === 'final') counters.sentencesChosen = result.sentences.chosen;
    }
    return result;
  };
  /** Coalesces streamed pieces into one delta per interval; `flush` hands on the rest. */
  const deltaStream = (stage: SummaryStage, chunkIndex?: number) => {
    let pending = '';
    let last = performance.now();
    const flush = (): void => {
      if (!pending) return;
      channel.emit({ type: 'delta', stage, ...(chunkIndex === undefined ? {} : { chunkIndex }), text: pending });
      pending = '';
      last = performance.now();
    };
    return {
      push: (text: string): void => {
        pending += text;
        if (performance.now() - last >= DELTA_INTERVAL_MS) flush();
      },
      flush,
    };
  };
  /** Tokens a prompt of `system` + `user` (without document text) takes, with template slack. */
  const overhead = (system: string, user: string): number => provider.countTokens(system) + provider.countTokens(user) + TEMPLATE_SLACK;

  if (doc.blocks.length === 0) throw new PrecisFailure('NO_TEXT', 'This document has no text to summarize. If it is a scan, run OCR first.');

  // Chunk: budget = context − prompt − answer reserve, measured with the provider's own tokenizer.
  const mapReserve = Math.min(MAP_ANSWER_TOKENS, Math.floor(provider.contextSize / 4));
  const chunks = await timed('chunk', async () => {
    const budget = provider.contextSize - overhead(mapSystem(fence), mapUser(fence, '', 99, 99)) - mapReserve;
    return chunkDocument(doc, { countTokens: (t) => provider.countTokens(t), budget });
  });

  // By chunk, not by finish time: with parallel sequences, chunks finish in any order.
  const partialPoints: SummaryPoint[][] = [];
  let partialMarkdown = '';
  channel.partial = () => ({ markdown: partialMarkdown, points: partialPoints.flat() });

  channel.emit({ type: 'started', chunkCount: chunks.length, provider: provider.id, model: provider.modelName, document: documentInfo(doc) });
  channel.emit({ type: 'stage', stage: 'chunk', detail: `${chunks.length} chunk${chunks.length === 1 ? '' : 's'}` });

  let keyTerms: { terms: KeyTerms; clauses: ClauseEntry[] } | undefined;
  const engine = options.keyTerms === false ? undefined : (options.keyTerms ?? defaultKeyTermsEngine);
  if (engine) {
    // Rules first: instant, and useful while the model works.
    const t = performance.now();
    keyTerms = engine.extract(doc);
    counters.keyTermsMs = performance.now() - t;
    channel.emit({ type: 'keyTerms', terms: keyTerms.terms, clauses: keyTerms.clauses });
  }

  // Map: each chunk → points citing its blocks, several chunks decoded together.
  channel.emit({ type: 'stage', stage: 'map', detail: `${chunks.length} chunk${chunks.length === 1 ? '' : 's'}, ${parallel} at a time` });
  const mapped = await timed('map', () =>
    mapLimit(chunks, parallel, async (chunk: ChunkInput) => {
      throwIfAborted(signal);
      channel.emit({ type: 'chunkStarted', chunkIndex: chunk.index, chunkCount: chunks.length, pages: chunk.pages });
      const blocks = chunk.blockIds.map((id) => blockById.get(id)).filter((b): b is Block => !!b);
      const deltas = deltaStream('map', chunk.index);
      const result = await generate(
        {
          system: mapSystem(fence),
          user: mapUser(fence, chunk.text, chunk.index, chunks.length),
          maxTokens: mapReserve,
          temperature,
          seed,
          jsonSchema: pointsSchema(chunk.blockIds, 5),
          task: { type: 'map', chunk, blocks },
        },
        deltas.push,
      );
      deltas.flush();
      const allowed = new Map(blocks.map((b) => [b.id, b] as const));
      const { points, dropped } = pointsFromAnswer(result.json ?? parseAnswer(result.text), allowed);
      counters.dropped += dropped;
      partialPoints[chunk.index] = points;
      channel.emit({ type: 'chunkDone', chunkIndex: chunk.index, points });
      return points;
    }),
  );
  let points = mapped.flat();

  // Reduce: merge hierarchically while the points do not fit the final prompt.
  const finalReserve = Math.min(options.maxTokens ?? FINAL_TOKENS[length], Math.floor(provider.contextSize / 2));
  const finalBudget = provider.contextSize - overhead(finalSystem(fence, length), finalUser(fence, [], doc.title)) - finalReserve;
  const reduceReserve = Math.min(REDUCE_ANSWER_TOKENS, Math.floor(provider.contextSize / 4));
  const reduceBudget = provider.contextSize - overhead(reduceSystem(fence), reduceUser(fence, [])) - reduceReserve;
  const fitsFinal = (ps: SummaryPoint[]): boolean => provider.countTokens(finalUser(fence, ps)) <= finalBudget;
  if (!fitsFinal(points)) {
    channel.emit({ type: 'stage', stage: 'reduce' });
    points = await timed('reduce', async () => {
      let current = points;
      for (let level = 0; level < MAX_REDUCE_LEVELS && !fitsFinal(current); level++) {
        const groups = groupToFit(current, (ps) => provider.countTokens(reduceUser(fence, ps)) <= reduceBudget);
        const reduced = await mapLimit(groups, parallel, async (group) => {
          const ids = [...new Set(group.flatMap((p) => p.citations.map((c) => c.blockId)))];
          const result = await generate({
            system: reduceSystem(fence),
            user: reduceUser(fence, group),
            maxTokens: reduceReserve,
            temperature,
            seed,
            jsonSchema: pointsSchema(ids.length ? ids : ['none'], 6),
            task: { type: 'reduce', points: group },
          });
          const allowed = new Map(ids.map((id) => [id, blockById.get(id)] as const).filter((e): e is [string, Block] => !!e[1]));
          const { points: merged, dropped } = pointsFromAnswer(result.json ?? parseAnswer(result.text), allowed);
          counters.dropped += dropped;
          // An unusable answer keeps the group's own points: never lose notes to a bad generation.
          return merged.length ? merged : group;
        });
        const next = reduced.flat();
        // No progress (a model that does not merge): stop rather than loop.
        if (provider.countTokens(finalUser(fence, next)) >= provider.countTokens(finalUser(fence, current))) break;
        current = next;
      }
      // Still too long after every level: keep the leading points that fit (document order).
      while (current.length > 1 && !fitsFinal(current)) current = current.slice(0, -1);
      return current;
    });
  }

  // Final: streamed markdown; citations checked against the document afterwards.
  channel.emit({ type: 'stage', stage: 'final' });
  const finalDeltas = deltaStream('final');
  // Clause numbers copied to the start of a line must not turn into markdown lists, while streaming too.
  // Redaction markers copied from the document ("[***]") must stay text, not pair up as emphasis.
  const escaper = createNumberedLineEscaper();
  const markers = createRedactionMarkerEscaper();
  const streamFinal = (text: string): void => {
    if (!text) return;
    partialMarkdown += text;
    finalDeltas.push(text);
  };
  const finalCitedBlocks = [...new Set(points.flatMap((p) => p.citations.map((c) => c.blockId)))]
    .map((id) => blockById.get(id))
    .filter((b): b is Block => !!b);
  const final = await timed('final', () =>
    generate(
      {
        system: finalSystem(fence, length),
        user: finalUser(fence, points, doc.title),
        maxTokens: finalReserve,
        temperature,
        seed,
        task: { type: 'final', points, blocks: finalCitedBlocks.length ? finalCitedBlocks : doc.blocks },
      },
      (text) => streamFinal(markers.push(escaper.push(text))),
    ),
  );
  streamFinal(markers.push(escaper.flush()) + markers.flush());
  finalDeltas.flush();
  const resolved = resolveMarkdownCitations(escapeRedactionMarkers(escapeNumberedLineStarts(final.text)), doc.blocks);
  counters.dropped += resolved.dropped;
  partialMarkdown = resolved.markdown;

  // Key terms from the model, merged with the rules (model providers only).
  const { schema: termsSchema, merge } = engine ?? {};
  if (termsSchema && merge && keyTerms && provider.kind !== 'extractive') {
    channel.emit({ type: 'stage', stage: 'terms' });
    const termsReserve = Math.min(TERMS_ANSWER_TOKENS, Math.floor(provider.contextSize / 4));
    const budget = provider.contextSize - overhead(termsSystem(fence), termsUser(fence, '')) - termsReserve;
    const blocks = termsBlocks(doc, keyTerms.terms, chunks, blockById);
    const text = fitLines(blocks.map((b) => `[${b.id}] ${b.text}`), budget, (t) => provider.countTokens(t));
    const result = await timed('terms', () =>
      generate({
        system: termsSystem(fence),
        user: termsUser(fence, text),
        maxTokens: termsReserve,
        temperature,
        seed,
        jsonSchema: termsSchema(blocks.map((b) => b.id)),
        task: { type: 'terms', blocks },
      }),
    );
    const modelTerms = result.json ?? parseAnswer(result.text);
    if (modelTerms !== undefined) {
      keyTerms = { terms: merge(keyTerms.terms, modelTerms, doc), clauses: keyTerms.clauses };
      channel.emit({ type: 'keyTerms', terms: keyTerms.terms, clauses: keyTerms.clauses });
    }
  }

  const totalMs = performance.now() - started;
  const generatingMs = (['map', 'reduce', 'final', 'terms'] as const).reduce((sum, st) => sum + (stageMs[st] ?? 0), 0);
  const stats: SummaryStats = {
    chunks: chunks.length,
    promptTokens: counters.promptTokens,
    generatedTokens: counters.generatedTokens,
    stageMs,
    totalMs,
    // Wall time of the generating stages: parallel sequences overlap, so per-request times would undercount.
    tokensPerSecond: generatingMs > 0 ? counters.generatedTokens / (generatingMs / 1000) : 0,
    droppedCitations: counters.dropped,
    ...(counters.picksSentences ? { sentencesRead: counters.sentencesRead, sentencesChosen: counters.sentencesChosen } : {}),
    ...(engine ? { keyTermsMs: counters.keyTermsMs } : {}),
  };
  const summary: SummaryResult = {
    markdown: resolved.markdown,
    points,
    ...(keyTerms ? { keyTerms: keyTerms.terms, clauses: keyTerms.clauses } : {}),
    provider: provider.id,
    providerKind: provider.kind,
    model: provider.modelName,
    document: documentInfo(doc),
    warnings: doc.warnings,
    createdAt: new Date().toISOString(),
  };
  return { type: 'done', summary, stats };
}

/** Splits points into consecutive groups that each fit; a single over-long point forms its own group. */
function groupToFit(points: SummaryPoint[], fits: (ps: SummaryPoint[]) => boolean): SummaryPoint[][] {
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

/** The blocks a model reads for key terms: those the rules cited, then the opening of the contract. */
function termsBlocks(doc: ExtractedDocument, terms: KeyTerms, chunks: ChunkInput[], byId: ReadonlyMap<string, Block>): Block[] {
  const ids = new Set<string>();
  for (const t of Object.values(terms)) for (const c of t?.citations ?? []) ids.add(c.blockId);
  for (const id of chunks[0]?.blockIds ?? []) ids.add(id);
  return doc.blocks.filter((b) => ids.has(b.id) && byId.has(b.id));
}

function fitLines(lines: string[], budget: number, count: (t: string) => number): string {
  const kept: string[] = [];
  for (const line of lines) {
    if (count([...kept, line].join('\n')) > budget) break;
    kept.push(line);
  }
  return kept.join('\n');
}

/** Runs a summary to the end and returns its terminal event and every event (CLI and tests). */
export async function collectSummary(events: AsyncIterable<SummaryEvent>, onEvent?: (e: SummaryEvent) => void): Promise<{ events: SummaryEvent[]; terminal: SummaryEvent }> {
  const all: SummaryEvent[] = [];
  for await (const e of events) {
    all.push(e);
    onEvent?.(e);
  }
  const terminal = all[all.length - 1];
  if (!terminal) throw new PrecisFailure('INTERNAL', 'The summary ended without a result. Try again.');
  return { events: all, terminal };
}
