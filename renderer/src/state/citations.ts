import type { Block } from '../../../shared/document';
import { formatCitation } from '../../../shared/document';
import type { SummaryPoint } from '../../../shared/summary';

/** A citation as the window knows it: page and clause always, the block when it could be resolved. */
export interface CitationRef {
  page: number;
  clause?: string;
  blockId?: string;
  /** OCR confidence of the cited page, when it was a scan. */
  scanned?: number;
  /**
   * A document without printed pages (DOCX, text) is cited by clause or paragraph ("§3.2", "¶ 12").
   * `paragraph` is the block's place in the document when known; `unpaged` marks a citation read
   * from text whose page is not known until it is resolved against the summary's points.
   */
  paragraph?: number;
  unpaged?: true;
}

const PAGED = String.raw`p\. (\d{1,5})(?:, scanned, \d{1,3} %)?(?:, ([^\];\n]{1,80}))?`;
// Unpaged forms, as formatCitation writes them: "§3.2", "¶ 12", or a named clause ("ARTICLE IV",
// "Schedule 2(a)"): the keywords are those ingestion recognises as clause labels.
const UNPAGED = String.raw`§[^\];\n]{1,80}|¶ \d{1,6}|(?:Schedule|Annex|Exhibit|Appendix|Attachment|Article|Part|Section|Clause|SCHEDULE|ANNEX|EXHIBIT|APPENDIX|ATTACHMENT|ARTICLE|PART|SECTION|CLAUSE) [^\];\n]{1,60}`;
const ONE = `(?:${PAGED}|${UNPAGED})`;
/** "[p. 4, §7.2]", "[p. 4, §7.2; p. 5]" or "[§3.2]", as formatCitation writes them, not already a link. */
export const CITATION_GROUP = new RegExp(String.raw`\[(${ONE}(?:; ${ONE})*)\](?!\()`, 'g');
const PAGED_RE = new RegExp(`^${PAGED}$`);
const UNPAGED_RE = new RegExp(`^(?:${UNPAGED})$`);

/** Parses the inside of one bracket group ("p. 4, §7.2; p. 5", "§3.2; ¶ 12") into citations. */
export function parseCitationGroup(inner: string): CitationRef[] {
  const out: CitationRef[] = [];
  for (const raw of inner.split('; ')) {
    const part = raw.trim();
    const m = PAGED_RE.exec(part);
    if (!m) {
      if (!UNPAGED_RE.test(part)) continue;
      const para = /^¶ (\d+)$/.exec(part);
      out.push(para ? { page: 0, unpaged: true, paragraph: Number(para[1]) } : { page: 0, unpaged: true, clause: part.replace(/^§/, '') });
      continue;
    }
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

/** The label a citation button shows: "p. 4, §7.2", or "§3.2" / "¶ 12" in a document without pages. */
export function citationLabel(c: Pick<CitationRef, 'page' | 'clause' | 'scanned' | 'paragraph' | 'unpaged'>): string {
  const unpaged = c.paragraph !== undefined || c.unpaged ? { paragraph: c.paragraph ?? 0 } : {};
  return formatCitation({ page: c.page, ...(c.clause ? { clause: c.clause } : {}), ...(c.scanned !== undefined ? { scanned: c.scanned } : {}), ...unpaged }).slice(1, -1);
}

/**
 * Finds the block a rendered citation points at. Citations are data in the summary's points, so
 * those win; the document's blocks are the fallback for text that only carries page and clause
 * (or, without pages, clause or paragraph).
 */
export function resolveCitation(ref: CitationRef, points: readonly SummaryPoint[], blocks?: readonly Block[]): CitationRef {
  if (ref.blockId) return ref;
  const sameClause = (clause?: string) => (clause ?? '').replace(/^§/, '') === (ref.clause ?? '');
  const unpaged = ref.unpaged || ref.paragraph !== undefined;
  const matches = (c: { page: number; clause?: string; paragraph?: number }) =>
    unpaged
      ? c.paragraph !== undefined && (ref.clause !== undefined ? sameClause(c.clause) : c.paragraph === ref.paragraph)
      : c.page === ref.page && sameClause(c.clause);
  for (const p of points) {
    const hit = p.citations.find(matches);
    if (hit) return { ...ref, page: hit.page, blockId: hit.blockId, paragraph: hit.paragraph };
  }
  if (unpaged) {
    const block = blocks?.find((b) => matches({ page: b.page, ...(b.clause ? { clause: b.clause } : {}), ...(b.paragraph !== undefined ? { paragraph: b.paragraph } : {}) }));
    return block ? { ...ref, page: block.page, blockId: block.id, paragraph: block.paragraph } : { ...ref, page: 1 };
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
  if (c.paragraph !== undefined) q.set('n', String(c.paragraph));
  if (c.unpaged) q.set('u', '1');
  // The page was read by OCR: the button says so, with the page's confidence, as the CLI and exports do.
  if (c.scanned !== undefined) q.set('s', String(c.scanned));
  return `#precis-cite?${q.toString()}`;
}

/** Decodes a citation link made by citationHref; null for any other href. */
export function parseCitationHref(href: string | undefined): CitationRef | null {
  if (!href?.startsWith('#precis-cite?')) return null;
  const q = new URLSearchParams(href.slice('#precis-cite?'.length));
  const page = Number(q.get('p'));
  const unpaged = q.get('u') === '1';
  if (!Number.isInteger(page) || page < (unpaged ? 0 : 1)) return null;
  const clause = q.get('c');
  const paragraph = Number(q.get('n') ?? Number.NaN);
  const scanned = Number(q.get('s') ?? Number.NaN);
  return {
    page,
    ...(clause ? { clause } : {}),
    ...(Number.isInteger(scanned) && scanned >= 0 && scanned <= 100 ? { scanned } : {}),
    ...(Number.isInteger(paragraph) && paragraph > 0 ? { paragraph } : {}),
    ...(unpaged ? { unpaged: true as const } : {}),
  };
}
