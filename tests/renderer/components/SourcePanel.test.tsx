import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourcePanel, markedBlockIds, type SourceDocument } from '../../../renderer/src/components/SourcePanel/SourcePanel';
import { safeHtml } from '../../../renderer/src/components/SourcePanel/safeHtml';
import type { Block } from '../../../shared/document';
import type { SummaryPoint } from '../../../shared/summary';
import { ok, scriptedApi } from '../fakeApi';

const blocks: Block[] = [
  { id: 'p1.1', page: 1, kind: 'heading', text: '2. Payment', clause: '2', section: [] },
  { id: 'p1.2', page: 1, kind: 'paragraph', text: '2.1 Fees. The Customer pays the fees.', clause: '2.1', section: ['2. Payment'] },
  { id: 'p1.3', page: 1, kind: 'paragraph', text: '2.2 Late payment. Interest accrues at 2% per month.', clause: '2.2', section: ['2. Payment'] },
  { id: 'p1.4', page: 1, kind: 'table-row', text: 'Fee | Amount', section: ['2. Payment'] },
];

const HOSTILE_HTML = [
  '<h1>2. Payment</h1>',
  '<p>2.1 Fees. The <strong>Customer</strong> pays the <em>fees</em>.</p>',
  '<p onclick="alert(1)" style="color:red">2.2 Late payment. Interest accrues at 2% per month.<img src="https://evil.example/x.png" onerror="alert(2)"></p>',
  '<table><tr><td colspan="2">Fee</td><td onmouseover="x()">Amount</td></tr></table>',
  '<script>alert(3)</script><style>body{display:none}</style><iframe src="https://evil.example"></iframe>',
  '<p><a href="javascript:alert(4)">a link</a> and <a href="https://evil.example">another</a><form action="https://evil.example"><input name="q"></form></p>',
].join('');

const doc: SourceDocument = { documentId: 'doc-1', pageCount: 1, pages: [{ number: 1, text: blocks.map((b) => b.text).join('\n\n') }], blocks, title: 'Services Agreement' };

describe('safeHtml', () => {
  it('rebuilds only formatting elements: no script, style, frame, image, form, handler, style attribute or link target survives', () => {
    const { container } = render(<div>{safeHtml(HOSTILE_HTML, { blocks, marked: new Set() })}</div>);
    expect(container.querySelector('script, style, iframe, img, form, input, a, [onclick], [onmouseover], [onerror], [style], [href], [src]')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('Customer');
    expect(container.querySelector('em')?.textContent).toBe('fees');
    expect(container.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(container.textContent).toContain('a link and another');
    expect(container.textContent).not.toContain('alert(3)');
    // The document's headings sit below the panel's own h2.
    expect(container.querySelector('h3')?.textContent).toBe('2. Payment');
    expect(container.querySelector('h1, h2')).toBeNull();
  });

  it('ties each block to the element showing it and marks the cited ones as "Cited passage"', () => {
    render(<div>{safeHtml(HOSTILE_HTML, { blocks, marked: new Set(['p1.3', 'p1.4']) })}</div>);
    const marks = screen.getAllByRole('group', { name: 'Cited passage' });
    expect(marks[0]!.textContent).toBe('2.2 Late payment. Interest accrues at 2% per month.');
    expect(marks[0]!.closest('[data-block-id]')?.getAttribute('data-block-id')).toBe('p1.3');
    // A table row is marked cell by cell.
    expect(marks.slice(1).map((m) => m.textContent)).toEqual(['Fee', 'Amount']);
    expect(document.querySelector('[data-block-id="p1.2"]')?.textContent).toBe('2.1 Fees. The Customer pays the fees.');
  });
});

describe('safeHtml with Word notes', () => {
  // Mammoth's rendering: "[1]" links in the text, the notes listed at the end with "↑" back links.
  const NOTES_HTML = [
    '<p>1. Nordlicht GmbH pays monthly.<sup><a href="#footnote-7" id="footnote-ref-7">[1]</a></sup> See <a href="#_Ref12">clause 2</a>.<sup><a href="#footnote-3" id="footnote-ref-3">[2]</a></sup></p>',
    '<p>2. Harbor Lane Inc. delivers.</p>',
    '<ol><li id="footnote-7"><p> Fees exclude value added tax. <a href="#footnote-ref-7">↑</a></p></li>',
    '<li id="footnote-3"><p>* Email counts as writing.</p><p>So does a letter. <a href="#footnote-ref-3">↑</a></p></li></ol>',
  ].join('');
  const noteBlocks: Block[] = [
    { id: 'p1.1', page: 1, kind: 'paragraph', text: '1. Nordlicht GmbH pays monthly. See clause 2.', clause: '1', section: [] },
    { id: 'p1.2', page: 1, kind: 'paragraph', text: 'Footnote 1: Fees exclude value added tax.', clause: '1', section: [] },
    { id: 'p1.3', page: 1, kind: 'paragraph', text: 'Footnote *: Email counts as writing. So does a letter.', clause: '1', section: [] },
    { id: 'p1.4', page: 1, kind: 'paragraph', text: '2. Harbor Lane Inc. delivers.', clause: '2', section: [] },
    { id: 'p1.5', page: 1, kind: 'paragraph', text: 'Endnote 1: Not in this document.', section: [] },
  ];

  it('marks the note a note block cites, at the end where the Word view shows it, and the paragraph that refers to it', () => {
    render(<div>{safeHtml(NOTES_HTML, { blocks: noteBlocks, marked: new Set(['p1.2', 'p1.3']) })}</div>);
    const marks = screen.getAllByRole('group', { name: 'Cited passage' });
    expect(marks.map((m) => m.closest('[data-block-id]')?.getAttribute('data-block-id'))).toEqual(['p1.2', 'p1.3']);
    expect(marks[0]!.closest('li')).not.toBeNull();
    expect(marks[1]!.textContent).toContain('So does a letter.');
    // The paragraph with the note links, and the one after the notes in the reader's order, are still found.
    expect(document.querySelector('[data-block-id="p1.1"]')?.textContent).toContain('1. Nordlicht GmbH pays monthly.');
    expect(document.querySelector('[data-block-id="p1.4"]')?.textContent).toBe('2. Harbor Lane Inc. delivers.');
  });

  it('marks nothing for a note block whose note is not shown, and keeps an ordinary link\'s words in its paragraph', () => {
    render(<div>{safeHtml(NOTES_HTML, { blocks: noteBlocks, marked: new Set(['p1.5']) })}</div>);
    expect(screen.queryAllByRole('group', { name: 'Cited passage' })).toEqual([]);
    const other = safeHtml('<p>See <a href="#_Ref12">clause 2</a>.</p>', { blocks: [{ id: 'p1.1', page: 1, kind: 'paragraph', text: 'See clause 2.', section: [] }], marked: new Set(['p1.1']) });
    render(<div>{other}</div>);
    expect(screen.getByRole('group', { name: 'Cited passage' }).textContent).toBe('See clause 2.');
  });
});

describe('markedBlockIds', () => {
  it('marks every block the citation’s point cites', () => {
    const points: SummaryPoint[] = [
      { text: 'Fees and interest', citations: [{ blockId: 'p1.2', page: 1, clause: '2.1' }, { blockId: 'p1.3', page: 1, clause: '2.2' }] },
      { text: 'Other', citations: [{ blockId: 'p1.4', page: 1 }] },
    ];
    expect([...markedBlockIds({ page: 1, clause: '2.2', blockId: 'p1.3' }, points)].sort()).toEqual(['p1.2', 'p1.3']);
    expect([...markedBlockIds({ page: 1 }, points)]).toEqual([]);
  });
});

describe('SourcePanel', () => {
  it('shows a Word document with its formatting, names the clause rather than a page, and keeps a text view', async () => {
    const { api, calls } = scriptedApi({ 'documents.file': () => ok({ kind: 'docx' as const, html: HOSTILE_HTML }) });
    const points: SummaryPoint[] = [{ text: 'Fees and interest', citations: [{ blockId: 'p1.2', page: 1, clause: '2.1' }, { blockId: 'p1.3', page: 1, clause: '2.2' }] }];
    render(<SourcePanel citation={{ page: 1, clause: '2.2', blockId: 'p1.3' }} doc={doc} error={null} onClose={() => {}} api={api} documentId="doc-1" points={points} />);
    const region = screen.getByRole('region', { name: 'Source' });
    const view = await within(region).findByLabelText('Document');
    expect(calls.filter((c) => c.channel === 'documents.file')).toEqual([{ channel: 'documents.file', request: { documentId: 'doc-1' } }]);
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Source · §2.2');
    // Both blocks of the point are marked.
    expect(within(view).getAllByRole('group', { name: 'Cited passage' }).map((m) => m.textContent)).toEqual([
      '2.1 Fees. The Customer pays the fees.',
      '2.2 Late payment. Interest accrues at 2% per month.',
    ]);
    await userEvent.click(within(region).getByRole('button', { name: 'Text' }));
    const text = within(region).getByLabelText('Page 1 text');
    expect(within(text).getAllByRole('group', { name: 'Cited passage' }).map((m) => m.getAttribute('data-block-id'))).toEqual(['p1.2', 'p1.3']);
    expect(within(region).getByRole('button', { name: 'Text' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the text view with the passage marked when the file itself is not available', async () => {
    const { api } = scriptedApi({ 'documents.file': () => ok({ kind: 'none' as const }) });
    render(<SourcePanel citation={{ page: 1, clause: '2.1', blockId: 'p1.2' }} doc={doc} error={null} onClose={() => {}} api={api} documentId="doc-2" />);
    const region = screen.getByRole('region', { name: 'Source' });
    const mark = await within(region).findByRole('group', { name: 'Cited passage' });
    expect(mark.textContent).toBe('2.1 Fees. The Customer pays the fees.');
    expect(within(region).queryByRole('button', { name: 'Zoom in' })).toBeNull();
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Source · p. 1, §2.1');
  });
});
