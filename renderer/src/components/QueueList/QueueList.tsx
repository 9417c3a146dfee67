import { useEffect, useRef } from 'react';
import { ACTIVE, STATUS_LABEL, type QueueItem } from '../../state/queueReducer';

interface Props {
  items: QueueItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
}

/** The documents of this session, in processing order, with their status. */
export function QueueList({ items, selectedId, onSelect, onRemove }: Props) {
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  // After a removal from the keyboard, the row that takes the removed one's place gets focus (its × went with it).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    openButtons.current.get(id)?.focus();
  }, [items]);

  if (items.length === 0) return <p className="muted small-text">No documents yet. Drop contracts anywhere in the window.</p>;
  const remove = (index: number) => {
    const neighbour = items[index + 1] ?? items[index - 1];
    focusNext.current = neighbour?.id ?? null;
    onRemove(items[index]!.id);
  };
  return (
    <ul className="doc-list" aria-label="Queue">
      {items.map((item, index) => {
        // Anything not being worked on may go, a document still waiting its turn included (a wrong drop).
        const removable = !ACTIVE.has(item.status);
        return (
          <li key={item.id} className="doc-row" aria-current={item.id === selectedId ? 'true' : undefined}>
            <button
              type="button"
              className="doc-open"
              onClick={() => onSelect(item.id)}
              ref={(el) => {
                if (el) openButtons.current.set(item.id, el);
                else openButtons.current.delete(item.id);
              }}
            >
              <span className="doc-name">{item.name}</span>
              <span className={`status status-${item.status}`}>{STATUS_LABEL[item.status]}</span>
            </button>
            {removable ? (
              <button type="button" className="icon-button" aria-label={`Remove ${item.name} from the queue`} onClick={() => remove(index)}>
                ×
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
