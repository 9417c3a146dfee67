import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NEXT_ACTION } from '../../hooks/useFocusAfterChange';
import { filesFromDrop } from '../../state/droppedFiles';

interface Props {
  onFiles: (files: File[]) => void;
  children: ReactNode;
}

const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

function hasFiles(dt: DataTransfer | null): boolean {
  return !!dt && Array.from(dt.types ?? []).includes('Files');
}

/**
 * The whole window accepts dropped files and folders. Every drop is handled here, so a file dropped
 * anywhere never makes the window navigate to it.
 */
export function DropZone({ onFiles, children }: Props) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  return (
    <div
      className="dropzone"
      data-dragging={dragging || undefined}
      onDragEnter={(e) => {
        if (!hasFiles(e.dataTransfer)) return;
        e.preventDefault();
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = hasFiles(e.dataTransfer) ? 'copy' : 'none';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        const dt = e.dataTransfer;
        if (!dt) return;
        void filesFromDrop(dt).then((files) => {
          if (files.length) onFiles(files);
        });
      }}
    >
      {children}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">Drop contracts to summarize them</div>
        </div>
      ) : null}
    </div>
  );
}

/**
 * The "Add documents" and "Add folder" pickers. In the desktop app (`onOpen`) they ask main to show
 * its own dialog, so the window never handles a path; in a browser they are file inputs behind
 * button-like labels, whose files are sent as bytes.
 */
export function AddDocuments({ onFiles, onOpen }: { onFiles: (files: File[]) => void; onOpen?: (folder: boolean) => void }) {
  const folder = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Not in React's attribute list; Chromium lets a file input pick a whole folder with it.
    folder.current?.setAttribute('webkitdirectory', '');
  }, []);
  const pick = (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length) onFiles(files);
  };
  if (onOpen) {
    return (
      <div className="add-documents">
        <button type="button" className="button primary file-button" onClick={() => onOpen(false)} {...NEXT_ACTION}>
          Add documents
        </button>
        <button type="button" className="button file-button" onClick={() => onOpen(true)}>
          Add folder
        </button>
      </div>
    );
  }
  return (
    <div className="add-documents">
      <label className="button primary file-button">
        Add documents
        <input type="file" multiple accept={ACCEPT} className="file-input" onChange={(e) => pick(e.currentTarget)} {...NEXT_ACTION} />
      </label>
      <label className="button file-button">
        Add folder
        <input ref={folder} type="file" multiple className="file-input" onChange={(e) => pick(e.currentTarget)} />
      </label>
    </div>
  );
}
