import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsDialog } from '../../../renderer/src/components/SettingsDialog/SettingsDialog';
import { validateSettings, formFromSettings } from '../../../renderer/src/components/SettingsDialog/validateSettings';
import type { PublicSettings } from '../../../shared/ipc/contract';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

function setup(initial: PublicSettings = PUBLIC_SETTINGS) {
  let stored = initial;
  const s = scriptedApi({
    'models.list': () => ok([{ id: 'tiny', name: 'Tiny Stories 260K', sizeBytes: 1000, fit: 'fits' as const }]),
    'settings.set': (req) => {
      const p = req.patch;
      stored = {
        ...stored,
        ...(p.mode ? { mode: p.mode } : {}),
        ...(p.summaryLength ? { summaryLength: p.summaryLength } : {}),
        local: { ...stored.local, ...p.local },
        cloud: { ...stored.cloud, ...p.cloud },
      };
      return ok(stored);
    },
    'secrets.setApiKey': () => ok({ set: true, persisted: true }),
    'secrets.clearApiKey': () => ok({ set: false, persisted: false }),
    'model.load': () => ok({ state: 'loading' as const }),
  });
  const onSaved = vi.fn();
  const onClose = vi.fn();
  render(<SettingsDialog api={s.api} settings={initial} onSaved={onSaved} onClose={onClose} />);
  return { ...s, onSaved, onClose, stored: () => stored };
}

describe('SettingsDialog', () => {
  it('is a modal dialog labelled "Settings" that closes on Escape', async () => {
    const { onClose } = setup();
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('shows field errors for invalid threads and parallel sequences and does not save', async () => {
    const { calls, onSaved } = setup();
    await userEvent.type(screen.getByLabelText('Threads'), '0');
    await userEvent.type(screen.getByLabelText('Parallel sequences'), 'two');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Threads must be from 1 to 256.')).toBeTruthy();
    expect(screen.getByText('Parallel sequences must be a whole number from 1 to 16.')).toBeTruthy();
    expect(screen.getByLabelText('Threads').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Threads').getAttribute('aria-describedby')).toContain('error');
    expect(calls.some((c) => c.channel === 'settings.set')).toBe(false);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves local settings, length and model choice', async () => {
    const { calls, onSaved, stored } = setup();
    await waitFor(() => expect(screen.getByRole('option', { name: /Tiny Stories/ })).toBeTruthy());
    // How to add a model is said in the window's own terms (its Models screen), not as a command to type.
    const hint = document.getElementById(screen.getByLabelText('Model').getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(hint.textContent).toMatch(/choose Models in the top bar/);
    expect(hint.textContent).not.toMatch(/precis models/);
    await userEvent.selectOptions(screen.getByLabelText('Model'), 'tiny');
    await userEvent.type(screen.getByLabelText('Threads'), '2');
    await userEvent.click(screen.getByLabelText('Detailed'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(stored().local).toEqual({ modelId: 'tiny', threads: 2 });
    expect(stored().summaryLength).toBe('detailed');
    expect(calls.find((c) => c.channel === 'model.load')?.request).toEqual({ modelId: 'tiny' });
  });

  it('asks for explicit confirmation before switching to Cloud, and "Stay local" keeps local', async () => {
    setup();
    await userEvent.click(screen.getByLabelText(/^Cloud/));
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    expect(within(dialog).getByText('Switch to Cloud mode?')).toBeTruthy();
    expect(dialog.textContent).toContain('api.openai.com');
    await userEvent.click(screen.getByRole('button', { name: 'Stay local' }));
    expect((screen.getByLabelText(/^Local/) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('API key')).toBeNull();
  });

  it('keeps the keyboard in the dialog through the Cloud question: on its safe answer, then on the mode chosen', async () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    (screen.getByLabelText(/^Cloud/) as HTMLInputElement).focus();
    await userEvent.keyboard(' ');
    expect(within(dialog).getByText('Switch to Cloud mode?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stay local' }));
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Local/));
    expect((screen.getByLabelText(/^Local/) as HTMLInputElement).checked).toBe(true);
    (screen.getByLabelText(/^Cloud/) as HTMLInputElement).focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Use Cloud mode' }));
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Cloud/));
    expect(screen.getByLabelText('Base URL')).toBeTruthy();
  });

  it('sends the API key write-only and shows only "key saved"', async () => {
    const { calls, onSaved } = setup();
    await userEvent.click(screen.getByLabelText(/^Cloud/));
    await userEvent.click(screen.getByRole('button', { name: 'Use Cloud mode' }));
    const url = screen.getByLabelText('Base URL');
    await userEvent.clear(url);
    await userEvent.type(url, 'http://files.example.com/v1');
    await userEvent.type(screen.getByLabelText('API key'), 'sk-CANARY-123');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/Use https:\/\/ for a server on another machine/)).toBeTruthy();
    await userEvent.clear(url);
    await userEvent.type(url, 'https://llm.example.com/v1');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls.find((c) => c.channel === 'secrets.setApiKey')?.request).toEqual({ key: 'sk-CANARY-123' });
    const settingsCall = calls.find((c) => c.channel === 'settings.set');
    expect(JSON.stringify(settingsCall?.request)).not.toContain('CANARY');
    const saved = onSaved.mock.calls[0]?.[0] as PublicSettings;
    expect(saved.mode).toBe('cloud');
    expect(saved.apiKey).toEqual({ set: true, persisted: true });
  });

  it('shows "key saved" for a stored key and never fills the field', () => {
    setup({ ...PUBLIC_SETTINGS, mode: 'cloud', apiKey: { set: true, persisted: true } });
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/^key saved/)).toBeTruthy();
  });
});

describe('validateSettings', () => {
  it('builds a patch the shared schema accepts', () => {
    const r = validateSettings({ ...formFromSettings(PUBLIC_SETTINGS), threads: ' 4 ', parallel: '' });
    expect(r.errors).toEqual({});
    expect(r.patch?.local).toEqual({ modelId: '', threads: 4 });
  });
  it('rejects credentials in the base URL and an empty cloud model', () => {
    const r = validateSettings({ ...formFromSettings(PUBLIC_SETTINGS), mode: 'cloud', baseUrl: 'https://u:p@x.example/v1', cloudModel: ' ' });
    expect(r.patch).toBeUndefined();
    expect(Object.keys(r.errors).sort()).toEqual(['baseUrl', 'cloudModel']);
  });
  it('rejects a base URL with a query or fragment, saying to remove it; the same address without them passes', () => {
    const form = { ...formFromSettings(PUBLIC_SETTINGS), mode: 'cloud' as const };
    for (const baseUrl of ['https://llm.quillfeather.example/v1?key=abc', 'https://llm.quillfeather.example/v1#top']) {
      const r = validateSettings({ ...form, baseUrl });
      expect(r.patch).toBeUndefined();
      expect(r.errors.baseUrl).toMatch(/Remove the “\?” or “#” and everything after it/);
    }
    const ok = validateSettings({ ...form, baseUrl: 'https://llm.quillfeather.example/v1' });
    expect(ok.errors).toEqual({});
    expect(ok.patch?.cloud?.baseUrl).toBe('https://llm.quillfeather.example/v1');
  });
});
