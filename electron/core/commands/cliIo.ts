import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PrecisFailure } from '../errors';

/** Where the CLI writes; tests capture it. */
export interface CliIo {
  stdout(line: string): void;
  /** Writes without a newline (streamed summaries). */
  write(text: string): void;
  stderr(line: string): void;
  /** Fires on Ctrl+C. */
  signal: AbortSignal;
  env: NodeJS.ProcessEnv;
  /** The terminal's input: `serve` asks its confirmations there. Absent: nothing can be confirmed. */
  stdin?: NodeJS.ReadableStream;
}

export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

/** The real process's streams; Ctrl+C aborts the signal instead of killing the process. */
export function processIo(): CliIo {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}\n`),
    signal: controller.signal,
    env: process.env,
    stdin: process.stdin,
  };
}

/**
 * node:util `parseArgs` for a command: a mistake in the flags (unknown flag, missing value) becomes
 * INVALID_REQUEST with the command's usage, like every other CLI error.
 */
export function parseCliArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new PrecisFailure('INVALID_REQUEST', `${e instanceof Error ? e.message : String(e)}. ${usage}`);
  }
}
