import { citationOf, type Block, type Citation } from '../../../shared/document';
import type { SummaryPoint } from '../../../shared/summary';

/**
 * Turns a map/reduce answer (`{points:[{text, blockIds}]}`) into summary points. Ids outside
 * `allowed` are dropped and counted: a grammar makes that impossible locally, but cloud and other
 * providers are only asked, not forced.
 */
export function pointsFromAnswer(json: unknown, allowed: ReadonlyMap<string, Block>): { points: SummaryPoint[]; dropped: number } {
  const points: SummaryPoint[] = [];
  let dropped = 0;
  const list = json && typeof json === 'object' ? (json as { points?: unknown }).points : undefined;
  if (!Array.isArray(list)) return { points, dropped };
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const { text, blockIds } = item as { text?: unknown; blockIds?: unknown };
    if (typeof text !== 'string' || !text.trim()) continue;
    const citations: Citation[] = [];
    for (const id of Array.isArray(blockIds) ? blockIds : []) {
      const block = typeof id === 'string' ? allowed.get(id) : undefined;
      if (!block) dropped++;
      else if (!citations.some((c) => c.blockId === block.id)) citations.push(citationOf(block));
    }
    points.push({ text: text.trim(), citations });
  }
  return { points, dropped };
}

/** "[p. 4, §7.2]", and a page read by OCR with its confidence: "[p. 4, scanned, 91 %, §7.2]" (formatCitation). */
const CITATION = /\[p\. (\d+)(?:, scanned, \d{1,3} %)?(?:, ([^\]\n]{1,40}))?\]/g;

/** Index of blocks by page and by "page|clause", for resolving rendered citations. */
export function citationIndex(blocks: readonly Block[]): (page: number, clause: string | undefined) => Block | undefined {
  const byPage = new Map<number, Block>();
  const byClause = new Map<string, Block>();
  for (const b of blocks) {
    if (!byPage.has(b.page)) byPage.set(b.page, b);
    if (b.clause) {
      const key = `${b.page}|${b.clause}`;
      if (!byClause.has(key)) byClause.set(key, b);
    }
  }
  return (page, clause) => (clause === undefined ? byPage.get(page) : byClause.get(`${page}|${clause.replace(/^§/, '')}`));
}

/**
 * Checks every "[p. 4, §7.2]" in the final markdown against the document. A citation that does not
 * resolve to a real block is removed and counted; the rest are returned as data.
 */
export function resolveMarkdownCitations(
  markdown: string,
  blocks: readonly Block[],
): { markdown: string; citations: Citation[]; dropped: number } {
  const find = citationIndex(blocks);
  const citations: Citation[] = [];
  let dropped = 0;
  const paged = markdown.replace(CITATION, (whole, page: string, clause: string | undefined) => {
    const block = find(Number(page), clause?.trim());
    if (!block) {
      dropped++;
      return '';
    }
    citations.push(citationOf(block));
    return whole;
  });
  const cleaned = blocks.some((b) => b.paragraph !== undefined) ? resolveUnpaged(paged, blocks, citations, () => dropped++) : paged;
  return { markdown: cleaned.replace(/[ \t]+\n/g, '\n').replace(/[ \t]+$/, ''), citations, dropped };
}

/** "[§3.2]" or "[¶ 12]": how a document without printed pages (DOCX, text) is cited. */
const UNPAGED_CITATION = /\[(?:§([^\]\n]{1,40})|¶ (\d{1,6}))\]/g;

/**
 * The same check for a document without printed pages, whose citations name the clause or the
 * paragraph. Only the "§" and "¶" forms are checked: other bracketed text may be the contract's own.
 */
function resolveUnpaged(markdown: string, blocks: readonly Block[], citations: Citation[], drop: () => void): string {
  const byClause = new Map<string, Block>();
  const byParagraph = new Map<number, Block>();
  for (const b of blocks) {
    if (b.clause && !byClause.has(b.clause)) byClause.set(b.clause, b);
    if (b.paragraph !== undefined) byParagraph.set(b.paragraph, b);
  }
  return markdown.replace(UNPAGED_CITATION, (whole, clause: string | undefined, paragraph: string | undefined) => {
    const block = clause !== undefined ? byClause.get(clause.trim()) : byParagraph.get(Number(paragraph));
    if (!block) {
      drop();
      return '';
    }
    citations.push(citationOf(block));
    return whole;
  });
}
