import type { AppNotice, NoticeCode } from '../../../shared/notices';

/** Notices are few (one per kind of trouble); a runaway source still cannot grow the list without bound. */
const MAX_NOTICES = 20;

/**
 * What Precis changed or could not do on its own, held until the user dismisses it: the stores warn
 * before any window is open (the settings are read at start), so a notice waits here for the window
 * to ask (`notices.list`) and later ones are pushed as they come. One list for every window.
 */
export interface NoticeBoard {
  /** Adds a notice; the same code and message while one is still shown is not added twice. */
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
      notices = [...notices, { id: `notice-${next++}`, code, message }].slice(-MAX_NOTICES);
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
