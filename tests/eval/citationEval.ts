/**
 * Are the summary's and the key terms' citations right? For each CUAD dev contract, the shipped
 * 8-sentence extractive summary's ranked points and the rule-based key terms are read through the
 * app's own path; each citation's page and clause are checked against the PDF as poppler's
 * `pdftotext -layout` reads it (./citationTruth.ts, which shares no code with the app's reader or
 * structure):
 *  - page: the quoted words (a point's sentence, a key term's source wording) are found in the
 *    pdftotext text by their word 4-grams (≥ 50 % in place); the citation's page is right when the
 *    found words lie on it (a sentence broken over a page break is right on either page).
 *  - clause: the clause the found words sit in, read back to the nearest clause label at the start of
 *    a line above them, against the cited clause. Exact, or the cited clause is an ancestor of the
 *    truth ("4.2" for "4.2(a)": the reader finds it by reading the clause), a bare item ("(a)" for
 *    "4.2(a)": the reader must know which (a)), a descendant, a clause cited where the truth has none
 *    (and whether that number is a page's furniture or a cross-reference), none cited where the truth
 *    has one, or another clause.
 * The Overview's points are the key terms' sentences in other words: they are scored as key terms.
 */
import type { Block } from '../../shared/document';
import type { KeyTerm, KeyTermName } from '../../shared/terms';
import { extractiveSummary } from '../../electron/core/terms/extractiveSummary';
import { extractKeyTerms } from '../../electron/core/terms/extractKeyTerms';
import { wilson } from './scoreTerms';
import { halvesByFile } from './halvesByFile';
import { readDevContracts } from './summaryCoverage';
import { clauseAt, locate, normaliseClause, readTruth, wordsOf, type TruthDoc } from './citationTruth';
import path from 'node:path';

export type PageVerdict = 'right' | 'wrong' | 'unfound';
export type ClauseVerdict = 'exact' | 'none-none' | 'ancestor' | 'bare-item' | 'descendant' | 'missing' | 'extra-furniture' | 'extra-crossref' | 'extra' | 'wrong';

export interface ScoredCitation {
  pdf: string;
  /** "point" or the key term's name. */
  source: 'point' | KeyTermName;
  quote: string;
  cited: { page: number; clause?: string };
  page: PageVerdict;
  /** Pages the quote was found on (empty when not found). */
  foundPages: number[];
  /** The truth's clause at the quote (undefined when none is above it); only when found. */
  truth?: string;
  clause?: ClauseVerdict;
}

export interface CitationResult {
  contracts: number;
  citations: ScoredCitation[];
  unread: string[];
}

const RIGHT_CLAUSE: readonly ClauseVerdict[] = ['exact', 'none-none'];

/** Whether `quote`'s words are mostly in `text` (multiset share ≥ `share`). */
function mostlyIn(text: string, quote: string, share: number): boolean {
  const have = new Map<string, number>();
  for (const w of wordsOf(text)) have.set(w, (have.get(w) ?? 0) + 1);
  const want = wordsOf(quote);
  if (!want.length) return false;
  let hit = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n) {
      hit++;
      have.set(w, n - 1);
    }
  }
  return hit / want.length >= share;
}

/**
 * The part of a point's text that quotes its cited block: a point may be shown after a lead-in or the
 * sentence it leans on (from other blocks), and with "…" where words were left out. The pieces
 * (split at "…" and at sentence ends) the cited blocks hold are the quote; the block text is used
 * only to choose which words of the point to look for, never as the truth of where they are.
 */
export function quotedPieces(pointText: string, citedTexts: readonly string[]): string[] {
  const joined = citedTexts.join(' ');
  const pieces = pointText
    .split(/\s*…\s*|(?<=[a-z0-9)”"][.;:])\s+(?=[A-Z(“"])/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length >= 4);
  return pieces.filter((s) => mostlyIn(joined, s, 0.8));
}

export function clauseVerdict(cited: string | undefined, truth: string | undefined, doc: TruthDoc, page: number): ClauseVerdict {
  if (!cited && !truth) return 'none-none';
  if (!cited) return 'missing';
  const c = normaliseClause(cited);
  if (!truth) return extraKind(c, doc, page);
  const t = normaliseClause(truth);
  if (c === t) return 'exact';
  if (t.startsWith(c) && /^[.(]/.test(t.slice(c.length))) return 'ancestor';
  if (c.startsWith('(') && t.includes(c)) return 'bare-item';
  if (c.startsWith(t) && /^[.(]/.test(c.slice(t.length))) return 'descendant';
  const kind = extraKind(c, doc, page);
  return kind === 'extra' ? 'wrong' : kind;
}

/**
 * Where a cited number that is no clause of the text may come from: a page's furniture (a page number,
 * a running header or footer: the first or last three lines of a page, or a "Page 3 of 9" line) or a
 * cross-reference ("under Section 4.2") that starts a line.
 */
function extraKind(c: string, doc: TruthDoc, page: number): ClauseVerdict {
  if (!/^\d/.test(c)) return 'extra';
  const num = c.replace(/\(.*$/, '');
  const esc = num.replace(/\./g, '\\.');
  const starts = new RegExp(`^\\W*${esc}(?![\\d.]\\d)`);
  for (const p of [page - 1, page]) {
    const lines = (doc.pages[p - 1] ?? []).map((l) => l.trim()).filter(Boolean);
    const edge = [...lines.slice(0, 3), ...lines.slice(-3)];
    if (edge.some((l) => starts.test(l) && l.length <= 80)) return 'extra-furniture';
    if (lines.some((l) => /\bpage\s+\d/i.test(l) && l.includes(num))) return 'extra-furniture';
    if (lines.some((l) => new RegExp(`\\b(?:section|clause|paragraph|article)s?\\s+${esc}(?![\\d.]\\d)`, 'i').test(l))) return 'extra-crossref';
  }
  return 'extra';
}

function score(pdf: string, source: ScoredCitation['source'], quotes: readonly string[], cited: { page: number; clause?: string }, doc: TruthDoc, citedPages: readonly number[]): ScoredCitation {
  const base = { pdf, source, quote: quotes.join(' … '), cited };
  const found = quotes.map((q) => locate(doc, q, citedPages, cited.clause)).filter((f) => f !== undefined);
  if (!found.length) return { ...base, page: 'unfound', foundPages: [] };
  const foundPages = [...new Set(found.flatMap((f) => f.pages))].sort((a, b) => a - b);
  const page: PageVerdict = citedPages.some((p) => foundPages.includes(p)) ? 'right' : 'wrong';
  const truth = clauseAt(doc, found[0]!.start);
  return { ...base, page, foundPages, ...(truth ? { truth } : {}), clause: clauseVerdict(cited.clause, truth, doc, found[0]!.pages[0]!) };
}

/** Scores every ranked point and key-term citation of the dev contracts (`pdfs` when given). */
export async function runCitationEval(dir: string, options: { cacheDir?: string; pdfs?: readonly string[] } = {}): Promise<CitationResult> {
  const citations: ScoredCitation[] = [];
  const unread: string[] = [];
  let contracts = 0;
  for await (const { pdf, doc } of readDevContracts(dir, options, unread)) {
    let truth: TruthDoc;
    try {
      truth = readTruth(path.join(dir, 'pdf', pdf));
    } catch (err) {
      unread.push(`${pdf}: pdftotext: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    contracts++;
    const byId = new Map<string, Block>(doc.blocks.map((b) => [b.id, b]));
    const { terms } = extractKeyTerms(doc);
    // The summary as the section and coverage evaluations read it (its own key terms from the blocks).
    const summary = extractiveSummary(doc.blocks, {});
    for (const p of summary.points) {
      if (summary.overview.includes(p) || !p.citations.length) continue;
      const first = p.citations[0]!;
      const pieces = quotedPieces(
        p.text,
        p.citations.map((c) => byId.get(c.blockId)?.text ?? ''),
      );
      citations.push(score(pdf, 'point', pieces, { page: first.page, ...(first.clause ? { clause: first.clause } : {}) }, truth, p.citations.map((c) => c.page)));
    }
    for (const [name, term] of Object.entries(terms) as [KeyTermName, KeyTerm | undefined][]) {
      if (!term?.citations.length || !term.text) continue;
      const first = term.citations[0]!;
      const pieces = term.text.split(/\s*…\s*/).filter((s) => wordsOf(s).length >= 4);
      citations.push(score(pdf, name, pieces, { page: first.page, ...(first.clause ? { clause: first.clause } : {}) }, truth, term.citations.map((c) => c.page)));
    }
  }
  return { contracts, citations, unread };
}

export interface CitationCounts {
  citations: number;
  found: number;
  pageRight: number;
  /** Found citations whose clause is right: exact, or none cited where the truth has none. */
  clauseRight: number;
  /** Of found citations whose truth or citation names a clause. */
  clauseScored: number;
  clauseExact: number;
  /** Exact, or an ancestor or a bare item: a reader reading the cited clause finds the words. */
  clauseFindable: number;
  verdicts: Partial<Record<ClauseVerdict, number>>;
}

export function countCitations(cs: readonly ScoredCitation[]): CitationCounts {
  const found = cs.filter((c) => c.page !== 'unfound');
  const verdicts: Partial<Record<ClauseVerdict, number>> = {};
  for (const c of found) if (c.clause) verdicts[c.clause] = (verdicts[c.clause] ?? 0) + 1;
  const scored = found.filter((c) => c.clause !== 'none-none');
  return {
    citations: cs.length,
    found: found.length,
    pageRight: found.filter((c) => c.page === 'right').length,
    clauseRight: found.filter((c) => c.clause !== undefined && RIGHT_CLAUSE.includes(c.clause)).length,
    clauseScored: scored.length,
    clauseExact: scored.filter((c) => c.clause === 'exact').length,
    clauseFindable: scored.filter((c) => c.clause === 'exact' || c.clause === 'ancestor' || c.clause === 'bare-item').length,
    verdicts,
  };
}

export function formatCitationEval(r: CitationResult, examples = 4): string {
  const ci = (k: number, n: number): string => {
    const [lo, hi] = wilson(k, n);
    return `${k}/${n} ${((100 * k) / Math.max(1, n)).toFixed(1)}% (95 % ${(100 * lo).toFixed(0)}–${(100 * hi).toFixed(0)})`;
  };
  const { a, b } = halvesByFile(r.citations);
  const lines = [`Citations of the 8-sentence extractive summary's ranked points and of the key terms (${r.contracts} contracts; truth: pdftotext -layout)`];
  const groups: [string, (c: ScoredCitation) => boolean][] = [
    ['points', (c) => c.source === 'point'],
    ['key terms', (c) => c.source !== 'point'],
    ['all', () => true],
  ];
  for (const [name, keep] of groups) {
    lines.push(``, `${name}:`);
    for (const [half, cs] of [['all', r.citations], ['A', a], ['B', b]] as const) {
      const n = countCitations(cs.filter(keep));
      lines.push(`  ${half.padEnd(3)} cited ${n.citations}, found in the PDF ${n.found}; page right ${ci(n.pageRight, n.found)}`);
      lines.push(`      clause right (exact, or none where the truth has none) ${ci(n.clauseRight, n.found)}`);
      lines.push(`      where either names a clause: exact ${ci(n.clauseExact, n.clauseScored)}; exact or findable (ancestor, bare item) ${ci(n.clauseFindable, n.clauseScored)}`);
      lines.push(`      ${Object.entries(n.verdicts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
  }
  const misses = new Map<string, ScoredCitation[]>();
  for (const c of r.citations) {
    const key = c.page === 'wrong' ? 'page wrong' : c.page === 'unfound' ? 'quote not found in pdftotext text' : c.clause && !RIGHT_CLAUSE.includes(c.clause) ? `clause ${c.clause}` : undefined;
    if (!key) continue;
    misses.set(key, [...(misses.get(key) ?? []), c]);
  }
  lines.push('', 'Misses by kind (examples; [A]/[B] half):');
  const halfOf = new Map<ScoredCitation, string>([...a.map((c) => [c, 'A'] as const), ...b.map((c) => [c, 'B'] as const)]);
  for (const [key, cs] of [...misses.entries()].sort((x, y) => y[1].length - x[1].length)) {
    lines.push(`  ${key}: ${cs.length}`);
    for (const c of cs.slice(0, examples)) {
      lines.push(`    [${halfOf.get(c)}] ${c.pdf.slice(0, 50)} ${c.source}: cited p. ${c.cited.page}${c.cited.clause ? ` ${c.cited.clause}` : ''}; found p. ${c.foundPages.join(',') || '-'} clause ${c.truth ?? '-'} — ${c.quote.slice(0, 110)}`);
    }
  }
  if (r.unread.length) lines.push(`Not read (left out of the counts): ${r.unread.length}`, ...r.unread.map((u) => `  ${u}`));
  return lines.join('\n');
}
