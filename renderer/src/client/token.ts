// Browser mode: the local server prints a URL carrying a per-run token in its fragment. The token is
// moved to sessionStorage (so a reload keeps working) and removed from the address bar (so it does not
// end up in screenshots, bookmarks or the history).

export const TOKEN_STORAGE_KEY = 'custos.token';

export interface TokenEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{8,512}$/;

export function tokenFromFragment(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment) return null;
  const token = new URLSearchParams(fragment).get('token');
  return token && TOKEN_PATTERN.test(token) ? token : null;
}

/** Returns the session's token (from the URL fragment, else from sessionStorage), or null. */
export function takeToken(env: TokenEnvironment): string | null {
  const fromFragment = tokenFromFragment(env.location.hash);
  if (fromFragment) {
    try {
      env.storage.setItem(TOKEN_STORAGE_KEY, fromFragment);
    } catch {
      // Storage may be disabled; the token still works for this page's lifetime.
    }
    env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}`);
    return fromFragment;
  }
  try {
    const stored = env.storage.getItem(TOKEN_STORAGE_KEY);
    return stored && TOKEN_PATTERN.test(stored) ? stored : null;
  } catch {
    return null;
  }
}
