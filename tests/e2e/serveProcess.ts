import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/kit';

export interface Served {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  /** The questions `serve` put to its terminal (each answered "yes", as the user at it would). */
  questions: () => string[];
  stop(): Promise<void>;
}

/**
 * Starts `precis serve` as a child process (the real CLI, bridge, pipeline and stores) with its own
 * PRECIS_HOME, and resolves with the address it prints. The test plays the user at its terminal:
 * every question serve asks there (a new cloud server, sending a document) is answered "yes". stop() sends Ctrl+C (the command cancels
 * its jobs and disposes the model), then kills it if it has not exited within a few seconds.
 * `nodeArgs` go to node itself (a heap limit, for example).
 */
export function startServe(args: string[], home: string, nodeArgs: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(REPO_ROOT, 'electron/core/cli.ts'), 'serve', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, PRECIS_HOME: home, NODE_OPTIONS: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let err = '';
  let answered = 0;
  const questions = () => [...err.matchAll(/^Precis: the page asks: (.*)$/gm)].map((m) => m[1]!);
  let out = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    const prompts = err.match(/^ {2}Type "yes" and press Enter/gm)?.length ?? 0;
    for (; answered < prompts; answered++) child.stdin?.write('yes\n');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`precis serve did not print its address in time. stderr:\n${err}`));
    }, 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], child, stderr: () => err, questions, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`precis serve exited with ${code}. stderr:\n${err}`));
    });
  });
}
