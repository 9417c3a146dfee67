import { randomUUID } from 'node:crypto';
import type { InvokeChannel, InvokeResult, PrecisApi } from '../../../shared/ipc/contract';
import type { PrecisService } from './createPrecisService';
import { createPushListeners } from '../../../shared/ipc/pushListeners';

/** A {@link PrecisApi} that also says goodbye, as a closing window or socket does. */
export interface ConnectedClient extends PrecisApi {
  readonly clientId: string;
  /** The transport went away: the service cancels this client's jobs. */
  close(): Promise<void>;
}

/**
 * The contract over an in-process transport: the same service Electron main and the bridge use,
 * with every request and payload structured-cloned the way IPC copies them, so nothing is shared by
 * reference. Used by the CLI-free contract tests and by any in-process host.
 */
export function connectInMemory(service: PrecisService, clientId: string = randomUUID()): ConnectedClient {
  const listeners = createPushListeners();
  let unsubscribe: (() => void) | undefined = service.subscribe(clientId, (channel, payload) => {
    const copy = structuredClone(payload);
    // Delivered on a later task, like a message from another process.
    queueMicrotask(() => {
      listeners.emit(channel, copy);
    });
  });

  return {
    clientId,
    async invoke<C extends InvokeChannel>(channel: C, request: unknown): Promise<InvokeResult<C>> {
      const result = await service.invoke(clientId, channel, structuredClone(request));
      return structuredClone(result) as InvokeResult<C>;
    },
    on: listeners.on,
    async close() {
      unsubscribe?.();
      unsubscribe = undefined;
      listeners.clear();
      await service.disconnect(clientId);
    },
  };
}
