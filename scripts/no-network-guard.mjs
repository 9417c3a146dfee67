/**
 * Preload for the offline proof (SECURITY C1b): makes every network entry point of this thread
 * report and fail: `net.connect`/`createConnection`, `tls.connect`, `dns.lookup`/`resolve*`,
 * `globalThis.fetch`, plus the `net.client.socket` and `undici:request:create` diagnostics channels
 * (which see sockets however they were opened). Worker threads inherit `--import`, so parser workers
 * are guarded too. Each attempt prints one `NETWORK-ATTEMPT <what>` line on stderr.
 *
 *   node --import ./scripts/no-network-guard.mjs --import tsx <script>
 * Plain JavaScript so that it loads in worker threads before any TypeScript loader.
 */
import dc from 'node:diagnostics_channel';
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import { threadId } from 'node:worker_threads';

/** @param {string} what */
function report(what) {
  process.stderr.write(`NETWORK-ATTEMPT ${what} (thread ${threadId})\n`);
}

/** @param {string} what */
function refused(what) {
  report(what);
  return Object.assign(new Error(`Network access is disabled (${what})`), { code: 'ENETUNREACH' });
}

/** A local IPC pipe (a path, not a host) is not network. */
/** @param {unknown[]} args */
function isIpc(args) {
  const first = args[0];
  return typeof first === 'string' || (typeof first === 'object' && first !== null && 'path' in first && typeof first.path === 'string');
}

dc.subscribe('net.client.socket', (message) => {
  // Published before the socket connects; IPC pipes (tsx's own) have no remote address once connected.
  const socket = message?.socket;
  socket?.once?.('connect', () => {
    if (socket.remoteAddress) report(`net.client.socket ${socket.remoteAddress}:${socket.remotePort}`);
  });
});
dc.subscribe('undici:request:create', (message) => {
  const request = message?.request;
  report(`undici:request:create ${request?.origin ?? ''}`.trim());
});

for (const name of ['connect', 'createConnection']) {
  const original = net[name];
  net[name] = (...args) => {
    if (isIpc(args)) return original(...args);
    throw refused(`net.${name}`);
  };
}
const originalSocketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const options = Array.isArray(args[0]) ? args[0][0] : args[0];
  const tcp = typeof options === 'number' || (typeof options === 'object' && options !== null && options.port !== undefined);
  if (tcp) throw refused('net.Socket.connect');
  return originalSocketConnect.apply(this, args);
};
tls.connect = () => {
  throw refused('tls.connect');
};
const dnsNames = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs', 'reverse'];
for (const name of dnsNames) {
  const original = dns[name];
  dns[name] = (...args) => {
    // Resolving an IP literal (net.Server.listen does) asks nobody.
    if (name === 'lookup' && typeof args[0] === 'string' && net.isIP(args[0])) return original(...args);
    const callback = args.at(-1);
    const error = refused(`dns.${name}`);
    if (typeof callback === 'function') process.nextTick(() => callback(error));
    else throw error;
  };
  dns.promises[name] = async () => {
    throw refused(`dns.promises.${name}`);
  };
}
globalThis.fetch = async (input) => {
  throw refused(`fetch ${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url}`);
};
