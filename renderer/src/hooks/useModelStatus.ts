import { useEffect, useState } from 'react';
import type { ModelStatus, PrecisApi } from '../../../shared/ipc/contract';

/** The model's state, kept current by main's pushes. */
export function useModelStatus(api: PrecisApi) {
  const [status, setStatus] = useState<ModelStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = api.on('model.status', (s) => setStatus(s));
    void api.invoke('model.status', {}).then((r) => {
      if (live && r.ok) setStatus((prev) => prev ?? r.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return [status, setStatus] as const;
}
