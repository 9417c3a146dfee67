import { describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli';
import type { CliIo } from '../../electron/core/commands/cliIo';

export function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const errLines: string[] = [];
  return {
    out,
    err: errLines,
    stdout: (l) => out.push(l),
    write: (t) => out.push(t),
    stderr: (l) => errLines.push(l),
    signal: new AbortController().signal,
    env,
  };
}

describe('precis CLI', () => {
  it('rejects an unknown command with a stable code and exit 2', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err[0]).toMatch(/^INVALID_REQUEST /);
  });
});
