import { describe, expect, it } from 'vitest';
import { createBridgeAdmission, RECONNECT_WINDOW_MS } from '../../../electron/core/bridge/bridgeAdmission';

describe('bridge admission: single-use tokens and a connection limit', () => {
  it('a launch token admits one connection; presented again it is refused as used, an unknown one as unknown', () => {
    const a = createBridgeAdmission();
    const launch = a.issue();
    expect(a.known(launch)).toBe(true);
    const first = a.admit(launch);
    expect(first).toMatchObject({ ok: true, next: expect.any(String) });
    expect(a.admit(launch)).toMatchObject({ ok: false, status: 409, error: { code: 'BRIDGE_TOKEN_USED' } });
    expect(a.known('made-up')).toBe(false);
    expect(a.admit('made-up')).toEqual({ ok: false, status: 401 });
    expect(a.admit('')).toEqual({ ok: false, status: 401 });
    expect(a.admit(undefined)).toEqual({ ok: false, status: 401 });
    expect(a.open()).toBe(1);
  });

  it('the next token reconnects the same window once: after its close (within a minute), or replacing it while open', () => {
    let t = 0;
    const a = createBridgeAdmission({ now: () => t });
    const first = a.admit(a.issue());
    if (!first.ok) throw new Error('not admitted');
    // A reload that reaches the server before the old socket's close: it replaces that connection.
    const reload = a.admit(first.next);
    expect(reload).toMatchObject({ ok: true, replaces: first.connection });
    if (!reload.ok) return;
    a.release(first.connection); // the replaced socket's close changes nothing
    expect(a.open()).toBe(1);
    expect(a.admit(first.next)).toMatchObject({ ok: false, error: { code: 'BRIDGE_TOKEN_USED' } });
    // Closed, then reloaded within the minute.
    a.release(reload.connection);
    expect(a.open()).toBe(0);
    t += RECONNECT_WINDOW_MS - 1;
    const again = a.admit(reload.next);
    expect(again).toMatchObject({ ok: true });
    expect(again.ok && again.replaces).toBeFalsy();
    if (!again.ok) return;
    // Closed and not reopened within the minute: the token is worthless.
    a.release(again.connection);
    t += RECONNECT_WINDOW_MS + 1;
    expect(a.admit(again.next)).toMatchObject({ ok: false, status: 409, error: { code: 'BRIDGE_TOKEN_USED' } });
  });

  it('refuses a connection over the limit with BRIDGE_BUSY without using its token; a closed one makes room', () => {
    const a = createBridgeAdmission({ maxConnections: 2 });
    const x = a.admit(a.issue());
    const y = a.admit(a.issue());
    expect(x.ok && y.ok).toBe(true);
    const waiting = a.issue();
    expect(a.admit(waiting)).toMatchObject({ ok: false, status: 503, error: { code: 'BRIDGE_BUSY', retryable: true, message: expect.stringMatching(/^Precis already has 2 windows connected/) } });
    // A reconnection of an open window replaces it, so it is not refused as one too many.
    if (!x.ok) return;
    expect(a.admit(x.next)).toMatchObject({ ok: true, replaces: x.connection });
    if (!y.ok) return;
    a.release(y.connection);
    expect(a.admit(waiting)).toMatchObject({ ok: true });
    expect(a.open()).toBe(2);
  });
});
