import { act, render } from '@testing-library/react';
import { App } from '../../renderer/src/App';
import type { InvokeRequest, InvokeResult } from '../../shared/ipc/contract';
import type { SummaryEvent } from '../../shared/summary';
import { ok, PUBLIC_SETTINGS, scriptedApi } from './fakeApi';

/**
 * The window in local mode, rendered, with every read held until the test answers it (so the first
 * document holds the queue) and every job's events pushed by the test. Cancels are acknowledged.
 */
export function renderWithHeldReads() {
  const reads: { req: InvokeRequest<'documents.inspect'>; answer: (r: InvokeResult<'documents.inspect'>) => void }[] = [];
  const starts: InvokeRequest<'summary.start'>[] = [];
  const s = scriptedApi({
    'settings.get': () => ok(PUBLIC_SETTINGS),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'models.list': () => ok([]),
    'documents.inspect': (req) => new Promise((answer) => reads.push({ req, answer })),
    'documents.cancelRead': () => ok({ cancelled: true }),
    'summary.start': (req) => {
      starts.push(req);
      return ok({ jobId: req.jobId });
    },
    'summary.cancel': () => ok({ cancelled: true }),
  });
  render(<App api={s.api} />);
  const push = (e: SummaryEvent) => act(() => s.push('summary.event', e));
  return { ...s, reads, starts, push };
}
