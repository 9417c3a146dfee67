import type { InvokeRequest, InvokeResult, PublicSettings } from '../../shared/ipc/contract';
import { ok, PUBLIC_SETTINGS } from './fakeApi';

/**
 * The handlers of a window that starts in cloud mode: settings saved as Settings saves them (a switch
 * to local mode sticks), no models, an empty history, and every preview held in `previews` until the
 * test answers it; Cancel preview answers the held one with CANCELLED.
 */
export function cloudModeHandlers() {
  const previews: { req: InvokeRequest<'cloud.preview'>; answer: (r: InvokeResult<'cloud.preview'>) => void }[] = [];
  let stored: PublicSettings = { ...PUBLIC_SETTINGS, mode: 'cloud' };
  const handlers = {
    'settings.get': () => ok(stored),
    'settings.set': (req: InvokeRequest<'settings.set'>) => ok((stored = { ...stored, ...(req.patch.mode ? { mode: req.patch.mode } : {}) })),
    'models.list': () => ok([]),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'cloud.preview': (req: InvokeRequest<'cloud.preview'>) => new Promise<InvokeResult<'cloud.preview'>>((answer) => previews.push({ req, answer })),
    'cloud.cancelPreview': (req: InvokeRequest<'cloud.cancelPreview'>) => {
      const waiting = previews.find((p) => p.req.previewId === req.previewId);
      waiting?.answer({ ok: false, error: { code: 'CANCELLED', message: 'The preview was cancelled.', retryable: false } });
      return ok({ cancelled: waiting !== undefined });
    },
  };
  return { handlers, previews };
}
