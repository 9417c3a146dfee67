import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import type { DocumentFacts, InvokeRequest } from '../../../shared/ipc/contract';
import { cloudModeHandlers } from '../cloudModeHandlers';
import { ok, scriptedApi } from '../fakeApi';

const facts = (documentId: string): DocumentFacts => ({
  documentId,
  fileName: 'larchwood-tenancy.pdf',
  kind: 'pdf',
  sha256: 'a'.repeat(64),
  pageCount: 9,
  tokenEstimate: 7_000,
  chunkEstimate: 2,
  warnings: [],
  neverSend: false,
});

/**
 * Cloud mode, then local: main answers each read with a new document id, and `summary.start` for a
 * document it no longer holds with FILE_NOT_FOUND when the test says it let the document go.
 */
function setup({ released = false } = {}) {
  const { handlers, previews } = cloudModeHandlers();
  const starts: InvokeRequest<'summary.start'>[] = [];
  let reads = 0;
  const s = scriptedApi({
    ...handlers,
    'documents.inspect': () => ok(facts(`doc-read-${++reads}`)),
    'summary.start': (req) => {
      starts.push(req);
      if (released && req.file.kind === 'document' && req.file.documentId === 'doc-read-1') {
        return { ok: false, error: { code: 'FILE_NOT_FOUND', message: 'That document is no longer open. Drop the file again.', retryable: false } };
      }
      return ok({ jobId: req.jobId });
    },
  });
  render(<App api={s.api} />);
  return { ...s, previews, starts, readCount: () => reads };
}

async function cancelPreviewThenGoLocal() {
  await userEvent.upload(screen.getByLabelText('Add documents'), new File(['%PDF-1.7 body'], 'larchwood-tenancy.pdf', { type: 'application/pdf' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Cancel preview' }));
  await screen.findByRole('button', { name: 'Prepare the preview again' });
  await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
  const dialog = await screen.findByRole('dialog', { name: 'Settings' });
  await userEvent.click(within(dialog).getByLabelText(/^Local/));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull());
  await userEvent.click(screen.getByRole('button', { name: 'Summarize on this computer' }));
}

describe('"Summarize on this computer" after a cancelled cloud preview', () => {
  it('summarizes the document main already read (by its id), without reading the file again', async () => {
    const { starts, calls, readCount } = setup();
    await cancelPreviewThenGoLocal();
    await waitFor(() => expect(starts).toHaveLength(1));
    expect(starts[0]!.file).toEqual({ kind: 'document', documentId: 'doc-read-1' });
    expect(readCount()).toBe(1);
    // Nothing the window sent names a file by path.
    expect(calls.some((c) => JSON.stringify(c.request).includes('"kind":"path"'))).toBe(false);
    expect(await screen.findByText('Summarizing', { selector: '.status' })).toBeTruthy();
  });

  it('reads the file again when main no longer holds the document, then summarizes that read', async () => {
    const { starts, readCount } = setup({ released: true });
    await cancelPreviewThenGoLocal();
    await waitFor(() => expect(starts).toHaveLength(2));
    expect(readCount()).toBe(2);
    expect(starts.map((s) => s.file)).toEqual([
      { kind: 'document', documentId: 'doc-read-1' },
      { kind: 'document', documentId: 'doc-read-2' },
    ]);
    expect(screen.queryByText(/no longer open/)).toBeNull();
  });
});
