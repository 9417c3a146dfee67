import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/App';
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
