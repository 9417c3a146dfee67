import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Longest first, as measured on a 2-core machine (CI log, seconds in the file's own run). */
const LONG_RUNNING = [
  'tests/e2e/window.test.ts',
  'tests/eval/termsSample.test.ts',
  'tests/eval/summaryCoverageSample.test.ts',
  'tests/core/documents/ocr/ocr.test.ts',
  'tests/core/commands/summarizeResume.test.ts',
  'tests/core/commands/longInputs.test.ts',
  'tests/core/commands/summarize.test.ts',
  'tests/e2e/models.test.ts',
  'tests/core/documents/extractDocument.test.ts',
  'tests/core/pipeline/summarizeDocument.test.ts',
  'tests/core/service/inspectOcrCancel.test.ts',
  'tests/security/no-network.test.ts',
  'tests/security/redaction-cuad.test.ts',
  'tests/core/service/createSummaryEngine.test.ts',
  'tests/core/documents/ocr/scanHandover.test.ts',
  'tests/core/chunking/chunkDocument.test.ts',
  'tests/core/service/contract.test.ts',
  'tests/core/documents/ocr/keptPools.test.ts',
  'tests/core/models/downloadModel.test.ts',
  'tests/core/documents/corpus.test.ts',
  'tests/core/documents/ocr/ocrStream.test.ts',
];

/**
 * The order test files start in. Two workers share the run, and it ends when the last file does.
 * With no timings cached (a fresh clone, as in CI), vitest starts the largest files first, which
 * put small files that run for a minute (the key-term and redaction samples) at the very end, one
 * worker busy and the other idle. Files known to run long start first, longest first; the rest
 * keep vitest's own order. Only the order changes: every file still runs, in its own process.
 */
class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification): number => {
      const i = LONG_RUNNING.findIndex((name) => f.moduleId.replace(/\\/g, '/').endsWith(`/${name}`));
      return i < 0 ? LONG_RUNNING.length : i;
    };
    return sorted
      .map((f, i) => ({ f, i, r: rank(f) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map(({ f }) => f);
  }
}

/**
 * Pure rule tests (text in, key terms out: no threads, files, environment or mocks) share their
 * worker's loaded modules instead of loading the rules and their language libraries again for each
 * file (tests/core/terms: 44 s of CPU -> 16 s, measured). The files there that read documents
 * through the parse thread or run the command stay isolated with the rest.
 */
const TERMS_DIR = 'tests/core/terms';
const ISOLATED_TERMS = ['extractKeyTerms.test.ts', 'termsCommand.test.ts'];
const PURE_RULE_TESTS = readdirSync(path.join(path.dirname(fileURLToPath(import.meta.url)), TERMS_DIR))
  .filter((f) => f.endsWith('.test.ts') && !ISOLATED_TERMS.includes(f))
  .map((f) => `${TERMS_DIR}/${f}`);

export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2-core machines: native model loads and Chromium compete for the cores.
    maxWorkers: 2,
    // Files known to run long start first, so the run does not end on one of them alone.
    sequence: { sequencer: HeavyFirstSequencer },
    // One folder per run for generated fixtures that several files make alike (page scans).
    globalSetup: ['tests/setup/fixtureCacheDir.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/**/*.test.ts'], exclude: ['**/node_modules/**', ...PURE_RULE_TESTS] },
      },
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: PURE_RULE_TESTS, isolate: false },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['tests/**/*.test.tsx'], setupFiles: ['tests/setup/dom.ts'] },
      },
    ],
  },
});
