/**
 * Builds the extractive summary (points + markdown) from ranked sentences. The extractive provider
 * and the evaluation harness both go through here, so what is scored is what users see.
 */
import { formatCitation, type Block } from '../../../shared/document';
import { SUMMARY_SECTIONS, type SummaryPoint } from '../../../shared/summary';
import { escapeMarkdownText } from '../../../shared/markdownText';
import { rankSentences, type RankedSentence } from './rankSentences';

/** Sentences in an extractive summary when the caller does not say. */
export const DEFAULT_SUMMARY_SENTENCES = 8;

export interface ExtractiveSummary {
  points: SummaryPoint[];
  markdown: string;
}

const RISK = /\b(liab\w*|indemnif\w*|damages|penalt\w*|exclusiv\w*|non-?compet\w*|forfeit\w*|waive\w*|as is|disclaim\w*|non-?refundable|interest on)\b/i;
const DATES = /\b(\d+|one|two|three|four|five|six|seven|ten|twelve|fifteen|thirty|sixty|ninety)\s*(\(\d+\)\s*)?(business |calendar )?(days?|weeks?|months?|years?)\b|\b(19|20)\d\d\b|\b(deadline|no later than|expir\w*|renew\w*|anniversary)\b/i;
const KEY_TERM = /(\$|€|£|\b(usd|eur|gbp)\b|\b(governed by|laws? of|fees?|price|royalt\w*|assign\w*|confidential\w*|insurance|licen[cs]e)\b)/i;
const OBLIGATION = /\b(shall|must|agrees? to|undertakes? to|is required to|will (pay|provide|deliver|maintain))\b/i;

type Section = (typeof SUMMARY_SECTIONS)[number];

// One section per sentence, the most specific first, so nothing is said twice.
function sectionOf(text: string): Exclude<Section, 'Overview'> {
  if (RISK.test(text)) return 'Risks and unusual clauses';
  if (KEY_TERM.test(text)) return 'Key terms';
  if (DATES.test(text)) return 'Dates and deadlines';
  if (OBLIGATION.test(text)) return 'Obligations';
  return 'Key terms';
}

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
  return `- ${escapeMarkdownText(s.text)} ${formatCitation(s.citation)}`;
}

/**
 * Picks `sentences` sentences and lays them out under the same "## " sections a model's final
 * summary uses (SUMMARY_SECTIONS): the single most central sentence as the overview,
 * the rest in reading order under the section their wording belongs to, each with its citation.
 * Empty sections are left out rather than padded.
 */
export function extractiveSummary(blocks: readonly Block[], options: { sentences?: number; title?: string } = {}): ExtractiveSummary {
  const k = Math.max(1, Math.floor(options.sentences ?? DEFAULT_SUMMARY_SENTENCES));
  const ranked = rankSentences(blocks, { sentences: k });
  if (ranked.length === 0) {
    return { points: [], markdown: '## Overview\n\nThe document has no sentences to summarise.\n' };
  }
  const [lead, ...rest] = ranked;
  const inOrder = rest.sort((a, b) => a.order - b.order);
  const lines: string[] = [];
  if (options.title) lines.push(`# ${escapeMarkdownText(options.title)}`, '');
  lines.push('## Overview', '', `${escapeMarkdownText(lead!.text)} ${formatCitation(lead!.citation)}`, '');
  const ordered: RankedSentence[] = [lead!];
  for (const section of SUMMARY_SECTIONS) {
    if (section === 'Overview') continue;
    const picks = inOrder.filter((s) => sectionOf(s.text) === section);
    if (!picks.length) continue;
    lines.push(`## ${section}`, '', ...picks.map(bullet), '');
    ordered.push(...picks);
  }
  return { points: ordered.map(toPoint), markdown: lines.join('\n') };
}
