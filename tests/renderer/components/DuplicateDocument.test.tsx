import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import type { DocumentFacts, InvokeRequest } from '../../../shared/ipc/contract';
import type { SummaryEvent } from '../../../shared/summary';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

/**
 * Local mode, with main as the service is: the same bytes get the document id already given for
 * them (main hashes what it reads), different bytes a new one, whatever the file is called.
 */
function setup() {
  const starts: InvokeRequest<'summary.start'>[] = [];
  const ids = new Map<string, string>();
  const s = scriptedApi({
    'settings.get': () => ok(PUBLIC_SETTINGS),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'documents.inspect': (req) => {
      const bytes = req.file.kind === 'bytes' ? req.file.data : '';
      if (!ids.has(bytes)) ids.set(bytes, `doc-${ids.size + 1}`);
      const facts: DocumentFacts = {
        documentId: ids.get(bytes)!,
        fileName: req.file.kind === 'bytes' ? req.file.name : 'document',
        kind: 'pdf',
        sha256: String(ids.size).repeat(64),
        pageCount: 3,
        tokenEstimate: 2_000,
        chunkEstimate: 1,
        warnings: [],
        neverSend: false,
      };
      return ok(facts);
    },
    'summary.start': (req) => {
      starts.push(req);
      return ok({ jobId: req.jobId });
    },
  });
  render(<App api={s.api} />);
  const finish = (jobId: string) =>
    act(() => {
      const done: SummaryEvent = {
        type: 'done',
        jobId,
        seq: 0,
        summary: {
          markdown: 'A short summary.',
          points: [],
          provider: 'extractive',
          providerKind: 'extractive',
          model: 'extractive',
          document: { sha256: 'a'.repeat(64), kind: 'pdf', pageCount: 3 },
          warnings: [],
          createdAt: new Date().toISOString(),
        },
        stats: { chunks: 1, promptTokens: 0, generatedTokens: 0, stageMs: {}, totalMs: 1, tokensPerSecond: 0, droppedCitations: 0 },
      };
      s.push('summary.event', done);
    });
  return { ...s, starts, finish };
}

const pdf = (name: string, body: string) => new File([`%PDF-1.7 ${body}`], name, { type: 'application/pdf' });

describe('the same document added twice', () => {
  it('is not summarized twice: the window says it is already summarized and shows the first on request', async () => {
    const { starts, finish } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), pdf('ferry-charter.pdf', 'charter'));
    await waitFor(() => expect(starts).toHaveLength(1));
    finish(starts[0]!.jobId);
    await screen.findByText('Done', { selector: '.status' });
    await userEvent.upload(screen.getByLabelText('Add documents'), pdf('ferry-charter (1).pdf', 'charter'));
    // The row says so at once (the summary being read stays on screen), and so does the item.
    await within(screen.getByRole('list', { name: 'Queue' })).findByText('Already in the queue');
    await userEvent.click(within(screen.getByRole('list', { name: 'Queue' })).getByRole('button', { name: /^ferry-charter \(1\)\.pdf/ }));
    const card = await screen.findByText(/This is the same document as “ferry-charter\.pdf”, already summarized\./);
    expect(screen.getByText(/ferry-charter \(1\)\.pdf is the same document as ferry-charter\.pdf/)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Queue' })).getByText('Already in the queue')).toBeTruthy();
    expect(starts).toHaveLength(1);
    await userEvent.click(within(card.closest('.card') as HTMLElement).getByRole('button', { name: 'Show “ferry-charter.pdf”' }));
    expect(await screen.findByText('A short summary.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /ferry-charter\.pdf/ })).toBeTruthy();
  });

  it('is summarized again when the user asks (another version in the history), from the document main holds', async () => {
    const { starts, finish } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), pdf('ferry-charter.pdf', 'charter'));
    await waitFor(() => expect(starts).toHaveLength(1));
    finish(starts[0]!.jobId);
    await userEvent.upload(screen.getByLabelText('Add documents'), pdf('ferry-charter.pdf', 'charter'));
    await userEvent.click(await within(screen.getByRole('list', { name: 'Queue' })).findByRole('button', { name: /Already in the queue/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Summarize again' }));
    await waitFor(() => expect(starts).toHaveLength(2));
    expect(starts[1]!.file).toEqual({ kind: 'document', documentId: 'doc-1' });
  });

  it('a different file with the same name is summarized; so is a repeat once the first is removed', async () => {
    const { starts, finish } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), pdf('lease.pdf', 'first lease'));
    await waitFor(() => expect(starts).toHaveLength(1));
    finish(starts[0]!.jobId);
    await userEvent.upload(screen.getByLabelText('Add documents'), pdf('lease.pdf', 'another lease'));
    await waitFor(() => expect(starts).toHaveLength(2));
    expect(starts.map((s) => s.file)).toEqual([
      { kind: 'document', documentId: 'doc-1' },
      { kind: 'document', documentId: 'doc-2' },
    ]);
    finish(starts[1]!.jobId);
    await userEvent.upload(screen.getByLabelText('Add documents'), pdf('lease-again.pdf', 'first lease'));
    await userEvent.click(await within(screen.getByRole('list', { name: 'Queue' })).findByRole('button', { name: /^lease-again\.pdf.*Already in the queue/ }));
    await screen.findByText(/This is the same document as “lease\.pdf”/);
    expect(starts).toHaveLength(2);
    const queue = screen.getByRole('list', { name: 'Queue' });
    await userEvent.click(within(queue).getAllByRole('button', { name: 'Remove lease.pdf from the queue' })[0]!);
    await userEvent.click(await screen.findByRole('button', { name: 'Summarize it' }));
    await waitFor(() => expect(starts).toHaveLength(3));
    expect(starts[2]!.file).toEqual({ kind: 'document', documentId: 'doc-1' });
  });
});
