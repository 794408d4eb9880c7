// Browser mode: the same backend over HTTP on 127.0.0.1 only. A random token, printed once in the
// URL's fragment, is required on every /rpc and /events request; Host and Origin must name this
// server (no DNS rebinding, no cross-site calls); no CORS headers are ever sent.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Backend } from '../backend/backend';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface WebServerOptions {
  backend: Backend;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'INVALID_INPUT' | 'UNKNOWN_PROCEDURE', message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(`Bearer ${token}`);
  const serveStatic = sirv(options.rendererDir, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      if (pathname.endsWith('.html') || pathname === '/') res.setHeader('Cache-Control', 'no-store');
    },
  });
  let allowedHosts = new Set<string>();

  const authorised = (req: IncomingMessage): boolean => {
    const header = Buffer.from(req.headers.authorization ?? '');
    return header.length === tokenBytes.length && timingSafeEqual(header, tokenBytes);
  };

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) return refuse(res, 403, 'FORBIDDEN', 'wrong Host header');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) return refuse(res, 403, 'FORBIDDEN', 'wrong Origin header');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      // An absolute-form target such as `GET http://[::1/` does not parse; it must not take the server down.
      return refuse(res, 400, 'INVALID_INPUT', 'malformed request target');
    }

    if (url.pathname.startsWith('/rpc/')) {
      if (!authorised(req)) return refuse(res, 401, 'UNAUTHORIZED', 'missing or wrong token');
      if (req.method !== 'POST') return refuse(res, 405, 'INVALID_INPUT', 'use POST');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'INVALID_INPUT', 'content type must be application/json');
      let procedure: string;
      try {
        procedure = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      } catch {
        return refuse(res, 404, 'UNKNOWN_PROCEDURE', 'malformed procedure name');
      }
      readBody(req)
        .then(async (body) => {
          let input: unknown = {};
          if (body.length > 0) {
            try {
              input = JSON.parse(body.toString('utf8'));
            } catch {
              return refuse(res, 400, 'INVALID_INPUT', 'body is not valid JSON');
            }
          }
          const envelope = await options.backend.invoke(procedure, input);
          sendJson(res, 200, envelope);
        })
        .catch(() => refuse(res, 413, 'INVALID_INPUT', 'request body too large'));
      return;
    }

    if (url.pathname === '/events') {
      if (!authorised(req)) return refuse(res, 401, 'UNAUTHORIZED', 'missing or wrong token');
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      const unsubscribe = options.backend.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
      req.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'INVALID_INPUT', 'method not allowed');
    serveStatic(req, res, () => {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  });
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
