import type { SummaryResult } from '../../../shared/summary';

/**
 * A SummaryResult shaped like the pipeline's output, carrying `canary` in every field that holds
 * document text, so storage tests can prove that text never lands on disk in the clear.
 */
export function summaryFixture(canary: string, overrides: Partial<SummaryResult> = {}): SummaryResult {
  return {
    markdown: `## Overview\n\nThe supplier (${canary}) must deliver monthly [p. 2, §4.1].\n\n- Liability is capped at fees paid [p. 5, §9.2].\n`,
    points: [
      { text: `The supplier (${canary}) must deliver monthly.`, citations: [{ blockId: 'p2.3', page: 2, clause: '4.1' }] },
      { text: 'Liability is capped at fees paid.', citations: [{ blockId: 'p5.1', page: 5, clause: '9.2' }] },
    ],
    keyTerms: {
      parties: {
        value: [{ name: `${canary} Ltd`, role: 'Supplier' }, { name: 'Buyer Inc', role: 'Buyer' }],
        text: `between ${canary} Ltd and Buyer Inc`,
        citations: [{ blockId: 'p1.1', page: 1 }],
        source: 'rules',
      },
      governingLaw: { value: 'New York', text: 'governed by the laws of the State of New York', citations: [{ blockId: 'p7.2', page: 7, clause: '12.1' }] },
    },
    clauses: [{ clause: '4.1', heading: 'Delivery', type: 'term', page: 2, blockId: 'p2.3' }],
    provider: 'local',
    providerKind: 'local',
    model: 'tiny-test-model.gguf',
    document: { sha256: 'a'.repeat(64), fileName: `${canary} supply agreement.pdf`, title: 'Supply Agreement', kind: 'pdf', pageCount: 7 },
    warnings: [],
    createdAt: '2026-11-28T10:00:00.000Z',
    ...overrides,
  };
}
