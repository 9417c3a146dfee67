import type { Block, ExtractedDocument } from '../../../shared/document';

/** A hand-built document: each entry is [text, kind?, clause?] on page 1 unless "page" is given. */
export function makeDoc(entries: readonly (string | { text: string; kind?: Block['kind']; clause?: string; page?: number; section?: string[] })[]): ExtractedDocument {
  const counters = new Map<number, number>();
  const blocks: Block[] = entries.map((e) => {
    const spec = typeof e === 'string' ? { text: e } : e;
    const page = spec.page ?? 1;
    const n = (counters.get(page) ?? 0) + 1;
    counters.set(page, n);
    return {
      id: `p${page}.${n}`,
      page,
      kind: spec.kind ?? 'paragraph',
      text: spec.text,
      ...(spec.clause ? { clause: spec.clause } : {}),
      section: spec.section ?? [],
    };
  });
  const pageCount = Math.max(1, ...blocks.map((b) => b.page));
  return {
    sha256: '0'.repeat(64),
    kind: 'text',
    pageCount,
    pages: Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, text: blocks.filter((b) => b.page === i + 1).map((b) => b.text).join('\n\n') })),
    blocks,
    definitions: [],
    warnings: [],
  };
}
