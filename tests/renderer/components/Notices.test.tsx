import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import type { AppNotice } from '../../../shared/notices';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

const MENDED: AppNotice = {
  id: 'notice-1',
  code: 'CLOUD_ADDRESS_CHANGED',
  message:
    'The saved cloud server address ended with a “?” or “#” part, which an address may not hold. Precis removed that part and now uses https://llm.quillfeather.example/v1; cloud mode is off until you check the address in Settings and turn it on again.',
};

const HIDDEN: AppNotice = {
  id: 'notice-2',
  code: 'HISTORY_HIDDEN',
  message: '2 saved summaries could not be read (damaged, or protected by a key this computer no longer has) and are hidden. Nothing was deleted; summarize those documents again to have their summaries in the history.',
};

function setup(initial: AppNotice[]) {
  let held = initial;
  const s = scriptedApi({
    'settings.get': () => ok(PUBLIC_SETTINGS),
    'models.list': () => ok([]),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'notices.list': () => ok(held),
    'notices.dismiss': (req) => {
      const before = held.length;
      held = held.filter((n) => n.id !== req.id);
      return ok({ dismissed: held.length < before });
    },
  });
  render(<App api={s.api} />);
  return s;
}

describe('notices from main', () => {
  it('shows why a saved setting changed, opens Settings from it, and goes away when dismissed', async () => {
    const { calls } = setup([MENDED]);
    const notice = await screen.findByText(MENDED.message);
    const banner = notice.closest('[role="alert"]') as HTMLElement;
    expect(banner).toBeTruthy();
    await userEvent.click(within(banner).getByRole('button', { name: 'Open Settings' }));
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    // Still there until the user dismisses it.
    await userEvent.click(within(screen.getByText(MENDED.message).closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(MENDED.message)).toBeNull());
    expect(calls.filter((c) => c.channel === 'notices.dismiss').map((c) => c.request)).toEqual([{ id: 'notice-1' }]);
  });

  it('shows a notice main pushes later, and shows nothing when there is none', async () => {
    const { push, listenerCount } = setup([]);
    await waitFor(() => expect(listenerCount('notices.list')).toBe(1));
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    push('notices.list', [MENDED]);
    expect(await screen.findByText(MENDED.message)).toBeTruthy();
    push('notices.list', []);
    await waitFor(() => expect(screen.queryByText(MENDED.message)).toBeNull());
    // A notice whose remedy is not in Settings does not offer it.
    push('notices.list', [HIDDEN]);
    const banner = (await screen.findByText(HIDDEN.message)).closest('[role="alert"]') as HTMLElement;
    expect(within(banner).queryByRole('button', { name: 'Open Settings' })).toBeNull();
    expect(within(banner).getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });
});
