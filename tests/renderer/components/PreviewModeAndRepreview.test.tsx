import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import type { CloudPreview, DocumentFacts, InvokeResult } from '../../../shared/ipc/contract';
import { cloudModeHandlers } from '../cloudModeHandlers';
import { ok, scriptedApi } from '../fakeApi';

const facts: DocumentFacts = {
  documentId: 'doc-quillmark',
  fileName: 'quillmark-supply.pdf',
  kind: 'pdf',
  sha256: 'a'.repeat(64),
  pageCount: 12,
  tokenEstimate: 9_000,
  chunkEstimate: 3,
  warnings: [],
  neverSend: false,
};
const FIRST: CloudPreview = {
  text: '[ORG_1] supplies lanterns to [ORG_2].',
  sha256: 'b'.repeat(64),
  redactions: [
    { placeholder: '[ORG_1]', kind: 'party', original: 'Quillmark Lanterns Ltd', count: 2 },
    { placeholder: '[ORG_2]', kind: 'party', original: 'Ostrava Glassworks', count: 1 },
  ],
  host: 'llm.example.com',
};
const KEPT: CloudPreview = {
  text: 'Quillmark Lanterns Ltd supplies lanterns to [ORG_2].',
  sha256: 'c'.repeat(64),
  redactions: [{ placeholder: '[ORG_2]', kind: 'party', original: 'Ostrava Glassworks', count: 1 }],
  kept: ['Quillmark Lanterns Ltd'],
  host: 'llm.example.com',
};

/** The window in cloud mode; previews are answered when the test says, settings saved as Settings saves them. */
function setup() {
  const { handlers, previews } = cloudModeHandlers();
  const consents: ((r: InvokeResult<'cloud.consent'>) => void)[] = [];
  const s = scriptedApi({
    ...handlers,
    'documents.inspect': () => ok(facts),
    'cloud.consent': () => new Promise((answer) => consents.push(answer)),
    'summary.start': (req) => ok({ jobId: req.jobId }),
  });
  render(<App api={s.api} />);
  return { ...s, previews, consents };
}

const file = () => new File(['%PDF-1.7 body'], 'quillmark-supply.pdf', { type: 'application/pdf' });

async function switchToLocal() {
  await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
  const dialog = await screen.findByRole('dialog', { name: 'Settings' });
  await userEvent.click(within(dialog).getByLabelText(/^Local/));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull());
}

describe('a cloud preview and the mode Settings are in', () => {
  it('after a cancelled preview, local mode offers to summarize on this computer, not a new cloud preview', async () => {
    const { previews } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel preview' }));
    expect(await screen.findByRole('button', { name: 'Prepare the preview again' })).toBeTruthy();
    await switchToLocal();
    expect(screen.queryByRole('button', { name: 'Prepare the preview again' })).toBeNull();
    expect(screen.getByText(/Nothing was sent/).textContent).toMatch(/local mode/);
    expect(screen.getByRole('button', { name: 'Summarize on this computer' })).toBeTruthy();
    expect(previews).toHaveLength(1);
  });

  it('turning to local mode while the consent panel waits stops its preview and takes the Send button away', async () => {
    const { previews, calls } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    await waitFor(() => expect(previews).toHaveLength(1));
    previews[0]!.answer(ok(FIRST));
    await screen.findByRole('region', { name: 'What will be sent' });
    await switchToLocal();
    expect(screen.queryByRole('region', { name: 'What will be sent' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send and summarize' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Summarize on this computer' })).toBeTruthy();
    expect(calls.some((c) => c.channel === 'cloud.consent')).toBe(false);
  });

  it('cloud mode kept: a cancelled preview still offers to prepare it again', async () => {
    setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel preview' }));
    expect(await screen.findByRole('button', { name: 'Prepare the preview again' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Summarize on this computer' })).toBeNull();
  });
});

/** A document added in cloud mode, its first preview answered: the consent panel is on screen. */
async function toConsent() {
  const s = setup();
  await userEvent.upload(screen.getByLabelText('Add documents'), file());
  await waitFor(() => expect(s.previews).toHaveLength(1));
  s.previews[0]!.answer(ok(FIRST));
  const panel = await screen.findByRole('region', { name: 'What will be sent' });
  return { ...s, panel };
}

describe('a new preview asked for in the consent panel ("Don’t hide")', () => {
  it('shows a Cancel while it is prepared; cancelling stops that preview only and keeps the one shown', async () => {
    const { panel, previews, calls } = await toConsent();
    await userEvent.click(within(panel).getByText('What the placeholders hide (shown only here)'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Send Quillmark Lanterns Ltd as it is' }));
    await waitFor(() => expect(previews).toHaveLength(2));
    expect(previews[1]!.req.keep).toEqual(['Quillmark Lanterns Ltd']);
    const cancel = within(panel).getByRole('button', { name: 'Cancel new preview' });
    expect(within(panel).getByText(/Preparing the new preview/).textContent).toContain('Nothing has been sent');
    expect((within(panel).getByRole('button', { name: 'Send and summarize' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(cancel);
    await waitFor(() => expect(calls.find((c) => c.channel === 'cloud.cancelPreview')?.request).toEqual({ previewId: previews[1]!.req.previewId }));
    expect(within(panel).queryByRole('button', { name: 'Cancel new preview' })).toBeNull();
    expect(within(panel).getByLabelText('Text to be sent').textContent).toBe(FIRST.text);
    expect((within(panel).getByRole('button', { name: 'Send and summarize' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the new preview when it comes, and says so when it cannot be made', async () => {
    const { panel, previews } = await toConsent();
    await userEvent.click(within(panel).getByText('What the placeholders hide (shown only here)'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Send Quillmark Lanterns Ltd as it is' }));
    await waitFor(() => expect(previews).toHaveLength(2));
    previews[1]!.answer(ok(KEPT));
    await waitFor(() => expect(within(panel).getByLabelText('Text to be sent').textContent).toBe(KEPT.text));
    expect(within(panel).queryByRole('button', { name: 'Cancel new preview' })).toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: 'Send Ostrava Glassworks as it is' }));
    await waitFor(() => expect(previews).toHaveLength(3));
    previews[2]!.answer({ ok: false, error: { code: 'FILE_TOO_LARGE', message: 'Preparing this document took too long.', retryable: false } });
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/could not be prepared: Preparing this document took too long\..*still what would be sent/);
    expect(within(panel).getByLabelText('Text to be sent').textContent).toBe(KEPT.text);
  });

  it('a "Don’t send" given while main still asks its own question is not overridden by a late yes', async () => {
    const { panel, calls, consents } = await toConsent();
    await userEvent.click(within(panel).getByRole('button', { name: 'Send and summarize' }));
    await waitFor(() => expect(consents).toHaveLength(1));
    await userEvent.click(within(panel).getByRole('button', { name: 'Don’t send' }));
    consents[0]!(ok({ consentToken: 't'.repeat(32) }));
    await screen.findByRole('button', { name: 'Summarize again' });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.some((c) => c.channel === 'summary.start')).toBe(false);
  });

  it('a yes from main while the panel still waits starts the job with its token', async () => {
    const { panel, calls, consents } = await toConsent();
    await userEvent.click(within(panel).getByRole('button', { name: 'Send and summarize' }));
    await waitFor(() => expect(consents).toHaveLength(1));
    consents[0]!(ok({ consentToken: 't'.repeat(32) }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'summary.start')?.request).toMatchObject({ options: { consentToken: 't'.repeat(32) } }));
  });
});

describe('while main asks its own question about sending', () => {
  it('says where to answer, asks only once, and fixes the text; "Don’t send" still works', async () => {
    const { panel, consents } = await toConsent();
    const send = within(panel).getByRole('button', { name: 'Send and summarize' }) as HTMLButtonElement;
    await userEvent.click(send);
    await waitFor(() => expect(consents).toHaveLength(1));
    expect(within(panel).getByText(/Confirm the sending in Precis’s own window/).textContent).toContain('Nothing has been sent yet');
    expect(send.disabled).toBe(true);
    await userEvent.click(send);
    expect(consents).toHaveLength(1);
    expect(within(panel).queryByRole('button', { name: /as it is$/ })).toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: 'Don’t send' }));
    expect(await screen.findByRole('button', { name: 'Summarize again' })).toBeTruthy();
  });

  it('a refusal from main leaves the item failed with main’s message and the asking note gone', async () => {
    const { panel, consents } = await toConsent();
    await userEvent.click(within(panel).getByRole('button', { name: 'Send and summarize' }));
    await waitFor(() => expect(consents).toHaveLength(1));
    consents[0]!({ ok: false, error: { code: 'CONSENT_REQUIRED', message: 'You did not allow the sending.', retryable: false } });
    expect(await screen.findByText('You did not allow the sending.')).toBeTruthy();
    expect(screen.queryByText(/Confirm the sending/)).toBeNull();
  });

  it('announces a preview that waits for the user, who may be reading another document', async () => {
    const { previews } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    await waitFor(() => expect(previews).toHaveLength(1));
    expect(screen.queryByText(/preview of what would be sent is ready/)).toBeNull();
    previews[0]!.answer(ok(FIRST));
    expect(await screen.findByText(/quillmark-supply\.pdf: the preview of what would be sent is ready\. Nothing is sent until you say yes/)).toBeTruthy();
  });

  it('does not send the reader to the queue for the preview on screen', async () => {
    const { previews } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    await waitFor(() => expect(previews).toHaveLength(1));
    previews[0]!.answer(ok(FIRST));
    // The document just added is the one shown: its panel is there, and the reader is not sent to the queue for it
    // (a preview that waits while another document is read still says to open it there).
    await screen.findByRole('region', { name: 'What will be sent' });
    expect((await screen.findByText(/quillmark-supply\.pdf: the preview of what would be sent is ready/)).textContent).toMatch(/say yes\.$/);
  });

  it('sends the reader to the queue for a preview that becomes ready while another document is shown', async () => {
    const { previews } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), [file(), new File(['%PDF-1.7 second'], 'harrowby-lease.pdf', { type: 'application/pdf' })]);
    await waitFor(() => expect(previews).toHaveLength(1));
    await userEvent.click(within(screen.getByRole('list', { name: 'Queue' })).getByRole('button', { name: /^harrowby-lease\.pdf/ }));
    previews[0]!.answer(ok(FIRST));
    expect((await screen.findByText(/quillmark-supply\.pdf: the preview of what would be sent is ready/)).textContent).toMatch(/say yes; open it in the queue\.$/);
  });
});
