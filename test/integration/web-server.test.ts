// Browser mode's HTTP server over a real backend: token, Host and Origin checks, the RPC and event
// endpoints, and the static files with their security headers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendEvent, BackendEventListener } from '../../shared/contract';
import type { Backend } from '../../electron/backend/backend';
import { CONTENT_SECURITY_POLICY, startWebServer, type WebServer } from '../../electron/web/server';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const INDEX_HTML = '<!doctype html><html><head><title>Custos test</title></head><body><div id="root"></div></body></html>';
const SECRET_BESIDE = 'this file sits outside the renderer folder';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json(): unknown;
}

let t: TestBackend;
let server: WebServer;
let rendererDir: string;
let subscribers = 0;

function send(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer; host?: string | null } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.host !== null) headers.host = options.host ?? `127.0.0.1:${server.port}`;
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers, setHost: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as unknown });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ authorization: `Bearer ${server.token}`, 'content-type': 'application/json' });
const rpc = (procedure: string, input: unknown = {}, headers: Record<string, string> = auth()) =>
  send('POST', `/rpc/${procedure}`, { headers, body: JSON.stringify(input) });

beforeAll(async () => {
  t = testBackend();
  rendererDir = join(t.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(t.dir, 'secret.txt'), SECRET_BESIDE);
  writeFileSync(join(t.dir, 'package.json'), JSON.stringify({ name: SECRET_BESIDE }));
  // The real backend, with subscriptions counted so that a closed stream can be seen to unsubscribe.
  const counted: Backend = {
    invoke: (procedure, input, context) => t.backend.invoke(procedure, input, context),
    dispose: () => t.backend.dispose(),
    subscribe(listener: BackendEventListener) {
      subscribers += 1;
      const unsubscribe = t.backend.subscribe(listener);
      return () => {
        subscribers -= 1;
        unsubscribe();
      };
    },
  };
  server = await startWebServer({ backend: counted, rendererDir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await t?.cleanup();
});

describe('listening', () => {
  it('binds to 127.0.0.1 only and carries the token in the URL fragment', () => {
    const url = new URL(server.url);
    expect(url.protocol).toBe('http:');
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBe(server.port);
    expect(server.port).toBeGreaterThan(0);
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('is not reachable on other interfaces', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (!external) return;
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect(server.port, external.address);
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).not.toBe('connected');
  });

  it('generates a new token for each server', async () => {
    const other = await startWebServer({ backend: t.backend, rendererDir, port: 0 });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.port).not.toBe(server.port);
    } finally {
      await other.close();
    }
  });
});

describe('/rpc', () => {
  it('without a token → 401 UNAUTHORIZED envelope', async () => {
    const reply = await rpc('app.ping', {}, { 'content-type': 'application/json' });
    expect(reply.status).toBe(401);
    expect(reply.json()).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
  });

  it.each([
    ['a wrong token', (token: string) => `Bearer ${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['the token without Bearer', (token: string) => token],
    ['lower-case bearer', (token: string) => `bearer ${token}`],
    ['a longer token', (token: string) => `Bearer ${token}x`],
    ['an empty token', () => 'Bearer '],
  ])('with %s → 401', async (_label, header) => {
    const reply = await rpc('app.ping', {}, { authorization: header(server.token), 'content-type': 'application/json' });
    expect(reply.status).toBe(401);
    expect((reply.json() as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
  });

  it('the token in the query string is not accepted', async () => {
    const reply = await send('POST', `/rpc/app.ping?token=${server.token}`, { headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
  });

  it('with the right token → the envelope, as JSON, uncached, without CORS headers', async () => {
    const reply = await rpc('app.ping');
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual({ ok: true, value: { pong: true } });
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('an empty body counts as {}', async () => {
    const reply = await send('POST', '/rpc/app.ping', { headers: auth() });
    expect(reply.json()).toEqual({ ok: true, value: { pong: true } });
  });

  it('Host: evil.example:PORT → 403 (DNS rebinding)', async () => {
    const reply = await send('POST', '/rpc/app.ping', { headers: auth(), body: '{}', host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
    expect((reply.json() as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it.each([['127.0.0.1'], ['127.0.0.1:1'], ['localhost'], ['[::1]:PORT'], ['0.0.0.0:PORT'], ['127.0.0.1:PORT.evil.example']])('Host %s → 403', async (host) => {
    const reply = await send('GET', '/', { host: host.replace('PORT', String(server.port)) });
    expect(reply.status).toBe(403);
  });

  it('no Host header at all → rejected', async () => {
    const reply = await send('GET', '/', { host: null });
    expect([400, 403]).toContain(reply.status);
  });

  it('Host localhost:PORT is accepted', async () => {
    const reply = await send('POST', '/rpc/app.ping', { headers: auth(), body: '{}', host: `localhost:${server.port}` });
    expect(reply.json()).toEqual({ ok: true, value: { pong: true } });
  });

  it.each(['http://evil.example', `http://evil.example:PORT`, 'null', 'https://127.0.0.1:PORT', 'http://127.0.0.1:PORT.evil.example', 'http://127.0.0.1'])(
    'Origin %s → 403 even with the token',
    async (origin) => {
      const reply = await rpc('app.ping', {}, { ...auth(), origin: origin.replace('PORT', String(server.port)) });
      expect(reply.status).toBe(403);
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    },
  );

  it('Origin http://127.0.0.1:PORT and http://localhost:PORT are allowed', async () => {
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const reply = await rpc('app.ping', {}, { ...auth(), origin });
      expect(reply.status, origin).toBe(200);
      expect(reply.json()).toEqual({ ok: true, value: { pong: true } });
    }
  });

  it('GET /rpc/app.ping → 405', async () => {
    const reply = await send('GET', '/rpc/app.ping', { headers: { authorization: `Bearer ${server.token}` } });
    expect(reply.status).toBe(405);
    expect((reply.json() as { ok: boolean }).ok).toBe(false);
  });

  it('a cross-site preflight (OPTIONS) gets no CORS grant', async () => {
    const reply = await send('OPTIONS', '/rpc/app.ping', {
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    expect(reply.status).toBe(403);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(reply.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('a body that is not JSON → 400 INVALID_INPUT', async () => {
    const reply = await send('POST', '/rpc/app.ping', { headers: auth(), body: '{"unterminated": ' });
    expect(reply.status).toBe(400);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('a content type other than JSON (a simple cross-site form post) → 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await send('POST', '/rpc/app.ping', { headers: { authorization: `Bearer ${server.token}`, 'content-type': type }, body: '{}' });
      expect(reply.status, type).toBe(415);
    }
    const none = await send('POST', '/rpc/app.ping', { headers: { authorization: `Bearer ${server.token}` }, body: '{}' });
    expect(none.status).toBe(415);
  });

  it('JSON that fails the schema → INVALID_INPUT envelope from the backend with issue paths', async () => {
    const reply = await rpc('workspace.create', { directory: t.dir, name: 'a/b', passphrase: PASSPHRASE });
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['name'] }] } } });
  });

  it('an unknown procedure → UNKNOWN_PROCEDURE envelope', async () => {
    const reply = await rpc('no.such.thing');
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    const proto = await rpc('__proto__');
    expect(proto.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
  });

  it('a malformed percent-encoded procedure name is refused and the server keeps running', async () => {
    const reply = await send('POST', '/rpc/%E0%A4%A', { headers: auth(), body: '{}' });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect((await rpc('app.ping')).json()).toEqual({ ok: true, value: { pong: true } });
  });

  it('percent-encoded procedure names are decoded', async () => {
    const reply = await send('POST', '/rpc/app%2Eping', { headers: auth(), body: '{}' });
    expect(reply.json()).toEqual({ ok: true, value: { pong: true } });
  });

  it('an absolute-form request target that does not parse is refused and the server keeps running', async () => {
    const status = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write(`GET http://[::1/ HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (chunk) => (text += String(chunk)));
      socket.on('end', () => resolve(text.split('\r\n')[0] ?? ''));
      socket.on('error', reject);
    });
    expect(status).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect((await rpc('app.ping')).json()).toEqual({ ok: true, value: { pong: true } });
  });
});

describe('/events', () => {
  it('without a token → 401', async () => {
    const reply = await send('GET', '/events');
    expect(reply.status).toBe(401);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await send('GET', '/events', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(subscribers).toBe(0);
  });

  it('with the token: streams a workspace.status event after workspace.create through /rpc, and unsubscribes on close', async () => {
    const events: BackendEvent[] = [];
    let contentType = '';
    let resolveCreated: () => void = () => undefined;
    const created = new Promise<void>((resolve) => (resolveCreated = resolve));
    const stream = request({
      host: '127.0.0.1',
      port: server.port,
      path: '/events',
      method: 'GET',
      agent: false,
      headers: { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${server.token}` },
    });
    const opened = new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('response', (res) => {
        contentType = String(res.headers['content-type']);
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          if (buffer.includes(': connected')) resolve();
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            for (const line of frame.split('\n')) {
              if (!line.startsWith('data: ')) continue;
              const event = JSON.parse(line.slice('data: '.length)) as BackendEvent;
              events.push(event);
              if (event.type === 'workspace.status' && event.reason === 'created') resolveCreated();
            }
          }
        });
        res.on('error', () => undefined);
      });
    });
    stream.end();
    await opened;
    expect(contentType).toMatch(/^text\/event-stream/);
    expect(subscribers).toBe(1);

    const reply = await rpc('workspace.create', { directory: join(t.dir, 'workspaces'), name: 'Web', passphrase: PASSPHRASE });
    const envelope = reply.json() as { ok: boolean; value: { path: string; recoveryKey: string } };
    expect(envelope.ok).toBe(true);
    await created;
    const statusEvent = events.find((e) => e.type === 'workspace.status');
    expect(statusEvent).toMatchObject({ type: 'workspace.status', reason: 'created', status: { state: 'unlocked', name: 'Web', path: envelope.value.path } });
    // The event stream carries no key material.
    const streamed = JSON.stringify(events);
    expect(streamed).not.toContain('"recoveryKey"');
    expect(streamed).not.toContain(envelope.value.recoveryKey.slice(0, 17));
    expect(streamed).not.toContain(envelope.value.recoveryKey.replace(/-/g, '').slice(0, 16));

    // Locking is pushed too.
    await rpc('workspace.lock', { reason: 'manual' });
    await expect.poll(() => events.some((e) => e.type === 'workspace.status' && e.status.state === 'locked'), { timeout: 5000 }).toBe(true);

    stream.destroy();
    await expect.poll(() => subscribers, { timeout: 5000 }).toBe(0);
  });
});

describe('static files', () => {
  it('GET / → index.html with the CSP and no CORS header', async () => {
    const reply = await send('GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves assets without a token (the page must load to read its fragment)', async () => {
    const reply = await send('GET', '/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('console.log("app");');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('an unknown path → 404 with the security headers', async () => {
    const reply = await send('GET', '/nope.js');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['/../package.json', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fpackage.json', '/assets/../../secret.txt', '//secret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt'])(
    'path traversal %s is not served',
    async (path) => {
      const reply = await send('GET', path);
      expect(reply.status).not.toBe(200);
      expect(reply.body).not.toContain(SECRET_BESIDE);
    },
  );

  it('POST / → 405', async () => {
    const reply = await send('POST', '/', { body: 'x' });
    expect(reply.status).toBe(405);
  });
});
