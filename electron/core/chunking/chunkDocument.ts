import type { Block, ExtractedDocument } from '../../../shared/document';
import { PrecisFailure } from '../errors';

/** A piece of the document a map step works on. */
export interface ChunkInput {
  index: number;
  blockIds: string[];
  /** The section path this chunk sits in, outermost first. */
  section: string[];
  pages: number[];
  /** The chunk's text exactly as the model sees it (block ids marked, see pipeline/prompts). */
  text: string;
  tokens: number;
}

export interface ChunkOptions {
  /** The active model's tokenizer (token-exact budgets). */
  countTokens: (text: string) => number;
  /** Tokens a chunk's text may take: context size − prompt − answer reserve. */
  budget: number;
}

/** How a block is shown to the model: its id (what the model cites) and clause number, then its text. */
export function blockLine(block: Pick<Block, 'id' | 'clause'>, text: string): string {
  return `[${block.id}]${block.clause ? ` (${block.clause})` : ''} ${text}`;
}

/** The section path repeated at the top of each chunk so the model knows where it is. */
export function sectionHeader(section: readonly string[]): string {
  return section.length ? `Section: ${section.join(' > ')}\n` : '';
}

/** A block, or a sentence-aligned piece of one that is longer than the budget. */
interface Piece {
  block: Block;
  text: string;
  /** How good a place this is to start a chunk: 0 heading, 1 clause "7", 2 "7.2", 3 "(a)"; none inside a block. */
  level: number;
}

const NOT_A_BOUNDARY = Number.POSITIVE_INFINITY;
const DEEPEST = 3;

/** Headings and top-level clauses are the best places to cut; sub-clauses next; plain paragraphs stay with their clause. */
function boundaryLevel(block: Block): number {
  if (block.kind === 'heading') return 0;
  const c = block.clause;
  if (!c) return NOT_A_BOUNDARY;
  if (/^(article|section|schedule|exhibit|annex|appendix|part)\b/i.test(c) || /^\d+\.?$/.test(c)) return 1;
  if (/^\d+(\.\d+)+\.?$/.test(c)) return 2;
  return DEEPEST;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Splits text into pieces that each fit `fits`: sentences first, then words, then characters. */
function splitToFit(text: string, fits: (t: string) => boolean): string[] {
  const out: string[] = [];
  const pack = (units: string[], fallback: (u: string) => string[]): void => {
    let cur = '';
    for (const u of units) {
      if (fits(cur + u)) {
        cur += u;
        continue;
      }
      if (cur) out.push(cur);
      cur = '';
      if (fits(u)) cur = u;
      else for (const part of fallback(u)) out.push(part);
    }
    if (cur) out.push(cur);
  };
  const bySentence = [...sentenceSegmenter.segment(text)].map((s) => s.segment);
  pack(bySentence, (sentence) => {
    const before = out.length;
    pack(
      [...wordSegmenter.segment(sentence)].map((w) => w.segment),
      (word) => [...word],
    );
    // pack() appended to `out` directly; hand back nothing more.
    return out.splice(before);
  });
  return out;
}

/** Bump whenever chunk boundaries may change: saved job journals of older versions are then not reused. */
export const CHUNKER_VERSION = 1;

/**
 * Splits a document into chunks that each fit `budget` tokens, ending on clause or section
 * boundaries whenever a clause fits, splitting an over-long block at sentence boundaries. Every
 * block's text lands in some chunk (nothing is dropped); each chunk knows its block ids, pages and
 * section path.
 */
export function chunkDocument(doc: Pick<ExtractedDocument, 'blocks'>, options: ChunkOptions): ChunkInput[] {
  const { countTokens, budget } = options;
  if (budget < 32) {
    throw new PrecisFailure('CONTEXT_TOO_SMALL', `The model's context leaves only ${budget} tokens for the document. Choose a model with a larger context.`);
  }
  const lineTokens = (b: Block, text: string): number => countTokens(blockLine(b, text)) + 1;
  // Room for the longest section header keeps a split block's pieces from overflowing once headed.
  const headerRoom = (b: Block): number => countTokens(sectionHeader(b.section));

  const pieces: Piece[] = [];
  for (const block of doc.blocks) {
    const limit = budget - headerRoom(block);
    if (lineTokens(block, block.text) <= limit) {
      pieces.push({ block, text: block.text, level: boundaryLevel(block) });
      continue;
    }
    if (limit < 16) {
      throw new PrecisFailure('CONTEXT_TOO_SMALL', 'A section heading alone fills the model context. Choose a model with a larger context.');
    }
    const parts = splitToFit(block.text, (t) => lineTokens(block, t) <= limit);
    parts.forEach((text, i) => pieces.push({ block, text, level: i === 0 ? boundaryLevel(block) : NOT_A_BOUNDARY }));
  }

  const chunks: ChunkInput[] = [];
  let current: Piece[] = [];
  const render = (ps: Piece[]): string => {
    const first = ps[0];
    return sectionHeader(first ? first.block.section : []) + ps.map((p) => blockLine(p.block, p.text)).join('\n');
  };
  const fits = (ps: Piece[]): boolean => countTokens(render(ps)) <= budget;
  const flush = (): void => {
    if (!current.length) return;
    const text = render(current);
    const first = current[0] as Piece;
    chunks.push({
      index: chunks.length,
      blockIds: [...new Set(current.map((p) => p.block.id))],
      section: [...first.block.section],
      pages: [...new Set(current.map((p) => p.block.page))].sort((a, b) => a - b),
      text,
      tokens: countTokens(text),
    });
    current = [];
  };

  // Units at `level`: a boundary of that level or better with everything up to the next one.
  const unitsAt = (ps: Piece[], level: number): Piece[][] => {
    const units: Piece[][] = [];
    for (const p of ps) {
      const last = units[units.length - 1];
      if (!last || p.level <= level) units.push([p]);
      else last.push(p);
    }
    return units;
  };
  const pack = (ps: Piece[], level: number): void => {
    for (const unit of unitsAt(ps, level)) {
      if (fits([...current, ...unit])) {
        current.push(...unit);
        continue;
      }
      // The whole clause does not fit beside what we have: end the chunk on the clause boundary.
      flush();
      if (fits(unit)) current.push(...unit);
      else if (level < DEEPEST) pack(unit, level + 1);
      else {
        // A clause with no finer structure, longer than the budget: block by block (each piece fits alone).
        for (const p of unit) {
          if (!fits([...current, p])) flush();
          current.push(p);
        }
      }
    }
  };
  pack(pieces, 0);
  flush();
  return chunks;
}
