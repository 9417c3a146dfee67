import { createElement, type ReactNode } from 'react';
import type { Block } from '../../../../shared/document';

/**
 * Document HTML (mammoth's rendering of a DOCX) shown as React elements rebuilt from an
 * allow-list: the HTML is parsed by the browser into an inert document (no scripts run, nothing
 * loads), then only formatting elements are recreated, with no attribute but table spans. Links
 * keep their words and lose their targets; images, styles, scripts, forms and anything unknown
 * are dropped or reduced to their text. Nothing is ever injected as raw HTML.
 */
const ALLOWED = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'br', 'blockquote',
]);
/** Elements whose whole content is dropped, text included. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'img', 'svg', 'math', 'head', 'title', 'meta', 'link']);
/** Elements a citation can point at: one block of the document each. */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr']);
const NESTED_BLOCKS = new Set([...BLOCK_TAGS, 'ul', 'ol', 'table']);

const normalise = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Mammoth's links between a note and the place that refers to it: the "[1]" in the text and the
 * "↑" back at the end of the note. Neither is part of the reader's text of the paragraph or the
 * note (the reader labels the note "Footnote 1: …" instead), so neither is matched.
 */
const NOTE_LINK = /^#(?:footnote|endnote)-/;
const isNoteLink = (el: Element): boolean => el.tagName.toLowerCase() === 'a' && NOTE_LINK.test(el.getAttribute('href') ?? '');
/** A note as mammoth shows it: an item of the list of notes at the end of the document. */
const NOTE_ITEM = /^(?:footnote|endnote)-/;
const isNoteItem = (el: Element): boolean => el.tagName.toLowerCase() === 'li' && NOTE_ITEM.test(el.getAttribute('id') ?? '');
/**
 * The reader's block for a note: "Footnote 1: …", "Endnote ii: …", "Footnote *: …" for a note with
 * a mark of its own, "Footnote: …" when the mark is not text. Its mark and its text.
 */
const NOTE_BLOCK = /^(?:Footnote|Endnote)(?: ([^\s:]{1,10}))?: /;

/** The text an element contributes as its own block (nested lists and tables are blocks of their own). */
function ownText(el: Element): string {
  if (el.tagName.toLowerCase() === 'tr') {
    return [...el.children].map((cell) => normalise(cell.textContent ?? '')).join(' | ');
  }
  let out = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        if (NESTED_BLOCKS.has(tag) || DROPPED.has(tag) || isNoteLink(child as Element)) continue;
        if (tag === 'br') out += ' ';
        else walk(child);
      }
    }
  };
  walk(el);
  return normalise(out);
}

/** A note's whole text as the list item shows it, its paragraphs one after another, without its back link. */
function noteText(item: Element): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toLowerCase();
        if (DROPPED.has(tag) || isNoteLink(el)) continue;
        if (tag === 'br' || NESTED_BLOCKS.has(tag)) out.push(' ');
        walk(el);
        if (NESTED_BLOCKS.has(tag)) out.push(' ');
      }
    }
  };
  walk(item);
  return normalise(out.join(''));
}

export interface SafeHtmlOptions {
  /** Blocks of the document, in order: each is matched to the element showing it. */
  blocks: readonly Block[];
  /** Blocks to mark as the cited passage. */
  marked: ReadonlySet<string>;
}

/**
 * Parses `html` and rebuilds it as React elements. Every element that shows a block gets
 * `data-block-id`; the marked ones wrap their content in an element labelled "Cited passage".
 */
export function safeHtml(html: string, { blocks, marked }: SafeHtmlOptions): ReactNode[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // Blocks are matched in order, each to the next element with the same text (within a window, so
  // one unmatched block cannot swallow the rest of the document).
  const matches = new Map<Element, string>();
  const all = [...parsed.body.querySelectorAll([...BLOCK_TAGS].join(','))];
  // Notes are shown together at the end of the document, where the reader puts each right after
  // the paragraph that refers to it: they are matched by their text, apart from the order.
  const notes = new Map<string, { items: Element[]; next: number }>();
  const inNote = new Set<Element>();
  for (const el of all) {
    if (!isNoteItem(el)) continue;
    const text = noteText(el);
    const same = notes.get(text);
    if (same) same.items.push(el);
    else notes.set(text, { items: [el], next: 0 });
    for (const inner of el.querySelectorAll('*')) inNote.add(inner);
    inNote.add(el);
  }
  const takeNote = (text: string): Element | undefined => {
    const found = notes.get(text);
    return found ? found.items[found.next++] : undefined;
  };
  const candidates = all.filter((el) => !inNote.has(el));
  let from = 0;
  for (const block of blocks) {
    const want = normalise(block.text);
    const note = NOTE_BLOCK.exec(want);
    if (note) {
      const text = want.slice(note[0].length);
      const mark = note[1];
      // A note with a mark of its own shows the mark at its start, as Word writes it.
      const item = takeNote(text) ?? (mark && !/^\d+$/.test(mark) ? takeNote(`${mark} ${text}`) ?? takeNote(`${mark}${text}`) : undefined);
      if (item) {
        matches.set(item, block.id);
        continue;
      }
    }
    for (let i = from; i < Math.min(candidates.length, from + 60); i++) {
      if (ownText(candidates[i]!) === want) {
        matches.set(candidates[i]!, block.id);
        from = i + 1;
        break;
      }
    }
  }
  let key = 0;
  const build = (node: Node, inMark: boolean): ReactNode => {
    if (node.nodeType === 3) return node.nodeValue;
    if (node.nodeType !== 1) return null;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (DROPPED.has(tag)) return null;
    const blockId = matches.get(el);
    const isMarked = !inMark && blockId !== undefined && marked.has(blockId);
    const kids = (mark: boolean): ReactNode[] => [...el.childNodes].map((c) => build(c, mark));
    if (!ALLOWED.has(tag)) return createElement('span', { key: key++ }, ...kids(inMark));
    if (tag === 'br') return createElement('br', { key: key++ });
    const props: Record<string, unknown> = { key: key++ };
    // The document's headings sit below the panel's own "Source" heading (h2).
    const shown = /^h[1-6]$/.test(tag) ? `h${Math.min(6, Number(tag[1]) + 2)}` : tag;
    if (blockId) props['data-block-id'] = blockId;
    if (tag === 'td' || tag === 'th') {
      for (const name of ['colspan', 'rowspan'] as const) {
        const n = Number(el.getAttribute(name));
        if (Number.isInteger(n) && n > 1 && n <= 100) props[name === 'colspan' ? 'colSpan' : 'rowSpan'] = n;
      }
    }
    if (!isMarked) return createElement(shown, props, ...kids(inMark));
    props.className = 'block-cited';
    // A table row's cells each hold part of the passage; other blocks hold it whole.
    if (tag === 'tr') {
      return createElement(
        tag,
        props,
        ...[...el.children].map((cell) => {
          const cellTag = cell.tagName.toLowerCase() === 'th' ? 'th' : 'td';
          return createElement(cellTag, { key: key++ }, citedMark([...cell.childNodes].map((c) => build(c, true)), key++));
        }),
      );
    }
    return createElement(shown, props, citedMark(kids(true), key++));
  };
  return [...parsed.body.childNodes].map((n) => build(n, false));
}

/** The element screen readers announce as the cited passage. */
export function citedMark(children: ReactNode, key?: number): ReactNode {
  return createElement('span', { key, role: 'group', 'aria-label': 'Cited passage', className: 'cited-passage' }, children);
}
