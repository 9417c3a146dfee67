import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SafeMarkdown } from '../../../renderer/src/components/SafeMarkdown/SafeMarkdown';

describe('SafeMarkdown', () => {
  it('renders headings, lists and emphasis', () => {
    render(<SafeMarkdown markdown={'## Overview\n\n- **Term:** two years\n- Renewal'} onCite={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Overview', level: 2 })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Term:').tagName).toBe('STRONG');
  });

  it('turns every citation into a button named "Source: p. N, clause" that reports the citation', async () => {
    const onCite = vi.fn();
    render(<SafeMarkdown markdown={'Term is two years [p. 4, §7.2]. Notice [p. 5]; law [p. 9, ARTICLE IV; p. 10].'} onCite={onCite} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Source: p. 4, §7.2',
      'Source: p. 5',
      'Source: p. 9, ARTICLE IV',
      'Source: p. 10',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Source: p. 4, §7.2' }));
    expect(onCite).toHaveBeenCalledWith({ page: 4, clause: '7.2' });
    await userEvent.click(screen.getByRole('button', { name: 'Source: p. 9, ARTICLE IV' }));
    expect(onCite).toHaveBeenLastCalledWith({ page: 9, clause: 'ARTICLE IV' });
  });

  it('leaves bracketed text that is not a citation alone', () => {
    render(<SafeMarkdown markdown={'See [Company Name] and [p. x].'} onCite={() => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('See [Company Name] and [p. x].')).toBeTruthy();
  });

  it('keeps citations inside list items and emphasis', () => {
    render(<SafeMarkdown markdown={'- *Cap:* fees paid [p. 12, §9.1]'} onCite={() => {}} />);
    expect(screen.getByRole('button', { name: 'Source: p. 12, §9.1' }).closest('li')).toBeTruthy();
  });
});
