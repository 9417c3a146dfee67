import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/App';
import type { InvokeRequest } from '../../shared/ipc/contract';
import type { SummaryResult } from '../../shared/summary';
import { ok, PUBLIC_SETTINGS, scriptedApi } from './fakeApi';

const entry = { id: 'h1', fileName: 'old-lease.pdf', sha256: 'b'.repeat(64), pageCount: 3, provider: 'local', model: 'tiny', createdAt: '2026-11-27T10:00:00.000Z' };
const summary: SummaryResult = {
  markdown: 'Lease runs nine years [p. 2, §4].',
  points: [{ text: 'Nine-year term', citations: [{ blockId: 'p2.3', page: 2, clause: '4' }] }],
  provider: 'local',
  providerKind: 'local',
  model: 'tiny',
  document: { sha256: 'b'.repeat(64), fileName: 'old-lease.pdf', kind: 'pdf', pageCount: 3 },
  warnings: [],
  createdAt: entry.createdAt,
};

function setup(documentId: string | undefined) {
  const s = scriptedApi({
    'settings.get': () => ok(PUBLIC_SETTINGS),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([entry]),
    'history.get': () => ok({ ...entry, summary, ...(documentId ? { documentId } : {}) }),
    'documents.get': (req) =>
      req.documentId === 'doc-stored'
        ? ok({
            documentId: req.documentId,
            pageCount: 3,
            pages: [1, 2, 3].map((n) => ({ number: n, text: `page ${n}` })),
            blocks: [
              { id: 'p2.1', page: 2, kind: 'heading' as const, text: '4. Term', clause: '4', section: [] },
              { id: 'p2.3', page: 2, kind: 'paragraph' as const, text: 'The lease runs for nine years.', clause: '4', section: ['4. Term'] },
            ],
          })
        : { ok: false as const, error: { code: 'FILE_NOT_FOUND', message: 'That document is no longer open.', retryable: false } },
  });
  render(<App api={s.api} />);
  return s;
}

async function openCitation() {
  const list = await screen.findByRole('list', { name: 'History' });
  await userEvent.click(await within(list).findByRole('button', { name: /^old-lease\.pdf/ }));
  const region = await screen.findByRole('region', { name: 'Summary' });
  await userEvent.click(await within(region).findByRole('button', { name: 'Source: p. 2, §4' }));
  return screen.findByRole('region', { name: 'Source' });
}

describe('App: citations of a reopened history entry', () => {
  it('open the page of the document stored with the entry', async () => {
    const { calls } = setup('doc-stored');
    const source = await openCitation();
    await waitFor(() => expect(source.querySelector('.block-cited')?.textContent).toContain('The lease runs for nine years.'));
    expect(calls.filter((c) => c.channel === 'documents.get').map((c) => c.request)).toEqual([{ documentId: 'doc-stored' }]);
  });

  it('an entry saved without its document says the source is not open', async () => {
    const { calls } = setup(undefined);
    const source = await openCitation();
    expect(source.textContent).toContain('The source text is not open');
    expect(calls.some((c) => c.channel === 'documents.get')).toBe(false);
  });
});

describe('App: a finished summary the history could not keep', () => {
  it('shows the HISTORY_NOT_SAVED warning once, without repeating the document warnings', async () => {
    const ocr = { code: 'OCR_NEEDED' as const, message: 'Page 3 is an image; its text was read with OCR.', page: 3 };
    const notSaved = { code: 'HISTORY_NOT_SAVED' as const, message: 'This summary was not saved to the history: the disk is full.' };
    const starts: InvokeRequest<'summary.start'>[] = [];
    const s = scriptedApi({
      'settings.get': () => ok(PUBLIC_SETTINGS),
      'model.status': () => ok({ state: 'none' as const }),
      'history.list': () => ok([]),
      'documents.inspect': () =>
        ok({ documentId: 'doc-a', fileName: 'a.pdf', kind: 'pdf' as const, sha256: 'b'.repeat(64), pageCount: 3, tokenEstimate: 10, chunkEstimate: 1, warnings: [ocr], neverSend: false }),
      'summary.start': (req) => {
        starts.push(req);
        return ok({ jobId: req.jobId });
      },
    });
    render(<App api={s.api} />);
    await userEvent.upload(screen.getByLabelText('Add documents'), new File(['%PDF-1.7 body'], 'a.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(starts).toHaveLength(1));
    const jobId = starts[0]!.jobId;
    act(() => s.push('summary.event', { type: 'started', jobId, seq: 0, chunkCount: 1, provider: 'local', model: 'tiny', document: summary.document }));
    act(() =>
      s.push('summary.event', {
        type: 'done',
        jobId,
        seq: 1,
        summary: { ...summary, warnings: [ocr, notSaved] },
        stats: { chunks: 1, promptTokens: 1, generatedTokens: 1, stageMs: {}, totalMs: 1, tokensPerSecond: 1, droppedCitations: 0 },
      }),
    );
    await waitFor(() => expect(screen.getByText(/not saved to the history/)).toBeTruthy());
    expect(screen.getAllByText(/Page 3 is an image/)).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Summary' }).textContent).toContain('Lease runs nine years');
  });
});
