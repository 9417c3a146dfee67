import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/errors';
import type { DocumentFacts } from '../../../shared/ipc/contract';
import { ok } from '../fakeApi';
import { renderWithHeldReads } from '../heldReadsWindow';

const facts: DocumentFacts = {
  documentId: 'doc-brightwater',
  fileName: 'brightwater-charter.pdf',
  kind: 'pdf',
  sha256: 'a'.repeat(64),
  pageCount: 6,
  tokenEstimate: 4_000,
  chunkEstimate: 1,
  warnings: [],
  neverSend: false,
};

const setup = renderWithHeldReads;

const pdf = () => new File(['%PDF-1.7 body'], 'brightwater-charter.pdf', { type: 'application/pdf' });
const failure = (code: ErrorCode, message: string) => ({ ok: false as const, error: { code, message, retryable: false } });

async function failReadWith(code: ErrorCode, message: string) {
  const t = setup();
  await userEvent.upload(screen.getByLabelText('Add documents'), pdf());
  await waitFor(() => expect(t.reads).toHaveLength(1));
  t.reads[0]!.answer(failure(code, message));
  await screen.findByText(message);
  return t;
}

describe('what a failed document offers', () => {
  it('a damaged PDF offers Remove, not Try again, and Remove takes it out of the queue', async () => {
    const { reads } = await failReadWith('FILE_INVALID', 'This PDF is damaged and cannot be read.');
    const card = screen.getByRole('alert');
    expect(within(card).queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(within(card).getByRole('button', { name: 'Remove from the queue' }));
    expect(screen.queryByRole('list', { name: 'Queue' })).toBeNull();
    expect(screen.getByText(/No documents yet/)).toBeTruthy();
    expect(reads).toHaveLength(1);
  });

  it('an unsupported file offers Remove too', async () => {
    await failReadWith('UNSUPPORTED_TYPE', 'This file is not a PDF, Word document or text file.');
    expect(screen.getByRole('button', { name: 'Remove from the queue' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('a scan with no text while OCR is off offers Open Settings and Try again, as its message asks', async () => {
    await failReadWith('NO_TEXT', 'This document is scanned images with no text layer, and OCR is off. Turn OCR on and try again.');
    const card = screen.getByRole('alert');
    expect(within(card).getByRole('button', { name: 'Open Settings' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('a read that timed out offers Try again (and no Remove button in the card), which reads it again', async () => {
    const { reads } = await failReadWith('PARSE_TIMEOUT', 'Reading this document took too long.');
    const card = screen.getByRole('alert');
    expect(within(card).queryByRole('button', { name: 'Remove from the queue' })).toBeNull();
    await userEvent.click(within(card).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(reads).toHaveLength(2));
  });

  it('a summary the cloud server turned away for a while offers Try again', async () => {
    const { reads, starts, push } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), pdf());
    await waitFor(() => expect(reads).toHaveLength(1));
    reads[0]!.answer(ok(facts));
    await waitFor(() => expect(starts).toHaveLength(1));
    push({ type: 'failed', jobId: starts[0]!.jobId, seq: 0, error: { code: 'CLOUD_RATE_LIMITED', message: 'The server is busy; try again in a minute.', retryable: true } });
    const card = await screen.findByRole('alert');
    expect(within(card).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Remove from the queue' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Open Settings' })).toBeNull();
  });

  it('a failure only a setting can end offers Open Settings (which opens them) beside Try again', async () => {
    await failReadWith('OCR_LANGUAGE_MISSING', 'Reading scanned pages in that language needs its data package.');
    const card = screen.getByRole('alert');
    expect(within(card).getByRole('button', { name: 'Try again' })).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Open Settings' }));
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy();
  });
});
