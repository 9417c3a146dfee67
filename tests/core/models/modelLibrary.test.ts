import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import type { CliIo } from '../../../electron/core/commands/cliIo';
import { importModel, listModels } from '../../../electron/core/models/modelLibrary';
import { tinyModelPath } from '../../helpers/tinyGguf';

function io(home: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), write: (t) => out.push(t), stderr: (l) => err.push(l), signal: new AbortController().signal, env: { PRECIS_HOME: home } };
}

describe('model library', () => {
  it('imports a valid GGUF, lists it with its metadata, and refuses duplicates and non-models', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-home-'));
    expect(await listModels(home)).toEqual([]);
    const tiny = await tinyModelPath();
    const model = await importModel(home, tiny);
    expect(model).toMatchObject({ id: path.basename(tiny), name: 'precis-tiny', architecture: 'llama', contextLength: 8192 });
    expect((await listModels(home)).map((m) => m.id)).toEqual([model.id]);
    await expect(importModel(home, tiny)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    const fake = path.join(home, 'fake.gguf');
    writeFileSync(fake, 'GGUF but not really');
    await expect(importModel(home, fake)).rejects.toMatchObject({ code: 'MODEL_INVALID' });
  });

  it('works through `precis models list|import`', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-home-'));
    const cli = io(home);
    expect(await main(['models', 'import', await tinyModelPath(), '--json'], cli)).toBe(0);
    expect(JSON.parse(cli.out[0] ?? '{}')).toMatchObject({ name: 'precis-tiny' });
    const list = io(home);
    expect(await main(['models', 'list'], list)).toBe(0);
    expect(list.out[0]).toMatch(/^precis-tiny-[0-9a-f]+\.gguf\tprecis-tiny\tllama\t/);
    // Then the catalog, each model by id, size, hf: URI and licence.
    expect(list.out).toContainEqual(expect.stringMatching(/^ {2}qwen3-4b +2\.\d\d GB {2}hf:Qwen\/Qwen3-4B-GGUF:Q4_K_M {2}Apache-2\.0$/));
    const json = io(home);
    expect(await main(['models', 'list', '--json'], json)).toBe(0);
    const listed = JSON.parse(json.out[0] ?? '{}') as { models: unknown[]; catalog: { id: string; installed: boolean }[] };
    expect(listed.models).toHaveLength(1);
    expect(listed.catalog.find((m) => m.id === 'qwen3-4b')?.installed).toBe(false);
    const bad = io(home);
    expect(await main(['models', 'frobnicate', 'x'], bad)).toBe(1);
    expect(bad.err[0]).toMatch(/^INVALID_REQUEST /);
  });
});
