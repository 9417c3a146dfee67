/**
 * Builds the extractive summary (points + markdown) from ranked sentences. The extractive provider
 * and the evaluation harness both go through here, so what is scored is what users see.
 */
import { formatCitation, type Block, type Citation } from '../../../shared/document';
import type { SummaryPoint } from '../../../shared/summary';
import { rankSentences, type RankedSentence } from './rankSentences';

/** Sentences in an extractive summary when the caller does not say. */
export const DEFAULT_SUMMARY_SENTENCES = 8;

export interface ExtractiveSummary {
  points: SummaryPoint[];
  markdown: string;
}

const RISK = /\b(liab\w*|indemnif\w*|damages|penalt\w*|exclusiv\w*|non-?compet\w*|forfeit\w*|waive\w*|terminat\w*|as is|disclaim\w*)\b/i;
const OBLIGATION = /\b(shall|must|agrees? to|undertakes? to|is required to|will (pay|provide|deliver|maintain))\b/i;

/** Turns blocks that a point cites back into something the ranker can read (reduce/final over points). */
export function pointsAsBlocks(points: readonly SummaryPoint[]): Block[] {
  return points.map((p, i) => {
    const c = p.citations[0];
    return {
      id: c?.blockId ?? `point${i}`,
      page: c?.page ?? 1,
      kind: 'paragraph',
      text: p.text,
      ...(c?.clause ? { clause: c.clause } : {}),
      section: [],
    };
  });
}

function toPoint(s: RankedSentence): SummaryPoint {
  return { text: s.text, citations: [s.citation] };
}

function bullet(s: RankedSentence): string {
  return `- ${s.text} ${formatCitation(s.citation)}`;
}

/**
 * Picks `sentences` sentences and lays them out as the summary's sections: an overview (the single
 * most central sentence), obligations, risks and other key points, each cited.
 */
export function extractiveSummary(blocks: readonly Block[], options: { sentences?: number; title?: string } = {}): ExtractiveSummary {
  const k = Math.max(1, Math.floor(options.sentences ?? DEFAULT_SUMMARY_SENTENCES));
  const ranked = rankSentences(blocks, { sentences: k });
  if (ranked.length === 0) {
    return { points: [], markdown: '## Overview\n\nThe document has no sentences to summarise.\n' };
  }
  const [lead, ...rest] = ranked;
  const inOrder = rest.sort((a, b) => a.order - b.order);
  const risks = inOrder.filter((s) => RISK.test(s.text));
  const obligations = inOrder.filter((s) => !RISK.test(s.text) && OBLIGATION.test(s.text));
  const other = inOrder.filter((s) => !RISK.test(s.text) && !OBLIGATION.test(s.text));
  const lines: string[] = [];
  if (options.title) lines.push(`# ${options.title}`, '');
  lines.push('## Overview', '', `${lead!.text} ${formatCitation(lead!.citation)}`, '');
  if (other.length) lines.push('## Key points', '', ...other.map(bullet), '');
  if (obligations.length) lines.push('## Obligations', '', ...obligations.map(bullet), '');
  if (risks.length) lines.push('## Risks and unusual clauses', '', ...risks.map(bullet), '');
  const points = [lead!, ...other, ...obligations, ...risks].map(toPoint);
  return { points, markdown: lines.join('\n') };
}

/** The citation list of a point as block ids (the map stage's JSON form). */
export function blockIdsOf(citations: readonly Citation[]): string[] {
  return citations.map((c) => c.blockId);
}
