/**
 * The date a contract was signed, read from its signature block: "IN WITNESS WHEREOF, the parties
 * have executed this Agreement as of this 4th day of April, 2003", or the "Date:" lines under the
 * signatures ("4/24/2018 | 04/25/2018" over "Date | Date"). When the parties signed on different
 * days the contract is made on the last signature, so the latest date is taken.
 */
import type { Block } from '../../../shared/document';
import { blankDateAtStart, findDates, placeBeforeDate, type FoundDate } from './date';
import type { TermContext } from './termContext';

export interface SignatureDate {
  iso: string;
  blocks: Block[];
}

export const WITNESS = /\bin\s+witness\s+(?:whereof|hereof)\b/i;
/** Blocks after the signatures that end the signature block: annexes and long prose. */
const AFTER_SIGNATURES = /^\s*(?:exhibit|schedule|appendix|annex|attachment|article|section)\b/i;
/** How many blocks under "IN WITNESS WHEREOF" (or at the end of the document) the signature block may span. */
const SIGNATURE_BLOCKS = 16;

/** A line that is a date field of the signature block: "Date: November 5, 2019", "Dated: 1/27/2020", "4/24/2018 | 04/25/2018". */
function dateLine(text: string, dates: FoundDate[]): boolean {
  if (!dates.length || text.length > 140) return false;
  // "SIGNED at Johannesburg on 3 June 2011": the place and date of signing, as South African and
  // Commonwealth forms head each signer's block; "Signed at Toronto, Ontario this 12th day of May, 2011".
  if (/^\s*(?:date|dated|signed\s+on|date\s+signed)\b|^\s*(?:signed|executed|dated)\s+at\s+[^.;:]{1,40}?\s+(?:on|this)\b/i.test(text)) return true;
  // A "Date:" field, not another date's label ("Template version date: …", "Commencement Date: …").
  const field = /\|\s*date\b|\bdate\s*:/i.exec(text);
  if (field && !OTHER_DATE_BEFORE.test(text.slice(0, field.index + (field[0].startsWith('|') ? 1 : 0)))) return true;
  // The field's label set under its line and read after it: "/s/ Ann Lee  6/1/2020 ____  Acme Inc.  Date".
  if (/\b(?:Date|DATE)\s*$/.test(text)) return true;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, '');
  if (rest.replace(/[\s|,.:;_-]|dated?|on/gi, '') === '') return true;
  // The place and date of signing that head a signer's block, as European contracts set them:
  // "Stuttgart, 03.06.2011  Brenner GmbH  By: …", "Place, date: Verona, 7 June 2011".
  if (placeBeforeDate(text.slice(0, dates[0]!.index))) return true;
  // The date written beside a signature, the signer's typed name after it: "6/1/20  ANN LEE".
  return dates[0]!.index === 0 && text.length <= 60 && /^(?:\s+(?:[A-Z][\p{L}'’.-]*|&)){1,5}\s*$/u.test(rest);
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
  if (start < 0) return blankDateOverSigners(blocks) ?? emptyDateField(blocks, firstSignatureLines(blocks));
  for (const b of blocks.slice(start, start + SIGNATURE_BLOCKS)) {
    if (b !== blocks[start] && AFTER_SIGNATURES.test(b.text)) break;
    if (b.text.length > 300 && b !== blocks[start]) break;
    const blank = blankDateLine(b.text);
    if (blank) return { text: blank, block: b };
  }
  return emptyDateField(blocks, start);
}

/** A signature block's "Date:" field with nothing written in it, the last field of its line ("Title: CEO Date:", "Date: | Date:"). */
const EMPTY_DATE_FIELD = /(?:^|[\s|])[Dd]ated?\s*:[\s|_]*$/;

/**
 * The "Date:" fields under the signatures left empty, as a form filed unsigned leaves them ("By: | Name: |
 * Title: | Date:"): the date the signatures would give is blank. Read from `start` (the IN WITNESS block or
 * the first signer's lines) over the signature block, a field only where a signer's line ("By:", "Name:",
 * "Title:", "/s/") stands in its block or the few before it, so a date field of a schedule or a form is not
 * taken for it. Only reached when no signature carries a date. The blank is given as "____", the field as filled in by hand.
 */
function emptyDateField(blocks: readonly Block[], start: number): { text: string; block: Block } | undefined {
  if (start < 0) return undefined;
  for (let i = start; i < Math.min(blocks.length, start + SIGNATURE_BLOCKS); i++) {
    const b = blocks[i]!;
    if (i > start && AFTER_SIGNATURES.test(b.text)) break;
    if (b.text.length > 140 || !EMPTY_DATE_FIELD.test(b.text)) continue;
    if (blocks.slice(Math.max(start, i - SIGNERS_LEAD), i + 1).some((x) => SIGNER_LINE.test(x.text) || /\b(?:By|Name|Title)\s*:/.test(x.text))) {
      return { text: '____', block: b };
    }
  }
  return undefined;
}

/** The blank date of a signature block's date line (in any cell of a row), or undefined. */
function blankDateLine(text: string): string | undefined {
  for (const cell of text.split('|')) {
    // After a date label, or after the place of signing ("Rockaway, ").
    const lead = /^\s*(?:dated?\s*:?|date\s+signed\s*:?|signed\s+on)\s*(?:the\s+|this\s+)?|^\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?=[A-Z][a-z]+\s+_)/i.exec(cell);
    if (!lead) continue;
    const blank = blankDateAtStart(cell.slice(lead[0].length));
    if (blank && /_{2,}|\[/.test(blank)) return blank;
  }
  return undefined;
}

/** A signer's line: "By: /s/ …", "Name: …", "Title: …". */
const SIGNER_LINE = /^\s*(?:by|name|title)\s*:|\/s\//i;

/** A signer's line, or "Per: ____" as Canadian and other Commonwealth forms write it. */
const SIGNER_OR_PER_LINE = new RegExp(String.raw`^\s*per\s*:|${SIGNER_LINE.source}`, 'i');

/**
 * Without "IN WITNESS WHEREOF", a contract may close with its date line set just above the signatures:
 * "Dated the ____ day of June, 2011." over "Per: ____". Read only in the few blocks right before the first
 * signer's line past the opening, and only a line that keeps its year: a form's "Dated: ______, 20__"
 * (a notice or certificate attached as an exhibit) dates nothing.
 */
function blankDateOverSigners(blocks: readonly Block[]): { text: string; block: Block } | undefined {
  const at = blocks.findIndex((b, i) => i >= OPENING_BLOCKS && SIGNER_OR_PER_LINE.test(b.text));
  if (at < 0) return undefined;
  for (let i = at - 1; i >= Math.max(OPENING_BLOCKS, at - SIGNERS_LEAD); i--) {
    const b = blocks[i]!;
    if (b.text.length > 140) break;
    const blank = blankDateLine(b.text);
    if (blank && /\b(?:19|20)\d\d\b/.test(blank)) return { text: blank, block: b };
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
  // A text whose lines were put out of order sets "IN WITNESS WHEREOF" apart from the signatures,
  // clauses between them: read the first signers' lines after it.
  const signers = firstSignatureLines(blocks, witnesses.at(-1)!);
  return signers >= 0 ? datesUnder(ctx, signers, false) : undefined;
}

/** The fields of a signature: "By:", "Name:", "Title:". */
const SIGNER_FIELD = /\b(?:By|Name|Title)\s*:/g;

/**
 * The "Date:" fields of a signature block run into one paragraph, as a text that lost its line
 * breaks gives it ("… By: /s/ Ann Lee Name: Ann Lee Title: CEO Date: 4/24/2018 By: …"): only in a
 * paragraph holding at least two signers' fields, and only dates right after "Date:" or "Dated:".
 */
function runOnSignatureDates(ctx: TermContext, b: Block, from = 0): { d: FoundDate; b: Block }[] {
  const marks = [...b.text.matchAll(SIGNED_MARK)];
  if (!from && (b.text.match(SIGNER_FIELD) ?? []).length < 2 && marks.length < 2) return [];
  const text = b.text.slice(from);
  const dates = findDates(text, ctx.dates);
  // "Party A: … (seal)  Ann Lee (signature)  June 25, 2014": the date written after the signer's mark.
  const afterMark = dates.filter((d) => /\((?:signature|signed|seal|chop)\)\s*$/i.test(text.slice(Math.max(0, d.index - 20), d.index)));
  return [...new Set([...labelledDates(text, dates), ...afterMark])].map((d) => ({ d, b }));
}

/** Where a translated form marks a signature or a seal: "(signature)", "(seal)", "(signed)", "(chop)". */
const SIGNED_MARK = /\((?:signature|signed|seal|chop)\)/gi;

/** A "Date" field's label: "Date:", "Dated:", or "Date" / "DATE" written without a colon. */
const DATE_LABEL = String.raw`(?:\b[Dd]ated?\s*:|\b(?:Date|DATE|Dated|DATED)\b)`;
/** Text that ends in date labels, one or a row of them ("Date:", "Date:  Date:"). */
const LABELS_BEFORE = new RegExp(`${DATE_LABEL}(?:[\\s|_:-]*${DATE_LABEL})*[\\s|_:-]*$`);
/** A word that makes a "Date" label some other date's: "Commencement Date", "Expiry Date", "Version date" (an order form's "Order Date" is its own). */
const OTHER_DATE_BEFORE = /\b(?:effective|commencement|start|end|expiry|expiration|termination|completion|closing|delivery|due|renewal|payment|invoice|issue|birth|version|revision|print(?:ed)?)\s*$/i;
/** Text that starts with date labels, as a form sets them under the dates ("6/2/2021  06/04/2021  Date  Date"). */
const LABELS_AFTER = /^[\s|_-]*(?:Date|DATE)\b(?!\s+(?:of|hereof|first)\b)/;

/**
 * The dates of `text` that fill a "Date" field: each run of dates (side by side, one per signer)
 * either follows its labels ("Date: Date: 5-10-2019 5-12-19", "Date 21/08/07") or stands over them,
 * the labels read after it ("6/2/2021 06/04/2021 Date Date").
 */
function labelledDates(text: string, dates: readonly FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  // A row of filled-in fields over its rule and its row of labels, as a form sets them and a text run
  // into one line gives them: "Ann Lee 1/9/02  Bo Tran 1/14/02 ------- ------- Name (type or print) Date
  // Name (type or print) Date". The dates over the rule fill the "Date" labels under it.
  const rule = /(?:[-_]{5,}\s*)+/.exec(text);
  const labels = rule ? text.slice(rule.index + rule[0].length) : '';
  if (rule && labels.length <= 120 && !/\d/.test(labels) && /\b(?:Date|DATE)\s*$/.test(labels) && /\b(?:Name|NAME|Title|TITLE|Signature|SIGNATURE)\b/.test(labels)) {
    return dates.filter((d) => d.index + d.text.length <= rule.index);
  }
  for (let i = 0; i < dates.length; ) {
    let j = i;
    while (j + 1 < dates.length && /^[\s|_-]*$/.test(text.slice(dates[j]!.index + dates[j]!.text.length, dates[j + 1]!.index))) j++;
    const first = dates[i]!;
    const last = dates[j]!;
    const end = last.index + last.text.length;
    const before = text.slice(Math.max(0, first.index - 60), first.index);
    const labels = LABELS_BEFORE.exec(before);
    // "Commencement Date | 1 July 2011", "Effective Date: …": a schedule's or a cover's date, not a signature's.
    const ownLabel = labels && !OTHER_DATE_BEFORE.test(before.slice(0, labels.index));
    if (ownLabel || LABELS_AFTER.test(text.slice(end, end + 40))) out.push(...dates.slice(i, j + 1));
    i = j + 1;
  }
  return out;
}

/**
 * Without "IN WITNESS WHEREOF", where the first signatures stand (a signature page set before the
 * exhibits): a few blocks before its first signer's line, past the opening; -1 when there is none.
 */
function firstSignatureLines(blocks: readonly Block[], after = OPENING_BLOCKS): number {
  // A one-page order form or summary signed under its own few lines ("… a binding contract. ACME LLC
  // By: /s/ Ann Lee", then "Ann Lee Its: VP Date: 3/21/08"): among the opening blocks only a signature
  // itself ("By:", "/s/") counts, not a cover's "Name:" or "Title:" field, and the block is read from
  // that line on, not from the cover lines before it.
  if (after === OPENING_BLOCKS) {
    const early = blocks.findIndex((b, i) => i < after && SIGNED_LINE.test(b.text));
    if (early >= 0) return early;
  }
  const at = blocks.findIndex((b, i) => i >= after && SIGNER_LINE.test(b.text));
  return at < 0 ? -1 : Math.max(after, at - SIGNERS_LEAD);
}

/** A signature itself: "By: /s/ Ann Lee", "By: ____", "/s/ Ann Lee". */
const SIGNED_LINE = /^\s*by\s*:|\/s\//i;

/** How many blocks before its first signer's line a signature block may begin (the parties' names, a "Date" row). */
const SIGNERS_LEAD = 4;

/** Blocks at the head of a contract (title, parties, cover lines) that never hold its signatures. */
const OPENING_BLOCKS = 10;

/**
 * The dates of the signature block under the IN WITNESS block `start` (-1: the end of the document),
 * or, with `witness` false, of the signature lines that begin at block `start`.
 */
function datesUnder(ctx: TermContext, start: number, witness = true): SignatureDate | undefined {
  const blocks = ctx.blocks;
  if (start >= 0 && witness) {
    // "… have executed this Agreement as of this 4th day of April, 2003." Only after the words themselves: a text that
    // lost its line breaks runs the last clauses into this block, and their dates ("effective as of …") are not the signatures'.
    const words = WITNESS.exec(blocks[start]!.text)!.index;
    const own = findDates(blocks[start]!.text, ctx.dates).filter((d) => d.index >= words && /\b(?:as\s+(?:of|at)|on|this|dated?)\s+(?:this\s+|the\s+)?$/i.test(blocks[start]!.text.slice(Math.max(0, d.index - 20), d.index)));
    if (own.length) return latest(own.map((d) => ({ d, b: blocks[start]! })));
  }
  const from = start < 0 ? Math.max(0, blocks.length - SIGNATURE_BLOCKS) : witness ? start + 1 : start;
  const found: { d: FoundDate; b: Block }[] = [];
  // The signatures run on in the IN WITNESS paragraph itself when the text lost its line breaks:
  // what follows its words is the signature block.
  if (start >= 0 && witness) {
    const w = WITNESS.exec(blocks[start]!.text)!;
    found.push(...runOnSignatureDates(ctx, blocks[start]!, Math.max(1, w.index)));
  }
  let signerSeen = witness;
  for (const b of blocks.slice(from, from + SIGNATURE_BLOCKS)) {
    // A long paragraph that itself holds the first signer's line ("… a binding contract. ACME LLC By:
    // /s/ Ann Lee") ends the prose: the lines after it are the signatures, not the body going on.
    const seenBefore = signerSeen;
    signerSeen ||= SIGNER_LINE.test(b.text);
    if (found.length && AFTER_SIGNATURES.test(b.text)) break;
    // Prose after the signatures is the body going on (a signature page first, terms after it),
    // unless it is the signature block run into one paragraph. Read from a signer's line, the
    // blocks before it are the clauses that end the contract.
    if (b.text.length > 300) {
      const runOn = runOnSignatureDates(ctx, b);
      if (runOn.length) {
        found.push(...runOn);
        continue;
      }
      if (start >= 0 && seenBefore) break;
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
      const labelled = labelledDates(b.text, dates);
      found.push(...[...alone, ...labelled].map((d) => ({ d, b })));
    }
  }
  return latest(found);
}
