import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobProgress } from '../../../renderer/src/components/JobProgress/JobProgress';
import { jobsReducer, newJobView, type JobsState, type JobView } from '../../../renderer/src/state/jobsReducer';
import type { SummaryEvent } from '../../../shared/summary';

const doc = { sha256: 'd'.repeat(64), fileName: 'marlow-charter.pdf', kind: 'pdf' as const, pageCount: 5 };

/** A running job in its first section, and (when `wait` is set) the server's wait told at `now`. */
function job(now: number, wait?: number): JobView {
  const events: SummaryEvent[] = [
    { type: 'started', jobId: 'j', seq: 0, chunkCount: 2, provider: 'openai', model: 'tidewater-large', document: doc },
    { type: 'chunkStarted', jobId: 'j', seq: 1, chunkIndex: 0, chunkCount: 2, pages: [1] },
  ];
  if (wait !== undefined) events.push({ type: 'waiting', jobId: 'j', seq: 2, seconds: wait });
  const start: JobsState = { j: newJobView('j') };
  return events.reduce((s, event) => jobsReducer(s, { type: 'event', event, now }), start).j!;
}

describe('the progress line while the server has the job wait', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00.000Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the seconds down to the next try, and stops counting when they are over', () => {
    render(<JobProgress job={job(Date.now(), 20)} onCancel={() => undefined} />);
    expect(screen.getByText(/asked to wait 20 s/).textContent).toMatch(/Precis tries again in 20 s$/);
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByText(/asked to wait 20 s/).textContent).toMatch(/Precis tries again in 19 s$/);
    act(() => vi.advanceTimersByTime(6_000));
    expect(screen.getByText(/asked to wait 20 s/).textContent).toMatch(/Precis tries again in 13 s$/);
    act(() => vi.advanceTimersByTime(13_000));
    expect(screen.getByText(/asked to wait 20 s/).textContent).toMatch(/Precis tries again now$/);
    // Nothing keeps running once the wait is over.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs no timer when nothing waits', () => {
    render(<JobProgress job={job(Date.now())} onCancel={() => undefined} />);
    expect(screen.getByText('Reading section 1 of 2')).toBeTruthy();
    expect(vi.getTimerCount()).toBe(0);
  });
});
