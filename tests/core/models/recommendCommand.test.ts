import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import type { CliIo } from '../../../electron/core/commands/cliIo';
import { loadCatalog, resolveSource } from '../../../electron/core/models/catalog';
import { ggufHeaderOnly } from '../../helpers/ggufHeader';
import { startRangeServer, type RangeServer } from '../../helpers/rangeServer';

let server: RangeServer;
let home: string;

function io(env: NodeJS.ProcessEnv): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), write: (t) => out.push(t), stderr: (l) => err.push(l), signal: new AbortController().signal, env };
}

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'precis-home-'));
  server = await startRangeServer();
  const catalog = loadCatalog({ baseUrl: server.url });
  // Two models are enough to exercise the command; the fit tests go through the whole catalog.
  for (const e of catalog.models.filter((m) => m.id === 'qwen3-0.6b' || m.id === 'qwen3-1.7b')) {
    server.files.set(new URL(resolveSource(e.id, catalog).url).pathname, {
      body: ggufHeaderOnly({ name: e.name, architecture: e.architecture, contextLength: e.contextLength, quantization: e.quantization }),
    });
  }
}, 60_000);

afterAll(() => server?.close());

describe('precis models recommend', () => {
  it('judges the catalog for this machine and a document, from headers read over loopback', async () => {
    const doc = path.join(home, 'contract.txt');
    writeFileSync(doc, Array.from({ length: 300 }, (_, i) => `${i + 1}. The Supplier shall deliver the goods of order ${i} within thirty days.`).join('\n\n'));
    const cli = io({ PRECIS_HOME: home, PRECIS_MODELS_BASE_URL: server.url });
    expect(await main(['models', 'recommend', '--for', doc, '--json'], cli)).toBe(0);
    const r = JSON.parse(cli.out[0] ?? '{}') as {
      backend: string;
      recommended: string | null;
      models: { entry: { id: string }; fit?: { verdict: string; contextSize: number }; error?: { code: string }; plan?: { tokens: number; passes: number } }[];
    };
    expect(['CPU', 'CUDA', 'Vulkan', 'Metal']).toContain(r.backend);
    const small = r.models.find((m) => m.entry.id === 'qwen3-0.6b')!;
    expect(small.fit?.verdict).toBe('fits');
    expect(small.plan!.tokens).toBeGreaterThan(3000);
    expect(small.plan!.passes).toBeGreaterThan(1);
    // Models whose header the server does not have say so, with the code.
    expect(r.models.find((m) => m.entry.id === 'qwen3-8b')?.error?.code).toBe('DOWNLOAD_NOT_FOUND');
    expect(['qwen3-0.6b', 'qwen3-1.7b']).toContain(r.recommended);

    const text = io({ PRECIS_HOME: home, PRECIS_MODELS_BASE_URL: server.url });
    expect(await main(['models', 'recommend'], text)).toBe(0);
    expect(text.out[0]).toMatch(/^This machine: (CPU|CUDA|Vulkan|Metal)/);
    expect(text.out.at(-1)).toMatch(/^Recommended: qwen3-(0\.6|1\.7)b \(precis models download qwen3-/);
  });

  it('refuses a base URL that is plain http to another machine', async () => {
    const cli = io({ PRECIS_HOME: home, PRECIS_MODELS_BASE_URL: 'http://example.com' });
    expect(await main(['models', 'recommend'], cli)).toBe(1);
    expect(cli.err[0]).toMatch(/^INVALID_REQUEST .*https only/);
  });
});
