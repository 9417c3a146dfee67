import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModelListEntry, PrecisApi, PublicSettings } from '../../../shared/ipc/contract';
import type { CatalogView, DownloadState } from '../../../shared/ipc/modelsContract';

/** The catalog judged for this machine, installed models and downloads, kept current by main's pushes. */
export function useModels(api: PrecisApi) {
  const [catalog, setCatalog] = useState<CatalogView | null>(null);
  const [installed, setInstalled] = useState<ModelListEntry[]>([]);
  const [downloads, setDownloads] = useState<Record<string, DownloadState>>({});
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () => Promise.all([api.invoke('models.catalog', {}), api.invoke('models.list', {}), api.invoke('models.downloads', {})]),
    [api],
  );
  const apply = useCallback(([c, l, d]: Awaited<ReturnType<typeof load>>) => {
    if (c.ok) setCatalog(c.value);
    else setError(c.error.message);
    if (l.ok) setInstalled(l.value);
    if (d.ok) setDownloads((prev) => ({ ...Object.fromEntries(d.value.map((s) => [s.catalogId, s])), ...prev }));
  }, []);
  const refresh = useCallback(async () => apply(await load()), [apply, load]);

  useEffect(() => {
    let live = true;
    const off = api.on('models.download', (s) => {
      setDownloads((prev) => ({ ...prev, [s.catalogId]: s }));
      if (s.status === 'done') void load().then((r) => live && apply(r));
    });
    void load().then((r) => live && apply(r));
    return () => {
      live = false;
      off();
    };
  }, [api, load, apply]);

  return { catalog, installed, downloads, error, refresh, setError };
}

/**
 * Makes a model the one in use: saved in Settings, then loaded, so Settings and the header name the
 * same model. A model downloaded while none is chosen becomes the one in use.
 */
export function useModelChoice(api: PrecisApi, settings: PublicSettings | null, setSettings: (s: PublicSettings) => void, downloads: Record<string, DownloadState>) {
  const use = useCallback(
    async (modelId: string) => {
      const r = await api.invoke('settings.set', { patch: { mode: 'local', local: { modelId } } });
      if (r.ok) setSettings(r.value);
      await api.invoke('model.load', { modelId });
    },
    [api, setSettings],
  );
  const adopted = useRef(new Set<string>());
  useEffect(() => {
    if (!settings || settings.local.modelId) return;
    const done = Object.values(downloads).find((d) => d.status === 'done' && !adopted.current.has(d.file));
    if (!done) return;
    adopted.current.add(done.file);
    void use(done.file);
  }, [downloads, settings, use]);
  return use;
}
