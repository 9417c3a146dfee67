import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, HistoryEntry, ModelStatus, PrecisApi, PublicSettings } from '../../../shared/ipc/contract';
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
