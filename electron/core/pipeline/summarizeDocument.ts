import type { Block, ExtractedDocument } from '../../../shared/document';
import type { DocumentInfo, SummaryLength, SummaryOptions, SummaryPoint, SummaryResult, SummaryStage, SummaryStats } from '../../../shared/summary';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import type { ClauseEntry, KeyTerms } from '../../../shared/terms';
import type { ChunkInput } from '../chunking/chunkDocument';
import { PrecisFailure, throwIfAborted } from '../errors';
import { pointsFromAnswer, resolveMarkdownCitations } from './citations';
import { EventQueue } from './eventQueue';
import { attachedInstrumentStart } from '../terms/attachedInstrument';
import { attachedWarning } from './attachedWarning';
import { defaultKeyTermsEngine, type KeyTermsEngine } from './keyTermsEngine';
import type { MapCache } from './mapCache';
import { mapLimit } from './mapLimit';
import { createNumberedLineEscaper, createRedactionMarkerEscaper, escapeNumberedLineStarts, escapeRedactionMarkers } from './markdownEscape';
import type { PipelineEvent } from './pipelineEvent';
import type { StepAnswer, StepUsage, SummaryStrategy } from './summaryStrategy';
import { noBlocksFailure } from '../documents/noTextFailure';


export interface SummarizeOptions extends SummaryOptions {
  signal?: AbortSignal;
  /** Key-term extraction (default: {@link defaultKeyTermsEngine}); `false` skips the terms stage. */
  keyTerms?: KeyTermsEngine | false;
  /** Sampling temperature for every step (default 0: reproducible). */
  temperature?: number;
  /** Sampling seed for every step (default {@link DEFAULT_SEED}, so sampled runs repeat too). */
  seed?: number;
  /** Chunks answered before (a resumed job): the map stage takes their points instead of asking again. */
  cache?: MapCache;
  /** The secret the document fence's nonce is keyed by (see createFence); a per-process one by default. */
  fenceKey?: Uint8Array;
}

const MAX_REDUCE_LEVELS = 4;
/** The seed of every generation unless the caller gives one. */
export const DEFAULT_SEED = 1;
/** The length of a summary whose caller names none (the CLI without --length): the Settings' default. */
export const DEFAULT_LENGTH: SummaryLength = DEFAULT_SETTINGS.summaryLength;

export function documentInfo(doc: ExtractedDocument): DocumentInfo {
  return {
    sha256: doc.sha256,
    kind: doc.kind,
    pageCount: doc.pageCount,
    ...(doc.fileName ? { fileName: doc.fileName } : {}),
    ...(doc.title ? { title: doc.title } : {}),
  };
}

/**
 * Summarizes a whole document: chunk → map (parallel) → hierarchical reduce → streamed final
 * markdown → key terms. Yields unnumbered {@link PipelineEvent}s ending with `done`; a failure or
 * an abort is thrown (the job manager turns it into the job's one terminal event). A reader that
 * stops reading also stops the work.
 */
export async function* summarizeDocument(doc: ExtractedDocument, strategy: SummaryStrategy, options: SummarizeOptions = {}): AsyncGenerator<PipelineEvent> {
  const queue = new EventQueue();
  const stopped = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stopped.signal]) : stopped.signal;
  const run = runStages(doc, strategy, { ...options, signal }, (e) => queue.push(e)).then(
    (done) => {
      queue.push(done);
      queue.end();
    },
    (e: unknown) => queue.end(signal.aborted ? new PrecisFailure('CANCELLED', 'The operation was cancelled.', { cause: e }) : e),
  );
  try {
    yield* queue;
  } finally {
    stopped.abort();
    await run;
  }
}

async function runStages(
  doc: ExtractedDocument,
  strategy: SummaryStrategy,
  options: SummarizeOptions & { signal: AbortSignal },
  emit: (event: PipelineEvent) => void,
): Promise<Extract<PipelineEvent, { type: 'done' }>> {
  const { signal } = options;
  const started = performance.now();
  const stageMs: Partial<Record<SummaryStage, number>> = {};
  const counters = { promptTokens: 0, generatedTokens: 0, dropped: 0, sentencesRead: 0, sentencesChosen: 0, picksSentences: false, keyTermsMs: 0 };
  const blockById = new Map(doc.blocks.map((b) => [b.id, b] as const));
  const parallel = Math.max(1, Math.min(options.parallel ?? strategy.maxParallel, strategy.maxParallel));

  const timed = async <T>(stage: SummaryStage, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await work();
    } finally {
      stageMs[stage] = (stageMs[stage] ?? 0) + (performance.now() - t);
    }
  };
  const counted = <T extends StepUsage>(usage: T, stage?: 'map' | 'final'): T => {
    counters.promptTokens += usage.promptTokens;
    counters.generatedTokens += usage.generatedTokens;
    if (usage.sentences) {
      counters.picksSentences = true;
      // The document's sentences are read in the map step; later steps only re-rank chosen ones.
      if (stage === 'map') counters.sentencesRead += usage.sentences.read;
      if (stage === 'final') counters.sentencesChosen = usage.sentences.chosen;
    }
    return usage;
  };
  /** Checked points of a step's answer, citing only `allowed` blocks. */
  const pointsOf = (step: StepAnswer, allowed: ReadonlyMap<string, Block>, stage?: 'map'): SummaryPoint[] => {
    const { points, dropped } = pointsFromAnswer(counted(step, stage).answer, allowed);
    counters.dropped += dropped;
    return points;
  };

  if (doc.blocks.length === 0) throw noBlocksFailure(doc.warnings);
  const length = options.length ?? DEFAULT_LENGTH;
  // A step whose server asked to wait (a rate limit) is told to the reader, who would otherwise see the job stand
  // still; steps run side by side may each wait, and the end of the wait is told once none does any more.
  let waits = 0;
  // Time in which every running step waits makes no token: it is left out of the run's tokens per second,
  // which would otherwise read 2 tokens/s for a server that writes 40 after a 20 s rate limit. A wait while
  // another step generates is generating time still.
  let running = 0;
  let stillSince: number | undefined;
  let waitedMs = 0;
  const settle = (): void => {
    const still = running > 0 && waits >= running;
    if (still && stillSince === undefined) stillSince = performance.now();
    else if (!still && stillSince !== undefined) {
      waitedMs += performance.now() - stillSince;
      stillSince = undefined;
    }
  };
  const generating = async <T>(work: () => Promise<T>): Promise<T> => {
    running++;
    settle();
    try {
      return await work();
    } finally {
      running--;
      settle();
    }
  };
  const onWait = (ms: number): void => {
    if (ms > 0) {
      waits++;
      settle();
      emit({ type: 'waiting', seconds: Math.ceil(ms / 1000) });
    } else if (waits > 0) {
      waits--;
      settle();
      if (waits === 0) emit({ type: 'waiting', seconds: 0 });
    }
  };
  const steps = strategy.prepare(doc, {
    length,
    ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
    ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
    seed: options.seed ?? DEFAULT_SEED,
    ...(options.fenceKey ? { fenceKey: options.fenceKey } : {}),
    onWait,
  });

  const chunks = await timed('chunk', async () => steps.chunk());
  emit({ type: 'started', chunkCount: chunks.length, provider: strategy.id, model: strategy.modelName, document: documentInfo(doc) });
  emit({ type: 'stage', stage: 'chunk', detail: `${chunks.length} chunk${chunks.length === 1 ? '' : 's'}` });

  let keyTerms: { terms: KeyTerms; clauses: ClauseEntry[] } | undefined;
  const engine = options.keyTerms === false ? undefined : (options.keyTerms ?? defaultKeyTermsEngine);
  if (engine) {
    // Rules first: instant, and useful while the model works.
    const t = performance.now();
    keyTerms = engine.extract(doc);
    counters.keyTermsMs = performance.now() - t;
    emit({ type: 'keyTerms', terms: keyTerms.terms, clauses: keyTerms.clauses });
  }

  // Map: each chunk → points citing its blocks, several chunks at once. Answers are JSON for the
  // pipeline, not text for a reader: only the checked points are reported.
  const cached = options.cache?.completed() ?? new Map<number, SummaryPoint[]>();
  emit({ type: 'stage', stage: 'map', detail: `${chunks.length} chunk${chunks.length === 1 ? '' : 's'}, ${parallel} at a time` });
  const mapped = await timed('map', () =>
    mapLimit(chunks, parallel, async (chunk: ChunkInput) => {
      throwIfAborted(signal);
      emit({ type: 'chunkStarted', chunkIndex: chunk.index, chunkCount: chunks.length, pages: chunk.pages });
      const blocks = chunk.blockIds.map((id) => blockById.get(id)).filter((b): b is Block => !!b);
      const allowed = new Map(blocks.map((b) => [b.id, b] as const));
      const saved = cached.get(chunk.index);
      let points: SummaryPoint[];
      if (saved) {
        // Citations are rebuilt from this document's blocks, exactly as for a fresh answer.
        points = pointsOf({ answer: { points: saved.map((p) => ({ text: p.text, blockIds: p.citations.map((c) => c.blockId) })) }, promptTokens: 0, generatedTokens: 0 }, allowed);
      } else {
        points = pointsOf(await generating(() => steps.map(chunk, blocks, signal, keyTerms?.terms)), allowed, 'map');
        throwIfAborted(signal);
        await options.cache?.record(chunk.index, points, { signal });
      }
      emit({ type: 'chunkDone', chunkIndex: chunk.index, points });
      return points;
    }),
  );
  let points = mapped.flat();

  // Reduce: merge hierarchically while the points do not fit the final step.
  if (!steps.fitsFinal(points)) {
    emit({ type: 'stage', stage: 'reduce' });
    points = await timed('reduce', async () => {
      let current = points;
      for (let level = 0; level < MAX_REDUCE_LEVELS && !steps.fitsFinal(current); level++) {
        const reduced = await mapLimit(steps.reduceGroups(current), parallel, async (group) => {
          const ids = [...new Set(group.flatMap((p) => p.citations.map((c) => c.blockId)))];
          const allowed = new Map(ids.map((id) => [id, blockById.get(id)] as const).filter((e): e is [string, Block] => !!e[1]));
          const merged = pointsOf(await generating(() => steps.reduce(group, ids, signal)), allowed);
          // An unusable answer keeps the group's own points: never lose notes to a bad generation.
          return merged.length ? merged : group;
        });
        const next = reduced.flat();
        // No progress (a model that does not merge): stop rather than loop.
        if (steps.finalSize(next) >= steps.finalSize(current)) break;
        current = next;
      }
      // Still too long after every level: the strategy keeps what fits its final prompt.
      return steps.fitsFinal(current) ? current : steps.fitFinal(current);
    });
  }

  // Final: streamed markdown; citations checked against the document afterwards.
  emit({ type: 'stage', stage: 'final' });
  // Clause numbers copied to the start of a line must not turn into markdown lists, while streaming too.
  // Redaction markers copied from the document ("[***]") must stay text, not pair up as emphasis.
  const escaper = createNumberedLineEscaper();
  const markers = createRedactionMarkerEscaper();
  const stream = (text: string): void => {
    if (text) emit({ type: 'delta', stage: 'final', text });
  };
  const finalCitedBlocks = [...new Set(points.flatMap((p) => p.citations.map((c) => c.blockId)))]
    .map((id) => blockById.get(id))
    .filter((b): b is Block => !!b);
  throwIfAborted(signal);
  const final = counted(
    await timed('final', () =>
      generating(() => steps.final(points, finalCitedBlocks.length ? finalCitedBlocks : doc.blocks, signal, (text) => stream(markers.push(escaper.push(text))), keyTerms?.terms)),
    ),
    'final',
  );
  stream(markers.push(escaper.flush()) + markers.flush());
  const resolved = resolveMarkdownCitations(escapeRedactionMarkers(escapeNumberedLineStarts(final.text)), doc.blocks);
  counters.dropped += resolved.dropped;

  // Key terms from the strategy itself (a model), merged with the rules.
  const { schema: termsSchema, merge } = engine ?? {};
  if (termsSchema && merge && keyTerms && steps.terms) {
    emit({ type: 'stage', stage: 'terms' });
    const blocks = termsBlocks(doc, keyTerms.terms, chunks, blockById);
    throwIfAborted(signal);
    const step = counted(await timed('terms', () => generating(() => steps.terms!(blocks, termsSchema(blocks.map((b) => b.id)), signal))));
    if (step.answer !== undefined) {
      keyTerms = { terms: merge(keyTerms.terms, step.answer, doc), clauses: keyTerms.clauses };
      emit({ type: 'keyTerms', terms: keyTerms.terms, clauses: keyTerms.clauses });
    }
  }

  const totalMs = performance.now() - started;
  const generatingMs = Math.max(0, (['map', 'reduce', 'final', 'terms'] as const).reduce((sum, st) => sum + (stageMs[st] ?? 0), 0) - waitedMs);
  const stats: SummaryStats = {
    chunks: chunks.length,
    promptTokens: counters.promptTokens,
    generatedTokens: counters.generatedTokens,
    stageMs,
    totalMs,
    // Wall time of the generating stages, less the waits every running step spent on its server: parallel
    // steps overlap, so per-step times would undercount.
    tokensPerSecond: generatingMs > 0 ? counters.generatedTokens / (generatingMs / 1000) : 0,
    droppedCitations: counters.dropped,
    ...(counters.picksSentences ? { sentencesRead: counters.sentencesRead, sentencesChosen: counters.sentencesChosen } : {}),
    ...(engine ? { keyTermsMs: counters.keyTermsMs } : {}),
  };
  const summary: SummaryResult = {
    markdown: resolved.markdown,
    points,
    ...(keyTerms ? { keyTerms: keyTerms.terms, clauses: keyTerms.clauses } : {}),
    provider: strategy.id,
    providerKind: strategy.kind,
    model: strategy.modelName,
    // Recorded so the history can tell a Brief summary from a Detailed one of the same document by the same model.
    length,
    document: documentInfo(doc),
    warnings: withAttachedWarning(doc),
    createdAt: new Date().toISOString(),
  };
  return { type: 'done', summary, stats };
}

/** The document's warnings, and the attached instrument the summary left out when there is one. */
function withAttachedWarning(doc: ExtractedDocument): ExtractedDocument['warnings'] {
  const attached = attachedWarning(doc.blocks);
  return attached ? [...doc.warnings, attached] : doc.warnings;
}

/** The blocks a model reads for key terms: those the rules cited, then the opening of the contract. */
function termsBlocks(doc: ExtractedDocument, terms: KeyTerms, chunks: ChunkInput[], byId: ReadonlyMap<string, Block>): Block[] {
  const ids = new Set<string>();
  for (const t of Object.values(terms)) for (const c of t?.citations ?? []) ids.add(c.blockId);
  for (const id of chunks[0]?.blockIds ?? []) ids.add(id);
  // The model reads the contract's terms from the contract: the form of another agreement attached
  // after it (its own parties, term and law) is left out here, as the rules leave it out.
  return doc.blocks.slice(0, attachedInstrumentStart(doc.blocks)).filter((b) => ids.has(b.id) && byId.has(b.id));
}
