import { useEffect, type RefObject } from 'react';

/** Marks the control a keyboard user most likely wants next in a view's new state (Cancel, Summarize again…). */
export const NEXT_ACTION = { 'data-next-action': '' } as const;

/**
 * True when focus has nowhere useful to be: on the page's body, on an element no longer in the page,
 * on a button disabled under it (as a Cancel is while cancelling), or parked on `parking` (a heading).
 */
export function isFocusLost(active: Element | null, parking?: Element | null): boolean {
  return (
    active === null ||
    active === document.body ||
    (parking != null && active === parking) ||
    !active.isConnected ||
    (active instanceof HTMLButtonElement && active.disabled)
  );
}

/** Focuses the first enabled control marked {@link NEXT_ACTION} inside `view`; false when there is none. */
export function focusNextAction(view: Element | null | undefined): boolean {
  const next = view?.querySelector<HTMLElement>('[data-next-action]:not(:disabled)');
  next?.focus();
  return !!next;
}

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
    if (!isFocusLost(document.activeElement, head)) return;
    // The heading takes focus without scrolling: a reader scrolled down a summary as it ends stays where they read.
    if (!focusNextAction(head.closest('main') ?? head.parentElement)) head.focus({ preventScroll: true });
  }, [state, heading]);
}
