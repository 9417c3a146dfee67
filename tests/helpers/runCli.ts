import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './kit';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The data folder (PRECIS_HOME) the run uses. */
  home: string;
  /** Node flags before the script, e.g. a heap limit. */
  nodeArgs?: string[];
  /** Asked after each stderr chunk; the child is SIGKILLed when it answers true. */
  killWhen?: (stderr: string) => boolean;
}

/** Runs `precis <args>` as a user would, in a child process, and collects its output. */
export function runCli(args: string[], { home, nodeArgs = [], killWhen }: CliOptions): Promise<CliRun> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(REPO_ROOT, 'electron/core/cli.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, PRECIS_HOME: home, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (killWhen?.(stderr)) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}
