import type { PrecisService } from '../core/service/createPrecisService';
import { clientIdFor, sendToWindow } from './ipc';

/** The parts of a window's WebContents that tie it to the service. */
export interface WindowContents {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
  on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
  on(event: 'render-process-gone' | 'destroyed', listener: () => void): unknown;
}

/**
 * Makes a window a client of the service: its events reach only it, and when it reloads,
 * navigates, crashes or closes, its jobs are cancelled (a reloaded page starts with no jobs, so the
 * window is then subscribed afresh).
 */
export function attachWindowClient(service: PrecisService, contents: WindowContents, trusted: Set<number>): void {
  const id = contents.id;
  const clientId = clientIdFor(id);
  let unsubscribe = service.subscribe(clientId, (channel, payload) => sendToWindow(contents, channel, payload));
  trusted.add(id);

  const reset = () => {
    unsubscribe();
    void service.disconnect(clientId);
    unsubscribe = service.subscribe(clientId, (channel, payload) => sendToWindow(contents, channel, payload));
  };
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) reset();
  });
  contents.on('render-process-gone', reset);
  contents.on('destroyed', () => {
    trusted.delete(id);
    unsubscribe();
    void service.disconnect(clientId);
  });
}
