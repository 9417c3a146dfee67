import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import type { DocumentFacts, EarlierSummary, InvokeRequest } from '../../../shared/ipc/contract';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

const facts: DocumentFacts = {
  documentId: 'doc-kelpmoor',
  fileName: 'kelpmoor-lease.pdf',
  kind: 'pdf',
  sha256: 'e'.repeat(64),
  pageCount: 12,
  tokenEstimate: 9_000,
  chunkEstimate: 2,
  warnings: [],
  neverSend: false,
};
const earlier: EarlierSummary = { entryId: 'h-kelpmoor', fileName: 'kelpmoor-lease (signed).pdf', provider: 'local', model: 'Tidewater 3B', createdAt: '2026-11-30T15:00:00.000Z' };

/** Local mode; main answers the read with `answer` (the earlier summary it found, or none). */
function setup(answer: DocumentFacts) {
  const starts: InvokeRequest<'summary.start'>[] = [];
  const opened: string[] = [];
  let inspected = 0;
  const s = scriptedApi({
    'settings.get': () => ok(PUBLIC_SETTINGS),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'history.get': (req) => {
      opened.push(req.id);
      return { ok: false, error: { code: 'FILE_NOT_FOUND', message: 'That summary is no longer in the history.', retryable: false } };
    },
    'documents.inspect': () => {
      inspected += 1;
      return ok(answer);
    },
    'summary.start': (req) => {
      starts.push(req);
      return ok({ jobId: req.jobId });
    },
  });
  render(<App api={s.api} />);
  return { starts, opened, inspected: () => inspected };
}

const drop = () => userEvent.upload(screen.getByLabelText('Add documents'), new File(['%PDF-1.7 body'], 'kelpmoor-lease.pdf', { type: 'application/pdf' }));

describe('a document main found in the history, summarized by the model that would write it now', () => {
  it('is not summarized again unless asked: the card points to the earlier summary', async () => {
    const { starts, opened } = setup({ ...facts, summarizedBefore: earlier });
    await drop();
    const card = await screen.findByText(/You summarized this document on/);
    expect(card.textContent).toContain('kelpmoor-lease (signed).pdf');
    expect(card.textContent).toContain('with the local model Tidewater 3B');
    expect(within(screen.getByRole('list', { name: 'Queue' })).getByText('Summarized before')).toBeTruthy();
    expect(starts).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Open the earlier summary' }));
    await waitFor(() => expect(opened).toEqual(['h-kelpmoor']));
    // An entry deleted meanwhile says so where the summary would be.
    await screen.findByText('That summary is no longer in the history.');
    expect(starts).toHaveLength(0);
  });

  it('names the Summary length a model wrote it at, in the Settings\' words, and none for the quick summary', async () => {
    setup({ ...facts, summarizedBefore: { ...earlier, length: 'detailed' } });
    await drop();
    const card = await screen.findByText(/You summarized this document on/);
    expect(card.textContent).toContain('with the local model Tidewater 3B and Summary length Detailed, as Precis would summarize it now');
  });

  it('names the server a cloud summary came from, by its host', async () => {
    setup({ ...facts, summarizedBefore: { ...earlier, provider: 'openai', model: 'tidewater-large', length: 'brief', server: 'https://llm.harbour.example:8443' } });
    await drop();
    const card = await screen.findByText(/You summarized this document on/);
    expect(card.textContent).toContain('with tidewater-large in Cloud mode on llm.harbour.example:8443 and Summary length Brief, as Precis would summarize it now');
  });

  it('names no length when main gave none (the quick summary is the same at every length)', async () => {
    setup({ ...facts, summarizedBefore: { ...earlier, provider: 'extractive', model: 'extractive v1' } });
    await drop();
    const card = await screen.findByText(/You summarized this document on/);
    expect(card.textContent).toContain('with the quick summary (no model), as Precis');
    expect(card.textContent).not.toMatch(/Summary length|Brief|Standard|Detailed/);
  });

  it('is summarized again from the document main holds when the user asks', async () => {
    const { starts, inspected } = setup({ ...facts, summarizedBefore: earlier });
    await drop();
    await userEvent.click(await screen.findByRole('button', { name: 'Summarize again' }));
    await waitFor(() => expect(starts).toHaveLength(1));
    expect(starts[0]!.file).toEqual({ kind: 'document', documentId: 'doc-kelpmoor' });
    expect(inspected()).toBe(1);
    expect(screen.queryByText(/You summarized this document on/)).toBeNull();
  });

  it('a document main found no such summary for is summarized at once', async () => {
    const { starts } = setup(facts);
    await drop();
    await waitFor(() => expect(starts).toHaveLength(1));
    expect(screen.queryByText(/You summarized this document on/)).toBeNull();
  });
});
