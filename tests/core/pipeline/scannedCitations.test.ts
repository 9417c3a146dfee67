import { describe, expect, it } from 'vitest';
import { resolveMarkdownCitations } from '../../../electron/core/pipeline/citations';
import { citationOf, formatCitation, type Block } from '../../../shared/document';

// A page read by OCR is cited with its confidence ("[p. 2, scanned, 91 %, §4]"). The final check of
// the summary's citations must read that form as the page and clause it names, or every point of a
// scanned contract loses its citation in the window, which renders the checked markdown.

const block = (id: string, page: number, text: string, extra: Partial<Block> = {}): Block => ({ id, page, kind: 'paragraph', text, section: [], ...extra });

const SCANNED: Block[] = [
  block('p1.1', 1, 'MUTUAL CONFIDENTIALITY AGREEMENT between Larkspur Widgets Ltd and Fernhill Tools Ltd.', { scanned: 94 }),
  block('p1.2', 1, 'The Recipient shall keep the Confidential Information secret.', { scanned: 94, clause: '3' }),
  block('p2.1', 2, 'This Agreement is governed by the laws of Ruritania.', { scanned: 88, clause: '10' }),
];

describe('citations of scanned pages in the final markdown', () => {
  it('keeps a scanned page\'s citations, with and without a clause, and returns them as data', () => {
    const cites = SCANNED.map((b) => formatCitation(citationOf(b)));
    expect(cites).toEqual(['[p. 1, scanned, 94 %]', '[p. 1, scanned, 94 %, §3]', '[p. 2, scanned, 88 %, §10]']);
    const markdown = `## Overview\n\n- A confidentiality agreement. ${cites[0]}\n- Secrecy. ${cites[1]}\n- Ruritanian law. ${cites[2]}`;
    const out = resolveMarkdownCitations(markdown, SCANNED);
    expect(out.dropped).toBe(0);
    expect(out.markdown).toBe(markdown);
    expect(out.citations.map((c) => c.blockId)).toEqual(['p1.1', 'p1.2', 'p2.1']);
  });

  it('still drops a scanned citation that names no block of the document', () => {
    const markdown = '- Secrecy. [p. 1, scanned, 94 %, §7]\n- Term. [p. 9, scanned, 50 %]';
    const out = resolveMarkdownCitations(markdown, SCANNED);
    expect(out.dropped).toBe(2);
    expect(out.markdown).toBe('- Secrecy.\n- Term.');
    expect(out.citations).toEqual([]);
  });

  it('leaves the text-layer form as it was', () => {
    const typed = SCANNED.map(({ scanned: _s, ...b }) => b);
    const out = resolveMarkdownCitations('- Secrecy. [p. 1, §3]\n- Missing. [p. 1, §4]', typed);
    expect(out.dropped).toBe(1);
    expect(out.markdown).toBe('- Secrecy. [p. 1, §3]\n- Missing.');
  });
});
