import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/kit';

// js-yaml is electron-builder's own config parser (installed with it), so the test reads the file as the packager does.
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  asar: boolean;
  asarUnpack: string[];
  files: string[];
  npmRebuild: boolean;
  directories: { output: string };
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; files: string[] };
  mac: { target: string[]; files: string[] };
  win: { target: string[]; files: string[] };
  publish: unknown;
}
const config = load(readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('E14 fuses', () => {
  it('flips the fuses SECURITY requires', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('names only fuses @electron/fuses knows (a typo would be silently ignored otherwise)', () => {
    const known = Object.keys(FuseV1Options)
      .filter((k) => Number.isNaN(Number(k)))
      .map((k) => k.charAt(0).toLowerCase() + k.slice(1));
    for (const name of Object.keys(config.electronFuses)) expect(known, name).toContain(name);
  });
});

describe('packaging: node-llama-cpp out of the bundle, only the target platform’s binaries', () => {
  it('keeps native code outside the asar and ships only the built app', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/node-llama-cpp/**', 'node_modules/@node-llama-cpp/**']));
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/renderer/**', 'dist/electron/**']));
    // CUDA builds never ship (vendor runtimes); the Vulkan build ships for Linux and Windows, not macOS (Metal).
    expect(config.files).toEqual(expect.arrayContaining(['!node_modules/@node-llama-cpp/*-cuda*/**']));
    expect(config.files).not.toContain('!node_modules/@node-llama-cpp/*-vulkan/**');
    expect(config.linux.files).not.toContain('!node_modules/@node-llama-cpp/*-vulkan/**');
    expect(config.win.files).not.toContain('!node_modules/@node-llama-cpp/*-vulkan/**');
    expect(config.mac.files).toContain('!node_modules/@node-llama-cpp/*-vulkan/**');
    for (const platform of ['linux', 'mac', 'win'] as const) expect(config[platform].files).toContain('!node_modules/@node-llama-cpp/*-cuda*/**');
    expect(config.npmRebuild).toBe(false);
    expect(config.directories.output).not.toBe('dist');
    expect(config.publish).toBeNull();
  });

  it('each platform drops the other platforms’ llama.cpp binaries, and repeats the app files', () => {
    const others = { linux: ['mac', 'win'], mac: ['linux', 'win'], win: ['linux', 'mac'] } as const;
    for (const [platform, excluded] of Object.entries(others) as [keyof typeof others, readonly string[]][]) {
      const files = config[platform].files;
      for (const o of excluded) expect(files, platform).toContain(`!node_modules/@node-llama-cpp/${o}-*/**`);
      // A list of exclusions alone makes electron-builder add "**/*" (the whole repository).
      expect(files.some((f) => !f.startsWith('!')), platform).toBe(true);
    }
  });

  it('builds AppImage, deb, dmg and nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });
});
