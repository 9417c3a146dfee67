import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import type { CliIo } from '../../../electron/core/commands/cliIo';

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), write: (t) => out.push(t), stderr: (l) => err.push(l), signal: new AbortController().signal, env: { PRECIS_HOME: '/nonexistent' } };
}

describe('precis serve flags', () => {
  it('refuses bad flags with a stable code before starting anything', async () => {
    for (const [args, code] of [
      [['--port', '70000'], 'INVALID_REQUEST'],
      [['--port', 'abc'], 'INVALID_REQUEST'],
      [['--threads', '0'], 'INVALID_REQUEST'],
      [['--provider', 'gpt'], 'PROVIDER_UNKNOWN'],
      [['--model', '/nonexistent/model.gguf'], 'MODEL_NOT_FOUND'],
      [['--host', '0.0.0.0'], 'INVALID_REQUEST'],
    ] as const) {
      const cli = io();
      expect(await main(['serve', ...args], cli), args.join(' ')).toBe(1);
      expect(cli.err[0], args.join(' ')).toMatch(new RegExp(`^${code} `));
      expect(cli.out).toEqual([]);
    }
  });
});
