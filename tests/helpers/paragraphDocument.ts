/** An extracted one-page document whose blocks are the given paragraphs, as a plain-text contract is read. */
import type { ExtractedDocument } from '../../shared/document';

export function paragraphDocument(paragraphs: readonly string[], sha256 = 'd'.repeat(64)): ExtractedDocument {
  return {
    sha256,
    kind: 'text',
    pageCount: 1,
    pages: [{ number: 1, text: paragraphs.join('\n\n') }],
    blocks: paragraphs.map((text, i) => ({ id: `p1.${i + 1}`, page: 1, kind: 'paragraph' as const, text, section: [] })),
    definitions: [],
    warnings: [],
  };
}
