import type { Block, ExtractedDocument } from '../../../shared/document';
import { PrecisFailure } from '../errors';
import { safeCut, sentencesOf, wordsOf } from './boundedSegments';

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
  /** Tokens of this piece's line (id marker and clause included). */
  tokens: number;
}

/** Consecutive pieces that belong together at some boundary level, with their summed tokens. */
interface Unit {
  pieces: Piece[];
  tokens: number;
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

/**
 * Cuts text that has no usable sentence or word boundary (a long run of symbols, a pasted blob)
 * into slices that each fit `room`, halving the slice length until one does.
 */
function cutToFit(text: string, room: number, count: (t: string) => number): string[] {
  const out: string[] = [];
  let pos = 0;
  let step = Math.max(2, room * 4);
  while (pos < text.length) {
    let end = safeCut(text, pos + step);
    if (end <= pos) end = Math.min(text.length, pos + 2);
    const part = text.slice(pos, end);
    if (part.length <= 2 || count(part) <= room) {
      out.push(part);
      pos = end;
    } else step = Math.max(2, Math.floor(step / 2));
  }
  return out;
}

/**
 * Splits text into consecutive pieces of at most `room` tokens: whole sentences where they fit,
 * then words, then slices. Sentences come lazily from bounded windows, and each one is counted
 * once (a running total, checked exactly once per piece), so this is linear in the text.
 */
function splitToFit(text: string, room: number, count: (t: string) => number): string[] {
  const out: string[] = [];
  let cur = '';
  let curTokens = 0;
  const close = (): void => {
    if (!cur) return;
    // Sums of parts can miss a merge across their seam: the exact count decides.
    if (count(cur) <= room) out.push(cur);
    else for (const part of cutToFit(cur, room, count)) out.push(part);
    cur = '';
    curTokens = 0;
  };
  const add = (unit: string, tokens: number): void => {
    if (cur && curTokens + tokens > room) close();
    cur += unit;
    curTokens += tokens;
  };
  for (const sentence of sentencesOf(text)) {
    const tokens = count(sentence);
    if (tokens <= room) {
      add(sentence, tokens);
      continue;
    }
    for (const word of wordsOf(sentence)) {
      const wordTokens = count(word);
      if (wordTokens <= room) {
        add(word, wordTokens);
        continue;
      }
      close();
      for (const part of cutToFit(word, room, count)) out.push(part);
    }
  }
  close();
  return out;
}

/** Bump whenever chunk boundaries may change: saved job journals of older versions are then not reused. */
export const CHUNKER_VERSION = 2;

/**
 * Splits a document into chunks that each fit `budget` tokens, ending on clause or section
 * boundaries whenever a clause fits, splitting an over-long block at sentence boundaries. Every
 * block's text lands in some chunk (nothing is dropped); each chunk knows its block ids, pages and
 * section path.
 *
 * Linear in the document: every line is counted once and packed by running totals; each finished
 * chunk is counted exactly once more (the total may miss a token merged across a line break, so a
 * chunk that turns out over budget is cut back by binary search on its pieces).
 */
export function chunkDocument(doc: Pick<ExtractedDocument, 'blocks'>, options: ChunkOptions): ChunkInput[] {
  const { countTokens, budget } = options;
  if (budget < 32) {
    throw new PrecisFailure('CONTEXT_TOO_SMALL', `The model's context leaves only ${budget} tokens for the document. Choose a model with a larger context.`);
  }
  // What the "\n" between two lines adds beyond the lines themselves (0 for tokenizers that drop it).
  const sepTokens = Math.max(0, countTokens('a\nb') - countTokens('a') - countTokens('b'));
  const headerCache = new Map<string, number>();
  // Room for the section header at the top of a chunk; blocks of one section share the count.
  const headerTokens = (section: readonly string[]): number => {
    if (!section.length) return 0;
    const key = section.join('\u0000');
    let n = headerCache.get(key);
    if (n === undefined) headerCache.set(key, (n = countTokens(sectionHeader(section))));
    return n;
  };

  const pieces: Piece[] = [];
  for (const block of doc.blocks) {
    const limit = budget - headerTokens(block.section);
    const whole = countTokens(blockLine(block, block.text));
    if (whole <= limit) {
      pieces.push({ block, text: block.text, level: boundaryLevel(block), tokens: whole });
      continue;
    }
    const marker = countTokens(blockLine(block, ''));
    if (limit - marker < 16) {
      throw new PrecisFailure('CONTEXT_TOO_SMALL', 'A section heading alone fills the model context. Choose a model with a larger context.');
    }
    const parts = splitToFit(block.text, limit - marker, countTokens);
    parts.forEach((text, i) =>
      pieces.push({ block, text, level: i === 0 ? boundaryLevel(block) : NOT_A_BOUNDARY, tokens: countTokens(blockLine(block, text)) }),
    );
  }

  const chunks: ChunkInput[] = [];
  let current: Piece[] = [];
  let currentTokens = 0;
  const render = (ps: readonly Piece[]): string => {
    const first = ps[0];
    return sectionHeader(first ? first.block.section : []) + ps.map((p) => blockLine(p.block, p.text)).join('\n');
  };
  const emit = (ps: Piece[], text: string, tokens: number): void => {
    const first = ps[0] as Piece;
    chunks.push({
      index: chunks.length,
      blockIds: [...new Set(ps.map((p) => p.block.id))],
      section: [...first.block.section],
      pages: [...new Set(ps.map((p) => p.block.page))].sort((a, b) => a - b),
      text,
      tokens,
    });
  };
  const flush = (): void => {
    let rest = current;
    current = [];
    currentTokens = 0;
    while (rest.length) {
      const text = render(rest);
      const tokens = countTokens(text);
      if (tokens <= budget || rest.length === 1) {
        emit(rest, text, tokens);
        return;
      }
      // The running total under-counted: keep the longest prefix that fits, carry the rest on.
      let lo = 1;
      let hi = rest.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (countTokens(render(rest.slice(0, mid))) <= budget) lo = mid;
        else hi = mid - 1;
      }
      const head = rest.slice(0, lo);
      const headText = render(head);
      emit(head, headText, countTokens(headText));
      rest = rest.slice(lo);
    }
  };
  /** Estimated tokens of the current chunk with `unit` appended. */
  const withUnit = (unit: Unit): number => {
    const n = unit.pieces.length;
    if (current.length) return currentTokens + unit.tokens + sepTokens * n;
    return headerTokens((unit.pieces[0] as Piece).block.section) + unit.tokens + sepTokens * (n - 1);
  };
  const append = (unit: Unit): void => {
    currentTokens = withUnit(unit);
    for (const p of unit.pieces) current.push(p);
  };

  // Units at `level`: a boundary of that level or better with everything up to the next one.
  const unitsAt = (ps: readonly Piece[], level: number): Unit[] => {
    const units: Unit[] = [];
    let last: Unit | undefined;
    for (const p of ps) {
      if (!last || p.level <= level) units.push((last = { pieces: [], tokens: 0 }));
      last.pieces.push(p);
      last.tokens += p.tokens;
    }
    return units;
  };
  const pack = (ps: readonly Piece[], level: number): void => {
    for (const unit of unitsAt(ps, level)) {
      if (withUnit(unit) <= budget) {
        append(unit);
        continue;
      }
      // The whole clause does not fit beside what we have: end the chunk on the clause boundary.
      flush();
      if (withUnit(unit) <= budget) append(unit);
      else if (level < DEEPEST) pack(unit.pieces, level + 1);
      else {
        // A clause with no finer structure, longer than the budget: block by block (each piece fits alone).
        for (const p of unit.pieces) {
          const single: Unit = { pieces: [p], tokens: p.tokens };
          if (current.length && withUnit(single) > budget) flush();
          append(single);
        }
      }
    }
  };
  pack(pieces, 0);
  flush();
  return chunks;
}
