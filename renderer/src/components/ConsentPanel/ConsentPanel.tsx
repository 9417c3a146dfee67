import type { CloudPreview } from '../../../../shared/ipc/contract';

interface Props {
  fileName: string;
  preview: CloudPreview;
  onDecide: (send: boolean) => void;
  onNeverSend: () => void;
  /** Asks for a new preview that sends these originals as they are (un-redacted), for this document only. */
  onKeep?: (keep: string[]) => void;
  /** A new preview (asked for with onKeep) is being prepared: the one shown is not yet what the user chose. */
  preparing?: boolean;
  /** Stops preparing the new preview; the one shown stays. */
  onCancelPreparing?: () => void;
  /** Why the last new preview could not be made. */
  preparingError?: string;
  /** Main is asking the user to confirm the sending in its own dialog (or serve's terminal). */
  asking?: boolean;
}

/**
 * Cloud mode: shows exactly what would leave the machine and waits for the user's decision. Every
 * placeholder is listed with what it hides (shown here only, never sent), so over-redaction is
 * visible; the user can send a term as it is, or hide it again, before confirming.
 */
export function ConsentPanel({ fileName, preview, onDecide, onNeverSend, onKeep, preparing = false, onCancelPreparing, preparingError, asking = false }: Props) {
  const kept = preview.kept ?? [];
  return (
    <section className="card consent" aria-label="What will be sent">
      <h3>Send {fileName} to {preview.host}?</h3>
      <p>
        This is exactly the text that will leave this computer. {preview.redactions.length} item
        {preview.redactions.length === 1 ? ' was' : 's were'} replaced with placeholders first and are restored only on your machine.
      </p>
      {preview.redactions.length > 0 ? (
        <details className="redactions">
          <summary>What the placeholders hide (shown only here)</summary>
          <table aria-label="Placeholders and what they hide">
            <thead>
              <tr>
                <th scope="col">Placeholder</th>
                <th scope="col">Hides</th>
                <th scope="col">Times</th>
                {onKeep ? <th scope="col">Send as it is</th> : null}
              </tr>
            </thead>
            <tbody>
              {preview.redactions.map((r) => (
                <tr key={r.placeholder}>
                  <td>{r.placeholder}</td>
                  <td>{r.original ?? ''}</td>
                  <td>{r.count ?? ''}</td>
                  {onKeep ? (
                    <td>
                      {r.original !== undefined ? (
                        <button type="button" className="button" onClick={() => onKeep([...kept, r.original!])} aria-label={`Send ${r.original} as it is`}>
                          Don’t hide
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {kept.length > 0 && onKeep ? (
        <div className="kept" aria-label="Sent as they are">
          <p>You chose to send these as they are:</p>
          <ul>
            {kept.map((k) => (
              <li key={k}>
                {k}{' '}
                <button type="button" className="button" onClick={() => onKeep(kept.filter((x) => x !== k))} aria-label={`Hide ${k} again`}>
                  Hide again
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preparing ? (
        <div className="row" role="status">
          <p className="muted">Preparing the new preview with your choice (finding the names to hide). Nothing has been sent.</p>
          {onCancelPreparing ? (
            <button type="button" className="button" onClick={onCancelPreparing}>
              Cancel new preview
            </button>
          ) : null}
        </div>
      ) : null}
      {!preparing && preparingError ? (
        <p className="field-error" role="alert">
          The new preview could not be prepared: {preparingError} The text below is still what would be sent.
        </p>
      ) : null}
      <pre className="preview-text" tabIndex={0} aria-label="Text to be sent">
        {preview.text}
      </pre>
      {asking ? (
        <p className="muted" role="status">
          Confirm the sending in Precis’s own window (for <code>precis serve</code>, in its terminal). Nothing has been sent yet; “Don’t send” still stops it.
        </p>
      ) : null}
      <div className="row">
        {/* Sending waits for the new preview (the text shown is not yet the one chosen) and for main's own question. */}
        <button type="button" className="button primary" onClick={() => onDecide(true)} disabled={preparing || asking}>
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
