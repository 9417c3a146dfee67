import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import type { CloudPreview, DocumentFacts, InvokeRequest, InvokeResult } from '../../../shared/ipc/contract';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

const facts: DocumentFacts = {
  documentId: 'doc-nordlicht',
  fileName: 'nordlicht.pdf',
  kind: 'pdf',
  sha256: 'd'.repeat(64),
  pageCount: 40,
  tokenEstimate: 30_000,
  chunkEstimate: 8,
  warnings: [],
  neverSend: false,
};
const PREVIEW: CloudPreview = { text: '[ORG_1] supplies [ORG_2].', sha256: 'e'.repeat(64), redactions: [{ placeholder: '[ORG_1]', kind: 'party', original: 'Nordlicht GmbH' }], host: 'llm.example.com' };

/** The window in cloud mode, with main's previews answered only when the test says (or cancelled). */
function setup() {
  const previews: { req: InvokeRequest<'cloud.preview'>; answer: (r: InvokeResult<'cloud.preview'>) => void }[] = [];
  const s = scriptedApi({
    'settings.get': () => ok({ ...PUBLIC_SETTINGS, mode: 'cloud' as const }),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'documents.inspect': () => ok(facts),
    'cloud.preview': (req) => new Promise((answer) => previews.push({ req, answer })),
    'cloud.cancelPreview': (req) => {
      const waiting = previews.find((p) => p.req.previewId === req.previewId);
      // Main answers the cancelled wait with CANCELLED, as the service does.
      waiting?.answer({ ok: false, error: { code: 'CANCELLED', message: 'The preview was cancelled.', retryable: false } });
      return ok({ cancelled: waiting !== undefined });
    },
  });
  render(<App api={s.api} />);
  return { ...s, previews };
}

const file = () => new File(['%PDF-1.7 body'], 'nordlicht.pdf', { type: 'application/pdf' });

describe('cancelling a cloud preview while it is prepared', () => {
  it('shows Cancel while preparing; cancel asks main to stop that preview by its id and says it was cancelled', async () => {
    const { calls, previews } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    const cancel = await screen.findByRole('button', { name: 'Cancel preview' });
    expect(screen.getByText(/Preparing the preview of what would be sent/).textContent).toContain('Nothing has been sent');
    await waitFor(() => expect(previews).toHaveLength(1));
    const previewId = previews[0]!.req.previewId;
    expect(previewId).toMatch(/^preview-/);
    await userEvent.click(cancel);
    await waitFor(() => expect(calls.find((c) => c.channel === 'cloud.cancelPreview')?.request).toEqual({ previewId }));
    expect(await screen.findByText('Preview cancelled. Nothing was sent.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel preview' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'What will be sent' })).toBeNull();
  });

  it('asks again from the document main still has open (no second read), and shows the preview', async () => {
    const { calls, previews } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel preview' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Prepare the preview again' }));
    await waitFor(() => expect(previews).toHaveLength(2));
    expect(previews[1]!.req).toEqual({ documentId: 'doc-nordlicht', previewId: expect.stringMatching(/^preview-/) });
    expect(previews[1]!.req.previewId).not.toBe(previews[0]!.req.previewId);
    expect(calls.filter((c) => c.channel === 'documents.inspect')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Cancel preview' })).toBeTruthy();
    previews[1]!.answer(ok(PREVIEW));
    const panel = await screen.findByRole('region', { name: 'What will be sent' });
    expect(within(panel).getByText('[ORG_1] supplies [ORG_2].')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel preview' })).toBeNull();
    expect(calls.filter((c) => c.channel === 'cloud.cancelPreview')).toHaveLength(1);
  });

  it('reads the file again when main no longer has the document open', async () => {
    const { calls, previews } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel preview' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Prepare the preview again' }));
    await waitFor(() => expect(previews).toHaveLength(2));
    previews[1]!.answer({ ok: false, error: { code: 'FILE_NOT_FOUND', message: 'That document is no longer open.', retryable: false } });
    await waitFor(() => expect(calls.filter((c) => c.channel === 'documents.inspect')).toHaveLength(2));
    await waitFor(() => expect(previews).toHaveLength(3));
    previews[2]!.answer(ok(PREVIEW));
    expect(await screen.findByRole('region', { name: 'What will be sent' })).toBeTruthy();
  });

  it('a preview that fails otherwise is shown as failed, with no Cancel left', async () => {
    const { previews } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file());
    await waitFor(() => expect(previews).toHaveLength(1));
    previews[0]!.answer({ ok: false, error: { code: 'FILE_TOO_LARGE', message: 'Preparing this document took too long.', retryable: false } });
    expect(await screen.findByText('Preparing this document took too long.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel preview' })).toBeNull();
    expect(screen.queryByText('Preview cancelled. Nothing was sent.')).toBeNull();
  });
});
