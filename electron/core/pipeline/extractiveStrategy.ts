/**
 * The summary that needs no model: each step ranks real sentences of the document (terms/
 * rankSentences) and cites their blocks, so its citations are always valid and the same document
 * always gives the same summary.
 */
import type { Block } from '../../../shared/document';
import type { SummaryPoint } from '../../../shared/summary';
import type { KeyTerms } from '../../../shared/terms';
import { chunkDocument } from '../chunking/chunkDocument';
import { throwIfAborted } from '../errors';
import { estimateTokens } from '../llm/estimateTokens';
import { keyTermsOf } from '../terms/extractKeyTerms';
import { contractPart, DEFAULT_SUMMARY_SENTENCES, extractiveSummary, overviewOf, pointsAsBlocks } from '../terms/extractiveSummary';
import { rankSentences, type RankedSentence, type RankWeights } from '../terms/rankSentences';
import { buildTermContext } from '../terms/termContext';
import type { StepAnswer, SummaryStrategy } from './summaryStrategy';


/** How much text one extractive chunk holds, in estimated tokens: the ranker reads whole documents at once. */
export const EXTRACTIVE_CHUNK_TOKENS = 1_000_000 - 2048;

export interface ExtractiveStrategyOptions {
  /** Sentences in the final summary (the CLI's --sentences). */
  sentences?: number;
  /**
   * Ranking weights in place of the shipped ones. Only the evaluation sets them: it scores the whole
   * pipeline with weights chosen without the document it scores (leave one document out).
   */
  weights?: Partial<RankWeights>;
}

// No prompt is read and nothing is generated: token counts stay zero, and each step reports the
// sentences it read and chose instead.
function ranked(blocks: readonly Block[], count: number, weights: Partial<RankWeights> | undefined, leaveOut?: (s: RankedSentence) => boolean): StepAnswer {
  let read = 0;
  const picked = rankSentences(blocks, { sentences: count, documentOrder: true, onRead: (n) => (read = n), ...(weights ? { weights } : {}), ...(leaveOut ? { leaveOut } : {}) });
  // A sentence read across a page break cites the block that finishes it too.
  const answer = { points: picked.map((s) => ({ text: s.text, blockIds: s.continued ? [s.blockId, s.continued.blockId] : [s.blockId] })) };
  return { answer, promptTokens: 0, generatedTokens: 0, sentences: { read, chosen: picked.length } };
}

const pointsText = (points: readonly SummaryPoint[]) => points.map((p) => p.text).join('\n');

/** Creates the model-free strategy. Deterministic: the same document always gives the same summary. */
export function extractiveStrategy(options: ExtractiveStrategyOptions = {}): SummaryStrategy & { sentences: number } {
  const sentences = Math.max(1, Math.floor(options.sentences ?? DEFAULT_SUMMARY_SENTENCES));
  return {
    id: 'extractive',
    kind: 'extractive',
    // A version id, not a model: the resume journal and the summarized-before match compare it, and
    // every summary stores it; people see the quick summary's label instead (shared/writerLabel).
    modelName: 'extractive v1',
    maxParallel: 2,
    sentences,
    prepare: (doc) => {
      // Key terms of the whole document, read at most once per job when the job did not read them.
      let own: KeyTerms | undefined;
      const termsOf = (given: KeyTerms | undefined): KeyTerms => given ?? (own ??= keyTermsOf(buildTermContext(doc)));
      // What the Overview states, and which sentences cannot stand alone, is the same for every chunk of the job: worked out once.
      let leaveOut: ((s: RankedSentence) => boolean) | undefined;
      const leaveOutOf = (given: KeyTerms | undefined) => (leaveOut ??= overviewOf(termsOf(given), doc.blocks).leaveOut);
      return {
        chunk: () => chunkDocument(doc, { countTokens: estimateTokens, budget: EXTRACTIVE_CHUNK_TOKENS }),
        async map(chunk, blocks, signal, terms) {
          throwIfAborted(signal);
          // The final step skips sentences the Overview states or that cannot stand alone; picked here, one would be dropped there
          // without a replacement, and the summary would hold fewer points than asked for.
          // An instrument attached after the contract (a form with its own parties and terms) is not
          // summarised as the contract: its sentences are ranked in no chunk, as in the direct summary.
          return ranked(contractPart(blocks, doc.blocks).own, sentences, options.weights, leaveOutOf(terms));
        },
        // The final step ranks any number of points: there is nothing to reduce.
        fitsFinal: () => true,
        fitFinal: (points) => points,
        finalSize: (points) => estimateTokens(pointsText(points)),
        reduceGroups: (points) => [points],
        async reduce(group, _ids, signal) {
          throwIfAborted(signal);
          return ranked(pointsAsBlocks(group), sentences, options.weights);
        },
        async final(points, blocks, signal, onText, terms) {
          throwIfAborted(signal);
          // The map step already chose sentences (one point each); rank those, so the final summary is
          // a selection from every chunk's best rather than a re-read of whole paragraphs. The Overview
          // is written from the key terms of the whole document: those the job already read when it
          // has them (read once per job), else read here.
          let read = 0;
          const summary = extractiveSummary(points.length ? pointsAsBlocks(points) : blocks, {
            sentences,
            onRead: (n) => (read = n),
            ...(options.weights ? { weights: options.weights } : {}),
            terms: termsOf(terms),
            document: doc.blocks,
            pointCitations: new Map(points.filter((p) => p.citations.length > 1).map((p) => [`${p.citations[0]!.blockId}\u0000${p.text}`, p.citations])),
          });
          throwIfAborted(signal);
          onText(summary.markdown);
          // Overview facts written from key terms are not sentences the ranker chose.
          return { text: summary.markdown, promptTokens: 0, generatedTokens: 0, sentences: { read, chosen: summary.points.length - summary.overview.length } };
        },
      };
    },
  };
}
