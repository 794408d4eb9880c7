// Round trip of the smallest procedure through browser mode's real HTTP server: what every UI call
// pays on top of its own work. One keep-alive connection, calls in sequence, as the UI makes them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { elapsedMs, now, percentile, report, ROOT, scratchDirectory } from './bench-support';

const WARM_UP = 200;
const CALLS = 2_000;

function startServer(configDir: string): Promise<{ url: URL; token: string; stop(): void }> {
  const server = spawn(process.execPath, [join(ROOT, 'dist', 'web', 'server.mjs'), '--no-open', '--port', '0', '--config-dir', configDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 30 s')), 30_000);
    server.once('exit', (code) => reject(new Error(`the server exited with code ${code} before it was ready`)));
    const lines = createInterface({ input: server.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const match = /running at (http:\/\/\S+?)\/?#token=([A-Za-z0-9_-]+)/.exec(line);
      if (!match) return reject(new Error(`unexpected first line from the server: ${line}`));
      server.removeAllListeners('exit');
      resolve({ url: new URL(match[1]!), token: match[2]!, stop: () => server.kill() });
    });
  });
}

function ping(url: URL, token: string, agent: Agent): Promise<void> {
  const body = '{}';
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/rpc/app.ping',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200 || !text.includes('"ok":true')) reject(new Error(`app.ping answered ${res.statusCode}: ${text}`));
          else resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// Browser mode refuses to start without the built UI, which `npm run bench` does not build.
if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
  process.stdout.write('SKIP rpc_roundtrip_p95_ms: the UI is not built (run `npm run build` first)\n');
  process.exit(0);
}

const server = await startServer(scratchDirectory('rpc'));
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
try {
  for (let i = 0; i < WARM_UP; i++) await ping(server.url, server.token, agent);
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = now();
    await ping(server.url, server.token, agent);
    samples.push(elapsedMs(start));
  }
  report('rpc_roundtrip_p95_ms', percentile(samples, 95), 'ms', { kind: 'max', limit: 3 });
  report('rpc_roundtrip_p50_ms', percentile(samples, 50), 'ms');
} finally {
  agent.destroy();
  server.stop();
}
