/**
 * `precis summarize <file…> [--provider local|extractive|openai] [--model <gguf>] [--json]
 * [--parallel N] [--threads N] [--max-tokens N] [--sentences K] [--length brief|standard|detailed]`.
 * Streams each summary to stdout (or one JSON object per file per line with --json). The provider
 * (and its model) is created once for all files. Ctrl+C cancels cleanly (exit 130).
 *
 * Local models, the extractive engine and cloud mode run through the app's own summary engine and
 * job journal, in the same data folder (PRECIS_HOME, or the OS data folder): a run that was killed
 * or cancelled and is started again with the same file, model and options reads (or, in cloud mode,
 * sends) only the parts not yet finished.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { formatCitation } from '../../../shared/document';
import type { ModelStatus } from '../../../shared/ipc/contract';
import type { SummaryEvent, SummaryLength } from '../../../shared/summary';
import { extractDocument } from '../documents/extractDocument';
import { shutdownParseWorker } from '../documents/worker/parseInWorker';
import { PrecisFailure, toErrorShape } from '../errors';
import { createFileKeyProvider } from '../storage/historyStore';
import { createJobJournals, type JobJournals } from '../storage/jobJournal';
import { cloudCliArgs, cloudCliJobs, cloudCliOptions, printCloudPreviews } from './cloudCli';
import { jobEvents } from '../jobs/jobEvents';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import type { ExtractedDocument } from '../../../shared/document';
import { createModelHost } from '../service/createModelHost';
import { createSummaryEngine } from '../service/createSummaryEngine';
import { documentByteLimit } from '../service/documentByteLimit';
import { installFenceKey } from '../service/installFenceKey';
import { precisHome } from '../storage/precisHome';
import { parseCliArgs, type CliIo } from './cliIo';
import { formatRunStats } from './formatRunStats';
import { OCR_USAGE, ocrCliOptions, ocrExtractOptions } from './ocrCli';

export const summary = 'Summarize contracts with citations (--model <gguf> | --provider extractive|openai, --json, --parallel N, --threads N)';

const USAGE =
  'Usage: precis summarize <file…> [--provider local|extractive|openai] [--model <gguf>] [--json] [--parallel N] [--threads N] [--max-tokens N] [--sentences K] [--length brief|standard|detailed] [--context N] [--base-url URL] [--no-redact] [--preview] [--password P] ' + OCR_USAGE;

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
        password: { type: 'string' },
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
    password: v.password,
  };
}

type SummarizeArgs = ReturnType<typeof parseSummarizeArgs>;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseSummarizeArgs(argv);
  // Cloud mode: --preview prints what would be sent and sends nothing.
  if (args.cloud.preview) return printCloudPreviews(args.files, args.cloud, io, args.password);
  if (args.provider !== 'local' && args.provider !== 'extractive' && args.provider !== 'openai') {
    throw new PrecisFailure('PROVIDER_UNKNOWN', `Unknown provider "${args.provider}". Use local, extractive or openai. ${USAGE}`);
  }
  return runWithEngine(args, io);
}

/** Every provider runs through the app's own engine, with its job journal in the data folder. */
async function runWithEngine(args: SummarizeArgs, io: CliIo): Promise<number> {
  // Cloud mode: its key and server are checked before any file is read.
  const cloud = args.provider === 'openai' ? cloudCliJobs(args.cloud, args.modelName, io.env, { ...(args.parallel ? { parallel: args.parallel } : {}), ...(args.contextSize ? { contextSize: args.contextSize } : {}) }) : undefined;
  const home = precisHome(io.env);
  const models = createModelHost({
    home,
    // In cloud mode --model names the server's model, not a file.
    ...(args.model && !cloud ? { modelPath: args.model } : {}),
    ...(args.threads ? { threads: args.threads } : {}),
    ...(args.parallel ? { parallel: args.parallel } : {}),
    ...(args.contextSize ? { contextSize: args.contextSize } : {}),
  });
  const keyProvider = createFileKeyProvider(home);
  const journals = createJobJournals(home, keyProvider, { onWarning: (m) => io.stderr(`warning: ${m}`) });
  // How many parts the journal already held when the job opened it.
  let resumed = 0;
  const counting: JobJournals = {
    prune: (ms) => journals.prune(ms),
    async open(key, o) {
      const journal = await journals.open(key, o);
      resumed = journal.completed().size;
      return journal;
    },
  };
  const engine = createSummaryEngine({
    models,
    provider: cloud ? 'openai' : args.provider === 'local' ? 'local' : 'extractive',
    ...(cloud ? { cloud: cloud.runner } : {}),
    ...(args.sentences ? { sentences: args.sentences } : {}),
    journals: counting,
    fenceKey: installFenceKey(keyProvider),
    onWarning: (m) => io.stderr(`warning: ${m}`),
  });
  try {
    // The model is loaded once, before the first file, so a bad model fails at once.
    if (args.model && args.provider === 'local') await models.load(undefined, DEFAULT_SETTINGS, loadNotice(args.model, io));
    return await eachFile(args, io, async (file, doc, i) => {
      resumed = 0;
      const jobId = `cli-${i}`;
      const request = cloud ? { settings: cloud.settings, consentHash: await cloud.consentFor(doc, io.signal) } : { settings: DEFAULT_SETTINGS };
      const events = jobEvents(jobId, (signal) => engine.summarize({ jobId, document: doc, options: summaryOptions(args), ...request, signal }), { signal: io.signal });
      await printSummary(file, events, args, io, () => resumed);
    });
  } finally {
    await models.dispose();
    await shutdownParseWorker();
  }
}

/** Reads and summarizes each file; one unreadable file does not stop the others (the exit code still reports it). */
async function eachFile(args: SummarizeArgs, io: CliIo, summarize: (file: string, doc: ExtractedDocument, index: number) => Promise<void>): Promise<number> {
  let exitCode = 0;
  for (const [i, file] of args.files.entries()) {
    if (io.signal.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
    try {
      // No larger file than this process's heap can hold: FILE_TOO_LARGE rather than running out of memory.
      const doc = await extractDocument(
        { path: file },
        { signal: io.signal, limits: { maxBytes: documentByteLimit() }, ...(args.password !== undefined ? { password: args.password } : {}), ...ocrExtractOptions(args.ocr, io) },
      );
      if (!args.json) {
        if (args.files.length > 1) io.stdout(`${i ? '\n' : ''}# ${path.basename(file)}\n`);
        for (const w of doc.warnings) io.stderr(`warning ${w.code}${w.page ? ` (page ${w.page})` : ''}: ${w.message}`);
      }
      await summarize(file, doc, i);
    } catch (e) {
      const shape = toErrorShape(e);
      if (shape.code === 'CANCELLED' || args.files.length === 1) throw e;
      io.stderr(`${shape.code} ${path.basename(file)}: ${shape.message}`);
      exitCode = 1;
    }
  }
  return exitCode;
}

function summaryOptions(args: SummarizeArgs) {
  return {
    ...(args.parallel ? { parallel: args.parallel } : {}),
    ...(args.maxTokens ? { maxTokens: args.maxTokens } : {}),
    ...(args.sentences ? { sentences: args.sentences } : {}),
    ...(args.length ? { length: args.length } : {}),
  };
}

/**
 * One stderr line once the native model load is under way (after the file passed validation, which
 * is the host's first "loading" status), so a long load of a large model does not look like a hang;
 * stdout stays the summary or JSON alone, and a single line reads the same in a terminal, a pipe or a log.
 */
function loadNotice(modelFile: string, io: CliIo): (status: ModelStatus) => void {
  let updates = 0;
  let shown = false;
  return (status) => {
    if (shown || (status.state !== 'loading' && status.state !== 'ready')) return;
    if (status.state === 'loading' && ++updates < 2) return;
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

async function printSummary(
  file: string,
  events: AsyncIterable<SummaryEvent>,
  args: SummarizeArgs,
  io: CliIo,
  resumedParts: () => number = () => 0,
): Promise<void> {
  let terminal: SummaryEvent | undefined;
  let chunkCount = 0;
  let read = 0;
  for await (const e of events) {
    if (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled') terminal = e;
    else if (e.type === 'started') {
      chunkCount = e.chunkCount;
      const done = resumedParts();
      // Said on stderr in --json mode too: it is progress, not the result.
      if (done) io.stderr(`resuming: ${done} of ${chunkCount} part${chunkCount === 1 ? '' : 's'} already read`);
    }
    else if (!args.json) {
      if (e.type === 'delta' && e.stage === 'final') io.write(e.text);
      // Progress goes to stderr so stdout stays the summary alone.
      else if (e.type === 'chunkDone') io.stderr(`read part ${++read} of ${chunkCount}`);
      // A rate limit holds the job for up to a minute: said, so that it is not taken for hung.
      else if (e.type === 'waiting' && e.seconds > 0) io.stderr(`the server asked to wait ${e.seconds} s; trying again then`);
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
    io.stderr(formatRunStats(stats));
  }
}
