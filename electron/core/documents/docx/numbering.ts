/**
 * Rebuilds the numbers Word shows in front of numbered paragraphs ("4.2", "(a)"). Mammoth keeps
 * only "this is an ordered list at level n", so we read numbering.xml, styles.xml and the
 * paragraphs' own w:numPr, and count like Word does. The zip has already passed checkZip.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { attrOf, elements, firstBody, paragraphProperties, switchedOn, valOf } from './xmlElements';
import { basedOnChain } from './basedOnChain';
import { hidingStyles, markHides, runHides, tableHides } from './hiddenStyles';
import { romanNumeral } from '../structure/romanValue';

interface LevelDef {
  start: number;
  format: string;
  /** Digits a decimal counter is padded to with zeros, from a custom format ("001, 002, 003, ..."). */
  width?: number;
  text: string;
  pStyle?: string;
  /** Word's legal numbering (w:isLgl): the level's number shows every level's counter in digits ("Section 1.01" under "ARTICLE I"). */
  legal?: boolean;
  /**
   * w:lvlRestart: the level (counted from 1) whose use restarts this one; 0 never restarts it.
   * Without it, using any level above restarts it.
   */
  restart?: number;
  /** The level's own run properties (w:lvl/w:rPr) hide or show its number whatever the paragraph mark is. */
  hides?: boolean;
}

interface AbstractNum {
  levels: Map<number, LevelDef>;
  styleLink?: string;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, number>;
  levels?: Map<number, LevelDef>;
}

interface NumRef {
  numId: string;
  ilvl: number;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  /**
   * numId → abstractNumId, with per-level start overrides (w:startOverride, a list restarted at a
   * number) and levels the list defines anew (w:lvlOverride/w:lvl).
   */
  nums: Map<string, NumDef>;
  /** Paragraph style → its numbering (styles can carry w:numPr). */
  styleNum: Map<string, NumRef>;
  /** Numbering style name (w:numStyleLink target) → numId. */
  numStyles: Map<string, string>;
  /** Every paragraph of document.xml in order: its direct w:numPr when it has one. */
  paragraphs: (NumRef | null)[];
  /**
   * Every paragraph of document.xml in order: whether its mark is hidden (markHides), which hides
   * its number; the list still counts it.
   */
  hiddenMarks?: boolean[];
}

const attr = (xml: string, tag: string): string | undefined => valOf(xml, `w:${tag}`);

/** Whether a level's body switches on legal numbering: a `<w:isLgl>` element whose w:val, if any, is not off. */
function isLegal(levelBody: string): boolean {
  return switchedOn(levelBody, 'w:isLgl');
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '');
}

/** The widest zero padding a custom format is read with: "000000001" is already more than any list needs. */
const WIDTH_LIMIT = 9;

/**
 * A level's number format. Word writes a custom format (w:numFmt w:val="custom", Word 2010 on) as
 * a sample of its numbers, "001, 002, 003, ...", inside an alternate content whose fallback names
 * an ordinary format for older readers. A sample of zero-padded digits is read as that many
 * digits; any other custom format takes the fallback's format (or digits when there is none),
 * which is what a reader that does not know custom formats shows.
 */
function levelFormat(body: string): { format: string; width?: number } {
  const format = attr(body, 'numFmt') ?? 'decimal';
  if (format !== 'custom') return { format };
  const sample = attrOf(body, 'w:numFmt', 'w:format') ?? '';
  const padded = /^(0{1,8})1(?:[^0-9]|$)/.exec(sample);
  if (padded) return { format: 'decimal', width: Math.min(WIDTH_LIMIT, padded[1]!.length + 1) };
  const fallback = firstBody(body, 'mc:Fallback');
  const other = fallback !== undefined ? attr(fallback, 'numFmt') : undefined;
  return { format: other !== undefined && other !== 'custom' ? other : 'decimal' };
}

/** Each `<w:lvl w:ilvl="n">` of `xml` as a level definition. */
function readLevels(xml: string): Map<number, LevelDef> {
  const levels = new Map<number, LevelDef>();
  for (const [ilvl, body] of elements(xml, 'w:lvl', 'w:ilvl', '\\d+')) {
    const pStyle = attr(body, 'pStyle');
    const restart = attr(body, 'lvlRestart');
    const { format, width } = levelFormat(body);
    const rPr = firstBody(body, 'w:rPr');
    const hides = rPr !== undefined ? runHides(rPr) : undefined;
    levels.set(Number(ilvl), {
      start: Number(attr(body, 'start') ?? '1'),
      format,
      ...(width !== undefined ? { width } : {}),
      text: decodeXml(attr(body, 'lvlText') ?? ''),
      ...(pStyle ? { pStyle } : {}),
      ...(isLegal(body) ? { legal: true } : {}),
      ...(restart !== undefined && /^\d{1,2}$/.test(restart) ? { restart: Number(restart) } : {}),
      ...(hides !== undefined ? { hides } : {}),
    });
  }
  return levels;
}

/** Parses the numbering-related parts of a (checked) DOCX zip. Missing parts give empty maps. */
export function readNumberingDefinitions(bytes: Uint8Array): NumberingDefinitions {
  const wanted = new Set(['word/numbering.xml', 'word/styles.xml', 'word/document.xml']);
  const files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  const read = (name: string): string => (files[name] ? strFromU8(files[name]) : '');
  const numberingXml = read('word/numbering.xml');
  const stylesXml = read('word/styles.xml');
  const documentXml = read('word/document.xml');

  const abstracts = new Map<string, AbstractNum>();
  // The parts are read as text, before any parser has checked them: each scan reads them once.
  for (const [abstractId, abstractBody] of elements(numberingXml, 'w:abstractNum', 'w:abstractNumId', '[^"]+')) {
    const levels = readLevels(abstractBody);
    const styleLink = attr(abstractBody, 'numStyleLink');
    abstracts.set(abstractId, { levels, ...(styleLink ? { styleLink } : {}) });
  }
  const nums = new Map<string, NumDef>();
  for (const [numId, numBody] of elements(numberingXml, 'w:num', 'w:numId', '[^"]+')) {
    const abstractId = attr(numBody, 'abstractNumId');
    if (abstractId === undefined) continue;
    const overrides = new Map<number, number>();
    const levels = new Map<number, LevelDef>();
    for (const [ilvl, overrideBody] of elements(numBody, 'w:lvlOverride', 'w:ilvl', '\\d+')) {
      const s = attr(overrideBody, 'startOverride');
      // A level defined anew starts the list again at its own start, unless a start override says otherwise.
      const level = readLevels(overrideBody).get(Number(ilvl));
      if (level) levels.set(Number(ilvl), level);
      if (s !== undefined) overrides.set(Number(ilvl), Number(s));
      else if (level) overrides.set(Number(ilvl), level.start);
    }
    nums.set(numId, { abstractId, overrides, ...(levels.size > 0 ? { levels } : {}) });
  }
  const numStyles = new Map<string, string>();
  // Each style's own list settings and the style it is based on (w:basedOn), which it takes the
  // settings it does not give itself from, as Word does: a "Schedule Clause" style based on
  // "Heading 2" is numbered as Heading 2 is.
  const own = new Map<string, { numId?: string; ilvl?: string; basedOn?: string }>();
  for (const [styleId, styleBody] of elements(stylesXml, 'w:style', 'w:styleId', '[^"]+')) {
    const numPr = firstBody(styleBody, 'w:numPr');
    const numId = numPr ? attr(numPr, 'numId') : undefined;
    const ilvl = numPr ? attr(numPr, 'ilvl') : undefined;
    const basedOn = attr(styleBody, 'basedOn');
    if (numId !== undefined) numStyles.set(styleId, numId);
    own.set(styleId, { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}), ...(basedOn ? { basedOn } : {}) });
  }
  const styleNum = new Map<string, NumRef>();
  for (const styleId of own.keys()) {
    let numId: string | undefined;
    let ilvl: string | undefined;
    for (const style of basedOnChain(own, styleId)) {
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      if (numId !== undefined && ilvl !== undefined) break;
    }
    if (numId !== undefined) styleNum.set(styleId, { numId, ilvl: Number(ilvl ?? '0') });
  }
  const paragraphs: (NumRef | null)[] = [];
  const hiddenMarks: boolean[] = [];
  const hiding = hidingStyles(stylesXml);
  // The table style of each table around the paragraph being read, innermost last.
  const tables: (string | undefined)[] = [];
  for (const pPr of paragraphProperties(documentXml, tables)) {
    const numPr = pPr ? firstBody(pPr, 'w:numPr') : undefined;
    const numId = numPr ? attr(numPr, 'numId') : undefined;
    paragraphs.push(numId !== undefined ? { numId, ilvl: Number(attr(numPr!, 'ilvl') ?? '0') } : null);
    hiddenMarks.push(markHides(hiding, pPr, tables.length > 0 ? tableHides(hiding, tables[tables.length - 1]) : undefined));
  }
  return { abstracts, nums, styleNum, numStyles, paragraphs, hiddenMarks };
}

/**
 * Item 780 of a lettered list is thirty z's: no contract letters a list that far. Past it the
 * counter is written in digits, so a crafted start value (up to two billion, which would take
 * megabytes of letters) or a list of a hundred thousand items gives short labels.
 */
const LETTER_LIMIT = 26 * 30;

function toLetters(n: number): string {
  if (n > LETTER_LIMIT) return String(n);
  // Nothing before a: a start of zero or below (a crafted file's) gives no letters.
  if (!(n >= 1)) return '';
  // Word repeats the letter past z: aa, bb, …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_WORDS: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

/** A counter from 1 to 99 in English words ("twenty-one"), or undefined outside that range. */
function cardinalWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n < 20) return UNITS[n];
  const unit = UNITS[n % 10];
  return unit ? `${TENS[Math.floor(n / 10)]}-${unit}` : TENS[n / 10];
}

/** The ordinal of cardinal words: "twenty-one" → "twenty-first", "forty" → "fortieth". */
function ordinalWords(words: string): string {
  const parts = words.split('-');
  const last = parts.pop()!;
  const ordinal = ORDINAL_WORDS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...parts, ordinal].join('-');
}

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "1st", "2nd", "3rd", "11th", "22nd". */
function ordinalDigits(n: number): string {
  const teen = Math.floor(n / 10) % 10 === 1;
  const suffix = !teen && n % 10 === 1 ? 'st' : !teen && n % 10 === 2 ? 'nd' : !teen && n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * Formats one counter in a Word number format; `width`, when given, pads digits with zeros (a
 * custom format "001, 002, …"). Number words ("One", "First": ARTICLE ONE, FIRST:) are written for
 * 1 to 99, as lists run, with a capital first letter as Word shows them, and in digits beyond. A
 * format we do not write (another script's numerals, circled digits) is shown in digits, which
 * keeps the counter's value.
 */
export function formatNumber(n: number, format: string, width = 0): string {
  switch (format) {
    case 'ordinal': return ordinalDigits(n);
    case 'cardinalText': {
      const words = cardinalWords(n);
      return words ? capitalized(words) : String(n);
    }
    case 'ordinalText': {
      const words = cardinalWords(n);
      return words ? capitalized(ordinalWords(words)) : ordinalDigits(n);
    }
    case 'lowerLetter': return toLetters(n);
    case 'upperLetter': return toLetters(n).toUpperCase();
    case 'lowerRoman': return romanNumeral(n);
    case 'upperRoman': return romanNumeral(n).toUpperCase();
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none':
    case 'bullet': return '';
    default: return String(n).padStart(Math.min(width, WIDTH_LIMIT), '0');
  }
}

/**
 * The format a counter is shown in under a level with legal numbering: Word writes every counter
 * in digits there (an article numbered "I" reads "1" in "Section 1.01"), keeping a leading zero
 * the counter's own format asks for; a counter with no text stays empty.
 */
function legalFormat(format: string, legal: boolean): string {
  if (!legal || format === 'decimalZero' || format === 'none' || format === 'bullet') return format;
  return 'decimal';
}

/** Mammoth's view of a paragraph's numbering. */
export interface MammothNumbering {
  level: string;
  isOrdered: boolean;
  paragraphStyleId?: string;
}

/**
 * Returns a function called once per paragraph, in document order, that returns the visible
 * number ("4.2", "(a)") or "" for unnumbered and bulleted paragraphs.
 */
export type Numberer = (numbering: MammothNumbering | undefined, styleId: string | undefined) => string;

export function createNumberer(defs: NumberingDefinitions): Numberer {
  const counters = new Map<string, Map<number, number>>();
  const startedNums = new Set<string>();
  let index = 0;

  const resolveAbstract = (numId: string, depth = 0): { abstractId: string; abstract: AbstractNum } | undefined => {
    const num = defs.nums.get(numId);
    const abstract = num ? defs.abstracts.get(num.abstractId) : undefined;
    if (!num || !abstract) return undefined;
    if (abstract.styleLink && depth < 4) {
      const linked = defs.numStyles.get(abstract.styleLink);
      if (linked && linked !== numId) return resolveAbstract(linked, depth + 1);
    }
    return { abstractId: num.abstractId, abstract };
  };

  // Each paragraph style's first list level naming it (in the order numbering.xml lists them), found
  // once: looked up afresh for every paragraph, a file of thousands of lists and paragraphs took
  // time growing with their product.
  let levelOfStyle: Map<string, NumRef> | undefined;
  const byStyleLevel = (styleId: string): NumRef | undefined => {
    const direct = defs.styleNum.get(styleId);
    if (direct) return direct;
    if (!levelOfStyle) {
      levelOfStyle = new Map();
      for (const [numId, num] of defs.nums) {
        const abstract = defs.abstracts.get(num.abstractId);
        for (const [ilvl, lvl] of abstract?.levels ?? []) if (lvl.pStyle !== undefined && !levelOfStyle.has(lvl.pStyle)) levelOfStyle.set(lvl.pStyle, { numId, ilvl });
      }
    }
    return levelOfStyle.get(styleId);
  };

  return (numbering, styleId) => {
    const hiddenMark = defs.hiddenMarks?.[index] === true;
    const direct = defs.paragraphs[index++] ?? null;
    let ref: NumRef | undefined;
    if (numbering) {
      ref = direct ?? undefined;
      if (!ref && (numbering.paragraphStyleId || styleId)) {
        ref = byStyleLevel(numbering.paragraphStyleId ?? styleId!);
        if (ref) ref = { numId: ref.numId, ilvl: Number(numbering.level) };
      }
    } else if (!direct && styleId) {
      // Word numbers a paragraph whose style carries a list (w:numPr in styles.xml, as a style given
      // numbering in its own definition holds it) even when no list level names the style back,
      // which is all mammoth reads: "Heading 2" styling a whole clause shows "4.2" before it.
      ref = defs.styleNum.get(styleId);
    }
    if (!ref) return '';
    const resolved = resolveAbstract(ref.numId);
    if (!resolved) return '';
    const { abstractId, abstract } = resolved;
    const num = defs.nums.get(ref.numId);
    // A level the list defines anew (w:lvlOverride/w:lvl) stands in for the shared definition.
    const levelOf = (i: number): LevelDef | undefined => num?.levels?.get(i) ?? abstract.levels.get(i);
    const level = levelOf(ref.ilvl);
    if (!level || level.format === 'bullet') return '';
    let values = counters.get(abstractId);
    if (!values) {
      values = new Map();
      counters.set(abstractId, values);
    }
    const override = num?.overrides.get(ref.ilvl);
    if (override !== undefined && !startedNums.has(`${ref.numId}:${ref.ilvl}`)) {
      startedNums.add(`${ref.numId}:${ref.ilvl}`);
      values.set(ref.ilvl, override - 1);
    }
    values.set(ref.ilvl, (values.get(ref.ilvl) ?? level.start - 1) + 1);
    // Using a level restarts the levels below it, except one whose w:lvlRestart names a level above
    // this one (or 0, never): definitions lettered (a), (b), … on through a whole article's sections.
    for (const deeper of [...values.keys()]) {
      if (deeper <= ref.ilvl) continue;
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || restart > deeper || ref.ilvl < restart) values.delete(deeper);
    }
    // A hidden number is still counted, as Word counts it.
    if (level.hides ?? hiddenMark) return '';
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const l = levelOf(i);
      const v = values.get(i) ?? l?.start ?? 1;
      return formatNumber(v, legalFormat(l?.format ?? 'decimal', level.legal === true), l?.width);
    }).trim();
  };
}

/** A node of mammoth's document model, as far as numbering reads it. */
export interface NumberedNode<T> {
  type: string;
  children?: T[];
  styleId?: string | null;
  numbering?: MammothNumbering | null;
}

/**
 * The visible number of every paragraph node under `root` (those without one are left out), found
 * in document order: paragraphs in table cells and text boxes too, as Word counts them, so the
 * n-th paragraph mammoth gives is the n-th one numbering.xml's reading of document.xml holds,
 * whichever of them a reader later shows.
 */
export function numberParagraphs<T extends NumberedNode<T>>(root: T, numberer: Numberer): Map<T, string> {
  const numbers = new Map<T, string>();
  // An explicit stack: a crafted file nests tables deeper than the call stack goes.
  const stack: T[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph') {
      const visible = numberer(node.numbering ?? undefined, node.styleId ?? undefined);
      if (visible) numbers.set(node, visible);
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return numbers;
}

