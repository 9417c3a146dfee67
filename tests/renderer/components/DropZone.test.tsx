import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AddDocuments, DropZone } from '../../../renderer/src/components/DropZone/DropZone';
import { checkFile, toFileRef } from '../../../renderer/src/state/droppedFiles';
import { saysWhatToDo } from '../../helpers/saysWhatToDo';

const pdf = () => new File(['%PDF-1.7\n'], 'nda.pdf', { type: 'application/pdf' });

describe('DropZone', () => {
  it('hands dropped files to the app and prevents the browser from opening them', async () => {
    const onFiles = vi.fn();
    render(
      <DropZone onFiles={onFiles}>
        <p>content</p>
      </DropZone>,
    );
    const zone = screen.getByText('content').parentElement!;
    const file = pdf();
    fireEvent.dragEnter(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    expect(document.querySelector('.drop-overlay')).not.toBeNull();
    const drop = fireEvent.drop(zone, { dataTransfer: { files: [file], types: ['Files'] } });
    // fireEvent returns false when the handler called preventDefault: the window does not navigate.
    expect(drop).toBe(false);
    await waitFor(() => expect(onFiles).toHaveBeenCalledWith([file]));
    expect(document.querySelector('.drop-overlay')).toBeNull();
  });

  it('walks a dropped folder', async () => {
    const onFiles = vi.fn();
    render(
      <DropZone onFiles={onFiles}>
        <p>content</p>
      </DropZone>,
    );
    const a = new File(['a'], 'b.txt');
    const b = new File(['b'], 'a.docx');
    const fileEntry = (f: File) => ({ isFile: true, isDirectory: false, name: f.name, file: (ok: (f: File) => void) => ok(f) });
    let served = false;
    const dir = {
      isFile: false,
      isDirectory: true,
      name: 'contracts',
      createReader: () => ({
        readEntries: (ok: (e: unknown[]) => void) => {
          ok(served ? [] : [fileEntry(a), fileEntry(b), { isFile: false, isDirectory: true, name: '.git', createReader: () => ({ readEntries: (k: (e: unknown[]) => void) => k([fileEntry(new File(['x'], 'HEAD'))]) }) }]);
          served = true;
        },
      }),
    };
    fireEvent.drop(screen.getByText('content').parentElement!, {
      dataTransfer: { types: ['Files'], files: [], items: [{ kind: 'file', webkitGetAsEntry: () => dir }] },
    });
    await waitFor(() => expect(onFiles).toHaveBeenCalledTimes(1));
    expect((onFiles.mock.calls[0]?.[0] as File[]).map((f) => f.name)).toEqual(['a.docx', 'b.txt']);
  });

  it('offers an "Add documents" file input reachable by keyboard', async () => {
    const onFiles = vi.fn();
    render(<AddDocuments onFiles={onFiles} />);
    const input = screen.getByLabelText('Add documents');
    expect(input.getAttribute('type')).toBe('file');
    await userEvent.tab();
    expect(document.activeElement).toBe(input);
    const file = pdf();
    await userEvent.upload(input as HTMLInputElement, file);
    expect(onFiles).toHaveBeenCalledWith([file]);
    expect(screen.getByLabelText('Add folder').hasAttribute('webkitdirectory')).toBe(true);
  });
});

describe('checkFile', () => {
  it('accepts contracts and explains refusals with the reason', () => {
    expect(checkFile({ name: 'Lease.PDF', size: 10 })).toEqual({ ok: true });
    expect(checkFile({ name: 'notes.md', size: 10 })).toEqual({ ok: true });
    const exe = checkFile({ name: 'setup.exe', size: 10 });
    expect(exe.ok).toBe(false);
    expect(!exe.ok && exe.reason).toMatch(/\.exe files are not supported.*PDF, Word/);
    const empty = checkFile({ name: 'a.pdf', size: 0 });
    expect(!empty.ok && empty.reason).toMatch(/^the file is empty\./);
    const big = checkFile({ name: 'a.pdf', size: 300 * 1024 * 1024 });
    expect(!big.ok && big.reason).toMatch(/300 MB; the limit is 200 MB/);
  });

  it('says what to do about each refusal, as every error the user sees does', () => {
    const reasons = [checkFile({ name: 'Lease.doc', size: 10 }), checkFile({ name: 'README', size: 10 }), checkFile({ name: 'a.pdf', size: 0 }), checkFile({ name: 'a.pdf', size: 300 * 1024 * 1024 })].map(
      (r) => (r.ok ? '' : r.reason),
    );
    expect(reasons[0]).toMatch(/\.doc files are not supported\. Precis reads PDF, Word \(\.docx\), text and Markdown files: save it as one of these and add it again\.$/);
    expect(reasons[1]).toMatch(/^files without an extension are not supported\./);
    expect(reasons[2]).toBe('the file is empty. Check that it finished saving or downloading, then add it again.');
    expect(reasons[3]).toMatch(/the limit is 200 MB\. Split it into smaller files \(the contract apart from its exhibits, for example\) and add them\.$/);
    expect(reasons.filter((r) => !saysWhatToDo(r))).toEqual([]);
  });
});

describe('files reach main without a path', () => {
  const handle = `fh-${'h'.repeat(32)}`;

  it('desktop: "Add documents" and "Add folder" ask main for its dialog; no file input exists', async () => {
    const onOpen = vi.fn();
    render(<AddDocuments onFiles={vi.fn()} onOpen={onOpen} />);
    expect(document.querySelector('input[type=file]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add documents' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add folder' }));
    expect(onOpen.mock.calls).toEqual([[false], [true]]);
  });

  it('a file main opened goes back by handle; a dropped one by the handle the preload registered, else as bytes', async () => {
    expect(await toFileRef({ handle, name: 'nda.pdf', size: 9 }, {})).toEqual({ kind: 'handle', handle });
    const registerDroppedFiles = vi.fn(async () => ({ ok: true as const, value: [{ handle, name: 'nda.pdf', size: 9 }] }));
    expect(await toFileRef(pdf(), { registerDroppedFiles })).toEqual({ kind: 'handle', handle });
    const noPath = vi.fn(async () => ({ ok: true as const, value: [null] }));
    expect(await toFileRef(pdf(), { registerDroppedFiles: noPath })).toEqual({ kind: 'bytes', name: 'nda.pdf', data: Buffer.from('%PDF-1.7\n').toString('base64') });
    // The browser bridge has no preload: bytes.
    expect(await toFileRef(pdf(), {})).toMatchObject({ kind: 'bytes', name: 'nda.pdf' });
  });
});
