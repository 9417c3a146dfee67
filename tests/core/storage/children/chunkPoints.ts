import type { SummaryPoint } from '../../../../shared/summary';

/** The deterministic "model output" for a chunk, shared by the worker child and the test's expectation. */
export function chunkPoints(chunkIndex: number): SummaryPoint[] {
  return [
    {
      text: `Chunk ${chunkIndex}: CANARY-DOC-journal obligation ${'x'.repeat(1500 + ((chunkIndex * 37) % 500))}`,
      citations: [{ blockId: `p${chunkIndex + 1}.1`, page: chunkIndex + 1, clause: `${chunkIndex + 1}.1` }],
    },
    { text: `Chunk ${chunkIndex}: second point`, citations: [{ blockId: `p${chunkIndex + 1}.2`, page: chunkIndex + 1 }] },
  ];
}

export const JOURNAL_TEST_KEY = { docSha256: 'c'.repeat(64), chunkerVersion: 3, modelId: 'sha256:model', promptVersion: 'v7' };
