/**
 * Turns positioned text runs of PDF pages into reading-order paragraphs. Pure: no pdf.js here, so
 * the rules are testable on their own and run inside the parse worker next to pdf.js.
 *
 * Longer than most modules on purpose: its steps (lines, running headers and page numbers,
 * columns, paragraphs) run in sequence over the same line geometry and thresholds; split apart,
 * each file would re-export the others' types and constants without being readable alone.
 */
import type { Rect } from '../../../../shared/document';
import type { SourceUnit } from '../sourceDocument';
import { LINE_HYPHEN } from './lineHyphens';
import { EXHIBIT_NAME_BEFORE_LETTER, PAGE_NUMBER_LINE } from '../structure/pageNumberLine';

/** One run of text as pdf.js reports it, in top-down page coordinates (y grows downwards). */
export interface TextRun {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** The glyphs' box on the page when the reader knows it (rotated text); else taken from baseline and size. */
  box?: Box;
}

/** An axis-aligned box in top-down page coordinates. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A visual line: runs sharing a baseline, split into fragments where a wide gap separates them. */
export interface Line {
  y: number;
  fontSize: number;
  fragments: Fragment[];
}

export interface Fragment {
  text: string;
  x: number;
  right: number;
  /** The box around the fragment's glyphs (ascender to descender of its runs). */
  box: Box;
}

/** Share of the font size above the baseline (ascender) and below it (descender) of common text fonts. */
const ASCENT = 0.8;
const DESCENT = 0.22;

/** A run's glyph box: the reader's when given, else from the baseline, the advance and the font size. */
export function boxOf(run: TextRun): Box {
  return run.box ?? { x0: run.x, y0: run.y - run.fontSize * ASCENT, x1: run.x + run.width, y1: run.y + run.fontSize * DESCENT };
}

/**
 * The axis-aligned box of a run drawn with text matrix `m` (already in top-down page space) and
 * advancing `width` along its own direction: right for ordinary text, any way on rotated text.
 */
export function boxOfMatrix(m: readonly number[], width: number): Box {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const along = Math.hypot(a, b) || 1;
  const ax = (a / along) * width;
  const ay = (b / along) * width;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const t of [0, 1]) {
    for (const u of [-DESCENT, ASCENT]) {
      xs.push(e + t * ax + u * c);
      ys.push(f + t * ay + u * d);
    }
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function fragmentOf(run: TextRun): Fragment {
  return { text: run.text, x: run.x, right: run.x + run.width, box: { ...boxOf(run) } };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A fragment's box on the page, in the same top-down coordinates as the runs. */
export function rectOf(f: Fragment): Rect {
  const { x0, y0, x1, y1 } = f.box;
  return { x: round1(x0), y: round1(y0), width: round1(Math.max(0, x1 - x0)), height: round1(Math.max(0, y1 - y0)) };
}

export interface LaidOutPage {
  width: number;
  height: number;
  lines: Line[];
}

/** A gap wider than this many font sizes separates cells or columns rather than words. */
const CELL_GAP_EM = 1.8;

/** Groups runs into lines (by baseline) and lines into left-to-right fragments. */
export function buildLines(runs: TextRun[]): Line[] {
  const usable = runs.filter((r) => r.text.length > 0 && Number.isFinite(r.x) && Number.isFinite(r.y));
  const sorted = [...usable].sort((a, b) => a.y - b.y || a.x - b.x);
  const clusters: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseY = Number.NaN;
  let size = 0;
  for (const run of sorted) {
    const tolerance = Math.max(1, 0.45 * Math.max(size, run.fontSize || 1));
    if (current.length > 0 && Math.abs(run.y - baseY) <= tolerance) {
      current.push(run);
      size = Math.max(size, run.fontSize);
    } else {
      if (current.length > 0) clusters.push(current);
      current = [run];
      baseY = run.y;
      size = run.fontSize;
    }
  }
  if (current.length > 0) clusters.push(current);

  const lines: Line[] = [];
  for (const cluster of clusters) {
    cluster.sort((a, b) => a.x - b.x);
    const fontSize = median(cluster.filter((r) => r.text.trim()).map((r) => r.fontSize)) || cluster[0]!.fontSize || 10;
    const fragments: Fragment[] = [];
    let frag: Fragment | undefined;
    // What was last added to the fragment's text, and whether it holds any text yet: the rules
    // below read only these, never the whole text, which on a line of thousands of runs would be
    // copied and read again for every run (time growing with the square of the line's length).
    let added = '';
    let hasText = false;
    const open = (run: TextRun): Fragment => {
      added = run.text;
      hasText = run.text.trim() !== '';
      return fragmentOf(run);
    };
    for (const run of cluster) {
      if (!frag) {
        frag = open(run);
        continue;
      }
      const gap = run.x - frag.right;
      // Blank runs (often wide, standing in for a tab) mark a space but never bridge a gap.
      if (run.text.trim() === '') {
        if (!/\s$/.test(added)) {
          frag.text += ' ';
          added = ' ';
        }
        continue;
      }
      if (gap > CELL_GAP_EM * fontSize && hasText) {
        fragments.push(frag);
        frag = open(run);
        continue;
      }
      // pdf.js leaves out the space between runs drawn apart; a gap of a sixth of an em is one.
      const needsSpace = gap > fontSize * 0.16 && !/\s$/.test(added) && !/^\s/.test(run.text);
      frag.text += (needsSpace ? ' ' : '') + run.text;
      added = run.text;
      hasText = true;
      frag.right = Math.max(frag.right, run.x + run.width);
      const box = boxOf(run);
      frag.box.x0 = Math.min(frag.box.x0, box.x0);
      frag.box.y0 = Math.min(frag.box.y0, box.y0);
      frag.box.x1 = Math.max(frag.box.x1, box.x1);
      frag.box.y1 = Math.max(frag.box.y1, box.y1);
    }
    if (frag) fragments.push(frag);
    const cleaned = (isStretchedLine(fragments) ? [joinFragments(fragments)] : fragments)
      .map((f) => ({ ...f, text: f.text.replace(/\s+/g, ' ').trim() }))
      .filter((f) => f.text.length > 0);
    if (cleaned.length > 0) lines.push({ y: cluster[0]!.y, fontSize, fragments: cleaned });
  }
  return lines;
}

/** How far apart the gaps of a justified line may be, in points: the reader rounds positions. */
const EQUAL_GAP_PT = 0.6;

/**
 * A justified line stretched so far that every space is wider than a cell gap: a short line of a
 * few words before a word too long to fit (a run of underscores for a blank, a long address),
 * spread across the column. Justifying widens every space by the same amount, so its words stand
 * apart by equal gaps, where the cells of a table start at their columns' edges and the gaps after
 * them vary with each cell's width. Three or more single words, every gap the same.
 */
function isStretchedLine(fragments: readonly Fragment[]): boolean {
  if (fragments.length < 3 || fragments.some((f) => /\s/.test(f.text.trim()))) return false;
  // A loop, not Math.max(...gaps): spreading a line of a hundred thousand fragments overflows the stack.
  let least = Infinity;
  let most = -Infinity;
  for (let i = 1; i < fragments.length; i++) {
    const gap = fragments[i]!.x - fragments[i - 1]!.right;
    least = Math.min(least, gap);
    most = Math.max(most, gap);
  }
  return most - least <= EQUAL_GAP_PT;
}

/** The fragments of one stretched line as one, its words separated by single spaces. */
function joinFragments(fragments: readonly Fragment[]): Fragment {
  const first = fragments[0]!;
  const last = fragments[fragments.length - 1]!;
  // Folded, not spread into Math.min: a line of a hundred thousand fragments overflows the stack.
  const box = { ...first.box };
  for (const f of fragments) {
    box.x0 = Math.min(box.x0, f.box.x0);
    box.y0 = Math.min(box.y0, f.box.y0);
    box.x1 = Math.max(box.x1, f.box.x1);
    box.y1 = Math.max(box.y1, f.box.y1);
  }
  return { text: fragments.map((f) => f.text.trim()).join(' '), x: first.x, right: last.right, box };
}

/** The first index below `n` where `holds` is true, or `n`; `holds` must be false, then true. */
function firstIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const lineText = (line: Line): string => line.fragments.map((f) => f.text).join(' ');

/** Normalises a line for comparing running headers across pages: digits vary (page numbers). */
function repeatKey(line: Line): string {
  // Letters only: page numbers, dots and underline runs vary from page to page.
  return lineText(line).toLowerCase().replace(/[^\p{L}]+/gu, '');
}

/** A line as printed, for telling a running header from a title in another case: digits and spacing vary. */
function printedForm(line: Line): string {
  return lineText(line).replace(/[\d\s]+/g, '');
}

/**
 * Removes running headers and footers: lines near the top or bottom edge whose text (digits
 * ignored) repeats on many pages, and bare page numbers there. Mutates nothing; returns new pages.
 */
export function removeRunningLines(pages: LaidOutPage[]): LaidOutPage[] {
  const zoneLines = (page: LaidOutPage): Set<Line> => {
    // On full pages, the first and last few lines wherever they sit: pages end mid-page, and
    // some filings stack a title, a legend and "Page n of m" at the top. On nearly empty pages
    // only lines near the edges, so a page's only clause is never taken for furniture.
    if (page.lines.length >= 10) return new Set<Line>([...page.lines.slice(0, 4), ...page.lines.slice(-4)]);
    return new Set<Line>(page.lines.filter((l) => l.y < page.height * 0.12 || l.y > page.height * 0.88));
  };
  const zones = pages.map(zoneLines);
  const counts = new Map<string, number>();
  // How each repeated line is printed elsewhere (its case and punctuation; digits vary).
  const printed = new Map<string, Set<string>>();
  // Where each repeated line stands on the other pages (its baseline).
  const heights = new Map<string, number[]>();
  const firstTextPage = pages.findIndex((p) => p.lines.length > 0);
  for (const [i, zone] of zones.entries()) {
    const seen = new Set<string>();
    for (const line of zone) {
      const key = repeatKey(line);
      seen.add(key);
      if (i !== firstTextPage) {
        printed.set(key, (printed.get(key) ?? new Set()).add(printedForm(line)));
        // Added to in place: copying the list for each repeat took time growing with the square
        // of the running lines (a long filing repeats its header on thousands of pages).
        const ys = heights.get(key);
        if (ys) ys.push(line.y);
        else heights.set(key, [line.y]);
      }
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const textPages = pages.filter((p) => p.lines.length > 0).length;
  const exhibitNumbers = exhibitPageNumbers(pages, zones);
  const threshold = Math.max(2, Math.ceil(textPages * 0.4));
  /**
   * A line on the first page is furniture only if enough other pages repeat it, printed the same
   * way: the first page's title is often repeated once (an exhibit's heading in a short contract),
   * or as the later pages' running header in another case ("DISTRIBUTOR AGREEMENT" over pages
   * headed "Distributor Agreement"), and only those repeats are furniture.
   */
  const repeatsFirstPage = (line: Line, page: LaidOutPage): boolean => {
    const key = repeatKey(line);
    if (!(printed.get(key)?.has(printedForm(line)) ?? false)) return false;
    if ((counts.get(key) ?? 0) - 1 >= threshold) return true;
    // A short contract repeats its running header only a page or two: a line set smaller than the
    // page's text at the very same height on the other pages is still furniture, where a title
    // repeated as an exhibit's heading is as large as the text and stands elsewhere.
    const others = heights.get(key) ?? [];
    const bodySize = median(page.lines.map((l) => l.fontSize));
    return others.length >= threshold - 1 && line.fontSize < bodySize * 0.9 && others.every((y) => Math.abs(y - line.y) <= 2);
  };
  return pages.map((page, i) => {
    const zone = zones[i]!;
    const lines = page.lines.filter((line) => {
      // A filing printed from a web page ends its sheets anywhere, so its "Page n of m" footer can
      // sit mid-page, between one sheet's last clause and the next sheet's first; as a line of its
      // own (n no greater than m) it is never contract text.
      if (isPageNOfM(lineText(line))) return false;
      if (!zone.has(line)) return true;
      if (isPageNumberOf(lineText(line), i + 1) || exhibitNumbers.has(line)) return false;
      const key = repeatKey(line);
      if (i === firstTextPage && textPages >= 2 && key.length > 0) return !repeatsFirstPage(line, page);
      return textPages < 2 || key.length === 0 || (counts.get(key) ?? 0) < threshold;
    });
    return { ...page, lines };
  });
}

/** "Page 3 of 12" (3 no greater than 12): numbering furniture, whatever its place on the page. */
function isPageNOfM(text: string): boolean {
  const m = PAGE_NUMBER_LINE.exec(text)?.groups;
  return m?.page !== undefined && m.of !== undefined && Number(m.n) >= 1 && Number(m.n) <= Number(m.of);
}

/**
 * A bare page number close to the page's position (printed numbering may be offset by a cover), in
 * the forms the structure builder and the sentence joiner take for one ("12", "- 4 -", "Page -4-",
 * "Page 4 of 9", "[3]"); or a front matter's roman number ("iv"), wherever it stands.
 */
function isPageNumberOf(text: string, index: number): boolean {
  const m = PAGE_NUMBER_LINE.exec(text)?.groups;
  if (m === undefined) return false;
  // An exhibit's numbers start again in it, so they are not near the page's own: its name with the
  // word "Page" ("Schedule 2, Page 4") is furniture as it is, its letter form only in a run (below).
  if (m.part !== undefined) return m.page !== undefined;
  return m.roman !== undefined || Math.abs(Number(m.n) - index) <= 10;
}

/**
 * The margin lines that number an exhibit's pages by its letter ("A-1", "A-2", … or "B-1-3", and under
 * the page's text also with its name, "Exhibit C-2"): those
 * whose number runs on with the pages, another page carrying the same letter at the same edge (both
 * over or both under the page's text) with its number as many more (or fewer) as that page is
 * further on. A schedule's item label printed alone on its line ("A-4" over its text) is one alone,
 * or the labels at the same edge of other pages are numbered by the items between them, not by the
 * pages (the last label of a page and the first of the next do run on by one, at opposite edges).
 */
function exhibitPageNumbers(pages: LaidOutPage[], zones: Set<Line>[]): Set<Line> {
  // Each letter form's part, edge and number less its page's place: lines that share them run on.
  const runs = new Map<string, { page: number; line: Line }[]>();
  for (const [i, zone] of zones.entries()) {
    const lines = pages[i]!.lines;
    for (const line of zone) {
      const text = lineText(line);
      // "Exhibit C-2" only under the page's text: over it, it is the heading of exhibit C-2.
      const name = EXHIBIT_NAME_BEFORE_LETTER.exec(text)?.[0];
      const m = PAGE_NUMBER_LINE.exec(name === undefined ? text : text.slice(name.length))?.groups;
      if (m?.part === undefined || m.page !== undefined) continue;
      const top = lines.indexOf(line) < lines.length / 2;
      if (name !== undefined && top) continue;
      const key = `${name?.trim() ?? ''}\u0000${m.part}\u0000${top ? 'top' : 'foot'}\u0000${Number(m.n) - i}`;
      const run = runs.get(key);
      if (run) run.push({ page: i, line });
      else runs.set(key, [{ page: i, line }]);
    }
  }
  const furniture = new Set<Line>();
  for (const run of runs.values()) {
    if (run.some((r) => r.page !== run[0]!.page)) for (const r of run) furniture.add(r.line);
  }
  return furniture;
}

interface Column {
  left: number;
  right: number;
}

/** The most places a gutter is looked for on one page: every 2 points on any page up to 20,000 points wide (the PDF format's own limit is 14,400). */
const GUTTER_STEPS = 4000;

/**
 * The most lines and fragments the gutter search visits on one page, over all its steps: a page of a
 * paper's width is searched every 2 points up to some 80,000 lines and fragments, ten times a dense
 * page of small print. On a page of more (only made to stall a reader: a hundred thousand cells
 * across a page two metres wide took 12 s) the steps widen so that the search's time stays within
 * this bound, whatever the page holds.
 */
const GUTTER_WORK = 10_000_000;

/**
 * Finds a vertical gutter splitting the page into two text columns: an x where no fragment
 * crosses, with many lines holding wide text on both sides. Returns the gutter x or undefined.
 */
export function findGutter(page: LaidOutPage): number | undefined {
  const frags = page.lines.flatMap((l) => l.fragments);
  if (frags.length < 8) return undefined;
  const lo = page.width * 0.3;
  const hi = page.width * 0.7;
  let best: { x: number; both: number } | undefined;
  // A centred heading over the columns (the title and subtitle above a two-column page) crosses
  // every gutter; on a short page those few lines would outweigh the columns, so they are not
  // counted. Full-width prose is as wide as the page's text, never a short centred line.
  const centredHeading = (l: Line): boolean => {
    const x0 = l.fragments[0]!.x;
    const x1 = l.fragments[l.fragments.length - 1]!.right;
    return x1 - x0 < page.width * 0.6 && Math.abs((x0 + x1) / 2 - page.width / 2) < page.width * 0.05;
  };
  const headings = page.lines.map(centredHeading);
  // Plain loops, no closures: this runs ~100 times per page over every fragment. Every 2 points,
  // but in at most GUTTER_STEPS steps and GUTTER_WORK visits: on a page thousands of times wider
  // than paper, or holding a hundred thousand cells, 2 points would make the search's time grow
  // with the page's width times its text.
  const step = Math.max(2, (hi - lo) / GUTTER_STEPS, ((hi - lo) * (frags.length + page.lines.length)) / GUTTER_WORK);
  for (let x = lo; x <= hi; x += step) {
    let crossing = 0;
    let both = 0;
    let leftWidths = 0;
    for (let li = 0; li < page.lines.length; li++) {
      const line = page.lines[li]!;
      let crosses = false;
      let hasRight = false;
      let firstLeft: Fragment | undefined;
      let lastLeft: Fragment | undefined;
      for (const f of line.fragments) {
        if (f.x < x && f.right > x) {
          crosses = true;
          break;
        }
        if (f.right <= x) {
          firstLeft ??= f;
          lastLeft = f;
        }
        if (f.x >= x) hasRight = true;
      }
      if (crosses) {
        if (both > 0 || !headings[li]) crossing++;
      } else if (firstLeft && lastLeft && hasRight) {
        both++;
        leftWidths += lastLeft.right - firstLeft.x;
      }
    }
    // Columns of prose: most lines have both sides, few cross, and the left side is wide text
    // (a two-cell table has a short label on the left and is read row by row instead).
    if (both >= 6 && crossing <= page.lines.length * 0.15 && leftWidths / both > (x - page.width * 0.05) * 0.5) {
      if (!best || both > best.both) best = { x, both };
    }
  }
  return best?.x;
}

/** A page's reading order, kept: the document's line spacing and its paragraphs both read it. */
const orders = new WeakMap<LaidOutPage, { lines: Line[]; columns: Column[] }>();

/** Orders a page's fragments for reading: on two-column stretches the left column first. */
export function readingOrder(page: LaidOutPage): { lines: Line[]; columns: Column[] } {
  let order = orders.get(page);
  if (!order) {
    order = orderForReading(page);
    orders.set(page, order);
  }
  return order;
}

function orderForReading(page: LaidOutPage): { lines: Line[]; columns: Column[] } {
  const gutter = findGutter(page);
  if (gutter === undefined) {
    return { lines: page.lines, columns: page.lines.map(() => ({ left: 0, right: page.width })) };
  }
  const out: Line[] = [];
  const columns: Column[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = (): void => {
    for (const l of left) {
      out.push(l);
      columns.push({ left: 0, right: gutter });
    }
    for (const l of right) {
      out.push(l);
      columns.push({ left: gutter, right: page.width });
    }
    left = [];
    right = [];
  };
  for (const line of page.lines) {
    if (line.fragments.some((f) => f.x < gutter && f.right > gutter)) {
      flush();
      out.push(line);
      columns.push({ left: 0, right: page.width });
      continue;
    }
    const l = line.fragments.filter((f) => f.right <= gutter);
    const r = line.fragments.filter((f) => f.x >= gutter);
    if (l.length > 0) left.push({ ...line, fragments: l });
    if (r.length > 0) right.push({ ...line, fragments: r });
  }
  flush();
  return { lines: out, columns };
}

/**
 * A clause number or bullet at the start of a line: it always starts a new paragraph. A number glued to
 * its clause's first word ("3.Kestrel agrees…", as some PDFs' text prints it) is one too: a capital and two
 * letters after the full stop, so a sum ("1.5 million") or a wrapped reference ("2.3 of") is none.
 */
const STARTS_ITEM =
  /^(?:(?:ARTICLE|Article|SECTION|Section|SCHEDULE|Schedule|ANNEX|Annex|EXHIBIT|Exhibit|APPENDIX|Appendix|PART|Part|CLAUSE|Clause)\s+[0-9IVXLCA-Z]|\d{1,3}(?:\.\d{1,3})+\.?\s|\d{1,3}\.\s|\d{1,3}(?:\.\d{1,3})*\.(?=[A-Z][A-Za-z]{2})|\d{1,3}\)\s|\((?:[a-z]{1,3}|[ivxlc]{1,6}|\d{1,3}|[A-Z])\)\s|[•●▪◦‣∙·–-]\s)/;

/**
 * A label that is certainly a new item even mid-flow: a capitalised keyword, or a keyword and a
 * number followed by a title ("Section 6 What you report"). A wrapped reference reads
 * "Section 8.2. Within…" or "Section 5 above" instead.
 */
const STARTS_TITLED_ITEM =
  /^(?:(?:ARTICLE|SECTION|SCHEDULE|ANNEX|EXHIBIT|APPENDIX|PART|CLAUSE)\s+[0-9IVXLCA-Z]|(?:Article|Section|Schedule|Annex|Exhibit|Appendix|Part|Clause)\s+[0-9IVXLC](?:[0-9.]*[0-9])?\s+[A-Z])/;

/** The testimonium opening a line ("IN WITNESS WHEREOF, the parties…"): the signature page's own paragraph. */
const TESTIMONIUM_LINE = /^(?:IN WITNESS WHERE(?:OF|FOR)|In Witness Where(?:of|for))\b/;

/** A lower-case item label opening a line: "a. ", "f) ", "iv. ". */
const LOWER_ITEM_LABEL = /^(?:[a-z]|[ivx]{1,4})[.)]\s/;

/** A line made of only a clause number ("5.2", "(a)"): it belongs with the text that follows. */
const NUMBER_ONLY = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|\((?:[a-z]{1,3}|[ivxlc]{1,6}|\d{1,3}|[A-Z])\)|[•●▪◦‣∙·])$/;

/**
 * Joins two line texts. A word hyphenated across the line end is marked with {@link LINE_HYPHEN}:
 * whether its hyphen stays is decided for the whole document (see lineHyphens.ts).
 */
export function joinLines(prev: string, next: string): string {
  if (/\p{L}-$/u.test(prev) && /^\p{L}/u.test(next)) return prev.slice(0, -1) + LINE_HYPHEN + next;
  // "30-|day": a number's hyphen is never typographic.
  if (/\p{N}-$/u.test(prev) && /^\p{L}/u.test(next)) return prev + next;
  if (/\u00AD$/.test(prev)) return prev.slice(0, -1) + next;
  return `${prev} ${next}`;
}

/** The right edge most lines of each column reach: a line ending well before it ends its paragraph. */
function rightEdgeOf(lines: readonly Line[], columns: readonly Column[]): (i: number) => number {
  // Keyed by the column's left edge: every line has its own Column object, and recomputing the
  // edge per line made long pages quadratic.
  const rightEdges = new Map<number, number>();
  return (i) => {
    const col = columns[i]!;
    let edge = rightEdges.get(col.left);
    if (edge === undefined) {
      const rights = lines.filter((_, j) => columns[j]!.left === col.left).map((l) => l.fragments[l.fragments.length - 1]!.right);
      edge = rights.sort((a, b) => a - b)[Math.floor(rights.length * 0.9)] ?? col.right;
      rightEdges.set(col.left, edge);
    }
    return edge;
  };
}

/** Where each column's widest line ends. Keyed, as {@link rightEdgeOf}, by the column's left edge, so a page is read once per column. */
function widestRightOf(lines: readonly Line[], columns: readonly Column[]): (i: number) => number {
  const widest = new Map<number, number>();
  for (let j = 0; j < lines.length; j++) {
    const key = columns[j]!.left;
    const right = lines[j]!.fragments[lines[j]!.fragments.length - 1]!.right;
    if (right > (widest.get(key) ?? -Infinity)) widest.set(key, right);
  }
  return (i) => widest.get(columns[i]!.left) ?? columns[i]!.right;
}

/** A line that reaches its column's right edge: the text wraps on to the next line. */
function wrapsOn(i: number, lines: readonly Line[], columns: readonly Column[], colRight: (i: number) => number, edgeAtLeast = 0): boolean {
  const l = lines[i]!;
  const edge = Math.max(colRight(i), columns[i]!.left === 0 ? edgeAtLeast : 0);
  return l.fragments.length === 1 && l.fragments[0]!.right >= edge - (edge - columns[i]!.left) * 0.12;
}

/** Wrapped lines at least this many font sizes apart are set one-and-a-half or double-spaced. */
const WIDE_LEADING_EM = 1.6;
/** In a widely leaded document, a gap this many font sizes wider than the lines' pitch parts paragraphs. */
const PARAGRAPH_SPACE_EM = 0.4;

/** Fewest lines set across a page's width for its right edge to be measured. */
const EDGE_SAMPLE_LINES = 10;

/**
 * Where the lines set across the page's width (not in one of two columns) end, as a share of the
 * page's width: the right margin of its prose. Undefined on a page with too few such lines.
 */
export function proseRightShare(page: LaidOutPage): number | undefined {
  const { lines, columns } = readingOrder(page);
  const full = lines.filter((_, i) => columns[i]!.left === 0 && columns[i]!.right === page.width);
  if (full.length < EDGE_SAMPLE_LINES || page.width <= 0) return undefined;
  return rightEdgeOf(full, full.map(() => ({ left: 0, right: page.width })))(0) / page.width;
}

/**
 * The spacing of lines inside a paragraph, in font sizes: the gaps below lines that wrap on to the
 * next one (undefined with fewer than two). A page's median gap is its line spacing only when
 * most of its lines are wrapped prose; on a cover page or a form of one-line entries set apart,
 * the median is the space between paragraphs, and every entry would run into the next.
 *
 * `documentRightShare`, the right margin of the document's prose ({@link proseRightShare} over its
 * pages), is the least a wrapping line across the page must reach: on a page of short entries (a
 * signature page of "For and on behalf of …" lines, a list of names) the longest entries set the
 * page's own edge far short of the margin, and the space between entries would be taken for the
 * spacing of wrapped lines, running every entry into the next.
 */
export function wrappedLeadingEm(page: LaidOutPage, documentRightShare?: number): number | undefined {
  const { lines, columns } = readingOrder(page);
  const colRight = rightEdgeOf(lines, columns);
  const edgeAtLeast = documentRightShare === undefined ? 0 : documentRightShare * page.width;
  const samples: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i]!.y - lines[i - 1]!.y;
    if (g > 0 && columns[i]!.left === columns[i - 1]!.left && wrapsOn(i - 1, lines, columns, colRight, edgeAtLeast)) samples.push(g / lines[i - 1]!.fontSize);
  }
  return samples.length >= 2 ? median(samples) : undefined;
}

/** Points by which two lines' left edges may differ and still start at the same margin. */
const ALIGNED_PT = 2;

/** A page's lines in reading order and the spacing its paragraphs are told apart by. */
export interface PageSpacing {
  lines: Line[];
  columns: Column[];
  bodySize: number;
  /** The page's median gap between lines. */
  medianGap: number;
  /** The spacing of wrapped lines (the pitch). */
  lineGap: number;
  /** The least gap that parts paragraphs. */
  paragraphGap: number;
}

/**
 * Works out a page's reading order and spacing. The reader works it out once per page and hands it to both
 * {@link paragraphMarks} and {@link paragraphs}, which otherwise work it out themselves.
 */
export function pageSpacing(page: LaidOutPage, documentLeadingEm?: number, documentRightShare?: number): PageSpacing {
  const { lines, columns } = readingOrder(page);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i]!.y - lines[i - 1]!.y;
    if (g > 0) gaps.push(g);
  }
  const bodySize = median(lines.map((l) => l.fontSize)) || 10;
  // Never wider than the spacing of wrapped lines (the page's own, else the document's): entries
  // set apart by more than that are separate paragraphs even where they are most of the page.
  const leadingEm = wrappedLeadingEm(page, documentRightShare) ?? documentLeadingEm;
  const medianGap = median(gaps) || (lines[0]?.fontSize ?? 10) * 1.2;
  const lineGap = leadingEm ? Math.min(medianGap, leadingEm * bodySize) : medianGap;
  // Set solid or at a little more (most documents), the space between paragraphs is a share of
  // the line's pitch. Double-spaced or one-and-a-half-spaced (the document's wrapped lines and this
  // page's both at least WIDE_LEADING_EM apart), the typesetter still adds only a few points after
  // a paragraph, a small part of the doubled pitch: any gap clearly wider than the pitch, by
  // PARAGRAPH_SPACE_EM of the font size, parts them there.
  const wideLeading = documentLeadingEm !== undefined && documentLeadingEm >= WIDE_LEADING_EM && lineGap >= WIDE_LEADING_EM * bodySize;
  const paragraphGap = wideLeading ? lineGap + PARAGRAPH_SPACE_EM * bodySize : lineGap * 1.45;
  return { lines, columns, bodySize, medianGap, lineGap, paragraphGap };
}

/**
 * Line `i` is the first line of a paragraph set in from its neighbours: it starts at least an em
 * right of the line before it (`prev`), or as far in as that line where it is a paragraph of one
 * line (it ends short), and the line after it, in the same column at no more than the paragraph
 * spacing, comes back left by as much. A word processor marks paragraphs this way without space
 * between them. A block quote sets in all its lines and a clause's hanging indent sets in the lines
 * after its first, wrapping to the edge, so neither has a line set in from both neighbours (but a
 * clause with a single hung line after its first looks like one).
 */
function isFirstLineIndent(s: PageSpacing, i: number, prev: number): boolean {
  const { lines, columns } = s;
  const line = lines[i]!;
  const before = lines[prev];
  const next = lines[i + 1];
  const x = line.fragments[0]!.x;
  const em = line.fontSize;
  if (!before || line.fragments.length !== 1 || before.fragments.length !== 1) return false;
  if (!next || next.fragments.length !== 1 || columns[i + 1]!.left !== columns[i]!.left) return false;
  const gap = next.y - line.y;
  if (gap <= 0 || gap > s.paragraphGap || x - next.fragments[0]!.x < em) return false;
  // Both neighbours start at the same left edge, the column's text margin: lines of a centred
  // heading start wherever their length puts them. Or the line before is a paragraph of one line
  // set in as far, which ends short of the edge: paragraphs of one line hide their indent, and a
  // run of them before each longer paragraph would hide every indent of a page. (A clause's lines
  // hung at the same depth wrap to the edge, all but its last.)
  const bx = before.fragments[0]!.x;
  if (x - bx >= em) return Math.abs(bx - next.fragments[0]!.x) <= ALIGNED_PT;
  return Math.abs(bx - x) <= ALIGNED_PT && !wrapsOn(prev, lines, columns, rightEdgesOf(s));
}

/** Each page's right edges ({@link rightEdgeOf}), worked out once per page's spacing, not once per line asked about. */
const RIGHT_EDGES = new WeakMap<PageSpacing, (i: number) => number>();
function rightEdgesOf(s: PageSpacing): (i: number) => number {
  let edges = RIGHT_EDGES.get(s);
  if (!edges) RIGHT_EDGES.set(s, (edges = rightEdgeOf(s.lines, s.columns)));
  return edges;
}

/**
 * How a page marks its paragraphs: `spaced`, gaps between consecutive one-fragment lines of a column wider
 * than the paragraph spacing; `indented`, first lines set in from both neighbours at no more than
 * that spacing ({@link isFirstLineIndent}), and paragraphs of one line set in by as much as those (a
 * paragraph of one line has no line after it to come back left, so its indent shows only by its depth). A
 * document whose first-line indents outnumber its spaced breaks marks paragraphs by the indent alone, as
 * word processors print without space between paragraphs; one that sets paragraphs apart by space marks them by that.
 */
export function paragraphMarks(
  page: LaidOutPage,
  documentLeadingEm?: number,
  documentRightShare?: number,
  s: PageSpacing = pageSpacing(page, documentLeadingEm, documentRightShare),
): { spaced: number; indented: number } {
  const { spaced, indents, oneLine } = marksOf(s);
  const depth = median([...indents]);
  return { spaced, indented: indents.length + (indents.length ? oneLine.filter((d) => Math.abs(d - depth) <= ALIGNED_PT).length : 0) };
}

/**
 * How far the first lines of a page's paragraphs are set in from the lines after them, in points:
 * one value for each first-line indent {@link isFirstLineIndent} finds.
 */
export function firstLineIndents(s: PageSpacing): number[] {
  return marksOf(s).indents;
}

/**
 * The one walk behind {@link paragraphMarks} and {@link firstLineIndents}: spaced breaks, each first-line indent's
 * depth, and the depth of each line that may be a paragraph of one line set in: a line starting at least an em
 * right of the line before it, at no more than the paragraph spacing, that ends short of the column's edge (it
 * does not wrap) and after which the text does not come back left (the next line is set in as far, or set apart).
 */
function marksOf(s: PageSpacing): { spaced: number; indents: number[]; oneLine: number[] } {
  let spaced = 0;
  const indents: number[] = [];
  const oneLine: number[] = [];
  const colRight = rightEdgesOf(s);
  for (let i = 1; i < s.lines.length; i++) {
    if (s.columns[i]!.left !== s.columns[i - 1]!.left || s.lines[i]!.fragments.length !== 1 || s.lines[i - 1]!.fragments.length !== 1) continue;
    const gap = s.lines[i]!.y - s.lines[i - 1]!.y;
    if (gap <= 0) continue;
    if (gap > s.paragraphGap) spaced++;
    // isFirstLineIndent holds only where a next line exists in the same column.
    else if (isFirstLineIndent(s, i, i - 1)) indents.push(s.lines[i]!.fragments[0]!.x - s.lines[i + 1]!.fragments[0]!.x);
    else {
      const x = s.lines[i]!.fragments[0]!.x;
      const depth = x - s.lines[i - 1]!.fragments[0]!.x;
      const next = s.lines[i + 1];
      const backLeft = next !== undefined && s.columns[i + 1]!.left === s.columns[i]!.left && next.y - s.lines[i]!.y <= s.paragraphGap && next.fragments[0]!.x < x - ALIGNED_PT;
      if (depth >= s.lines[i]!.fontSize && !backLeft && !wrapsOn(i, s.lines, s.columns, colRight)) oneLine.push(depth);
    }
  }
  return { spaced, indents, oneLine };
}

/**
 * The left margin of each column's prose: where lines start after a line that wraps on to them
 * (the most common such edge), else where its leftmost one-fragment line starts. Keyed, as
 * {@link rightEdgeOf}, by the column's left edge.
 */
function leftMarginOf(lines: readonly Line[], columns: readonly Column[], colRight: (i: number) => number): (i: number) => number {
  const margins = new Map<number, number>();
  return (i) => {
    const col = columns[i]!;
    let margin = margins.get(col.left);
    if (margin === undefined) {
      const counts = new Map<number, number>();
      let least = Infinity;
      for (let j = 0; j < lines.length; j++) {
        if (columns[j]!.left !== col.left || lines[j]!.fragments.length !== 1) continue;
        const x = lines[j]!.fragments[0]!.x;
        least = Math.min(least, x);
        if (j > 0 && columns[j - 1]!.left === col.left && wrapsOn(j - 1, lines, columns, colRight)) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
      }
      const common = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
      margin = common ? common[0] : Number.isFinite(least) ? least : col.left;
      margins.set(col.left, margin);
    }
    return margin;
  };
}

/** The longest end of a paragraph the rules joining its next line read: their words and marks (", between", "; or", "Messrs.") are far shorter. */
const PARAGRAPH_END_CHARS = 64;

/**
 * A paragraph being read line by line, kept in pieces so that joining a line never copies or reads
 * again what came before: on a page whose thousands of lines make one paragraph, that took time
 * growing with the square of the paragraph's length. The rules deciding how the next line joins
 * read only its end; its whole text is made once, when it is complete.
 */
function paragraphText(): { readonly length: number; start(line: string): void; join(line: string): void; end(): string; whole(): string } {
  let pieces: string[] = [];
  let last = '';
  let length = 0;
  return {
    get length() {
      return length;
    },
    start(line) {
      pieces = [];
      last = line;
      length = line.length;
    },
    join(line) {
      // joinLines reads only the end of what it joins to, and always ends with the line it adds.
      const joined = joinLines(last, line);
      const before = joined.slice(0, joined.length - line.length);
      if (before) pieces.push(before);
      length += joined.length - last.length;
      last = line;
    },
    end() {
      let end = last.slice(-PARAGRAPH_END_CHARS);
      for (let k = pieces.length - 1; k >= 0 && end.length < PARAGRAPH_END_CHARS; k--) end = pieces[k]!.slice(-(PARAGRAPH_END_CHARS - end.length)) + end;
      return end;
    },
    whole() {
      return pieces.join('') + last;
    },
  };
}

/**
 * Groups ordered lines into paragraphs and table rows. `documentLeadingEm`, the line spacing of
 * the document's wrapped prose ({@link wrappedLeadingEm} over its pages), stands in on a page
 * with too little prose of its own to measure. `indentsMarkParagraphs`: the document marks its
 * paragraphs by first-line indents rather than space ({@link paragraphMarks}), so a first line set
 * in after a line that ends a sentence opens a paragraph even where that line runs full, and a
 * line starting at the paragraph indent after a line that ends short opens one whatever the words.
 * A number gives the document's indent in points ({@link firstLineIndents}); `true` measures it on
 * the page.
 */
export function paragraphs(
  page: LaidOutPage,
  documentLeadingEm?: number,
  documentRightShare?: number,
  indentsMarkParagraphs: boolean | number = false,
  spacing: PageSpacing = pageSpacing(page, documentLeadingEm, documentRightShare),
): SourceUnit[] {
  const { lines, columns, bodySize, medianGap, lineGap, paragraphGap } = spacing;
  if (lines.length === 0) return [];
  const colRight = rightEdgeOf(lines, columns);
  const colLeft = leftMarginOf(lines, columns, colRight);
  const colWidest = widestRightOf(lines, columns);
  const indent = typeof indentsMarkParagraphs === 'number' ? indentsMarkParagraphs : indentsMarkParagraphs ? median(firstLineIndents(spacing)) || undefined : undefined;
  /** Line `i` starts where the document sets in its paragraphs' first lines. */
  const atIndent = (i: number): boolean => indent !== undefined && Math.abs(lines[i]!.fragments[0]!.x - colLeft(i) - indent) <= ALIGNED_PT;
  /**
   * Line `p` ends short although the first word of line `i` would have fitted after it: the
   * typesetter broke the line there on purpose, at a paragraph's end, not for want of room (a
   * ragged-right line ends short when its next word is long).
   */
  const endsBeforeRoom = (p: number, i: number): boolean => {
    const prevLine = lines[p]!;
    const next = lines[i]!.fragments[0]!;
    const word = /^\S+/.exec(next.text)?.[0] ?? '';
    const wordWidth = ((next.right - next.x) * word.length) / Math.max(1, next.text.length);
    return prevLine.fragments[prevLine.fragments.length - 1]!.right + prevLine.fontSize * 0.3 + wordWidth <= colRight(p) + ALIGNED_PT;
  };

  /**
   * The first word of line `i` would have fitted after line `p` within the column's widest line: false
   * when the typesetter broke `p` short only because that word was too long to follow it ("… CONSTRUED
   * IN" / "ACCORDANCE WITH …", set ragged right). The widest line, not the edge most lines reach, since
   * ragged-right lines fall short of the margin by up to a word; a wider stray line only makes room
   * more often, as the page was read before. The word's width is measured from its line's letters, a
   * space counted at a quarter of the font size (a justified line's stretched spaces make letters
   * narrower, so the word is never overestimated there).
   */
  const nextWordFits = (p: number, i: number): boolean => {
    const prevLine = lines[p]!;
    const next = lines[i]!.fragments[0]!;
    const word = /^\S+/.exec(next.text)?.[0] ?? '';
    const spaces = next.text.length - next.text.replace(/\s/g, '').length;
    const letterWidth = Math.max(0, next.right - next.x - spaces * lines[i]!.fontSize * 0.25) / Math.max(1, next.text.length - spaces);
    return prevLine.fragments[prevLine.fragments.length - 1]!.right + prevLine.fontSize * 0.25 + letterWidth * word.length <= colWidest(p);
  };

  const units: SourceUnit[] = [];
  const paragraph = paragraphText();
  let rects: Rect[] = [];
  let prevIndex = -1;
  const flush = (): void => {
    const text = paragraph.whole().trim();
    if (text) units.push({ text, hint: 'paragraph', rects });
    paragraph.start('');
    rects = [];
  };
  /** "1. TERM; TERMINATION    The initial term…": a numbered side heading beside its text, not a table. */
  const sideHeading = (l: Line): boolean =>
    l.fragments.length === 2 && STARTS_ITEM.test(`${l.fragments[0]!.text} `) && l.fragments[0]!.text.length <= 60;
  const multi = (i: number): boolean => {
    const l = lines[i];
    return l !== undefined && l.fragments.length >= 2 && !(l.fragments.length === 2 && NUMBER_ONLY.test(l.fragments[0]!.text)) && !sideHeading(l);
  };
  /**
   * Nearest column start within 6 pt (the first of equally near ones), or -1. `starts` run left to
   * right (a line's fragments do, and a table's columns are kept sorted), so the nearest is found by
   * halving: scanning every column for every cell took time growing with the square of a row's
   * cells (two rows of 8,000 cells, 0.7 s).
   */
  const columnOf = (x: number, starts: readonly number[]): number => {
    const right = firstIndex(starts.length, (c) => starts[c]! >= x);
    let best = -1;
    if (right > 0) {
      const d = Math.abs(starts[right - 1]! - x);
      // Left of x, columns stand farther off the further left they are: the first one as near.
      if (d <= 6) best = firstIndex(right, (c) => Math.abs(starts[c]! - x) <= d);
    }
    if (right < starts.length) {
      const d = Math.abs(starts[right]! - x);
      if (d <= 6 && (best < 0 || d < Math.abs(starts[best]! - x))) best = right;
    }
    return best;
  };
  /** A one-fragment line under a later column (of `starts`) of the table above: wrapped cell text. */
  const continuesTable = (j: number, starts: readonly number[]): boolean => {
    const l = lines[j];
    if (!l || l.fragments.length !== 1) return false;
    const c = columnOf(l.fragments[0]!.x, starts);
    // Wrapped text of the first cell stays left of the second column: a line running across it is
    // prose set under the table, a little left or right of the first cell's edge.
    const crosses = starts[1] !== undefined && l.fragments[0]!.right > starts[1];
    return c > 0 || (c === 0 && Math.abs(starts[0]! - l.fragments[0]!.x) > 2 && !crosses);
  };
  /**
   * Reads a table starting at line `start`: cells wrap over several lines, so one-fragment lines
   * join the cell of the column they sit under, and a row starts where text begins at the
   * first column's exact left edge. Returns the index after the table.
   */
  const tableRows = (start: number, out: SourceUnit[]): number => {
    const starts = lines[start]!.fragments.map((f) => f.x).sort((a, b) => a - b);
    let row: string[] = [];
    let rowRects: Rect[] = [];
    const emit = (): void => {
      if (row.some((c) => c)) out.push({ text: row.map((c) => c.trim()).join(' | '), hint: 'table-row', rects: rowRects });
      row = [];
      rowRects = [];
    };
    let j = start;
    // Rows opened after the first, and how many of them after a blank line.
    let openings = 0;
    let spacedOpenings = 0;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (j > start) {
        const gap = l.y - lines[j - 1]!.y;
        if (gap <= 0 || gap > lineGap * 2.5 || columns[j]!.left !== columns[start]!.left) break;
        const isMulti = multi(j);
        if (!isMulti && !continuesTable(j, starts)) {
          // Text starting at the first column but running across the next one is prose after the table.
          if (columnOf(l.fragments[0]!.x, starts) !== 0 || (starts[1] !== undefined && l.fragments[0]!.right > starts[1])) break;
        }
        // A new column only right of the known ones; other strays are hanging indents of a cell.
        // Each new column lies right of the last, so `starts` stays sorted (and its last is its
        // greatest: no spread into Math.max, which overflows the stack on a row of 120,000 cells).
        for (const f of l.fragments) if (isMulti && f.x > starts[starts.length - 1]! + 6 && columnOf(f.x, starts) < 0) starts.push(f.x);
      }
      // A row starts at the first column's edge; also, after a blank line, at text under the first
      // column a few points off that edge (labels "PERIOD:", "PRODUCTS:" set a little unevenly).
      const spaced = j > start && l.y - lines[j - 1]!.y > lineGap * 1.6;
      // A label too long for its cell wraps at the cell's left edge ("INITIAL RESALE" /
      // "PERIOD:"): a line set at normal spacing whose first cell ends the label (a colon), under a
      // label that did not end, finishes that label rather than opening a row. (Not a line in lower
      // case: "and" between two parties' tables sits at the same edge.) And where every row so far
      // was set apart by a blank line, a capitalised label alone on a line at normal spacing is
      // wrapped text of the label above ("Commencement" / "Date"); with a value beside it
      // ("SENDER" / "TAX ID") it is a row of its own.
      const label = l.fragments.find((f) => columnOf(f.x, starts) === 0)?.text ?? '';
      const finishesLabel =
        j > start &&
        !spaced &&
        l.y - lines[j - 1]!.y <= lineGap * 1.25 &&
        !!row[0] &&
        row.slice(1).some((c) => c) &&
        !/[:.;)]$/.test(row[0].trim()) &&
        (/:$/.test(label) || (openings > 0 && spacedOpenings === openings && l.fragments.length === 1 && /^\p{Lu}/u.test(label)));
      const opensRow = !finishesLabel && l.fragments.some((f) => Math.abs(f.x - starts[0]!) <= 2 || (spaced && columnOf(f.x, starts) === 0));
      if (opensRow && j > start) {
        openings++;
        if (spaced) spacedOpenings++;
        emit();
      }
      for (const f of l.fragments) {
        let c = columnOf(f.x, starts);
        if (c < 0) c = firstIndex(starts.length, (k) => starts[k]! > f.x + 6) - 1;
        if (c < 0) c = 0;
        while (row.length <= c) row.push('');
        row[c] = row[c] ? joinLines(row[c]!, f.text) : f.text;
        rowRects.push(rectOf(f));
      }
    }
    emit();
    return j;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const frags = line.fragments;
    if (multi(i) || sideHeading(line)) {
      // Rows of a table come in runs; a lone split line is a side heading beside its text
      // ("1. TERM    The initial term…"): the left parts stand alone and the text flows on.
      if (!sideHeading(line) && (multi(i - 1) || multi(i + 1) || continuesTable(i + 1, frags.map((f) => f.x)))) {
        flush();
        i = tableRows(i, units) - 1;
        prevIndex = -1;
        continue;
      }
      flush();
      // A clause number hung in the margin ("1." … "Term. The initial term…", the text indented
      // past a tab stop) is the clause's own label: it opens the clause's paragraph, never one alone.
      const hung = frags.length === 2 && NUMBER_ONLY.test(frags[0]!.text);
      for (const f of frags.slice(0, hung ? 0 : -1)) units.push({ text: f.text, hint: 'paragraph', rects: [rectOf(f)] });
      paragraph.start(hung ? `${frags[0]!.text} ${frags[1]!.text}` : frags[frags.length - 1]!.text);
      rects = (hung ? frags : frags.slice(-1)).map(rectOf);
      prevIndex = i;
      continue;
    }
    const t = frags.map((f) => f.text).join(' ');
    if (prevIndex >= 0 && paragraph.length > 0) {
      // The paragraph's end: all that the rules below read of it.
      const text = paragraph.end();
      const prev = lines[prevIndex]!;
      const sameColumn = columns[prevIndex]!.left === columns[i]!.left;
      const gap = line.y - prev.y;
      const prevRight = prev.fragments[prev.fragments.length - 1]!.right;
      const edge = colRight(prevIndex);
      const colWidth = edge - columns[prevIndex]!.left;
      const shortPrev = prevRight < edge - colWidth * 0.12;
      // A gap wider than the page's usual one always parts paragraphs. One only wider than wrapped
      // prose's spacing does unless the text plainly runs on: "… dated May 1, 2019 is between" /
      // "Acme Inc., …", or a next line that starts in lower case. Not "…; and" / "…; or": the
      // joining word after a semicolon ends a recital or a listed item, and the next one is set apart.
      const runsOn = (/(?:,|\b(?:and|or|of|for|the|to|between|among|with|by|&))$/i.test(text) && !/;\s*(?:and|or)$/i.test(text)) || /^\p{Ll}/u.test(t);
      const newParagraph =
        !sameColumn ||
        gap < 0 ||
        gap > medianGap * 1.45 ||
        (gap > paragraphGap && !runsOn) ||
        (STARTS_ITEM.test(t) && (shortPrev || /[.:;]$|\b(?:or|and)$/.test(text))) ||
        STARTS_TITLED_ITEM.test(t) ||
        // The testimonium after a sentence's end opens its own paragraph, though the line above runs full.
        (TESTIMONIUM_LINE.test(t) && /[.:;!?"”)]$/.test(text)) ||
        Math.abs(line.fontSize - prev.fontSize) > bodySize * 0.2 ||
        // A line that ends short after a sentence's end closes its paragraph, unless the next line's first
        // word would not have fitted after it: a ragged-right typesetter breaks before a long word wherever
        // it falls, so a line can end short in mid-paragraph ("… the Supplier." / "Notwithstanding …").
        (shortPrev && /[.:;!?"”)]$/.test(text) && nextWordFits(prevIndex, i)) ||
        // Where indents mark paragraphs, a line set in after a sentence's end opens one, though the
        // line before runs full. Not a line in lower case ("and", "sufficient …"): text carried on,
        // unless it opens with an item's label ("f. …", "iv) …"); nor after a title before a name
        // ("Mr." / "Glazer"), which never ends a sentence.
        (indentsMarkParagraphs &&
          /[.:;!?]["”’]?$/.test(text) &&
          !/\b(?:Mr|Mrs|Ms|Dr|Messrs)\.$/.test(text) &&
          (!/^\p{Ll}/u.test(t) || LOWER_ITEM_LABEL.test(t)) &&
          isFirstLineIndent(spacing, i, prevIndex)) ||
        // Where indents mark paragraphs, a line at the indent after a line that ended with room
        // to spare for its first word opens one: the typesetter broke there on purpose, after a
        // title, an address line or a list's lead-in ("… the following:"), none of which need end
        // a sentence. Not where the text plainly runs on (as across a paragraph's space above):
        // a sentence broken by hand ("… meet or exceed the Supplier's" / "trademark guidelines …")
        // goes on, unless the line opens with an item's label ("f. …").
        (sameColumn && atIndent(i) && endsBeforeRoom(prevIndex, i) && (!runsOn || LOWER_ITEM_LABEL.test(t))) ||
        // Where indents mark paragraphs, a line at the indent that opens with a clause's number ("3.1 Term", "(b) The
        // Supplier …") opens that clause, though the line before runs nearly full without ending a sentence (a heading
        // "2.0 Fees and Payment" whose last word happened to reach the margin): wrapped prose goes on at the left margin,
        // never at the indent. Not where the text plainly runs on ("… the sections from 3.4 up to" / "4.2 set out …").
        (sameColumn && atIndent(i) && STARTS_ITEM.test(t) && !runsOn) ||
        // A short line ending in a joining word ("… ADMINISTRATION AND") is a title carried over; so is one
        // the next line's first word would not have fitted on ("… GOVERNED BY AND CONSTRUED IN" / "ACCORDANCE
        // WITH …", set ragged right): the line ended short for want of room, not to end a title.
        (shortPrev && paragraph.length < 80 && !/(?:,|\b(?:and|or|of|for|the|to|between|with|&))$/i.test(text) && /^[A-Z0-9“"(]/.test(t) && nextWordFits(prevIndex, i));
      // A clause number alone on its line opens the text after it; a bare number without a dot
      // set apart from that text by a paragraph's space is a page number printed mid-page (a
      // filing's sheets end anywhere), not the paragraph's label. Read only for a new paragraph:
      // the whole text is made then, and is either finished or (a label) a few characters.
      const hangs = (): boolean => {
        const label = paragraph.whole().trim();
        return NUMBER_ONLY.test(label) && !(/^\d{1,4}$/.test(label) && gap > lineGap * 1.45);
      };
      if (newParagraph && !hangs()) {
        flush();
        paragraph.start(t);
      } else {
        paragraph.join(t);
      }
    } else {
      flush();
      paragraph.start(t);
    }
    rects.push(...frags.map(rectOf));
    prevIndex = i;
  }
  flush();
  return units;
}
