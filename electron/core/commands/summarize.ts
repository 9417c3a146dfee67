/**
 * `precis summarize <file…> [--provider local|extractive|openai] [--model <gguf>] [--json]
 * [--parallel N] [--threads N] [--max-tokens N] [--sentences K] [--length brief|standard|detailed]`.
 * Streams each summary to stdout (or one JSON object per file per line with --json). The provider
 * (and its model) is created once for all files. Ctrl+C cancels cleanly (exit 130).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { formatCitation } from '../../../shared/document';
import type { SummaryEvent, SummaryLength } from '../../../shared/summary';
import { extractDocument } from '../documents/extractDocument';
import { shutdownParseWorker } from '../documents/worker/parseInWorker';
import { PrecisFailure, toErrorShape } from '../errors';
import { cloudCliArgs, cloudCliOptions, cloudProviderConfig, cloudSummaryEvents, printCloudPreviews } from './cloudCli';
import type { LlmProvider } from '../llm/provider';
import { createProvider } from '../llm/providerRegistry';
import { jobEvents } from '../jobs/jobEvents';
import { extractiveStrategy } from '../pipeline/extractiveStrategy';
import { modelStrategy } from '../pipeline/modelStrategy';
import { summarizeDocument } from '../pipeline/summarizeDocument';
import type { SummaryStrategy } from '../pipeline/summaryStrategy';
import { parseCliArgs, type CliIo } from './cliIo';
import { OCR_USAGE, ocrCliOptions, ocrExtractOptions } from './ocrCli';

export const summary = 'Summarize contracts with citations (--model <gguf> | --provider extractive|openai, --json, --parallel N, --threads N)';

const USAGE =
  'Usage: precis summarize <file…> [--provider local|extractive|openai] [--model <gguf>] [--json] [--parallel N] [--threads N] [--max-tokens N] [--sentences K] [--length brief|standard|detailed] [--context N] [--base-url URL] [--no-redact] [--preview] ' + OCR_USAGE;

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new PrecisFailure('INVALID_REQUEST', `--${name} must be a whole number of at least 1. ${USAGE}`);
  return n;
}

export function parseSummarizeArgs(argv: string[]) {
  const parsed = parseCliArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        provider: { type: 'string' },
        model: { type: 'string' },
        json: { type: 'boolean', default: false },
        parallel: { type: 'string' },
        threads: { type: 'string' },
        'max-tokens': { type: 'string' },
        sentences: { type: 'string' },
        length: { type: 'string' },
        context: { type: 'string' },
        ...cloudCliOptions,
        ...ocrCliOptions,
      },
    },
    USAGE,
  );
  const v = parsed.values;
  if (!parsed.positionals.length) throw new PrecisFailure('INVALID_REQUEST', `Give at least one file. ${USAGE}`);
  const length = v.length as SummaryLength | undefined;
  if (length !== undefined && !['brief', 'standard', 'detailed'].includes(length)) {
    throw new PrecisFailure('INVALID_REQUEST', `--length must be brief, standard or detailed. ${USAGE}`);
  }
  return {
    files: parsed.positionals,
    provider: v.provider ?? (v.model ? 'local' : 'extractive'),
    model: v.model === undefined ? undefined : path.resolve(v.model),
    json: v.json === true,
    parallel: positiveInt('parallel', v.parallel),
    threads: positiveInt('threads', v.threads),
    maxTokens: positiveInt('max-tokens', v['max-tokens']),
    sentences: positiveInt('sentences', v.sentences),
    contextSize: positiveInt('context', v.context),
    length,
    cloud: cloudCliArgs(v),
    modelName: v.model,
    ocr: { ocr: v.ocr, 'ocr-lang': v['ocr-lang'] },
  };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseSummarizeArgs(argv);
  // Cloud mode: --preview prints what would be sent and sends nothing.
  if (args.cloud.preview) return printCloudPreviews(args.files, args.cloud, io);
  let exitCode = 0;
  try {
    const modelFile = args.provider === 'local' ? args.model : undefined;
    // The model-free summary is a strategy of its own, not a provider: it needs no model to load.
    // A loaded model is freed when this block ends, however it ends (native memory, not the GC's).
    await using provider = args.provider === 'extractive' ? undefined : await createProvider({
      ...(modelFile ? { onLoadProgress: loadNotice(modelFile, io) } : {}),
      id: args.provider,
      ...(args.model ? { modelPath: args.model } : {}),
      ...(args.threads ? { threads: args.threads } : {}),
      ...(args.parallel ? { parallel: args.parallel } : {}),
      ...(args.contextSize ? { contextSize: args.contextSize } : {}),
      ...(args.provider === 'openai' ? cloudProviderConfig(args.cloud, args.modelName, io.env) : {}),
      signal: io.signal,
    });
    const strategy = provider ? modelStrategy(provider) : extractiveStrategy(args.sentences ? { sentences: args.sentences } : {});
    for (const [i, file] of args.files.entries()) {
      if (io.signal.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
      try {
        await summarizeFile(file, { strategy, provider }, args, io, i);
      } catch (e) {
        const shape = toErrorShape(e);
        if (shape.code === 'CANCELLED' || args.files.length === 1) throw e;
        // One unreadable file does not stop the others; the exit code still reports it.
        io.stderr(`${shape.code} ${path.basename(file)}: ${shape.message}`);
        exitCode = 1;
      }
    }
  } finally {
    await shutdownParseWorker();
  }
  return exitCode;
}

/**
 * One stderr line when the native model load starts (after the file passed validation), so a long
 * load of a large model does not look like a hang; stdout stays the summary or JSON alone, and a
 * single line reads the same in a terminal, a pipe or a log.
 */
function loadNotice(modelFile: string, io: CliIo): (progress: number) => void {
  let shown = false;
  return () => {
    if (shown) return;
    shown = true;
    let size = '';
    try {
      size = ` (${(statSync(modelFile).size / 1e6).toFixed(1)} MB)`;
    } catch {
      // the size is a courtesy; the load itself reports a missing file
    }
    io.stderr(`loading model ${path.basename(modelFile)}${size}…`);
  };
}

async function summarizeFile(
  file: string,
  engine: { strategy: SummaryStrategy; provider: LlmProvider | undefined },
  args: ReturnType<typeof parseSummarizeArgs>,
  io: CliIo,
  index: number,
): Promise<void> {
  const doc = await extractDocument({ path: file }, { signal: io.signal, ...ocrExtractOptions(args.ocr, io) });
  if (!args.json) {
    if (args.files.length > 1) io.stdout(`${index ? '\n' : ''}# ${path.basename(file)}\n`);
    for (const w of doc.warnings) io.stderr(`warning ${w.code}${w.page ? ` (page ${w.page})` : ''}: ${w.message}`);
  }
  let terminal: SummaryEvent | undefined;
  const options = {
    ...(args.parallel ? { parallel: args.parallel } : {}),
    ...(args.maxTokens ? { maxTokens: args.maxTokens } : {}),
    ...(args.sentences ? { sentences: args.sentences } : {}),
    ...(args.length ? { length: args.length } : {}),
  };
  // Cloud providers get the redacted document behind the consent guard; placeholders are restored here.
  const { strategy, provider } = engine;
  const events = jobEvents(
    `cli-${index}`,
    (signal) => (provider?.kind === 'cloud' ? cloudSummaryEvents(doc, provider, args.cloud, { ...options, signal }) : summarizeDocument(doc, strategy, { ...options, signal })),
    { signal: io.signal },
  );
  let chunkCount = 0;
  let read = 0;
  for await (const e of events) {
    if (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled') terminal = e;
    else if (e.type === 'started') chunkCount = e.chunkCount;
    else if (!args.json) {
      if (e.type === 'delta' && e.stage === 'final') io.write(e.text);
      // Progress goes to stderr so stdout stays the summary alone.
      else if (e.type === 'chunkDone') io.stderr(`read part ${++read} of ${chunkCount}`);
    }
  }
  if (!terminal || terminal.type === 'cancelled') throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
  if (terminal.type === 'failed') throw new PrecisFailure(terminal.error.code, terminal.error.message);
  if (terminal.type !== 'done') return;
  const { summary: result, stats } = terminal;
  if (args.json) {
    io.stdout(
      JSON.stringify({
        file,
        summary: result.markdown,
        points: result.points.map((p) => ({
          text: p.text,
          citations: p.citations.map((c) => ({ blockId: c.blockId, page: c.page, clause: c.clause ?? null, label: formatCitation(c) })),
        })),
        stats,
      }),
    );
  } else {
    io.write('\n');
    io.stderr(
      `${stats.chunks} part${stats.chunks === 1 ? '' : 's'}, ${stats.promptTokens} prompt + ${stats.generatedTokens} generated tokens, ${(stats.totalMs / 1000).toFixed(1)} s, ${stats.tokensPerSecond.toFixed(1)} tok/s${stats.droppedCitations ? `, ${stats.droppedCitations} unresolvable citation(s) dropped` : ''}`,
    );
  }
}
