import type { CloudPreview } from '../../../../shared/ipc/contract';

interface Props {
  fileName: string;
  preview: CloudPreview;
  onDecide: (send: boolean) => void;
  onNeverSend: () => void;
}

/** Cloud mode: shows exactly what would leave the machine and waits for the user's decision. */
export function ConsentPanel({ fileName, preview, onDecide, onNeverSend }: Props) {
  return (
    <section className="card consent" aria-label="What will be sent">
      <h3>Send {fileName} to {preview.host}?</h3>
      <p>
        This is exactly the text that will leave this computer. {preview.redactions.length} item
        {preview.redactions.length === 1 ? ' was' : 's were'} replaced with placeholders first and are restored only on your machine.
      </p>
      <pre className="preview-text" tabIndex={0} aria-label="Text to be sent">
        {preview.text}
      </pre>
      <div className="row">
        <button type="button" className="button primary" onClick={() => onDecide(true)}>
          Send and summarize
        </button>
        <button type="button" className="button" onClick={() => onDecide(false)}>
          Don’t send
        </button>
        <button type="button" className="button" onClick={onNeverSend}>
          Never send this document
        </button>
      </div>
    </section>
  );
}
