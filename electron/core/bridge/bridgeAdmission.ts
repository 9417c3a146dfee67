/**
 * Who may open a bridge connection. Every token admits exactly one connection:
 *
 * - `precis serve` prints one address with a launch token. The first connection that presents it
 *   uses it up; the same address opened again (a second tab, a copy from the shell's scrollback or
 *   the browser's history, another local program) is refused with BRIDGE_TOKEN_USED.
 * - Each admitted connection is handed the next token, for one reconnection of the same window: the
 *   page keeps it in its own address, so reloading the page reconnects. Presented while its own
 *   connection is still open (a reload can reach us before the old socket's close does), it
 *   replaces that connection, which the server then closes: a chain of tokens never has two
 *   windows open side by side, and a stolen one shows itself by cutting off the user's window.
 *   After its connection closed it stays good for a minute only (a reload takes seconds; a token
 *   read later from the browser's history is useless).
 * - At most `maxConnections` are open at once; one more is refused with BRIDGE_BUSY, before any
 *   token is used up, so the refused client can try again after closing a tab.
 *
 * Tokens are kept as SHA-256 digests and looked up by digest, so a comparison reveals nothing
 * about a valid token's characters (no timing side channel), and memory never holds them in clear.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PrecisErrorShape } from '../../../shared/errors';

/** Default most bridge connections open at once (tabs of the window; each is a client of the service). */
export const DEFAULT_MAX_CONNECTIONS = 8;
/** How long a closed connection's reconnect token stays good. */
export const RECONNECT_WINDOW_MS = 60_000;
/** How many used-up tokens are remembered, to tell "already used" from "wrong". */
const USED_MEMORY = 1024;

export type Admission =
  | {
      ok: true;
      /** Names the connection for {@link BridgeAdmission.release}. */
      connection: number;
      /** The single-use token for this window's next connection (a reload). */
      next: string;
      /** The connection this one replaces (same window, reconnected): the server closes it. */
      replaces?: number;
    }
  /** 401: a missing or unknown token (nothing is disclosed). The refusals a page should show carry a code. */
  | { ok: false; status: 401 }
  | { ok: false; status: 409 | 503; error: PrecisErrorShape };

export interface BridgeAdmission {
  /** Mints a fresh launch token, good until used (serve prints one; in-process callers such as tests ask for more). */
  issue(): string;
  /** True for a token this server issued (good, waiting, or used up); anything else is simply unknown. */
  known(token: string | null | undefined): boolean;
  /** Decides a connection presenting `token`; an admitted one counts until {@link release}. */
  admit(token: string | null | undefined): Admission;
  /** The admitted connection has closed: its reconnect token stays good for a minute. */
  release(connection: number): void;
  /** Connections open now. */
  open(): number;
}

/** A token's state: a launch token (good until used), or the reconnect token of a connection (open, or closed at some time). */
type TokenState = { kind: 'launch' } | { kind: 'reconnect'; owner: number; expiresAt?: number };

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');
const fresh = (): string => randomBytes(24).toString('base64url');

export function createBridgeAdmission(options: { maxConnections?: number; now?: () => number } = {}): BridgeAdmission {
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const now = options.now ?? Date.now;
  const tokens = new Map<string, TokenState>();
  const used = new Set<string>();
  /** Open connection → the digest of its reconnect token. */
  const connections = new Map<number, string>();
  let nextConnection = 1;

  const usedUp = (d: string): void => {
    tokens.delete(d);
    used.add(d);
    if (used.size > USED_MEMORY) used.delete(used.values().next().value as string);
  };
  const refusedUsed = (): Admission => ({
    ok: false,
    status: 409,
    error: {
      code: 'BRIDGE_TOKEN_USED',
      message: 'This address was already used to open a Precis window, and each address opens one window once. Use the window that is open, or restart `precis serve` and open the new address it prints.',
      retryable: false,
    },
  });

  return {
    issue() {
      const token = fresh();
      tokens.set(digest(token), { kind: 'launch' });
      return token;
    },
    known(token) {
      if (!token) return false;
      const d = digest(token);
      return tokens.has(d) || used.has(d);
    },
    admit(token) {
      if (!token) return { ok: false, status: 401 };
      const d = digest(token);
      if (used.has(d)) return refusedUsed();
      const state = tokens.get(d);
      if (!state) return { ok: false, status: 401 };
      if (state.kind === 'reconnect' && state.expiresAt !== undefined && now() > state.expiresAt) {
        usedUp(d);
        return refusedUsed();
      }
      const replaces = state.kind === 'reconnect' && connections.has(state.owner) ? state.owner : undefined;
      if (connections.size - (replaces === undefined ? 0 : 1) >= maxConnections) {
        return {
          ok: false,
          status: 503,
          error: {
            code: 'BRIDGE_BUSY',
            message: `Precis already has ${maxConnections} windows connected, the most it serves at once. Close one of them, then reload this page.`,
            retryable: true,
          },
        };
      }
      usedUp(d);
      // The replaced connection no longer counts, and its release later changes nothing.
      if (replaces !== undefined) connections.delete(replaces);
      const connection = nextConnection++;
      const next = fresh();
      const nextDigest = digest(next);
      tokens.set(nextDigest, { kind: 'reconnect', owner: connection });
      connections.set(connection, nextDigest);
      return { ok: true, connection, next, ...(replaces !== undefined ? { replaces } : {}) };
    },
    release(connection) {
      const d = connections.get(connection);
      if (d === undefined) return;
      connections.delete(connection);
      if (tokens.has(d)) tokens.set(d, { kind: 'reconnect', owner: connection, expiresAt: now() + RECONNECT_WINDOW_MS });
      // Expired reconnect tokens are forgotten as later ones are released, so the map stays small.
      for (const [k, v] of tokens) if (v.kind === 'reconnect' && v.expiresAt !== undefined && now() > v.expiresAt) usedUp(k);
    },
    open: () => connections.size,
  };
}
