import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server treats one path. */
export interface ServedFile {
  body: Buffer;
  /** Answer every request with 200 and the whole body, as servers without range support do. */
  ignoreRanges?: boolean;
  /** Answer with this status and no body. */
  status?: number;
  /** Close the connection after sending this many body bytes of the next response only (then behave). */
  cutAfterBytes?: number;
  /** Send the body with these bytes changed (a corrupted transfer; Content-Length stays right). */
  corrupt?: boolean;
  /** Send this many body bytes of each response, then hold the connection open without sending more. */
  stallAfterBytes?: number;
  /** Bytes per write and a pause between writes, so a download can be watched mid-way. */
  throttle?: { chunk: number; delayMs: number };
  /** Extra response headers (an `x-linked-etag` as the hub sends, …). */
  headers?: Record<string, string>;
}

export interface RangeServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  files: Map<string, ServedFile>;
  /** Every request's path and headers, in order. */
  requests: { path: string; method: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/**
 * A small HTTP server on 127.0.0.1 that serves in-memory files with single byte ranges
 * (`Range: bytes=a-b`, 206 with Content-Range), as a model host does.
 */
export async function startRangeServer(files: Record<string, ServedFile> = {}): Promise<RangeServer> {
  const map = new Map(Object.entries(files));
  const requests: RangeServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ path, method: req.method ?? 'GET', headers: req.headers });
    const file = map.get(path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    if (file.status) {
      res.writeHead(file.status).end();
      return;
    }
    let body = file.body;
    if (file.corrupt) {
      body = Buffer.from(body);
      for (let i = Math.floor(body.length / 2); i < body.length; i += 4096) body[i] = (body[i] ?? 0) ^ 0xff;
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    let status = 200;
    const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream', ...file.headers };
    if (!file.ignoreRanges) headers['accept-ranges'] = 'bytes';
    if (range && !file.ignoreRanges) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
      if (start >= body.length) {
        res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
        return;
      }
      headers['content-range'] = `bytes ${start}-${end}/${body.length}`;
      status = 206;
      body = body.subarray(start, end + 1);
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const cut = file.cutAfterBytes;
    if (cut !== undefined) {
      delete file.cutAfterBytes;
      res.write(body.subarray(0, cut), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    if (file.stallAfterBytes !== undefined) {
      res.write(body.subarray(0, file.stallAfterBytes));
      return;
    }
    if (!file.throttle) {
      res.end(body);
      return;
    }
    const { chunk, delayMs } = file.throttle;
    let at = 0;
    const pump = () => {
      if (res.destroyed) return;
      if (at >= body.length) return void res.end();
      res.write(body.subarray(at, at + chunk));
      at += chunk;
      setTimeout(pump, delayMs);
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    files: map,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
