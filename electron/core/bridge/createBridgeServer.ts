import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { err } from '../../../shared/errors';
import { MAX_UPLOAD_BYTES } from '../../../shared/ipc/contract';
import { BRIDGE_PATH, refusalCloseCode, type BridgeServerMessage } from '../../../shared/ipc/bridgeProtocol';
import { createBridgeAdmission, DEFAULT_MAX_CONNECTIONS, type Admission } from './bridgeAdmission';
import type { PrecisService } from '../service/createPrecisService';
import { documentByteLimit } from '../service/documentByteLimit';
import { securityHeaders } from './contentSecurityPolicy';
import { contentTypeFor, resolveStaticPath } from './resolveStaticPath';

export interface BridgeServerOptions {
  service: PrecisService;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Most connections open at once (default 8); one more is refused with BRIDGE_BUSY. */
  maxConnections?: number;
  /** Largest file a client may send, in bytes (default: what this process's heap can hold, see documentByteLimit). */
  maxUploadBytes?: number;
}

export interface BridgeServer {
  port: number;
  /** The launch token: it opens one connection, once (see bridgeAdmission.ts). */
  token: string;
  /** The address to open: http://127.0.0.1:PORT/#token=… (the fragment never reaches any server log). */
  url: string;
  /** Another single-use launch token, for in-process callers (tests); `serve` prints only `url`. */
  issueToken(): string;
  /** Open bridge connections. */
  connections(): number;
  /** Closes every connection (their jobs are cancelled) and the server. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
// A file sent by value is base64 inside JSON: a message of the file's size plus the envelope.
const messageBytesFor = (uploadBytes: number): number => Math.ceil((uploadBytes * 4) / 3) + 64 * 1024;
// The socket takes any message the contract allows, so that one over this process's own limit can
// still be answered with FILE_TOO_LARGE (the socket would otherwise be dropped mid-upload).
const MAX_MESSAGE_BYTES = messageBytesFor(MAX_UPLOAD_BYTES);

function rawSize(data: RawData): number {
  return Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
}

/** The call id at the start of an invoke message, read without parsing the (too large) rest. */
function peekId(data: RawData): number | undefined {
  const first = Array.isArray(data) ? data[0] : data;
  if (!first) return undefined;
  const bytes = Buffer.isBuffer(first) ? first : Buffer.from(first);
  const head = bytes.subarray(0, 256).toString('latin1');
  const m = /"id"\s*:\s*(\d{1,15})\s*[,}]/.exec(head);
  return m ? Number(m[1]) : undefined;
}

const megabytes = (n: number): string => `${Math.round(n / 1048576)} MB`;

/** True for a loopback peer address, including IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * `precis serve`: the built renderer over HTTP and the IPC contract over a WebSocket, on 127.0.0.1
 * only. A socket is accepted only with a single-use token (bridgeAdmission.ts), from the page's own
 * origin, with our own Host header (no DNS rebinding), from a loopback peer, and while fewer than
 * `maxConnections` are open. Each socket is one client of the service:
 * its jobs and events are its own, and closing it cancels its jobs.
 */
export async function createBridgeServer(options: BridgeServerOptions): Promise<BridgeServer> {
  const admission = createBridgeAdmission({ maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS });
  const token = admission.issue();
  const uploadLimit = Math.min(options.maxUploadBytes ?? documentByteLimit(), MAX_UPLOAD_BYTES);
  const messageLimit = messageBytesFor(uploadLimit);
  const sockets = new Set<WebSocket>();
  /** Admitted connection → its socket, so a reconnection of the same window can close the old one. */
  const byConnection = new Map<number, WebSocket>();
  let port = 0;
  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);

  const server = http.createServer((req, res) => {
    void serveStatic(req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const headers = securityHeaders();
    const fail = (status: number) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(http.STATUS_CODES[status] ?? 'Error');
    };
    if (!isLoopbackAddress(req.socket.remoteAddress) || !allowedHosts().has(req.headers.host ?? '')) return fail(403);
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405);
    const pathname = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    const resolved = await resolveStaticPath(options.rendererDir, pathname);
    if (!resolved.ok) return fail(resolved.status);
    res.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(resolved.filePath) });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(resolved.filePath)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname !== BRIDGE_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!isLoopbackAddress(req.socket.remoteAddress)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!allowedHosts().has(req.headers.host ?? '')) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!allowedOrigins().has(req.headers.origin ?? '')) return refuseUpgrade(socket, 403, 'Forbidden');
    const presented = url.searchParams.get('token');
    // A token this server never issued learns nothing, not even why.
    if (!admission.known(presented)) return refuseUpgrade(socket, 401, 'Unauthorized');
    // Decided once the handshake is complete (a failed handshake uses up nothing). A page can read
    // neither the status nor the body of a refused upgrade, so a used token or a full server is
    // told on the socket, with its code, and the socket closed.
    wss.handleUpgrade(req, socket, head, (ws) => {
      const decision = admission.admit(presented);
      if (decision.ok) return accept(ws, decision);
      if (decision.status === 401) return ws.close(1008, 'unauthorized');
      ws.send(JSON.stringify({ type: 'refused', error: decision.error } satisfies BridgeServerMessage));
      ws.close(refusalCloseCode(decision.error.code), decision.error.code);
    });
  });

  function accept(ws: WebSocket, admitted: Extract<Admission, { ok: true }>): void {
    const clientId = `bridge-${randomUUID()}`;
    sockets.add(ws);
    byConnection.set(admitted.connection, ws);
    // The same window reconnected (a reload) before its old socket closed: the old one goes now.
    if (admitted.replaces !== undefined) byConnection.get(admitted.replaces)?.close(1000, 'replaced by a reconnection');
    const send = (message: BridgeServerMessage) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
    };
    // First message: the token for this window's next connection (a reload of the page).
    send({ type: 'session', token: admitted.next });
    const unsubscribe = options.service.subscribe(clientId, (channel, payload) => send({ type: 'event', channel, payload }));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      void handle(data, isBinary);
    });
    async function handle(data: RawData, isBinary: boolean): Promise<void> {
      if (rawSize(data) > messageLimit) {
        // Refused before parsing: decoding it is what would exhaust the heap.
        const id = peekId(data);
        const size = Math.floor((rawSize(data) * 3) / 4);
        const message = `This file is about ${megabytes(size)}; Precis can read files up to ${megabytes(uploadLimit)} with the memory it has here. Split it into smaller files.`;
        if (id !== undefined && Number.isSafeInteger(id)) send({ type: 'result', id, result: err('FILE_TOO_LARGE', message) });
        else ws.close(1009, 'message too large');
        return;
      }
      let message: unknown;
      try {
        message = isBinary ? undefined : JSON.parse(data.toString());
      } catch {
        message = undefined;
      }
      const m = message as { type?: unknown; id?: unknown; channel?: unknown; request?: unknown } | undefined;
      if (!m || m.type !== 'invoke' || typeof m.id !== 'number' || !Number.isSafeInteger(m.id) || typeof m.channel !== 'string') {
        // Without a usable id there is no call to answer: a client this broken is dropped.
        if (m && typeof m.id === 'number' && Number.isSafeInteger(m.id)) {
          send({ type: 'result', id: m.id, result: err('INVALID_REQUEST', 'The bridge message was malformed. Reload the page.') });
        } else ws.close(1008, 'malformed message');
        return;
      }
      const result = await options.service.invoke(clientId, m.channel, m.request);
      send({ type: 'result', id: m.id, result });
    }
    ws.on('close', () => {
      sockets.delete(ws);
      byConnection.delete(admitted.connection);
      admission.release(admitted.connection);
      unsubscribe();
      void options.service.disconnect(clientId);
    });
    ws.on('error', () => ws.terminate());
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://${HOST}:${port}/#token=${token}`,
    issueToken: () => admission.issue(),
    connections: () => sockets.size,
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
