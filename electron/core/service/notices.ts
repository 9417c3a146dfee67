import type { AppNotice, NoticeCode } from '../../../shared/notices';

/**
 * What Precis changed or could not do on its own, held until the user dismisses it: the stores warn
 * before any window is open (the settings are read at start), so a notice waits here for the window
 * to ask (`notices.list`) and later ones are pushed as they come. One list for every window.
 */
export interface NoticeBoard {
  /**
   * Adds a notice. It replaces one of the same code (the newer says what is true now: how many
   * summaries are hidden), so the list holds at most one per code however often a store warns; the
   * same code and message while that one is still shown is not added again.
   */
  add(code: NoticeCode, message: string): void;
  list(): AppNotice[];
  /** False when there was no notice `id` (already dismissed). */
  dismiss(id: string): boolean;
  /** Told the whole list whenever it changes; returns unsubscribe. */
  watch(listener: (notices: AppNotice[]) => void): () => void;
}

export function createNoticeBoard(): NoticeBoard {
  let notices: AppNotice[] = [];
  let next = 1;
  const listeners = new Set<(notices: AppNotice[]) => void>();
  const changed = () => {
    for (const l of listeners) l(notices.slice());
  };
  return {
    add(code, message) {
      if (notices.some((n) => n.code === code && n.message === message)) return;
      notices = [...notices.filter((n) => n.code !== code), { id: `notice-${next++}`, code, message }];
      changed();
    },
    list: () => notices.slice(),
    dismiss(id) {
      const before = notices.length;
      notices = notices.filter((n) => n.id !== id);
      if (notices.length === before) return false;
      changed();
      return true;
    },
    watch(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
