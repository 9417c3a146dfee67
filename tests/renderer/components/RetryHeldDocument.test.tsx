import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import type { DocumentFacts, InvokeRequest, InvokeResult } from '../../../shared/ipc/contract';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

const facts: DocumentFacts = {
  documentId: 'doc-saltmarsh',
  fileName: 'saltmarsh-supply.pdf',
  kind: 'pdf',
  sha256: 'c'.repeat(64),
  pageCount: 9,
  tokenEstimate: 7_000,
  chunkEstimate: 2,
  warnings: [],
  neverSend: false,
};
const gone = { ok: false as const, error: { code: 'FILE_NOT_FOUND' as const, message: 'That document is no longer open. Drop the file again.', retryable: false } };

/** Local mode. Reads and starts answer in turn from the lists given (the last answer repeats). */
function setup(readAnswers: InvokeResult<'documents.inspect'>[], startAnswers: ((req: InvokeRequest<'summary.start'>) => InvokeResult<'summary.start'>)[]) {
  const reads: InvokeRequest<'documents.inspect'>[] = [];
  const starts: InvokeRequest<'summary.start'>[] = [];
  const s = scriptedApi({
    'settings.get': () => ok(PUBLIC_SETTINGS),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'documents.inspect': (req) => {
      reads.push(req);
      return readAnswers[Math.min(reads.length, readAnswers.length) - 1]!;
    },
    'summary.start': (req) => {
      starts.push(req);
      return startAnswers[Math.min(starts.length, startAnswers.length) - 1]!(req);
    },
  });
  render(<App api={s.api} />);
  return { ...s, reads, starts };
}

const started = (req: InvokeRequest<'summary.start'>) => ok({ jobId: req.jobId });

/** Drops the file and fails its first summary with a model error; returns the card's Try again. */
async function failFirstSummary(t: ReturnType<typeof setup>) {
  await userEvent.upload(screen.getByLabelText('Add documents'), new File(['%PDF-1.7 body'], 'saltmarsh-supply.pdf', { type: 'application/pdf' }));
  await waitFor(() => expect(t.starts).toHaveLength(1));
  act(() => t.push('summary.event', { type: 'failed', jobId: t.starts[0]!.jobId, seq: 0, error: { code: 'GENERATION_FAILED', message: 'The model stopped answering.', retryable: true } }));
  const card = await screen.findByRole('alert');
  return within(card).getByRole('button', { name: 'Try again' });
}

describe('Try again after a failed summary', () => {
  it('summarizes the document main still holds, without reading the file again', async () => {
    const t = setup([ok(facts)], [started]);
    await userEvent.click(await failFirstSummary(t));
    await waitFor(() => expect(t.starts).toHaveLength(2));
    expect(t.starts[1]!.file).toEqual({ kind: 'document', documentId: 'doc-saltmarsh' });
    expect(t.starts[1]!.jobId).not.toBe(t.starts[0]!.jobId);
    expect(t.reads).toHaveLength(1);
  });

  it('reads the file again when main has let the document go', async () => {
    const t = setup([ok(facts), ok({ ...facts, documentId: 'doc-saltmarsh-2' })], [started, () => gone, started]);
    await userEvent.click(await failFirstSummary(t));
    await waitFor(() => expect(t.starts).toHaveLength(3));
    expect(t.reads).toHaveLength(2);
    expect(t.starts[2]!.file).toEqual({ kind: 'document', documentId: 'doc-saltmarsh-2' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what to do when main has let it go and the file cannot be read again', async () => {
    const missing = { ok: false as const, error: { code: 'FILE_NOT_FOUND' as const, message: 'The file no longer exists. Choose it again.', retryable: false } };
    const t = setup([ok(facts), missing], [started, () => gone]);
    await userEvent.click(await failFirstSummary(t));
    const card = await screen.findByRole('alert');
    await waitFor(() => expect(card.textContent).toMatch(/no longer holds this document.*The file no longer exists\. Choose it again\./));
    expect(t.starts).toHaveLength(2);
  });
});

describe('Summarize again after a cancelled summary', () => {
  it('summarizes the document main still holds, without reading the file again', async () => {
    const t = setup([ok(facts)], [started]);
    await userEvent.upload(screen.getByLabelText('Add documents'), new File(['%PDF-1.7 body'], 'saltmarsh-supply.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(t.starts).toHaveLength(1));
    act(() => t.push('summary.event', { type: 'cancelled', jobId: t.starts[0]!.jobId, seq: 0 }));
    await userEvent.click(await screen.findByRole('button', { name: 'Summarize again' }));
    await waitFor(() => expect(t.starts).toHaveLength(2));
    expect(t.starts[1]!.file).toEqual({ kind: 'document', documentId: 'doc-saltmarsh' });
    expect(t.reads).toHaveLength(1);
  });
});
