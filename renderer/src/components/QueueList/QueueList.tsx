import { STATUS_LABEL, type QueueItem } from '../../state/queueReducer';

interface Props {
  items: QueueItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
}

/** The documents of this session, in processing order, with their status. */
export function QueueList({ items, selectedId, onSelect, onRemove }: Props) {
  if (items.length === 0) return <p className="muted small-text">No documents yet. Drop contracts anywhere in the window.</p>;
  return (
    <ul className="doc-list" aria-label="Queue">
      {items.map((item) => {
        const removable = item.status === 'done' || item.status === 'failed' || item.status === 'cancelled';
        return (
          <li key={item.id} className="doc-row" aria-current={item.id === selectedId ? 'true' : undefined}>
            <button type="button" className="doc-open" onClick={() => onSelect(item.id)}>
              <span className="doc-name">{item.name}</span>
              <span className={`status status-${item.status}`}>{STATUS_LABEL[item.status]}</span>
            </button>
            {removable ? (
              <button type="button" className="icon-button" aria-label={`Remove ${item.name} from the queue`} onClick={() => onRemove(item.id)}>
                ×
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
