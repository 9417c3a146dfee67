import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithHeldReads } from '../heldReadsWindow';

const setup = renderWithHeldReads;

const pdf = (name: string) => new File(['%PDF-1.7 body'], name, { type: 'application/pdf' });

describe('removing a document that waits its turn', () => {
  it('a queued document can be removed from the keyboard before it is read; focus goes to the row in its place', async () => {
    const { reads } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), [pdf('harbour-lease.pdf'), pdf('wrong-file.pdf'), pdf('supply-terms.pdf')]);
    await waitFor(() => expect(reads).toHaveLength(1));
    const queue = screen.getByRole('list', { name: 'Queue' });
    // The document being read cannot be removed; the ones waiting can.
    expect(within(queue).queryByRole('button', { name: 'Remove harbour-lease.pdf from the queue' })).toBeNull();
    within(queue).getByRole('button', { name: 'Remove wrong-file.pdf from the queue' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(within(queue).queryByText('wrong-file.pdf')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(queue).getByRole('button', { name: /^supply-terms\.pdf/ })));
    reads[0]!.answer({ ok: false, error: { code: 'FILE_INVALID', message: 'This PDF could not be read.', retryable: false } });
    await waitFor(() => expect(reads).toHaveLength(2));
    expect(reads.map((r) => (r.req.file.kind === 'bytes' ? r.req.file.name : r.req.file.kind))).toEqual(['harbour-lease.pdf', 'supply-terms.pdf']);
  });
});

describe('focus after removing a row from the keyboard', () => {
  it('removing the bottom row moves focus to the row before it', async () => {
    const { reads } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), [pdf('harbour-lease.pdf'), pdf('quay-licence.pdf'), pdf('wrong-file.pdf')]);
    await waitFor(() => expect(reads).toHaveLength(1));
    const queue = screen.getByRole('list', { name: 'Queue' });
    within(queue).getByRole('button', { name: 'Remove wrong-file.pdf from the queue' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(queue).getByRole('button', { name: /^quay-licence\.pdf/ })));
  });

  it('removing the only row moves focus to "Add documents", not the page body', async () => {
    const { reads } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), [pdf('harbour-lease.pdf')]);
    await waitFor(() => expect(reads).toHaveLength(1));
    reads[0]!.answer({ ok: false, error: { code: 'PARSE_TIMEOUT', message: 'Reading took too long.', retryable: false } });
    const remove = await screen.findByRole('button', { name: 'Remove harbour-lease.pdf from the queue' });
    remove.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('list', { name: 'Queue' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Add documents')));
  });

  it('the failed item’s own Remove (a damaged file) moves focus to the row in its place', async () => {
    const { reads } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), [pdf('damaged.pdf'), pdf('supply-terms.pdf')]);
    await waitFor(() => expect(reads).toHaveLength(1));
    reads[0]!.answer({ ok: false, error: { code: 'FILE_INVALID', message: 'This PDF is damaged.', retryable: false } });
    await waitFor(() => expect(reads).toHaveLength(2));
    const queue = screen.getByRole('list', { name: 'Queue' });
    await userEvent.click(within(queue).getByRole('button', { name: /^damaged\.pdf/ }));
    screen.getByRole('button', { name: 'Remove from the queue' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(queue).getByRole('button', { name: /^supply-terms\.pdf/ })));
  });
});
