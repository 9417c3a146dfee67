import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { CITATION_GROUP, citationHref, parseCitationGroup } from '../../state/citations';

/**
 * remark plugin: document and model text is untrusted. Raw HTML becomes literal text, images become
 * their literal markdown (never a request), and "[p. 4, §7.2]" becomes an in-page citation link
 * that the renderer draws as a button.
 */
export function remarkSafe() {
  return (tree: Root) => {
    transform(tree);
  };
}

function transform(node: Parent): void {
  const out: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type === 'html') {
      const text: Text = { type: 'text', value: child.value };
      out.push(node.type === 'root' ? { type: 'paragraph', children: [text] } : text);
      continue;
    }
    if (child.type === 'image') {
      out.push({ type: 'text', value: `![${child.alt ?? ''}](${child.url})` });
      continue;
    }
    if (child.type === 'imageReference') {
      out.push({ type: 'text', value: `![${child.alt ?? ''}]` });
      continue;
    }
    if (child.type === 'text' && node.type !== 'link' && node.type !== 'linkReference') {
      out.push(...splitCitations(child));
      continue;
    }
    if ('children' in child) transform(child as Parent);
    out.push(child);
  }
  (node as { children: RootContent[] }).children = out;
}

function splitCitations(text: Text): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.value.matchAll(CITATION_GROUP)) {
    const refs = parseCitationGroup(m[1] ?? '');
    if (refs.length === 0) continue;
    if (m.index > last) parts.push({ type: 'text', value: text.value.slice(last, m.index) });
    refs.forEach((ref, i) => {
      if (i > 0) parts.push({ type: 'text', value: ' ' });
      const link: Link = { type: 'link', url: citationHref(ref), children: [{ type: 'text', value: m[0] }] };
      parts.push(link);
    });
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return [text];
  if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
  return parts;
}

