import { useEffect, type RefObject } from 'react';

/** Marks the control a keyboard user most likely wants next in a view's new state (Cancel, Summarize again…). */
export const NEXT_ACTION = { 'data-next-action': '' } as const;

/**
 * When `state` changes and the control that had focus went with it (removed, or disabled as a Cancel
 * is while cancelling), focus moves to the new state's next action inside the view, or else to the
 * view's heading (`heading` needs tabIndex -1). Focus the user put elsewhere (a dialog, the queue, the
 * source) is left where it is: only focus that was lost, or parked on the heading, is moved.
 */
export function useFocusAfterChange(state: string, heading: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const head = heading.current;
    if (!head) return;
    const active = document.activeElement;
    const lost =
      active === null ||
      active === document.body ||
      active === head ||
      !active.isConnected ||
      (active instanceof HTMLButtonElement && active.disabled);
    if (!lost) return;
    const view = head.closest('main') ?? head.parentElement;
    const next = view?.querySelector<HTMLElement>('[data-next-action]:not(:disabled)');
    // The heading takes focus without scrolling: a reader scrolled down a summary as it ends stays where they read.
    if (next) next.focus();
    else head.focus({ preventScroll: true });
  }, [state, heading]);
}
