import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CitationButton } from '../../../renderer/src/components/CitationButton/CitationButton';
import { SafeMarkdown } from '../../../renderer/src/components/SafeMarkdown/SafeMarkdown';
import { CITATION_GROUP, citationHref, parseCitationGroup, parseCitationHref, resolveCitation } from '../../../renderer/src/state/citations';

describe('CitationButton', () => {
  it('is a keyboard-operable button named from the page and clause', async () => {
    const onOpen = vi.fn();
    render(<CitationButton citation={{ page: 7, clause: '(a)', blockId: 'p7.3' }} onOpen={onOpen} />);
    const b = screen.getByRole('button', { name: 'Source: p. 7, (a)' });
    expect(b.textContent).toBe('p. 7, (a)');
    b.focus();
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith({ page: 7, clause: '(a)', blockId: 'p7.3' });
  });

  it('names page-only citations "Source: p. N"', () => {
    render(<CitationButton citation={{ page: 2 }} onOpen={() => {}} />);
    expect(screen.getByRole('button', { name: 'Source: p. 2' })).toBeTruthy();
  });
});

describe('resolveCitation', () => {
  const blocks = [
    { id: 'p4.1', page: 4, kind: 'heading' as const, text: '7. Term', clause: '7', section: [] },
    { id: 'p4.2', page: 4, kind: 'paragraph' as const, text: '7.2 Two years.', clause: '7.2', section: ['7. Term'] },
  ];
  it('prefers the block ids carried by the summary points', () => {
    const points = [{ text: 'x', citations: [{ blockId: 'p4.9', page: 4, clause: '7.2' }] }];
    expect(resolveCitation({ page: 4, clause: '7.2' }, points, blocks).blockId).toBe('p4.9');
  });
  it('falls back to the block with that page and clause, then to the page', () => {
    expect(resolveCitation({ page: 4, clause: '7.2' }, [], blocks).blockId).toBe('p4.2');
    expect(resolveCitation({ page: 4 }, [], blocks).blockId).toBe('p4.1');
    expect(resolveCitation({ page: 9 }, [], blocks).blockId).toBeUndefined();
  });
  it('parses grouped citations', () => {
    expect(parseCitationGroup('p. 4, §7.2; p. 5')).toEqual([{ page: 4, clause: '7.2' }, { page: 5 }]);
    // A scanned page's citation keeps its clause apart from the OCR note.
    expect(parseCitationGroup('p. 7, scanned, 71 %, §4.2; p. 8, scanned, 64 %')).toEqual([
      { page: 7, clause: '4.2', scanned: 71 },
      { page: 8, scanned: 64 },
    ]);
  });
});

describe('citations of a document without printed pages (DOCX, text)', () => {
  const blocks = [
    { id: 'p1.1', page: 1, kind: 'heading' as const, text: 'Services Agreement', section: [], paragraph: 1 },
    { id: 'p1.2', page: 1, kind: 'paragraph' as const, text: '3.2 Fees are due monthly.', clause: '3.2', section: [], paragraph: 2 },
    { id: 'p2.1', page: 2, kind: 'paragraph' as const, text: 'Signed in two counterparts.', section: [], paragraph: 3 },
  ];
  const points = [
    {
      text: 'Fees',
      citations: [
        { blockId: 'p1.2', page: 1, clause: '3.2', paragraph: 2 },
        { blockId: 'p2.1', page: 2, paragraph: 3 },
      ],
    },
  ];

  it('names the clause, or the paragraph when there is no clause, never "p. 1"', () => {
    render(<CitationButton citation={{ page: 1, clause: '3.2', paragraph: 2, blockId: 'p1.2' }} onOpen={() => {}} />);
    expect(screen.getByRole('button', { name: 'Source: §3.2' }).textContent).toBe('§3.2');
    render(<CitationButton citation={{ page: 2, paragraph: 3, blockId: 'p2.1' }} onOpen={() => {}} />);
    expect(screen.getByRole('button', { name: 'Source: ¶ 3' })).toBeTruthy();
    render(<CitationButton citation={{ page: 0, unpaged: true, clause: 'ARTICLE IV' }} onOpen={() => {}} />);
    expect(screen.getByRole('button', { name: 'Source: ARTICLE IV' })).toBeTruthy();
  });

  it('parses "[§3.2]", "[¶ 12]" and named clauses out of summary text, and leaves other brackets alone', () => {
    expect(parseCitationGroup('§3.2; ¶ 12')).toEqual([
      { page: 0, unpaged: true, clause: '3.2' },
      { page: 0, unpaged: true, paragraph: 12 },
    ]);
    expect(parseCitationGroup('Schedule 2(a)')).toEqual([{ page: 0, unpaged: true, clause: 'Schedule 2(a)' }]);
    expect(parseCitationGroup('***')).toEqual([]);
    expect(parseCitationGroup('the Company')).toEqual([]);
    const text = 'Fees [§3.2] and [¶ 3], not [***] or [sic].';
    expect([...text.matchAll(CITATION_GROUP)].map((m) => m[0])).toEqual(['[§3.2]', '[¶ 3]']);
  });

  it('resolves to the cited block (and its page) through the points, then the blocks', () => {
    expect(resolveCitation({ page: 0, unpaged: true, clause: '3.2' }, points, blocks)).toMatchObject({ page: 1, blockId: 'p1.2', paragraph: 2 });
    expect(resolveCitation({ page: 0, unpaged: true, paragraph: 3 }, points, blocks)).toMatchObject({ page: 2, blockId: 'p2.1' });
    expect(resolveCitation({ page: 0, unpaged: true, paragraph: 1 }, [], blocks)).toMatchObject({ page: 1, blockId: 'p1.1' });
  });

  it('round-trips through the in-page link the markdown renderer makes', () => {
    for (const ref of [{ page: 0, unpaged: true as const, clause: '3.2' }, { page: 0, unpaged: true as const, paragraph: 12 }, { page: 4, clause: '7.2' }, { page: 7, clause: '4.2', scanned: 71 }, { page: 8, scanned: 0 }]) {
      expect(parseCitationHref(citationHref(ref))).toEqual(ref);
    }
    // A confidence that is no percentage is not shown.
    expect(parseCitationHref('#precis-cite?p=7&s=140')).toEqual({ page: 7 });
    expect(parseCitationHref('#precis-cite?p=7&s=x')).toEqual({ page: 7 });
  });

  it("shows a scanned page's citation in the summary as the CLI and exports write it", () => {
    const onCite = vi.fn();
    render(<SafeMarkdown markdown={'- Secrecy. [p. 7, scanned, 71 %, §4.2]\n- Term. [p. 8, scanned, 64 %]'} onCite={onCite} />);
    expect(screen.getByRole('button', { name: 'Source: p. 7, scanned, 71 %, §4.2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Source: p. 8, scanned, 64 %' })).toBeTruthy();
  });
});
