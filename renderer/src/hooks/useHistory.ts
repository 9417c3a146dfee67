import { useCallback, useEffect, useState } from 'react';
import type { HistoryEntry, PrecisApi } from '../../../shared/ipc/contract';
import type { PrecisErrorShape } from '../../../shared/errors';

/** Finished summaries stored by main. */
export function useHistory(api: PrecisApi) {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [error, setError] = useState<PrecisErrorShape | null>(null);
  const refresh = useCallback(async () => {
    const r = await api.invoke('history.list', {});
    if (r.ok) {
      setEntries([...r.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      setError(null);
    } else setError(r.error);
    return r.ok ? r.value : [];
  }, [api]);
  useEffect(() => {
    let live = true;
    void api.invoke('history.list', {}).then((r) => {
      if (!live) return;
      if (r.ok) setEntries([...r.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return { entries, error, refresh, setEntries };
}
