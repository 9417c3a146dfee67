/**
 * `npm run pack:dry`: packs the app for Linux with electron-builder using a stand-in Electron folder
 * (Electron's real binary cannot be downloaded on our build machines), then checks what landed in
 * the package: the built app only (no sources, tests or dev tools), node-llama-cpp unpacked from the
 * asar with only this platform's CPU binaries. Fuses are skipped here: flipping them needs the real
 * binary; tests/security/fuses.test.ts checks their configuration instead.
 *
 * Run `npm run build` first. Takes ~25 s on 2 cores.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, Platform } from 'electron-builder';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

async function main(): Promise<number> {
  if (!existsSync(path.join(root, 'dist', 'electron', 'main', 'main.js')) || !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    process.stderr.write('Run "npm run build" first.\n');
    return 1;
  }
  // electron-builder reads its own YAML with js-yaml; so do we.
  const { load } = require('js-yaml') as { load(text: string): Record<string, unknown> };
  const { listPackage } = require('@electron/asar') as { listPackage(archive: string, options?: object): string[] };

  const work = mkdtempSync(path.join(os.tmpdir(), 'precis-pack-'));
  const electronDist = path.join(work, 'electron');
  mkdirSync(electronDist);
  writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n');
  chmodSync(path.join(electronDist, 'electron'), 0o755);
  writeFileSync(path.join(electronDist, 'version'), (require('electron/package.json') as { version: string }).version);

  const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  // electron-builder merges electron-builder.yml under this object: switch fuses off explicitly.
  config.electronFuses = null;
  const output = path.join(work, 'release');
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    config: { ...config, electronDist, electronVersion: readFileSync(path.join(electronDist, 'version'), 'utf8'), directories: { ...(config.directories as object), output } },
  });

  const resources = path.join(output, 'linux-unpacked', 'resources');
  const files = listPackage(path.join(resources, 'app.asar'));
  const problems: string[] = [];
  const own = files.filter((f) => !f.startsWith('/node_modules'));
  for (const f of own) {
    if (!(f === '/package.json' || f === '/dist' || f.startsWith('/dist/renderer') || f.startsWith('/dist/electron'))) problems.push(`not part of the app: ${f}`);
  }
  for (const devOnly of ['vite', 'vitest', 'typescript', 'eslint', 'playwright-core', 'electron', 'electron-builder', 'tsx', 'esbuild']) {
    if (files.some((f) => f.startsWith(`/node_modules/${devOnly}/`))) problems.push(`dev dependency packed: ${devOnly}`);
  }
  const unpacked = path.join(resources, 'app.asar.unpacked', 'node_modules', '@node-llama-cpp');
  const binaries = existsSync(unpacked) ? readdirSync(unpacked) : [];
  if (!binaries.includes(`linux-${process.arch}`)) problems.push(`missing unpacked llama.cpp binaries for linux-${process.arch}`);
  // The Vulkan build ships beside the CPU one where npm installed it (x64); CUDA never does.
  const allowed = new Set([`linux-${process.arch}`, `linux-${process.arch}-vulkan`]);
  for (const b of binaries) if (!allowed.has(b)) problems.push(`other platform's or CUDA llama.cpp binaries unpacked: ${b}`);
  if (existsSync(path.join(root, 'node_modules', '@node-llama-cpp', `linux-${process.arch}-vulkan`)) && !binaries.includes(`linux-${process.arch}-vulkan`)) {
    problems.push(`the Vulkan build linux-${process.arch}-vulkan is not packed`);
  }
  for (const b of binaries) process.stdout.write(`${b}: ${(dirSize(path.join(unpacked, b)) / 1024 / 1024).toFixed(1)} MB unpacked\n`);
  if (!existsSync(path.join(resources, 'app.asar.unpacked', 'node_modules', 'node-llama-cpp', 'package.json'))) problems.push('node-llama-cpp is not unpacked');
  // OCR: what Node's own loader reads in the packaged app (engine builds, language data, canvas addon).
  const unpackedModules = path.join(resources, 'app.asar.unpacked', 'node_modules');
  for (const need of [
    'tesseract.js-core/tesseract-core-simd-lstm.js',
    'tesseract.js-core/tesseract-core-simd-lstm.wasm',
    'tesseract.js-core/tesseract-core-lstm.js',
    'tesseract.js-core/tesseract-core-lstm.wasm',
    '@precis/tessdata-fast-eng/eng.traineddata.gz',
    `@napi-rs/canvas-${process.platform}-${process.arch}-gnu/package.json`,
  ]) {
    if (!existsSync(path.join(unpackedModules, need))) problems.push(`OCR file not unpacked: ${need}`);
  }
  if (!files.includes('/dist/electron/main/renderWorker.js')) problems.push('the OCR page-render worker is not packed');
  if (!files.includes('/dist/electron/main/tesseractWorker.js')) problems.push('the OCR engine worker is not packed');

  process.stdout.write(`${own.length} app entries, ${files.length - own.length} dependency entries; unpacked binaries: ${binaries.join(', ') || 'none'}\n`);
  for (const p of problems) process.stderr.write(`${p}\n`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`pack:dry failed: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
