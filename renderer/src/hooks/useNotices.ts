import { useCallback, useEffect, useState } from 'react';
import type { PrecisApi } from '../../../shared/ipc/contract';
import type { AppNotice } from '../../../shared/notices';

/**
 * The notices main holds (a saved setting it had to change, and why), kept current by its pushes.
 * Dismissing one clears it in main too, so it does not come back on reload or in another window.
 */
export function useNotices(api: PrecisApi) {
  const [notices, setNotices] = useState<AppNotice[] | null>(null);
  useEffect(() => {
    let live = true;
    const off = api.on('notices.list', (list) => setNotices(list));
    void api.invoke('notices.list', {}).then((r) => {
      // A push that came first is at least as new as this answer.
      if (live && r.ok) setNotices((prev) => prev ?? r.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  const dismiss = useCallback(
    (id: string) => {
      setNotices((list) => list?.filter((n) => n.id !== id) ?? null);
      void api.invoke('notices.dismiss', { id });
    },
    [api],
  );
  return { notices: notices ?? [], dismiss };
}
