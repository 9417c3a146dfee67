import { useEffect, useState } from 'react';
import type { PrecisApi, PublicSettings } from '../../../shared/ipc/contract';
import type { PrecisErrorShape } from '../../../shared/errors';

/** Settings as main holds them; null until loaded. */
export function useSettings(api: PrecisApi) {
  const [settings, setSettings] = useState<PublicSettings | null>(null);
  const [error, setError] = useState<PrecisErrorShape | null>(null);
  useEffect(() => {
    let live = true;
    void api.invoke('settings.get', {}).then((r) => {
      if (!live) return;
      if (r.ok) setSettings(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return { settings, setSettings, error };
}
