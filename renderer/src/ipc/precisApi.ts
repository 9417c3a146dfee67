import { PRECIS_GLOBAL, type PrecisApi } from '../../../shared/ipc/contract';
import type { PrecisErrorShape } from '../../../shared/errors';
import { addressWithToken, bridgeUrl, createBridgeApi } from './bridgeClient';

export type Transport = { kind: 'electron' | 'bridge'; api: PrecisApi } | { kind: 'none'; reason: string };

/**
 * Picks the transport once at start: the preload's API inside Electron, else the loopback bridge
 * named by `#token=…`. The rest of the window only sees PrecisApi.
 */
export function connect(onConnectionChange?: (connected: boolean) => void, onRefused?: (error: PrecisErrorShape) => void): Transport {
  const preload = (window as unknown as Record<string, PrecisApi | undefined>)[PRECIS_GLOBAL];
  if (preload) return { kind: 'electron', api: preload };
  const url = bridgeUrl(window.location);
  if (!url) {
    return { kind: 'none', reason: 'This window was opened without its access token. Open the address printed by `precis serve`.' };
  }
  return {
    kind: 'bridge',
    api: createBridgeApi(new WebSocket(url), onConnectionChange, {
      // The address's token is used up now; keep the next one in its place so a reload reconnects.
      onSession: (token) => window.history.replaceState(window.history.state, '', addressWithToken(window.location.href, token)),
      ...(onRefused ? { onRefused } : {}),
    }),
  };
}
