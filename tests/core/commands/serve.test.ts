import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import type { CliIo } from '../../../electron/core/commands/cliIo';
import { ensureRendererBuilt } from '../../../electron/core/commands/serve';

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

describe('precis serve right after npm ci', () => {
  it('builds the window when it has not been built, once', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'precis-rb-')), 'renderer');
    const cli = io();
    await ensureRendererBuilt(cli, dir);
    expect(cli.err).toEqual(['Building the window (first run)…']);
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module"[^>]*src="\.\/assets\/[^"]+\.js"/);
    expect(existsSync(path.join(dir, 'assets'))).toBe(true);
    await ensureRendererBuilt(cli, dir);
    expect(cli.err).toHaveLength(1);
  });
});
