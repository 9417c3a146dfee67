import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import type { DocumentFacts, EarlierSummary, InvokeRequest } from '../../../shared/ipc/contract';
import type { SummaryEvent, SummaryResult } from '../../../shared/summary';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

const facts = (name: string): DocumentFacts => ({
  documentId: `doc-${name.replace(/\W/g, '')}`,
  fileName: name,
  kind: 'pdf',
  sha256: name.replace(/\W/g, '').padEnd(64, '0').slice(0, 64),
  pageCount: 4,
  tokenEstimate: 3_000,
  chunkEstimate: 1,
  warnings: [],
  neverSend: false,
});
const earlier: EarlierSummary = { entryId: 'h-brindle', fileName: 'brindle-hire.pdf', provider: 'local', model: 'Tidewater 3B', createdAt: '2026-11-30T15:00:00.000Z' };
const result: SummaryResult = {
  markdown: '## Overview\nA hire of two cranes [p. 1].',
  points: [],
  provider: 'local',
  providerKind: 'local',
  model: 'tiny',
  document: { sha256: '1'.repeat(64), fileName: 'first.pdf', kind: 'pdf', pageCount: 4 },
  warnings: [],
  createdAt: '2026-11-30T15:00:00.000Z',
};

/** Local mode: 'locked.pdf' asks for a password, 'brindle-hire.pdf' was summarized before, others start a job. */
function setup() {
  const starts: InvokeRequest<'summary.start'>[] = [];
  const s = scriptedApi({
    'settings.get': () => ok(PUBLIC_SETTINGS),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'documents.inspect': (req) => {
      const name = req.file.kind === 'bytes' ? req.file.name : 'x';
      if (name === 'locked.pdf' && !req.password) return { ok: false, error: { code: 'PASSWORD_REQUIRED', message: 'This PDF is protected.', retryable: false } };
      if (name === 'locked.pdf' && req.password !== 'heron') {
        return { ok: false, error: { code: 'PASSWORD_INCORRECT', message: 'The password for this PDF is not correct. Check it and try again.', retryable: false } };
      }
      return ok(name === 'brindle-hire.pdf' ? { ...facts(name), summarizedBefore: earlier } : facts(name));
    },
    'summary.start': (req) => {
      starts.push(req);
      return ok({ jobId: req.jobId });
    },
    'summary.cancel': () => ok({ cancelled: true }),
  });
  render(<App api={s.api} />);
  const push = (e: SummaryEvent) => act(() => s.push('summary.event', e));
  /** Ends the first document's job, which stays on screen (a finished summary is not left for the next document). */
  const finishFirst = async () => {
    await waitFor(() => expect(starts).toHaveLength(1));
    act(() =>
      s.push('summary.event', {
        type: 'done',
        jobId: starts[0]!.jobId,
        seq: 0,
        summary: result,
        stats: { chunks: 1, promptTokens: 1, generatedTokens: 1, stageMs: {}, totalMs: 1, tokensPerSecond: 1, droppedCitations: 0 },
      }),
    );
    await screen.findByText(/Summary of first\.pdf is ready/);
  };
  return { finishFirst, starts, push };
}

const pdf = (name: string) => new File(['%PDF-1.7 body'], name, { type: 'application/pdf' });
const add = (...names: string[]) => userEvent.upload(screen.getByLabelText('Add documents'), names.map(pdf));

describe('announcements about a document that waits for the user', () => {
  it('tell where to enter the password of the protected document on screen, without sending the reader to the queue', async () => {
    setup();
    await add('locked.pdf');
    await screen.findByLabelText('Password for locked.pdf');
    const said = await screen.findByText(/locked\.pdf is protected by a password/);
    expect(said.textContent).toMatch(/Enter it in the password field below\.$/);
    expect(said.textContent).not.toMatch(/Open it in the queue/);
  });

  it('say that a password given was wrong, as the field does', async () => {
    setup();
    await add('locked.pdf');
    await userEvent.type(await screen.findByLabelText('Password for locked.pdf'), 'egret');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    const said = await screen.findByText(/locked\.pdf: The password for this PDF is not correct\. Check it and try again\.$/);
    expect(said.textContent).not.toMatch(/Open it in the queue/);
  });

  it('send the reader to the queue for the password of a document that is not on screen', async () => {
    const { finishFirst } = setup();
    await add('first.pdf');
    await finishFirst();
    await add('locked.pdf');
    const said = await screen.findByText(/locked\.pdf is protected by a password/);
    expect(said.textContent).toMatch(/Open it in the queue to enter the password\.$/);
    expect(screen.queryByLabelText('Password for locked.pdf')).toBeNull();
  });

  it('point to the buttons on screen for a document summarized before that is shown', async () => {
    setup();
    await add('brindle-hire.pdf');
    await screen.findByRole('button', { name: 'Open the earlier summary' });
    const said = await screen.findByText(/brindle-hire\.pdf was summarized before/);
    expect(said.textContent).toMatch(/summarize it again, with the buttons below\.$/);
  });

  it('send the reader to the queue for a document summarized before that is not shown', async () => {
    const { finishFirst } = setup();
    await add('first.pdf');
    await finishFirst();
    await add('brindle-hire.pdf');
    const said = await screen.findByText(/brindle-hire\.pdf was summarized before/);
    expect(said.textContent).toMatch(/summarize it again, from the queue\.$/);
    expect(screen.queryByRole('button', { name: 'Open the earlier summary' })).toBeNull();
  });
});

describe('a document that waits for the user, dropped with others', () => {
  it('stays on screen with its password field while the next document is read', async () => {
    setup();
    await add('locked.pdf', 'second.pdf');
    const field = await screen.findByLabelText('Password for locked.pdf');
    await screen.findByText(/Reading second\.pdf/);
    expect(screen.getByRole('heading', { level: 2, name: 'locked.pdf' })).toBeTruthy();
    expect(screen.getByLabelText('Password for locked.pdf')).toBe(field);
    expect(within(screen.getByRole('list', { name: 'Queue' })).getByRole('button', { name: /^second\.pdf/ })).toBeTruthy();
  });

  it('stays on screen with its choice when it was summarized before', async () => {
    setup();
    await add('brindle-hire.pdf', 'second.pdf');
    await screen.findByRole('button', { name: 'Open the earlier summary' });
    await screen.findByText(/Reading second\.pdf/);
    expect(screen.getByRole('heading', { level: 2, name: 'brindle-hire.pdf' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the earlier summary' })).toBeTruthy();
  });

  it('is not kept on screen once cancelled: the queue shows the next document it starts', async () => {
    const { starts, push } = setup();
    await add('first.pdf');
    await waitFor(() => expect(starts).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    push({ type: 'cancelled', jobId: starts[0]!.jobId, seq: 0 });
    await screen.findByText('Cancelled before the summary was written.');
    await add('second.pdf');
    await screen.findByRole('heading', { level: 2, name: 'second.pdf' });
  });
});
