import { useEffect, useRef } from 'react';
import { focusNextAction, isFocusLost } from '../../hooks/useFocusAfterChange';
import { ACTIVE, statusLabel, type QueueItem } from '../../state/queueReducer';

interface Props {
  items: QueueItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
}

/** The documents of this session, in processing order, with their status. */
export function QueueList({ items, selectedId, onSelect, onRemove }: Props) {
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  const place = useRef<HTMLElement | null>(null);
  const previous = useRef(items);
  // A removal takes its control with it (the row's ×, or the failed item's Remove): focus goes to the
  // row now in the removed one's place, else the row before it, else the sidebar's next action (adding
  // documents), never to the page's body. Focus the user put elsewhere stays where it is.
  useEffect(() => {
    const before = previous.current;
    previous.current = items;
    const stays = (item: QueueItem) => items.some((i) => i.id === item.id);
    const at = before.findIndex((item) => !stays(item));
    if (at < 0 || !isFocusLost(document.activeElement)) return;
    const next = before.slice(at + 1).find(stays) ?? before.slice(0, at).reverse().find(stays);
    const row = next ? openButtons.current.get(next.id) : undefined;
    if (row) row.focus();
    else focusNextAction(place.current?.closest('nav'));
  }, [items]);

  if (items.length === 0) {
    return (
      <p className="muted small-text" ref={(el) => void (place.current = el)}>
        No documents yet. Drop contracts anywhere in the window.
      </p>
    );
  }
  return (
    <ul className="doc-list" aria-label="Queue" ref={(el) => void (place.current = el)}>
      {items.map((item) => {
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
              <span className={`status status-${item.status}`}>{statusLabel(item)}</span>
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
