import { describe, expect, it } from 'vitest';
import { createPushListeners } from '../../shared/ipc/pushListeners';
import type { ModelStatus } from '../../shared/ipc/contract';

describe('createPushListeners', () => {
  it('delivers to the channel’s listeners only, until each unsubscribes or all are cleared', () => {
    const listeners = createPushListeners();
    const seen: string[] = [];
    const off = listeners.on('model.status', (s: ModelStatus) => seen.push(`a:${s.state}`));
    listeners.on('model.status', (s: ModelStatus) => seen.push(`b:${s.state}`));
    listeners.on('summary.event', () => seen.push('summary'));
    listeners.emit('model.status', { state: 'ready' });
    off();
    listeners.emit('model.status', { state: 'loading' });
    listeners.clear();
    listeners.emit('model.status', { state: 'error' });
    expect(seen).toEqual(['a:ready', 'b:ready', 'b:loading']);
  });
});
