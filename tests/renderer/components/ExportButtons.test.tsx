import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportButtons } from '../../../renderer/src/components/ExportButtons/ExportButtons';
import type { InvokeResult } from '../../../shared/ipc/contract';
import { ok, scriptedApi } from '../fakeApi';

/** Exports answered when the test says; the saved file's link is not followed in jsdom. */
function setup(historyId: string | null = 'h-tamsin') {
  const answers: ((r: InvokeResult<'export.summary'>) => void)[] = [];
  const exported: string[] = [];
  const s = scriptedApi({ 'export.summary': () => new Promise((answer) => answers.push(answer)) });
  render(<ExportButtons api={s.api} historyId={historyId} onExported={(f) => exported.push(f)} />);
  return { answers, exported, calls: s.calls };
}

const FILE = { fileName: 'tamsin-lease - summary.md', mimeType: 'text/markdown', data: btoa('# Summary') };

describe('the export buttons while an export runs', () => {
  it('keep the keyboard focus on the button pressed, and say it is busy', async () => {
    const { answers, exported } = setup();
    const button = screen.getByRole('button', { name: 'Export Markdown' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const busy = await screen.findByRole('button', { name: 'Exporting…' });
    // Not disabled: a disabled button gives its focus up to the window.
    expect(busy.hasAttribute('disabled')).toBe(false);
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Export Word report' }).getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(busy);
    answers[0]!(ok(FILE));
    await waitFor(() => expect(exported).toEqual(['tamsin-lease - summary.md']));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(screen.getByRole('button', { name: 'Export Markdown' }).hasAttribute('aria-disabled')).toBe(false);
  });

  it('start no second export while one runs', async () => {
    const { answers, calls } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export Word report' }));
    await userEvent.click(screen.getByRole('button', { name: 'Exporting…' }));
    expect(calls.filter((c) => c.channel === 'export.summary')).toHaveLength(1);
    answers[0]!(ok(FILE));
    await screen.findByRole('button', { name: 'Export Markdown' });
  });

  it('are disabled until the summary is saved', () => {
    setup(null);
    expect(screen.getByRole('button', { name: 'Export Markdown' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Export is available once the summary is saved.')).toBeTruthy();
  });
});
