import type { Rejected } from '../../hooks/useQueue';

/** The files that were not added to the queue, each with the reason, until dismissed. */
export function IntakeErrors({ rejected, onDismiss }: { rejected: Rejected[]; onDismiss: () => void }) {
  if (rejected.length === 0) return null;
  return (
    <div className="intake-errors" role="alert">
      <ul>
        {rejected.map((r, i) => (
          <li key={`${r.name}-${i}`}>
            <strong>{r.name}</strong>: {r.reason}
          </li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
