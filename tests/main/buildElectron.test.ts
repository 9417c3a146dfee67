import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { electronBuildOptions } from '../../scripts/buildElectron';

describe('npm run build: main and preload bundles', () => {
  it('bundles main as ESM with the parse worker beside it, and the preload as one small CommonJS file', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'precis-build-'));
    const { main, preload } = electronBuildOptions();
    await build({ ...main, outdir: path.join(out, 'main'), logLevel: 'silent' });
    await build({ ...preload, outdir: path.join(out, 'preload'), logLevel: 'silent' });
    const mainJs = readFileSync(path.join(out, 'main', 'main.js'), 'utf8');
    expect(existsSync(path.join(out, 'main', 'parseWorker.js'))).toBe(true);
    expect(existsSync(path.join(out, 'main', 'renderWorker.js'))).toBe(true);
    expect(existsSync(path.join(out, 'main', 'tesseractWorker.js'))).toBe(true);
    expect(existsSync(path.join(out, 'main', 'extractiveWorker.js'))).toBe(true);
    expect(existsSync(path.join(out, 'main', 'prepareWorker.js'))).toBe(true);
    // SECURITY C3: the OpenAI client is a separate chunk, loaded only when a cloud job runs.
    expect(mainJs).not.toMatch(/from\s+["']openai["']/);
    // Native and asset-carrying packages stay in node_modules.
    expect(mainJs).toMatch(/from\s+["']node-llama-cpp["']/);
    expect(mainJs).toMatch(/from\s+["']electron["']/);
    const preloadJs = readFileSync(path.join(out, 'preload', 'preload.cjs'), 'utf8');
    const requires = [...preloadJs.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    // No schemas (zod) in the sandboxed preload: just the channel allow-list.
    expect(preloadJs.length).toBeLessThan(20_000);
    expect(preloadJs).toContain('precis:invoke');
  });
});
