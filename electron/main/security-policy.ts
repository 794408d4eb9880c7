// The decisions behind the Electron security guards, kept free of 'electron' so they can be tested
// under plain Node: which URLs count as the app's own, which links may leave the app, the content
// security policy, how app:// requests map onto files, and which command-line switches would open a
// debugging door in a packaged build.
import nodePath from 'node:path';
import { EXTERNAL_LINK_HOSTS } from './external-links';

export const APP_SCHEME = 'app';
export const APP_HOST = 'custos';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True when `url` is served by the app's own privileged protocol (app://custos/...). */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The normalised URL to give to the system browser, or null when the link must not leave the app:
 * only http(s), no credentials, no explicit port, and a host on the allowlist.
 */
export function allowedExternalUrl(url: unknown, hosts: readonly string[] = EXTERNAL_LINK_HOSTS): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  const host = parsed.hostname.toLowerCase();
  if (!hosts.includes(host)) return null;
  return parsed.href;
}

export function isAllowedExternalUrl(url: unknown, hosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  return allowedExternalUrl(url, hosts) !== null;
}

/** What a navigation or new-window request should turn into. */
export type NavigationDecision = { action: 'allow' } | { action: 'open-external'; url: string } | { action: 'deny' };

export function decideNavigation(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return { action: 'allow' };
  const external = allowedExternalUrl(url);
  return external ? { action: 'open-external', url: external } : { action: 'deny' };
}

export function decideWindowOpen(url: unknown): NavigationDecision {
  // New windows are never created, not even for the app's own pages.
  const external = allowedExternalUrl(url);
  return external ? { action: 'open-external', url: external } : { action: 'deny' };
}

export type AppRequestResolution =
  | { status: 200; filePath: string; spaFallback: boolean }
  | { status: 400 | 403 | 404 | 405; reason: string };

interface PathApi {
  sep: string;
  resolve(...segments: string[]): string;
  relative(from: string, to: string): string;
  isAbsolute(p: string): boolean;
  extname(p: string): string;
}

/**
 * Maps an app:// request onto a file below `rootDir` (dist/renderer). Refuses other hosts, encoded
 * traversal, NUL bytes, drive letters and anything that resolves outside the root. Paths without an
 * extension fall back to index.html so client-side routes survive a reload.
 */
export function resolveAppRequest(
  rootDir: string,
  requestUrl: string,
  method = 'GET',
  pathApi: PathApi = nodePath,
): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, reason: 'method' };
  if (!isAppUrl(requestUrl)) return { status: 403, reason: 'origin' };
  const parsed = new URL(requestUrl);
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400, reason: 'encoding' };
  }
  if (decoded.includes('\0')) return { status: 400, reason: 'nul' };
  const segments = decoded.split(/[/\\]+/).filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return { status: 403, reason: 'traversal' };
  if (segments.some((segment) => /^[A-Za-z]:/.test(segment) || segment.includes(':'))) return { status: 403, reason: 'drive' };
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, relativePath);
  const relative = pathApi.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) return { status: 403, reason: 'outside' };
  const last = segments[segments.length - 1] ?? '';
  const spaFallback = segments.length > 0 && pathApi.extname(last) === '';
  return { status: 200, filePath: spaFallback ? pathApi.resolve(root, 'index.html') : filePath, spaFallback };
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every response of the app protocol. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/**
 * Adds the CSP to a response's headers, replacing whatever policy the response carried (header
 * names are case-insensitive, so every spelling is removed first).
 */
export function withContentSecurityPolicy(headers: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/**
 * Switches that would expose the main or renderer processes to a debugger. A packaged build refuses
 * to start with any of them (the Node ones are also disabled by fuse; the Chromium ones are not).
 */
export const DEBUG_SWITCHES: readonly string[] = Object.freeze([
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'js-flags',
]);

export function findDebugSwitches(argv: readonly string[]): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    const match = /^--?([a-z][a-z0-9-]*)(=.*)?$/i.exec(arg);
    const name = match?.[1]?.toLowerCase();
    if (name && DEBUG_SWITCHES.includes(name) && !found.includes(name)) found.push(name);
  }
  return found;
}


/**
 * Which requests a page of the app may make at all: its own origin, blob:/data: it created, and
 * DevTools' own resources in development. No http(s), no file://, no websockets.
 */
export function isRequestAllowed(url: unknown): boolean {
  if (isAppUrl(url)) return true;
  if (typeof url !== 'string') return false;
  if (url.startsWith(`blob:${APP_ORIGIN}/`)) return true;
  if (url.startsWith('data:')) return true;
  return url.startsWith('devtools://');
}
