import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/App';
import type { DocumentFacts, InvokeRequest } from '../../shared/ipc/contract';
import type { SummaryEvent, SummaryResult } from '../../shared/summary';
import { ok, PUBLIC_SETTINGS, scriptedApi } from './fakeApi';

const facts = (name: string, documentId: string): DocumentFacts => ({
  documentId,
  fileName: name,
  kind: 'pdf',
  sha256: documentId.padEnd(64, '0').slice(0, 64),
  pageCount: 3,
  tokenEstimate: 4200,
  chunkEstimate: 4,
  warnings: [{ code: 'OCR_NEEDED', message: 'Page 3 is an image; its text was read with OCR.', page: 3 }],
  neverSend: false,
});

const result = (documentId: string): SummaryResult => ({
  markdown: '## Overview\nTwo-year mutual NDA [p. 2, §4].',
  points: [{ text: 'Two-year term', citations: [{ blockId: 'p2.3', page: 2, clause: '4' }] }],
  provider: 'local',
  providerKind: 'local',
  model: 'tiny',
  document: { sha256: documentId.padEnd(64, '0').slice(0, 64), fileName: 'a.pdf', kind: 'pdf', pageCount: 3 },
  warnings: [],
  createdAt: '2026-11-28T15:00:00.000Z',
});

function setup(opts: { cloud?: boolean } = {}) {
  const history = [
    { id: 'h1', fileName: 'old-lease.pdf', sha256: 'b'.repeat(64), pageCount: 9, provider: 'local', model: 'tiny', createdAt: '2026-11-27T10:00:00.000Z' },
  ];
  const starts: { req: InvokeRequest<'summary.start'>; listeners: number }[] = [];
  const inspects: InvokeRequest<'documents.inspect'>[] = [];
  const s = scriptedApi({
    'settings.get': () => ok({ ...PUBLIC_SETTINGS, summaryLength: 'brief' as const, ...(opts.cloud ? { mode: 'cloud' as const } : {}) }),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([...history]),
    'history.get': (req) => ok({ ...history.find((h) => h.id === req.id)!, summary: { ...result('x'), markdown: 'Lease runs **nine** years [p. 1].' } }),
    'history.delete': (req) => {
      const i = history.findIndex((h) => h.id === req.id);
      if (i >= 0) history.splice(i, 1);
      return ok({ deleted: i >= 0 });
    },
    'cloud.consent': () => ok({ consentToken: `ct-${'T'.repeat(43)}` }),
    'cloud.preview': () => ok({ text: 'PARTY_1 agrees to pay PARTY_2.', sha256: 'c'.repeat(64), redactions: [{ placeholder: 'PARTY_1', kind: 'name' }], host: 'llm.example.com' }),
    'documents.inspect': (req) => {
      inspects.push(req);
      const name = req.file.kind === 'bytes' ? req.file.name : 'x';
      if (name === 'locked.pdf' && !req.password) return { ok: false, error: { code: 'PASSWORD_REQUIRED', message: 'This PDF is protected.', retryable: false } };
      return ok(facts(name, `doc-${name.replace(/\W/g, '')}`));
    },
    'summary.start': (req) => {
      starts.push({ req, listeners: s.listenerCount('summary.event') });
      return ok({ jobId: req.jobId });
    },
    'summary.cancel': () => ok({ cancelled: true }),
    'documents.get': (req) =>
      ok({
        documentId: req.documentId,
        pageCount: 3,
        title: 'NDA',
        pages: [1, 2, 3].map((n) => ({ number: n, text: `page ${n}` })),
        blocks: [
          { id: 'p2.1', page: 2, kind: 'heading' as const, text: '4. Term', clause: '4', section: [] },
          { id: 'p2.3', page: 2, kind: 'paragraph' as const, text: 'This Agreement lasts two years.', clause: '4', section: ['4. Term'] },
        ],
      }),
  });
  render(<App api={s.api} />);
  const push = (e: SummaryEvent) => act(() => s.push('summary.event', e));
  return { ...s, starts, inspects, push };
}

const file = (name: string) => new File(['%PDF-1.7 body'], name, { type: 'application/pdf' });

describe('App', () => {
  it('shows facts first, streams the summary, opens a citation in the Source region, then moves on in order', async () => {
    const { starts, inspects, push } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), [file('a.pdf'), file('b.pdf')]);
    await waitFor(() => expect(starts).toHaveLength(1));
    // Subscribed before starting; started with the inspected document and the saved length.
    expect(starts[0]!.listeners).toBeGreaterThan(0);
    expect(starts[0]!.req.file).toEqual({ kind: 'document', documentId: 'doc-apdf' });
    expect(starts[0]!.req.options).toEqual({ length: 'brief' });
    expect(inspects[0]!.file).toMatchObject({ kind: 'bytes', name: 'a.pdf' });
    const factsRegion = screen.getByRole('region', { name: 'Document facts' });
    expect(factsRegion.textContent).toContain('4,200');
    expect(within(factsRegion).getByText(/^Page 3 is an image; its text was read with OCR\.$/)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Queue' })).getByText('Queued')).toBeTruthy();

    const jobId = starts[0]!.req.jobId;
    push({ type: 'started', jobId, seq: 0, chunkCount: 4, provider: 'local', model: 'tiny', document: result('doc-apdf').document });
    push({ type: 'chunkStarted', jobId, seq: 1, chunkIndex: 0, chunkCount: 4, pages: [1] });
    expect(screen.getByText('Reading section 1 of 4')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Summary progress' })).toBeTruthy();
    push({ type: 'stage', jobId, seq: 2, stage: 'final' });
    push({ type: 'delta', jobId, seq: 3, stage: 'final', text: '## Overview\nTwo-year ' });
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByRole('heading', { name: 'Overview' })).toBeTruthy();
    expect(summary.textContent).toContain('Two-year');
    push({ type: 'done', jobId, seq: 4, summary: result('doc-apdf'), stats: { chunks: 4, promptTokens: 1, generatedTokens: 1, stageMs: {}, totalMs: 1, tokensPerSecond: 1, droppedCitations: 0 } });
    expect(screen.getByText(/Summary of a\.pdf is ready\./)).toBeTruthy();
    expect(screen.getByText('4 sections read · 0.0 s · 1 tokens/s · tiny')).toBeTruthy();

    // The button survives re-renders (a streamed delta must not remount it mid-click).
    const btn = within(summary).getByRole('button', { name: 'Source: p. 2, §4' });
    push({ type: 'keyTerms', jobId, seq: 5, terms: {}, clauses: [] });
    expect(btn.isConnected).toBe(true);
    await userEvent.click(btn);
    const source = await screen.findByRole('region', { name: 'Source' });
    await waitFor(() => expect(source.querySelector('.block-cited')?.textContent).toContain('This Agreement lasts two years.'));

    // The second document starts only after the first finished.
    await waitFor(() => expect(starts).toHaveLength(2));
    expect(starts[1]!.req.file).toEqual({ kind: 'document', documentId: 'doc-bpdf' });
  });

  it('asks for the password of a protected PDF and retries with it', async () => {
    const { inspects, starts } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file('locked.pdf'));
    const pw = await screen.findByLabelText('Password for locked.pdf');
    await userEvent.type(pw, 'hunter2');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(starts).toHaveLength(1));
    expect(inspects.at(-1)?.password).toBe('hunter2');
    expect(starts[0]!.req.password).toBe('hunter2');
  });

  it('cancels a running job at once and ignores its late text', async () => {
    const { starts, push, calls } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file('a.pdf'));
    await waitFor(() => expect(starts).toHaveLength(1));
    const jobId = starts[0]!.req.jobId;
    push({ type: 'started', jobId, seq: 0, chunkCount: 2, provider: 'local', model: 'tiny', document: result('x').document });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls.find((c) => c.channel === 'summary.cancel')?.request).toEqual({ jobId });
    expect(screen.getByText('Stopping…')).toBeTruthy();
    push({ type: 'delta', jobId, seq: 1, stage: 'final', text: 'late words' });
    push({ type: 'cancelled', jobId, seq: 2 });
    expect(within(screen.getByRole('list', { name: 'Queue' })).getByText('Cancelled')).toBeTruthy();
    expect(screen.queryByText(/late words/)).toBeNull();
    expect(screen.getByText(/a\.pdf: cancelled\./)).toBeTruthy();
  });

  it('refuses unsupported files inline, naming the file and the reason', async () => {
    setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), new File(['x'], 'photo.png'), { applyAccept: false });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/photo\.png: \.png files are not supported/);
  });

  it('closes the source with Escape and returns focus to the citation that opened it', async () => {
    const { starts, push } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), file('a.pdf'));
    await waitFor(() => expect(starts).toHaveLength(1));
    const jobId = starts[0]!.req.jobId;
    push({ type: 'done', jobId, seq: 0, summary: result('doc-apdf'), stats: { chunks: 1, promptTokens: 1, generatedTokens: 1, stageMs: {}, totalMs: 1, tokensPerSecond: 1, droppedCitations: 0 } });
    const cite = screen.getByRole('button', { name: 'Source: p. 2, §4' });
    cite.focus();
    await userEvent.keyboard('{Enter}');
    const source = await screen.findByRole('region', { name: 'Source' });
    await waitFor(() => expect(source.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Source' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(cite));
  });

  it('in Cloud mode shows exactly what will be sent and starts only with the token main gave after asking', async () => {
    const { starts, calls } = setup({ cloud: true });
    await userEvent.upload(screen.getByLabelText('Add documents'), file('a.pdf'));
    const panel = await screen.findByRole('region', { name: 'What will be sent' });
    expect(within(panel).getByText('PARTY_1 agrees to pay PARTY_2.')).toBeTruthy();
    expect(panel.textContent).toContain('llm.example.com');
    expect(starts).toHaveLength(0);
    await userEvent.click(within(panel).getByRole('button', { name: 'Send and summarize' }));
    await waitFor(() => expect(starts).toHaveLength(1));
    expect(calls.find((c) => c.channel === 'cloud.consent')?.request).toEqual({ documentId: expect.any(String), sha256: 'c'.repeat(64) });
    expect(starts[0]!.req.options).toEqual({ length: 'brief', consentToken: `ct-${'T'.repeat(43)}` });
    expect(calls.some((c) => c.channel === 'cloud.preview')).toBe(true);
  });

  it('reopens a history entry and deletes it after confirmation', async () => {
    const { calls } = setup();
    const list = await screen.findByRole('list', { name: 'History' });
    await userEvent.click(await within(list).findByRole('button', { name: /^old-lease\.pdf/ }));
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(summary.textContent).toContain('Lease runs nine years');
    expect(screen.getByRole('button', { name: 'Export Markdown' })).toBeTruthy();
    await userEvent.click(within(list).getByRole('button', { name: 'Delete old-lease.pdf from history' }));
    expect(calls.some((c) => c.channel === 'history.delete')).toBe(false);
    await userEvent.click(within(list).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'history.delete')?.request).toEqual({ id: 'h1' }));
    await waitFor(() => expect(screen.queryByText('old-lease.pdf')).toBeNull());
    expect(screen.getByText('Finished summaries appear here.')).toBeTruthy();
  });
});
