import type { Block, Citation } from '../../../shared/document';
import { formatCitation } from '../../../shared/document';
import type { SummaryPoint } from '../../../shared/summary';

/** A citation as the window knows it: page and clause always, the block when it could be resolved. */
export interface CitationRef {
  page: number;
  clause?: string;
  blockId?: string;
  /** OCR confidence of the cited page, when it was a scan. */
  scanned?: number;
}

const ONE = String.raw`p\. (\d{1,5})(?:, scanned, \d{1,3} %)?(?:, ([^\];\n]{1,80}))?`;
/** "[p. 4, §7.2]" or "[p. 4, §7.2; p. 5]", as formatCitation writes them, not already a link. */
export const CITATION_GROUP = new RegExp(String.raw`\[(${ONE}(?:; ${ONE})*)\](?!\()`, 'g');
const ONE_RE = new RegExp(`^${ONE}$`);

/** Parses the inside of one bracket group ("p. 4, §7.2; p. 5") into citations. */
export function parseCitationGroup(inner: string): CitationRef[] {
  const out: CitationRef[] = [];
  for (const part of inner.split('; ')) {
    const m = ONE_RE.exec(part.trim());
    if (!m) continue;
    const clause = m[2]?.trim();
    const scanned = /, scanned, (\d{1,3}) %/.exec(part);
    out.push({
      page: Number(m[1]),
      ...(clause ? { clause: clause.replace(/^§/, '') } : {}),
      ...(scanned ? { scanned: Number(scanned[1]) } : {}),
    });
  }
  return out;
}

/** The label a citation button shows: "p. 4, §7.2". */
export function citationLabel(c: Pick<Citation, 'page' | 'clause' | 'scanned'>): string {
  return formatCitation(c).slice(1, -1);
}

/**
 * Finds the block a rendered citation points at. Citations are data in the summary's points, so
 * those win; the document's blocks are the fallback for text that only carries page and clause.
 */
export function resolveCitation(ref: CitationRef, points: readonly SummaryPoint[], blocks?: readonly Block[]): CitationRef {
  if (ref.blockId) return ref;
  const sameClause = (clause?: string) => (clause ?? '').replace(/^§/, '') === (ref.clause ?? '');
  for (const p of points) {
    const hit = p.citations.find((c) => c.page === ref.page && sameClause(c.clause));
    if (hit) return { ...ref, blockId: hit.blockId };
  }
  const block =
    blocks?.find((b) => b.page === ref.page && ref.clause !== undefined && sameClause(b.clause)) ??
    blocks?.find((b) => b.page === ref.page);
  return block ? { ...ref, blockId: block.id } : ref;
}

/** Encodes a citation into the in-page link the markdown renderer turns into a button. */
export function citationHref(c: CitationRef): string {
  const q = new URLSearchParams({ p: String(c.page) });
  if (c.clause) q.set('c', c.clause);
  return `#precis-cite?${q.toString()}`;
}

/** Decodes a citation link made by citationHref; null for any other href. */
export function parseCitationHref(href: string | undefined): CitationRef | null {
  if (!href?.startsWith('#precis-cite?')) return null;
  const q = new URLSearchParams(href.slice('#precis-cite?'.length));
  const page = Number(q.get('p'));
  if (!Number.isInteger(page) || page < 1) return null;
  const clause = q.get('c');
  return clause ? { page, clause } : { page };
}
