import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DocumentFacts } from '../../../shared/ipc/contract';
import { ok } from '../fakeApi';
import { renderWithHeldReads } from '../heldReadsWindow';

const facts = (documentId: string): DocumentFacts => ({
  documentId,
  fileName: `${documentId}.pdf`,
  kind: 'pdf',
  sha256: 'f'.repeat(64),
  pageCount: 5,
  tokenEstimate: 3_000,
  chunkEstimate: 1,
  warnings: [],
  neverSend: false,
});

const setup = renderWithHeldReads;

const file = (name: string) => new File(['%PDF-1.7 body'], name, { type: 'application/pdf' });
afterEach(() => vi.restoreAllMocks());

const focused = () => document.activeElement as HTMLElement | null;

describe('focus and what is said after acting on a queued document from the keyboard', () => {
  it('Cancel while reading: focus goes to "Summarize again", and the cancel is announced', async () => {
    const { reads } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file('tidewater-lease.pdf'));
    await waitFor(() => expect(reads).toHaveLength(1));
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await userEvent.keyboard('{Enter}');
    const again = await screen.findByRole('button', { name: 'Summarize again' });
    await waitFor(() => expect(focused()).toBe(again));
    expect(screen.getByText(/tidewater-lease\.pdf: cancelled\./)).toBeTruthy();
  });

  it('Cancel of a running summary: focus waits on the heading while stopping, then goes to "Summarize again"', async () => {
    const { reads, starts, push } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file('tidewater-lease.pdf'));
    await waitFor(() => expect(reads).toHaveLength(1));
    reads[0]!.answer(ok(facts('doc-tidewater')));
    await waitFor(() => expect(starts).toHaveLength(1));
    const jobId = starts[0]!.jobId;
    push({ type: 'started', jobId, seq: 0, chunkCount: 2, provider: 'extractive', model: 'extractive', document: { sha256: 'f'.repeat(64), fileName: 'tidewater-lease.pdf', kind: 'pdf', pageCount: 5 } });
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    const focusCalls = new Map<HTMLElement, unknown[]>();
    const realFocus = HTMLElement.prototype.focus;
    vi.spyOn(HTMLElement.prototype, 'focus').mockImplementation(function (this: HTMLElement, options?: FocusOptions) {
      focusCalls.set(this, [...(focusCalls.get(this) ?? []), options]);
      realFocus.call(this, options);
    });
    cancel.focus();
    await userEvent.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { name: 'tidewater-lease.pdf' });
    await waitFor(() => expect(focused()).toBe(heading));
    // Without scrolling: a reader scrolled down a summary stays where they read.
    expect(focusCalls.get(heading)).toEqual([{ preventScroll: true }]);
    push({ type: 'cancelled', jobId, seq: 1 });
    const again = await screen.findByRole('button', { name: 'Summarize again' });
    await waitFor(() => expect(focused()).toBe(again));
  });

  it('Try again after a failed read moves focus to the new Cancel', async () => {
    const { reads } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file('tidewater-lease.pdf'));
    await waitFor(() => expect(reads).toHaveLength(1));
    reads[0]!.answer({ ok: false, error: { code: 'PARSE_TIMEOUT', message: 'Reading this PDF took too long.', retryable: false } });
    const retry = await screen.findByRole('button', { name: 'Try again' });
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(reads).toHaveLength(2));
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Cancel' })));
  });

  it('leaves focus the user put elsewhere where it is (the queue), whatever the document does', async () => {
    const { reads } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file('tidewater-lease.pdf'));
    await waitFor(() => expect(reads).toHaveLength(1));
    const entry = within(screen.getByRole('list', { name: 'Queue' })).getByRole('button', { name: /tidewater-lease\.pdf/ });
    entry.focus();
    reads[0]!.answer({ ok: false, error: { code: 'PARSE_TIMEOUT', message: 'Reading this PDF took too long.', retryable: false } });
    await screen.findByRole('button', { name: 'Try again' });
    expect(focused()).toBe(entry);
  });
});
