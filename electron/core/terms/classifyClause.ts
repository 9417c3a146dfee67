/**
 * Clause map: each clause's type from its heading first (headings are the drafter's own label) and
 * from its content when the heading says nothing or there is none.
 */
import type { Block } from '../../../shared/document';
import type { ClauseEntry, ClauseType } from '../../../shared/terms';
import { isHeadingOnly } from './isHeadingOnly';
import { runInHeading } from './runInHeading';

// Order matters: the first rule whose pattern matches wins ("Limitation of Liability; Indemnity" is liability).
const RULES: readonly { type: ClauseType; heading: RegExp; content: RegExp }[] = [
  { type: 'definitions', heading: /\b(definitions?|interpretation|defined terms)\b/i, content: /(["“][^"”]{2,40}["”]\s+(means|shall mean|has the meaning))/i },
  { type: 'governing-law', heading: /\b(governing law|applicable law|choice of law)\b/i, content: /\b(governed by|construed in accordance with)[^.]{0,80}\blaws?\b/i },
  { type: 'dispute-resolution', heading: /\b(dispute|arbitration|jurisdiction|venue|mediation|escalation)\b/i, content: /\b(arbitrat\w+|mediat\w+|submits? to the (exclusive )?jurisdiction)\b/i },
  { type: 'termination', heading: /\b(terminat\w*|cancell?ation|suspension|default)\b/i, content: /\b(may terminate|right to terminate|shall terminate|terminate this agreement)\b/i },
  { type: 'term', heading: /\b(term|duration|renewal|commencement|effective date)\b/i, content: /\b(initial term|renew\w*|shall (continue|remain) in (full )?(force|effect))\b/i },
  { type: 'payment', heading: /\b(pay\w*|fees?|price|pricing|compensation|royalt\w*|invoic\w*|charges?|rates?|consideration|taxes|expenses|purchase amount)\b/i, content: /\b(shall pay|payable|invoice\w*|fees?|royalt\w*|\$\s?\d)/i },
  { type: 'confidentiality', heading: /\b(confidential\w*|non-?disclosure|privacy|data protection|secrecy)\b/i, content: /\b(confidential information|shall not disclose|keep confidential)\b/i },
  { type: 'ip', heading: /\b(intellectual property|licen[cs]\w*|ownership|patents?|trademarks?|copyright|inventions?|know-how|proprietary rights)\b/i, content: /\b(intellectual property|patent|copyright|trademark|licen[cs]e)\b/i },
  { type: 'liability', heading: /\b(liabilit\w*|limitation|damages|insurance)\b/i, content: /\b(shall not be liable|limitation of liability|consequential damages|aggregate liability)\b/i },
  { type: 'indemnity', heading: /\b(indemni\w*|hold harmless)\b/i, content: /\b(indemnif\w+|hold harmless)\b/i },
  { type: 'warranty', heading: /\b(warrant\w*|representations?|disclaimer)\b/i, content: /\b(represents and warrants|warrants that|as is)\b/i },
  { type: 'notices', heading: /\bnotices?\b/i, content: /\b(notices? (shall|must) be (given|sent|in writing)|addressed as follows)\b/i },
  { type: 'assignment', heading: /\b(assignment|transfer|successors|subcontract\w*|change of control)\b/i, content: /\b(may not assign|shall not assign|assign this agreement)\b/i },
];

/** The clause type for a heading and (optionally) the start of its content. */
export function classifyClause(heading: string, content = ''): ClauseType {
  for (const r of RULES) if (heading && r.heading.test(heading)) return r.type;
  for (const r of RULES) if (content && r.content.test(content)) return r.type;
  return 'miscellaneous';
}

// "12.1(a)" → "12.1"; "Exhibit B(b)" → "Exhibit B"; "ARTICLE IV" stays.
function topOf(clause: string): string {
  return /^[0-9]/.test(clause) ? (/^[0-9]+(?:\.[0-9]+)?/.exec(clause)?.[0] ?? clause) : clause.replace(/\(.*$/, '');
}

// A keyword label ("ARTICLE IV", "Section 5.2", "Exhibit B") without an item after it ("Exhibit B(b)"
// is an item of the exhibit, not a clause of the contents), a number of one or two levels, a numeral.
function isTopLevel(clause: string): boolean {
  return /^(article|section|schedule|annex|appendix|exhibit|part)\b[^(]*$/i.test(clause) || /^[0-9]+(\.[0-9]+)?\.?$/.test(clause) || /^[IVXLC]+\.?$/.test(clause);
}

// A signature block's fields ("By: /s/ …", "Name: …", "Title: Vice President", "Its:", "Dated:", "Date:
// March 8, 2012", "Dated as of May 1, 2021", "Date Signed ____") head no clause, though a PDF may set
// them apart as headings: a table of contents lists none of them. The field is its label with a colon
// (after the signature line's dashes), or a date label with nothing, a blank or a date after it; "Title"
// or "Date of Delivery" alone may head a clause, and is kept.
const SIGNATURE_FIELD = /^[-_\s]*(?:(?:by|name|title|its|dated?|signature|witness(?:ed)?|attest(?:ed)?)\s*:|by\s*\/s\/|dated?(?:\s+signed)?\s*(?:_{2,}|$)|dated?\s+(?:as\s+of\b|(?:the\s+)?[0-9]|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))/i;

/** The document's clauses as a classified table of contents, in reading order. */
export function buildClauseMap(blocks: readonly Block[]): ClauseEntry[] {
  const out: ClauseEntry[] = [];
  const seen = new Set<string>();
  blocks.forEach((block, i) => {
    const isHeading = isHeadingOnly(block);
    const clause = block.clause?.trim();
    if (!isHeading && !(clause && isTopLevel(clause))) return;
    if (!isHeading && block.kind === 'heading' && !clause) return;
    const key = clause ?? `h:${block.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    const heading = isHeading ? block.text.replace(/\s+/g, ' ').trim() : runInHeading(block.text, { maxChars: 80, unnumberedCaps: true });
    // (a heading-only block carries the clause it sits in, as a running header does: its text is what it is)
    if ((isHeading || !clause) && heading && SIGNATURE_FIELD.test(heading)) return;
    // Content: this block and the blocks of the same clause (sub-items), never the next clause.
    let content = isHeading ? '' : block.text;
    const family = clause ? topOf(clause) : topOf(blocks[i + 1]?.clause ?? '');
    for (let j = i + 1; j < blocks.length && j <= i + 6 && content.length < 800; j++) {
      const next = blocks[j]!;
      if (isHeadingOnly(next)) break;
      if (next.clause && topOf(next.clause) !== family) break;
      if (!next.clause && !isHeading && !clause) break;
      content += ` ${next.text}`;
    }
    const label = clause ?? heading ?? block.text.slice(0, 60);
    if (!label) return;
    out.push({
      clause: label,
      ...(heading ? { heading } : {}),
      type: classifyClause(heading ?? '', content),
      page: block.page,
      blockId: block.id,
    });
  });
  return out;
}
