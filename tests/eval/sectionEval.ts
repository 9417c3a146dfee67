/**
 * Does the model-free summary put each point under the section a lawyer expects? For each CUAD dev
 * contract, the shipped 8-sentence extractive summary (extractiveSummary with its default length) is
 * read section by section from its markdown; a ranked point whose text holds a labelled span (≥ 60 %
 * of its words, ./summaryCoverage.ts's `holds`), or is held by one (≥ 80 % of the point's words),
 * counting both by words and by their weight in the contract (wordWeights: a span is not held through
 * its common words alone; a span made of the contract's common words alone is not matched at all),
 * takes the section its category implies (EXPECTED_SECTION). A point that holds spans of several categories agrees when
 * it sits under any of their sections. The scoring reads nothing from the summariser's own word lists.
 */
import { extractiveSummary } from '../../electron/core/terms/extractiveSummary';
import { wilson } from './scoreTerms';
import { halvesByFile } from './halvesByFile';
import { holds, readDevContracts, readPythonList, wordWeights } from './summaryCoverage';

export type ExpectedSection = 'Key terms' | 'Obligations' | 'Dates and deadlines' | 'Risks and unusual clauses';

/**
 * The section a reader expects for a sentence a lawyer labelled with each category. Categories left
 * out have no clear section (the parties, the title, the agreement and effective dates the Overview
 * already states; a warranty's duration, a carve-out from a restriction, escrow, third-party
 * beneficiaries, volume limits: each reads as well under two sections) and are not scored.
 */
export const EXPECTED_SECTION: Readonly<Record<string, ExpectedSection>> = {
  // Exposure and restraints: what can cost a party money or freedom, end the deal early, or bind it
  // in an unusual way — what a lawyer reads first when asked "what are the risks".
  'Cap On Liability': 'Risks and unusual clauses',
  'Uncapped Liability': 'Risks and unusual clauses',
  'Liquidated Damages': 'Risks and unusual clauses',
  'Termination For Convenience': 'Risks and unusual clauses',
  'Change Of Control': 'Risks and unusual clauses',
  'Anti-Assignment': 'Risks and unusual clauses',
  'Non-Compete': 'Risks and unusual clauses',
  Exclusivity: 'Risks and unusual clauses',
  'No-Solicit Of Customers': 'Risks and unusual clauses',
  'No-Solicit Of Employees': 'Risks and unusual clauses',
  'Non-Disparagement': 'Risks and unusual clauses',
  'Covenant Not To Sue': 'Risks and unusual clauses',
  'Most Favored Nation': 'Risks and unusual clauses',
  'Rofr/Rofo/Rofn': 'Risks and unusual clauses',
  // The deal itself: how long it runs and renews, what is paid or shared, what is licensed and who
  // owns what. Governing law sits here too: which law governs and where disputes go is a term of the
  // bargain a reader looks up next to the term and the price (the Overview states it with them); it
  // is no party's duty to perform, no deadline, and not by itself an exposure.
  'Expiration Date': 'Key terms',
  'Renewal Term': 'Key terms',
  'Notice Period To Terminate Renewal': 'Key terms',
  'Governing Law': 'Key terms',
  'Revenue/Profit Sharing': 'Key terms',
  'Minimum Commitment': 'Key terms',
  'Price Restrictions': 'Key terms',
  'License Grant': 'Key terms',
  'Non-Transferable License': 'Key terms',
  'Affiliate License-Licensor': 'Key terms',
  'Affiliate License-Licensee': 'Key terms',
  'Unlimited/All-You-Can-Eat-License': 'Key terms',
  'Irrevocable Or Perpetual License': 'Key terms',
  'Ip Ownership Assignment': 'Key terms',
  'Joint Ip Ownership': 'Key terms',
  // Something a party must do while the contract runs or after it ends: keep records open to audit,
  // carry insurance, keep serving after termination.
  'Audit Rights': 'Obligations',
  Insurance: 'Obligations',
  'Post-Termination Services': 'Obligations',
};

/** A span too short to tell one sentence from another ("Exclusive", "New York") is not matched. */
const MIN_SPAN_WORDS = 4;
// …nor one made of the contract's common words, however many: a list's lead-in or a piece of a span
// cut at "<omitted>" ("The Distributor shall not:", "As used in this Agreement:", "This Agreement shall
// be terminable by") is held, whole, by any sentence that repeats those words, and tells no clause from
// another. Its words together must weigh as much as three words each found in a single block of the
// contract (wordWeights gives such a word ln(1 + blocks)).
const MIN_SPAN_WEIGHT = 3;

/** Whether a labelled span (≥ MIN_SPAN_WORDS words) carries enough telling words to be matched, in a contract of `blocks` blocks. */
export function tellsClause(span: string, weight: (word: string) => number, blocks: number): boolean {
  const ws = span.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  if (ws.length < MIN_SPAN_WORDS) return false;
  return ws.reduce((sum, w) => sum + weight(w), 0) >= MIN_SPAN_WEIGHT * Math.log(1 + Math.max(1, blocks));
}
// A point inside a long labelled span must have most of its words there: a short sentence of common
// words ("this", "agreement", "termination") is found at 60 % in many unrelated spans.
const HELD_SHARE = 0.8;

export interface PlacedPoint {
  pdf: string;
  text: string;
  section: string;
  /** The scored categories whose spans the point holds or is held by. */
  categories: string[];
}

export interface SectionResult {
  contracts: number;
  /** The summary length read (ranked sentences per contract); the shipped default when absent. */
  sentences?: number;
  points: PlacedPoint[];
  unread: string[];
}

/** The ranked points of a summary's markdown with the "## " section each sits under (the Overview left out). */
export function pointsBySection(markdown: string): { section: string; text: string }[] {
  const out: { section: string; text: string }[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    const h = /^## (.+)$/.exec(line);
    if (h) section = h[1]!.trim();
    else if (line.startsWith('- ') && section && section !== 'Overview') out.push({ section, text: line.slice(2) });
  }
  return out;
}

/**
 * `pdfs`, when given, keeps only those contracts (a fixed sample). `sentences` reads a longer summary
 * than the shipped one: the same placement rules scored on several times as many sentences, so that a
 * rule's effect is seen beyond the few sentences the default summary happens to pick.
 */
export async function runSectionEval(dir: string, options: { cacheDir?: string; pdfs?: readonly string[]; sentences?: number } = {}): Promise<SectionResult> {
  const points: PlacedPoint[] = [];
  const unread: string[] = [];
  let contracts = 0;
  for await (const { pdf, cell, doc } of readDevContracts(dir, options, unread)) {
    contracts++;
    const weight = wordWeights(doc.blocks.map((b) => b.text));
    const spans = Object.keys(EXPECTED_SECTION).map((category) => ({
      category,
      spans: readPythonList(cell(category)).flatMap((s) => s.split('<omitted>')).map((s) => s.trim()).filter((s) => tellsClause(s, weight, doc.blocks.length)),
    }));
    // The markdown's bullet ends with its citation ("[p. 3, §4.1]"): the words of a page number do not sway the match.
    for (const p of pointsBySection(extractiveSummary(doc.blocks, options.sentences ? { sentences: options.sentences } : {}).markdown)) {
      const text = p.text.replace(/(?:\s*\[[^\]]*\])+\s*$/, '');
      const categories = spans.filter((c) => c.spans.some((s) => holds(text, s, 0.6, weight) || holds(s, text, HELD_SHARE, weight))).map((c) => c.category);
      points.push({ pdf, text, section: p.section, categories });
    }
  }
  return { contracts, points, unread, ...(options.sentences ? { sentences: options.sentences } : {}) };
}

export interface Agreement {
  scored: number;
  agreed: number;
  unscored: number;
  byCategory: Map<string, { placed: number; agreed: number }>;
}

export function agreementOf(points: readonly PlacedPoint[]): Agreement {
  const byCategory = new Map<string, { placed: number; agreed: number }>();
  let scored = 0;
  let agreed = 0;
  let unscored = 0;
  for (const p of points) {
    if (!p.categories.length) {
      unscored++;
      continue;
    }
    const expected = new Set(p.categories.map((c) => EXPECTED_SECTION[c]!));
    scored++;
    if (expected.has(p.section as ExpectedSection)) agreed++;
    for (const c of p.categories) {
      const n = byCategory.get(c) ?? { placed: 0, agreed: 0 };
      n.placed++;
      if (p.section === EXPECTED_SECTION[c]) n.agreed++;
      byCategory.set(c, n);
    }
  }
  return { scored, agreed, unscored, byCategory };
}

export function formatSectionEval(r: SectionResult, options: { misplaced?: boolean } = {}): string {
  const pct = (k: number, n: number): string => `${((100 * k) / Math.max(1, n)).toFixed(1)}%`;
  const ci = (k: number, n: number): string => {
    const [lo, hi] = wilson(k, n);
    return `${k}/${n} ${pct(k, n)} (95 % ${(100 * lo).toFixed(0)}–${(100 * hi).toFixed(0)})`;
  };
  const { a, b } = halvesByFile(r.points);
  const all = agreementOf(r.points);
  const ha = agreementOf(a);
  const hb = agreementOf(b);
  const lines = [`Section placement of the ${r.sentences ?? 8}-sentence extractive summary (${r.contracts} contracts, ${r.points.length} ranked points; a point is scored when it holds or is held by a labelled span of ≥ ${MIN_SPAN_WORDS} words and the weight of ${MIN_SPAN_WEIGHT} one-block words, by words and by their weight)`];
  lines.push(`${'category'.padEnd(36)} ${'expected'.padEnd(26)} ${'all'.padStart(9)} ${'A'.padStart(9)} ${'B'.padStart(9)}`);
  const cell = (x: { placed: number; agreed: number } | undefined): string => (x ? `${x.agreed}/${x.placed}` : '-').padStart(9);
  for (const c of Object.keys(EXPECTED_SECTION)) {
    if (!all.byCategory.has(c)) continue;
    lines.push(`${c.padEnd(36)} ${EXPECTED_SECTION[c]!.padEnd(26)} ${cell(all.byCategory.get(c))} ${cell(ha.byCategory.get(c))} ${cell(hb.byCategory.get(c))}`);
  }
  lines.push(`overall (a point agrees when under any section its categories expect):`);
  lines.push(`  all ${ci(all.agreed, all.scored)}`, `  A   ${ci(ha.agreed, ha.scored)}`, `  B   ${ci(hb.agreed, hb.scored)}`);
  lines.push(`points holding no labelled span of a scored category (unscored): ${all.unscored} (A ${ha.unscored}, B ${hb.unscored})`);
  if (options.misplaced) {
    lines.push('', 'Misplaced points:');
    for (const p of r.points) {
      if (!p.categories.length || p.categories.some((c) => EXPECTED_SECTION[c] === p.section)) continue;
      const half = a.includes(p) ? 'A' : 'B';
      lines.push(`  [${half}] ${p.section} ← ${p.categories.join(', ')}: ${p.text.slice(0, 220)}`);
    }
  }
  if (r.unread.length) lines.push(`Not read (left out of the counts): ${r.unread.length}`, ...r.unread.map((u) => `  ${u}`));
  return lines.join('\n');
}
