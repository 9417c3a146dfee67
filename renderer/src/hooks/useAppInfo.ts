import { useEffect, useState } from 'react';
import type { AppInfo, PrecisApi } from '../../../shared/ipc/contract';

/** Version and transport, for the About line. */
export function useAppInfo(api: PrecisApi) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void api.invoke('app.info', {}).then((r) => {
      if (live && r.ok) setInfo(r.value);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return info;
}
