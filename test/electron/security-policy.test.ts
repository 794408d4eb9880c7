import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_HOSTS } from '../../electron/main/external-links';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  allowedExternalUrl,
  appResponseHeaders,
  decideNavigation,
  decideWindowOpen,
  findDebugSwitches,
  isAllowedExternalUrl,
  isAppUrl,
  isRequestAllowed,
  mimeTypeFor,
  resolveAppRequest,
  withContentSecurityPolicy,
} from '../../electron/main/security-policy';

describe('app origin', () => {
  it('accepts the app protocol on the app host only', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://custos/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://CUSTOS/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://custos.evil.example/index.html')).toBe(false);
    expect(isAppUrl('app://user:pass@custos/index.html')).toBe(false);
    expect(isAppUrl('app://custos:8080/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://custos/')).toBe(false);
    expect(isAppUrl('blob:app://custos/1234')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl({ toString: () => APP_ENTRY_URL })).toBe(false);
  });
});

describe('external links', () => {
  it('lets allowlisted http(s) hosts through, normalised', () => {
    expect(allowedExternalUrl('https://gdpr-info.eu/art-33-gdpr/')).toBe('https://gdpr-info.eu/art-33-gdpr/');
    expect(allowedExternalUrl('https://EUR-LEX.europa.eu/eli/reg/2016/679/oj')).toBe('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    expect(allowedExternalUrl('http://oag.ca.gov/privacy/ccpa')).toBe('http://oag.ca.gov/privacy/ccpa');
    for (const host of EXTERNAL_LINK_HOSTS) expect(isAllowedExternalUrl(`https://${host}/`)).toBe(true);
  });

  it('refuses everything else', () => {
    const refused = [
      'https://example.com/',
      'https://gdpr-info.eu.evil.example/',
      'https://evil.example/?https://gdpr-info.eu/',
      'https://sub.github.com/',
      'https://iso.org/',
      'https://user@github.com/',
      'https://github.com:8443/',
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'smb://github.com/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://custos/index.html',
      'mailto:dpo@example.com',
      '//github.com/',
      '',
      42,
      null,
    ];
    for (const url of refused) expect(isAllowedExternalUrl(url), String(url)).toBe(false);
  });

  it('keeps navigation inside the app and sends allowed links out', () => {
    expect(decideNavigation('app://custos/index.html#/inventory')).toEqual({ action: 'allow' });
    expect(decideNavigation('https://example.com/')).toEqual({ action: 'deny' });
    expect(decideNavigation('https://github.com/')).toEqual({ action: 'open-external', url: 'https://github.com/' });
    expect(decideNavigation('file:///etc/passwd')).toEqual({ action: 'deny' });
  });

  it('never opens new windows, not even for app pages', () => {
    expect(decideWindowOpen('app://custos/index.html')).toEqual({ action: 'deny' });
    expect(decideWindowOpen('https://example.com/')).toEqual({ action: 'deny' });
    expect(decideWindowOpen('https://www.iso.org/standard/27001')).toEqual({ action: 'open-external', url: 'https://www.iso.org/standard/27001' });
  });
});

describe('content security policy', () => {
  it('is strict', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });

  it('replaces any policy a response carried, whatever its spelling', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': 'text/html' });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('comes with every app response', () => {
    const headers = appResponseHeaders('/x/index.html');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('types what the renderer build contains', () => {
    expect(mimeTypeFor('a/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a/style.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('network requests', () => {
  it('allows only the app origin and what the page made itself', () => {
    expect(isRequestAllowed('app://custos/assets/a.js')).toBe(true);
    expect(isRequestAllowed('blob:app://custos/6d1c')).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA')).toBe(true);
    expect(isRequestAllowed('https://example.com/')).toBe(false);
    expect(isRequestAllowed('http://127.0.0.1:8080/')).toBe(false);
    expect(isRequestAllowed('ws://127.0.0.1/')).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd')).toBe(false);
    expect(isRequestAllowed('blob:https://example.com/1')).toBe(false);
  });
});

describe.each([
  ['posix', path.posix, '/opt/custos/dist/renderer'],
  ['win32', path.win32, 'C:\\Program Files\\Custos\\resources\\app.asar\\dist\\renderer'],
] as const)('app protocol paths (%s)', (_name, pathApi, root) => {
  const resolve = (url: string, method?: string) => resolveAppRequest(root, url, method, pathApi);

  it('serves files below the renderer root', () => {
    expect(resolve('app://custos/')).toEqual({ status: 200, filePath: pathApi.join(root, 'index.html'), spaFallback: false });
    expect(resolve('app://custos/index.html')).toEqual({ status: 200, filePath: pathApi.join(root, 'index.html'), spaFallback: false });
    expect(resolve('app://custos/assets/index-Bx1.js')).toEqual({ status: 200, filePath: pathApi.join(root, 'assets', 'index-Bx1.js'), spaFallback: false });
    expect(resolve('app://custos/assets/a%20b.css?v=1#x')).toEqual({ status: 200, filePath: pathApi.join(root, 'assets', 'a b.css'), spaFallback: false });
  });

  it('falls back to index.html for client-side routes', () => {
    expect(resolve('app://custos/inventory/activities')).toEqual({ status: 200, filePath: pathApi.join(root, 'index.html'), spaFallback: true });
  });

  it('never resolves outside the root, whatever the spelling', () => {
    const attempts = [
      'app://custos/%2e%2e/%2e%2e/etc/passwd',
      'app://custos/assets/%2E%2E%2F%2E%2E%2Fmain.cjs',
      'app://custos/assets/..%5C..%5Cmain.cjs',
      'app://custos/assets/%5C..%5C..%5Cmain.cjs',
      'app://custos/./index.html',
      'app://custos/C:%5CWindows%5Cwin.ini',
      'app://custos/c%3A/Windows/win.ini',
      'app://custos/%5C%5Cserver%5Cshare%5Cx.js',
    ];
    for (const url of attempts) {
      const result = resolve(url);
      if (result.status === 200) {
        // The URL parser collapses dot segments (%2e%2e included) before we see the path.
        const relative = pathApi.relative(root, result.filePath);
        expect(relative.startsWith('..') || pathApi.isAbsolute(relative), url).toBe(false);
      }
    }
    expect(resolve('app://custos/assets/..%5C..%5Cmain.cjs').status).toBe(403);
    expect(resolve('app://custos/C:%5CWindows%5Cwin.ini').status).toBe(403);
    expect(resolve('app://custos/%2e%2e/%2e%2e/etc/passwd.txt')).toMatchObject({ status: 200, filePath: pathApi.join(root, 'etc', 'passwd.txt') });
  });

  it('refuses NUL, bad encoding, other hosts and writes', () => {
    expect(resolve('app://custos/index.html%00.js').status).toBe(400);
    expect(resolve('app://custos/%E0%A4%A').status).toBe(400);
    expect(resolve('app://evil/index.html').status).toBe(403);
    expect(resolve('file:///index.html').status).toBe(403);
    expect(resolve('app://custos/index.html', 'POST').status).toBe(405);
    expect(resolve('app://custos/index.html', 'HEAD').status).toBe(200);
  });
});

describe('debugging switches', () => {
  it('finds every way to ask for a debugger', () => {
    expect(
      findDebugSwitches(['/opt/Custos/custos', '--remote-debugging-port=9222', '--inspect', '--inspect-brk=0', '-js-flags=--allow-natives-syntax', '--no-sandbox']),
    ).toEqual(['remote-debugging-port', 'inspect', 'inspect-brk', 'js-flags']);
    expect(findDebugSwitches(['--REMOTE-DEBUGGING-PIPE'])).toEqual(['remote-debugging-pipe']);
  });

  it('leaves ordinary arguments alone', () => {
    expect(findDebugSwitches(['/Applications/Custos.app/Contents/MacOS/Custos', '/Users/a/Acme.custos', '--lang=zh-CN'])).toEqual([]);
  });
});
