/**
 * The access token, in memory only (never localStorage): a page reload loses it and the session
 * is resumed from the httpOnly refresh cookie through POST /api/auth/refresh.
 *
 * Listeners hear when the session ends without the user asking (a refresh was refused), so the
 * auth context can send them to the login page.
 */
let accessToken: string | null = null;
const endedListeners = new Set<() => void>();

export const getAccessToken = (): string | null => accessToken;

export const setAccessToken = (token: string): void => {
  accessToken = token;
};

export const clearAccessToken = (): void => {
  accessToken = null;
};

/** The server refused to renew the session: forget the token and tell the listeners. */
export const endSession = (): void => {
  accessToken = null;
  for (const listener of endedListeners) listener();
};

export const onSessionEnded = (listener: () => void): (() => void) => {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
};
