import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CitationButton } from '../../../renderer/src/components/CitationButton/CitationButton';
import { resolveCitation, parseCitationGroup } from '../../../renderer/src/state/citations';

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
