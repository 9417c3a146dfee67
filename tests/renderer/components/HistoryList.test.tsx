import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryList } from '../../../renderer/src/components/HistoryList/HistoryList';
import type { HistoryEntry } from '../../../shared/ipc/contract';

const versions = [
  { id: 'v3', provider: 'openai', model: 'gpt-x', createdAt: '2026-11-04T09:00:00.000Z' },
  { id: 'v2', provider: 'local', model: 'qwen3-4b.gguf', createdAt: '2026-11-03T09:00:00.000Z' },
  { id: 'v1', provider: 'extractive', model: 'extractive', createdAt: '2026-11-01T09:00:00.000Z' },
];
const entries: HistoryEntry[] = [
  { id: 'v3', fileName: 'lease.pdf', sha256: 'a'.repeat(64), pageCount: 9, provider: 'openai', model: 'gpt-x', createdAt: versions[0]!.createdAt, versions },
  { id: 'o1', fileName: 'nda.pdf', sha256: 'b'.repeat(64), pageCount: 2, provider: 'local', model: 'm', createdAt: '2026-11-02T09:00:00.000Z', versions: [{ id: 'o1', provider: 'local', model: 'm', createdAt: '2026-11-02T09:00:00.000Z' }] },
];

describe('HistoryList', () => {
  it('lists a document summarized several times once, with its versions newest first (date, provider, model)', async () => {
    const onOpen = vi.fn();
    render(<HistoryList entries={entries} selectedId={null} onOpen={onOpen} onDelete={() => {}} />);
    const history = screen.getByRole('list', { name: 'History' });
    expect(within(history).getAllByRole('button', { name: /^lease\.pdf/ })).toHaveLength(1);
    expect(screen.getByText(/3 versions/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Versions of lease.pdf' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/2026.*· Cloud · gpt-x · length not recorded$/),
      expect.stringMatching(/2026.*· Local · qwen3-4b\.gguf · length not recorded$/),
      expect.stringMatching(/2026.*· Quick summary \(no model\)$/),
    ]);
    // A document summarized once has no version list.
    expect(screen.queryByRole('list', { name: 'Versions of nda.pdf' })).toBeNull();
    await userEvent.click(buttons[2]!);
    expect(onOpen).toHaveBeenCalledWith('v1');
    await userEvent.click(within(history).getByRole('button', { name: /^lease\.pdf/ }));
    expect(onOpen).toHaveBeenLastCalledWith('v3');
  });

  it('marks the open version, and deleting the entry (after confirming) deletes all its versions', async () => {
    const onDelete = vi.fn();
    render(<HistoryList entries={entries} selectedId="v2" onOpen={() => {}} onDelete={onDelete} />);
    const list = screen.getByRole('list', { name: 'Versions of lease.pdf' });
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('aria-current'))).toEqual([null, 'true', null]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete lease.pdf and its 3 versions from history' }));
    expect(screen.getByText('Delete all 3 versions for good?')).toBeTruthy();
    expect(onDelete).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith('v3');
  });

  it('gives a Word or text file no page count, and tells apart versions made in the same minute', () => {
    const close = [
      { id: 'w2', provider: 'extractive', model: 'extractive', createdAt: '2026-11-05T09:00:41.000Z' },
      { id: 'w1', provider: 'extractive', model: 'extractive', createdAt: '2026-11-05T09:00:07.000Z' },
      { id: 'w0', provider: 'extractive', model: 'extractive', createdAt: '2026-11-04T16:30:00.000Z' },
    ];
    const docs: HistoryEntry[] = [
      { id: 'w2', fileName: 'msa.docx', sha256: 'c'.repeat(64), pageCount: 1, kind: 'docx', provider: 'extractive', model: 'extractive', createdAt: close[0]!.createdAt, versions: close },
      // Saved before the kind was recorded: the extension decides.
      { id: 't1', fileName: 'terms.txt', sha256: 'd'.repeat(64), pageCount: 1, provider: 'local', model: 'm', createdAt: '2026-11-03T09:00:00.000Z' },
      { id: 'p1', fileName: 'scan.pdf', sha256: 'e'.repeat(64), pageCount: 1, kind: 'pdf', provider: 'local', model: 'm', createdAt: '2026-11-02T09:00:00.000Z' },
    ];
    render(<HistoryList entries={docs} selectedId={null} onOpen={() => {}} onDelete={() => {}} />);
    const history = screen.getByRole('list', { name: 'History' });
    expect(within(history).getByRole('button', { name: /^msa\.docx/ }).textContent).toMatch(/· Word document · 3 versions$/);
    expect(within(history).getByRole('button', { name: /^terms\.txt/ }).textContent).toMatch(/· Text file · Local · m · length not recorded$/);
    expect(within(history).getByRole('button', { name: /^scan\.pdf/ }).textContent).toMatch(/· 1 page · Local · m · length not recorded$/);
    const labels = within(screen.getByRole('list', { name: 'Versions of msa.docx' }))
      .getAllByRole('button')
      .map((b) => b.textContent ?? '');
    // The two made in the same minute differ (their seconds are shown); the other keeps the short form.
    expect(new Set(labels).size).toBe(3);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels[2]!.length).toBeLessThan(labels[0]!.length);
  });

  it('says who wrote a summary kept in one version on its row, as a version line does', () => {
    const docs: HistoryEntry[] = [
      { id: 's2', fileName: 'lease.pdf', sha256: 'a'.repeat(64), pageCount: 3, provider: 'openai', model: 'gpt-x', length: 'brief', createdAt: '2026-11-07T09:00:00.000Z', versions: [{ id: 's2', provider: 'openai', model: 'gpt-x', length: 'brief', createdAt: '2026-11-07T09:00:00.000Z' }] },
      { id: 's1', fileName: 'quote.pdf', sha256: 'b'.repeat(64), pageCount: 2, provider: 'extractive', model: 'extractive v1', length: 'standard', createdAt: '2026-11-06T09:00:00.000Z' },
    ];
    render(<HistoryList entries={docs} selectedId={null} onOpen={() => {}} onDelete={() => {}} />);
    const history = screen.getByRole('list', { name: 'History' });
    expect(within(history).getByRole('button', { name: /^lease\.pdf/ }).textContent).toMatch(/· 3 pages · Cloud · gpt-x · Summary length Brief$/);
    expect(within(history).getByRole('button', { name: /^quote\.pdf/ }).textContent).toMatch(/· 2 pages · Quick summary \(no model\)$/);
  });

  it("names each model version's Summary length, says when it was not recorded, and gives the quick summary none", () => {
    const lengths = [
      { id: 'l4', provider: 'local', model: 'm.gguf', length: 'detailed' as const, createdAt: '2026-11-06T09:00:00.000Z' },
      { id: 'l3', provider: 'openai', model: 'gpt-x', length: 'brief' as const, createdAt: '2026-11-05T09:00:00.000Z' },
      // The quick summary is the same at every length: the one it recorded is not shown.
      { id: 'l2', provider: 'extractive', model: 'extractive', length: 'standard' as const, createdAt: '2026-11-04T09:00:00.000Z' },
      // Saved before lengths were recorded: no length is guessed.
      { id: 'l1', provider: 'local', model: 'm.gguf', createdAt: '2026-11-03T09:00:00.000Z' },
    ];
    const docs: HistoryEntry[] = [
      { id: 'l4', fileName: 'supply.pdf', sha256: 'f'.repeat(64), pageCount: 4, provider: 'local', model: 'm.gguf', length: 'detailed', createdAt: lengths[0]!.createdAt, versions: lengths },
    ];
    render(<HistoryList entries={docs} selectedId={null} onOpen={() => {}} onDelete={() => {}} />);
    const labels = within(screen.getByRole('list', { name: 'Versions of supply.pdf' }))
      .getAllByRole('button')
      .map((b) => b.textContent ?? '');
    expect(labels).toEqual([
      expect.stringMatching(/· Local · m\.gguf · Summary length Detailed$/),
      expect.stringMatching(/· Cloud · gpt-x · Summary length Brief$/),
      expect.stringMatching(/· Quick summary \(no model\)$/),
      expect.stringMatching(/· Local · m\.gguf · length not recorded$/),
    ]);
    expect(labels.filter((l) => /Standard/.test(l))).toEqual([]);
  });
});
