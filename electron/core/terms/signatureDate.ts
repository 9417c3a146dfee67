/**
 * The date a contract was signed, read from its signature block: "IN WITNESS WHEREOF, the parties
 * have executed this Agreement as of this 4th day of April, 2003", or the "Date:" lines under the
 * signatures ("4/24/2018 | 04/25/2018" over "Date | Date"). When the parties signed on different
 * days the contract is made on the last signature, so the latest date is taken.
 */
import type { Block } from '../../../shared/document';
import { blankDateAtStart, findDates, type FoundDate } from './date';
import type { TermContext } from './termContext';

export interface SignatureDate {
  iso: string;
  blocks: Block[];
}

const WITNESS = /\bin\s+witness\s+(?:whereof|hereof)\b/i;
/** Blocks after the signatures that end the signature block: annexes and long prose. */
const AFTER_SIGNATURES = /^\s*(?:exhibit|schedule|appendix|annex|attachment|article|section)\b/i;
/** How many blocks under "IN WITNESS WHEREOF" (or at the end of the document) the signature block may span. */
const SIGNATURE_BLOCKS = 16;

/** A line that is a date field of the signature block: "Date: November 5, 2019", "Dated: 1/27/2020", "4/24/2018 | 04/25/2018". */
function dateLine(text: string, dates: FoundDate[]): boolean {
  if (!dates.length || text.length > 140) return false;
  if (/^\s*(?:date|dated|signed\s+on|date\s+signed)\b/i.test(text) || /\|\s*date\b|\bdate\s*:/i.test(text)) return true;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, '');
  return rest.replace(/[\s|,.:;_-]|dated?|on/gi, '') === '';
}

function latest(found: { d: FoundDate; b: Block }[]): SignatureDate | undefined {
  if (!found.length) return undefined;
  const iso = found.map((f) => f.d.iso).sort().at(-1)!;
  return { iso, blocks: [...new Set(found.filter((f) => f.d.iso === iso).map((f) => f.b))] };
}

function witnessIndex(blocks: readonly Block[]): number {
  return witnessIndexes(blocks)[0] ?? -1;
}

/** Every "IN WITNESS WHEREOF" block, the last first. */
function witnessIndexes(blocks: readonly Block[]): number[] {
  const out: number[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) if (WITNESS.test(blocks[i]!.text)) out.push(i);
  return out;
}

/**
 * A date line of the signature block that the filed copy leaves blank: "Dated the ____ day of May,
 * 2000", "Rockaway, April ____, 2003", "Date: ________". Only read when no signature is dated.
 */
export function blankSignatureDate(ctx: TermContext): { text: string; block: Block } | undefined {
  const blocks = ctx.blocks;
  const start = witnessIndex(blocks);
  if (start < 0) return undefined;
  for (const b of blocks.slice(start, start + SIGNATURE_BLOCKS)) {
    if (b !== blocks[start] && AFTER_SIGNATURES.test(b.text)) break;
    if (b.text.length > 300 && b !== blocks[start]) break;
    for (const cell of b.text.split('|')) {
      // After a date label, or after the place of signing ("Rockaway, ").
      const lead = /^\s*(?:dated?\s*:?|date\s+signed\s*:?|signed\s+on)\s*(?:the\s+|this\s+)?|^\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?=[A-Z][a-z]+\s+_)/i.exec(cell);
      if (!lead) continue;
      const blank = blankDateAtStart(cell.slice(lead[0].length));
      if (blank && /_{2,}|\[/.test(blank)) return { text: blank, block: b };
    }
  }
  return undefined;
}

export function signatureDate(ctx: TermContext): SignatureDate | undefined {
  const blocks = ctx.blocks;
  const witnesses = witnessIndexes(blocks);
  if (!witnesses.length) {
    const signers = firstSignatureLines(blocks);
    return datesUnder(ctx, -1) ?? (signers >= 0 ? datesUnder(ctx, signers, false) : undefined);
  }
  // An exhibit signed on its own (a quality agreement, a form of assignment) may close the document
  // with an undated "IN WITNESS WHEREOF": the contract's own, dated, signature block is an earlier one.
  for (const start of witnesses) {
    const found = datesUnder(ctx, start);
    if (found) return found;
  }
  return undefined;
}

/** The fields of a signature: "By:", "Name:", "Title:". */
const SIGNER_FIELD = /\b(?:By|Name|Title)\s*:/g;

/**
 * The "Date:" fields of a signature block run into one paragraph, as a text that lost its line
 * breaks gives it ("… By: /s/ Ann Lee Name: Ann Lee Title: CEO Date: 4/24/2018 By: …"): only in a
 * paragraph holding at least two signers' fields, and only dates right after "Date:" or "Dated:".
 */
function runOnSignatureDates(ctx: TermContext, b: Block): { d: FoundDate; b: Block }[] {
  if ((b.text.match(SIGNER_FIELD) ?? []).length < 2) return [];
  return findDates(b.text, ctx.dates)
    .filter((d) => /\bdated?\s*:\s*$/i.test(b.text.slice(Math.max(0, d.index - 12), d.index)))
    .map((d) => ({ d, b }));
}

/** A signer's line: "By: /s/ …", "Name: …", "Title: …". */
const SIGNER_LINE = /^\s*(?:by|name|title)\s*:|\/s\//i;

/**
 * Without "IN WITNESS WHEREOF", where the first signatures stand (a signature page set before the
 * exhibits): a few blocks before its first signer's line, past the opening; -1 when there is none.
 */
function firstSignatureLines(blocks: readonly Block[]): number {
  const at = blocks.findIndex((b, i) => i >= OPENING_BLOCKS && SIGNER_LINE.test(b.text));
  return at < 0 ? -1 : Math.max(OPENING_BLOCKS, at - 4);
}

/** Blocks at the head of a contract (title, parties, cover lines) that never hold its signatures. */
const OPENING_BLOCKS = 10;

/**
 * The dates of the signature block under the IN WITNESS block `start` (-1: the end of the document),
 * or, with `witness` false, of the signature lines that begin at block `start`.
 */
function datesUnder(ctx: TermContext, start: number, witness = true): SignatureDate | undefined {
  const blocks = ctx.blocks;
  if (start >= 0 && witness) {
    // "… have executed this Agreement as of this 4th day of April, 2003."
    const own = findDates(blocks[start]!.text, ctx.dates).filter((d) => /\b(?:as\s+of|on|this|dated?)\s+(?:this\s+|the\s+)?$/i.test(blocks[start]!.text.slice(Math.max(0, d.index - 20), d.index)));
    if (own.length) return latest(own.map((d) => ({ d, b: blocks[start]! })));
  }
  const from = start < 0 ? Math.max(0, blocks.length - SIGNATURE_BLOCKS) : witness ? start + 1 : start;
  const found: { d: FoundDate; b: Block }[] = [];
  // The signatures run on in the IN WITNESS paragraph itself when the text lost its line breaks.
  if (start >= 0 && witness) found.push(...runOnSignatureDates(ctx, blocks[start]!));
  for (const b of blocks.slice(from, from + SIGNATURE_BLOCKS)) {
    if (found.length && AFTER_SIGNATURES.test(b.text)) break;
    // Prose after the signatures is the body going on (a signature page first, terms after it),
    // unless it is the signature block run into one paragraph.
    if (b.text.length > 300) {
      const runOn = runOnSignatureDates(ctx, b);
      if (runOn.length) {
        found.push(...runOn);
        continue;
      }
      if (start >= 0) break;
      continue;
    }
    const dates = findDates(b.text, ctx.dates);
    if (dateLine(b.text.trim(), dates)) found.push(...dates.map((d) => ({ d, b })));
    else {
      // A row that sets both signers side by side is long, but each of its dates stands after "Date:",
      // or in a cell of its own beside the signature ("/s/ Ada Lind | 5/17/12").
      const cells = b.kind === 'table-row' ? b.text.split('|') : [];
      const alone = cells.flatMap((cell) => {
        const ds = findDates(cell, ctx.dates);
        return dateLine(cell.trim(), ds) ? ds : [];
      });
      const labelled = dates.filter((d) => /\bdated?\s*:\s*$/i.test(b.text.slice(Math.max(0, d.index - 12), d.index)));
      found.push(...[...alone, ...labelled].map((d) => ({ d, b })));
    }
  }
  return latest(found);
}
