import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { HistoryView, type OpenedSummary } from '../../../renderer/src/components/HistoryView/HistoryView';
import type { SummaryResult } from '../../../shared/summary';
import { scriptedApi } from '../fakeApi';

const summary = (over: Partial<SummaryResult>): SummaryResult => ({
  markdown: '## Overview\nA lease of a loading bay [p. 1].',
  points: [],
  provider: 'local',
  providerKind: 'local',
  model: 'm.gguf',
  document: { sha256: 'a'.repeat(64), fileName: 'bay-lease.pdf', kind: 'pdf', pageCount: 2 },
  warnings: [],
  createdAt: '2026-11-06T09:00:00.000Z',
  ...over,
});

const opened = (over: Partial<SummaryResult>): OpenedSummary => {
  const s = summary(over);
  return { id: 'h1', fileName: 'bay-lease.pdf', sha256: s.document.sha256, pageCount: 2, provider: s.provider, model: s.model, ...(s.length ? { length: s.length } : {}), createdAt: s.createdAt, summary: s };
};

function status(o: OpenedSummary): string {
  render(<HistoryView api={scriptedApi().api} opened={o} onCite={() => {}} announce={() => {}} />);
  return screen.getByRole('heading', { name: 'bay-lease.pdf' }).nextElementSibling?.textContent ?? '';
}

afterEach(cleanup);

describe('HistoryView heading', () => {
  it("names a model summary's recorded Summary length", () => {
    expect(status(opened({ length: 'detailed' }))).toBe('Local · m.gguf · Summary length Detailed');
  });

  it('says the length was not recorded for an older model summary, and names none for the quick summary', () => {
    expect(status(opened({}))).toBe('Local · m.gguf · length not recorded');
    cleanup();
    expect(status(opened({ provider: 'extractive', providerKind: 'extractive', model: 'extractive', length: 'brief' }))).toBe('Quick summary (no model)');
    cleanup();
    // Summaries store the engine's version id as their model; it is never shown as a model's name.
    expect(status(opened({ provider: 'extractive', providerKind: 'extractive', model: 'extractive v1' }))).toBe('Quick summary (no model)');
  });
});
