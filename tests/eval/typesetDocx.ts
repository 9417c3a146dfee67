/**
 * A contract's text written as a Word document the way a word processor holds it, for the
 * typeset-docx rewrites (./perturb.ts): each line of the text a paragraph, short lines in capitals
 * heading-styled, and, when `numbered`, the clause number that opens a paragraph ("1.", "2.1",
 * "(a)", "(iv)") moved out of the text into Word's automatic numbering (w:numPr), as real Word
 * contracts hold it: the number then exists only in numbering.xml and the reader must count it.
 *
 * A number goes into the numbering only where Word's own counting shows that very number: lists
 * carry on from paragraph to paragraph, a list that must start again at its first number does so as
 * a new list ("Restart at 1"), one that must jump to another number gets a list starting there ("Set
 * numbering value"). Any other number (an inner level that does not follow from its parent) stays
 * typed, as a person whose word processor would not produce it types it. The visible text is
 * therefore the text given, word for word, so every labelled value is kept.
 */
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { fromRoman } from './romanNumerals';

/** The clause numbers of an outline: "1.", "1.1", "1.1.1" (a number with a trailing dot after an inner level, "1.1.", stays typed). */
const OUTLINE_NUMBER = /^(\d{1,3})\.(?:(\d{1,3})(?:\.(\d{1,3}))?)?(?=\s)/;
/** Numbers in brackets: "(a)", "(iv)", "(B)", "(3)". */
const BRACKETED_NUMBER = /^\(([a-z]|[ivx]{1,5}|[A-Z]|\d{1,2})\)(?=\s)/;

/** Characters XML 1.0 cannot hold (a form feed, other controls) read as spaces. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

type BracketKind = 'lower' | 'roman' | 'upper' | 'digit';

const BRACKET_FORMAT: Record<BracketKind, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  lower: LevelFormat.LOWER_LETTER,
  roman: LevelFormat.LOWER_ROMAN,
  upper: LevelFormat.UPPER_LETTER,
  digit: LevelFormat.DECIMAL,
};

/** The value of a lower-case roman numeral up to 39 written as Word writes it, or undefined. */
function romanValue(s: string): number | undefined {
  const n = /^[ivx]+$/.test(s) ? fromRoman(s.toUpperCase()) : undefined;
  return n !== undefined && n < 40 ? n : undefined;
}

/**
 * A short line in capitals with a word of three letters or more: a heading ("DEFINITIONS", "ARTICLE
 * 5 - TERM"). A page number ("E - 4"), a lone letter or "OR" between two alternatives is not one.
 */
export function isCapitalsHeading(line: string): boolean {
  return line.length <= 100 && /[A-Z]{3}/.test(line) && !/[a-z]/.test(line) && line.split(' ').length <= 12;
}

interface ListNumbering {
  reference: string;
  instance: number;
  level: number;
  /** Numbered through its heading style, not a number of its own. */
  styled?: boolean;
}

/** The list the heading styles carry, with styles: ./typesetDocx's `styles` option. */
const STYLED_OUTLINE = 'styled-outline';

interface Levels {
  reference: string;
  kind: 'outline' | BracketKind;
  starts: number[];
}

/** Counts like Word and hands out the list each numbered paragraph is in. */
class Lists {
  readonly definitions: Levels[] = [];
  private outline: { reference: string; starts: number[]; counters: (number | undefined)[] } | undefined;
  private readonly brackets = new Map<BracketKind, { reference: string; instance: number; next: number; start: number }>();
  private readonly styledCounters: (number | undefined)[] = [];

  /** With `styled`, outline numbers come from the heading styles' one list, counted from 1 through the whole document. */
  constructor(private readonly styled = false) {}

  private define(kind: Levels['kind'], starts: number[]): string {
    const reference = `${kind}-${this.definitions.length}`;
    this.definitions.push({ reference, kind, starts });
    return reference;
  }

  /** An outline number "2.1" as [2, 1]: the list and level that show it (with `styled`, none when the styles' list does not show it). */
  outlineItem(values: number[]): ListNumbering | undefined {
    const level = values.length - 1;
    if (this.styled) {
      const c = this.styledCounters;
      if (!values.every((v, i) => v === (i < level ? (c[i] ?? 1) : (c[i] ?? 0) + 1))) return undefined;
      c[level] = values[level];
      c.length = level + 1;
      return { reference: STYLED_OUTLINE, instance: 0, level, styled: true };
    }
    const o = this.outline;
    const shows = o && values.every((v, i) => v === (i < level ? (o.counters[i] ?? o.starts[i]) : o.counters[i] !== undefined ? o.counters[i]! + 1 : o.starts[i]));
    if (!o || !shows) {
      // A new list whose levels start at this number's parts.
      const starts = [0, 1, 2].map((i) => values[i] ?? 1);
      this.outline = { reference: this.define('outline', starts), starts, counters: [] };
    }
    const list = this.outline!;
    list.counters[level] = values[level];
    list.counters.length = level + 1;
    return { reference: list.reference, instance: 0, level };
  }

  /** Whether a lower-case bracketed number continues the list of this kind. */
  continues(kind: BracketKind, value: number): boolean {
    return this.brackets.get(kind)?.next === value;
  }

  bracketItem(kind: BracketKind, value: number): ListNumbering {
    let list = this.brackets.get(kind);
    if (!list || list.next !== value) {
      if (list && value === list.start) list = { ...list, instance: list.instance + 1 };
      else list = { reference: this.define(kind, [value]), instance: 0, next: value, start: value };
    }
    list.next = value + 1;
    this.brackets.set(kind, list);
    return { reference: list.reference, instance: list.instance, level: 0 };
  }
}

/** The list a paragraph's opening number belongs in and the text after it, or undefined to keep the number typed. */
function numbered(line: string, lists: Lists): { list: ListNumbering; rest: string } | undefined {
  const outline = OUTLINE_NUMBER.exec(line);
  if (outline) {
    const values = [outline[1], outline[2], outline[3]].filter((v): v is string => v !== undefined).map(Number);
    // "01." or "1.01": Word's decimal numbers have no leading zero.
    if (values.some((v, i) => String(v) !== [outline[1], outline[2], outline[3]][i] || v < 1)) return undefined;
    const rest = line.slice(outline[0].length).trim();
    // A number with nothing after it ("1." alone on its line) stays typed, as Word shows a bare number.
    const list = rest ? lists.outlineItem(values) : undefined;
    return list ? { list, rest } : undefined;
  }
  const bracket = BRACKETED_NUMBER.exec(line);
  if (!bracket) return undefined;
  const token = bracket[1]!;
  const rest = line.slice(bracket[0].length).trim();
  if (!rest) return undefined;
  let kind: BracketKind;
  let value: number;
  if (/^\d/.test(token)) {
    if (!/^[1-9]\d?$/.test(token)) return undefined;
    [kind, value] = ['digit', Number(token)];
  }
  else if (/^[A-Z]$/.test(token)) [kind, value] = ['upper', token.charCodeAt(0) - 64];
  else {
    // "(i)" is the ninth letter after "(h)", else the first roman numeral.
    const letter = token.length === 1 ? token.charCodeAt(0) - 96 : undefined;
    const numeral = romanValue(token);
    if (letter !== undefined && (numeral === undefined || lists.continues('lower', letter))) [kind, value] = ['lower', letter];
    else if (numeral !== undefined) [kind, value] = ['roman', numeral];
    else return undefined;
  }
  return { list: lists.bracketItem(kind, value), rest };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** A heading style that carries no number, for headings a styled document does not number. */
const UNNUMBERED_HEADING = 'Heading1Unnumbered';

/**
 * The text as DOCX bytes; with `numbered`, opening clause numbers held in Word's numbering. With
 * `styles` as well, outline numbers ("1.", "1.1", "1.1.1") come from the heading styles instead,
 * as law-firm templates hold them: "Heading 2" is "1.1" and styles the whole clause, the paragraph
 * names only its style, and headings without a number take a heading style without one.
 */
export async function typesetDocx(text: string, options: { numbered?: boolean; styles?: boolean } = {}): Promise<Uint8Array> {
  const lines = text.replace(NOT_XML, ' ').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const styles = options.numbered === true && options.styles === true;
  const lists = new Lists(styles);
  const paragraphs = lines.map((line) => {
    const item = options.numbered ? numbered(line, lists) : undefined;
    const body = item ? item.rest : line;
    if (item?.list.styled) return new Paragraph({ children: [new TextRun(body)], heading: HEADINGS[item.list.level]! });
    const heading = isCapitalsHeading(body) ? HEADINGS[Math.min(item?.list.level ?? 0, 2)] : undefined;
    return new Paragraph({
      children: [new TextRun(body)],
      ...(heading ? (styles ? { style: UNNUMBERED_HEADING } : { heading }) : {}),
      // A heading keeps its heading style: a numbered list would otherwise give it Word's list style.
      ...(item ? { numbering: { reference: item.list.reference, level: item.list.level, instance: item.list.instance, ...(heading ? { custom: true } : {}) } } : {}),
    });
  });
  const outlineText = ['%1.', '%1.%2', '%1.%2.%3'];
  const outlineLevels = (starts: readonly number[]) => starts.map((start, level) => ({ level, format: LevelFormat.DECIMAL, text: outlineText[level]!, start }));
  const doc = new Document({
    creator: 'Precis evaluation',
    numbering: {
      config: [
        ...lists.definitions.map((d) => ({
          reference: d.reference,
          levels: d.kind === 'outline' ? outlineLevels(d.starts) : [{ level: 0, format: BRACKET_FORMAT[d.kind], text: '(%1)', start: d.starts[0]! }],
        })),
        ...(styles ? [{ reference: STYLED_OUTLINE, levels: outlineLevels([1, 1, 1]) }] : []),
      ],
    },
    ...(styles
      ? {
          styles: {
            paragraphStyles: [
              ...[0, 1, 2].map((level) => ({ id: `Heading${level + 1}`, name: `Heading ${level + 1}`, basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { numbering: { reference: STYLED_OUTLINE, level } } })),
              { id: UNNUMBERED_HEADING, name: 'Heading 1 Unnumbered', basedOn: 'Normal', next: 'Normal', quickFormat: true },
            ],
          },
        }
      : {}),
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
