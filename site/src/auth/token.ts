/**
 * The access token, in memory only (never localStorage): a page reload loses it and the session
 * is resumed from the httpOnly refresh cookie through POST /api/auth/refresh.
 *
 * Listeners hear when the session ends without the user asking (a refresh was refused), so the
 * auth context can send them to the login page.
 */
let accessToken: string | null = null;
const endedListeners = new Set<() => void>();

/**
 * A hint (not a secret) that this browser logged in, so a visitor who never did is not sent
 * through a refresh call the server can only refuse.
 */
const SESSION_HINT_KEY = 'poshtiban.session';

const setHint = (on: boolean) => {
  try {
    if (on) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    /* storage unavailable (private mode): the refresh call is simply always tried */
  }
};

export const mayHaveSession = (): boolean => {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) !== null;
  } catch {
    return true;
  }
};

export const getAccessToken = (): string | null => accessToken;

export const setAccessToken = (token: string): void => {
  accessToken = token;
  setHint(true);
};

export const clearAccessToken = (): void => {
  accessToken = null;
  setHint(false);
};

/** The server refused to renew the session: forget the token and tell the listeners. */
export const endSession = (): void => {
  accessToken = null;
  setHint(false);
  for (const listener of endedListeners) listener();
};

export const onSessionEnded = (listener: () => void): (() => void) => {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
};
