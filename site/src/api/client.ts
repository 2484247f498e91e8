/**
 * The one fetch wrapper for the API.
 *
 * - JSON in and out — or multipart/form-data when the body is a FormData (files: ticket
 *   attachments; the browser writes the boundary) — with the Bearer access token
 *   (auth/token.ts) on every authenticated call; apiDownload() fetches a file the same way.
 * - On a 401 it refreshes the session once (POST /api/auth/refresh, cookie only) and retries the
 *   call once; when the refresh is refused the session ends (the app goes to /login).
 * - Every error becomes an ApiError: status, stable code, the bilingual message and the
 *   per-field messages of `details.errors`, plus Retry-After for 429.
 */
import { clearAccessToken, endSession, getAccessToken, mayHaveSession, setAccessToken } from '../auth/token';
import type { ApiFieldError, CodeRequested, DataEnvelope, ErrorEnvelope, Label, LoginCodeRequested, LoginResponse, PasswordChanged, PasswordResetDone, RefreshResponse } from './types';

export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The API's stable code (`loginFailed`, `notFound`…) or `network` / `server` (a 5xx) / `unexpected`. */
  readonly code: string;
  /** The server's message in both languages; null when it sent none (network errors). */
  readonly label: Label | null;
  /** Per-field messages keyed by the field's path (`identifier`, `address.city`). */
  readonly fieldErrors: Record<string, Label>;
  /** Seconds from a 429's Retry-After header. */
  readonly retryAfterSeconds: number | null;
  /** `details` of the error envelope beyond code, messages and field errors (e.g. `link`). */
  readonly details: Record<string, unknown>;

  constructor(init: { status: number; code: string; label: Label | null; fieldErrors?: Record<string, Label>; retryAfterSeconds?: number | null; details?: Record<string, unknown> }) {
    super(init.label?.en ?? init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.label = init.label;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.details = init.details ?? {};
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const isAbortError = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** sent as JSON, or as multipart/form-data when it is a FormData */
  body?: unknown;
  /** Send the access token and refresh on 401 (default true). */
  auth?: boolean;
  signal?: AbortSignal;
};

const isErrorEnvelope = (value: unknown): value is ErrorEnvelope =>
  typeof value === 'object' && value !== null && 'error' in value && typeof (value as ErrorEnvelope).error === 'object' && (value as ErrorEnvelope).error !== null;

const fieldErrorsOf = (errors: ApiFieldError[] | undefined): Record<string, Label> => {
  const out: Record<string, Label> = {};
  for (const e of errors ?? []) {
    if (!Array.isArray(e.path) || e.path.length === 0) continue;
    const key = e.path.join('.');
    if (!out[key]) out[key] = { fa: e.message, en: e.messageEn ?? e.message };
  }
  return out;
};

const parseRetryAfter = (res: Response): number | null => {
  const raw = res.headers.get('Retry-After');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
};

const readJson = async (res: Response): Promise<unknown> => {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * A server failure (5xx) is described by the site in the page's language, never by the server's
 * text ("Internal Server Error" from Strapi, a proxy's HTML page): only a message the API wrote in
 * both languages itself (with `details.messageEn`) is kept.
 */
const isServerFailure = (status: number, body: unknown): boolean =>
  status >= 500 && !(isErrorEnvelope(body) && typeof body.error.message === 'string' && typeof body.error.details?.messageEn === 'string');

const toApiError = async (res: Response): Promise<ApiError> => {
  const body = await readJson(res);
  const retryAfterSeconds = res.status === 429 ? parseRetryAfter(res) : null;
  if (isServerFailure(res.status, body)) return new ApiError({ status: res.status, code: 'server', label: null });
  if (isErrorEnvelope(body)) {
    const { message, details } = body.error;
    return new ApiError({
      status: res.status,
      code: details?.code ?? body.error.name ?? 'unexpected',
      label: message ? { fa: message, en: details?.messageEn ?? message } : null,
      fieldErrors: fieldErrorsOf(details?.errors),
      retryAfterSeconds,
      details: details ?? {},
    });
  }
  return new ApiError({ status: res.status, code: 'unexpected', label: null, retryAfterSeconds });
};

const isFormData = (body: unknown): body is FormData => typeof FormData !== 'undefined' && body instanceof FormData;

const send = async (path: string, options: RequestOptions, token: string | null, accept = 'application/json'): Promise<Response> => {
  const headers: Record<string, string> = { Accept: accept };
  const multipart = isFormData(options.body);
  // a FormData's Content-Type (with its boundary) is the browser's to write
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError({ status: 0, code: 'network', label: null });
  }
};

let refreshing: Promise<boolean> | null = null;

/**
 * Renews the access token from the refresh cookie. One request at a time: callers that hit a 401
 * together share it (the server rotates the refresh token, so a second parallel call would fail).
 * Resolves false when there is no session (401, or 400 without a cookie) or the server is down.
 */
export const refreshSession = (): Promise<boolean> => {
  if (!mayHaveSession()) return Promise.resolve(false);
  if (!refreshing) {
    refreshing = (async () => {
      try {
        const res = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'include', headers: { Accept: 'application/json' } });
        if (!res.ok) {
          clearAccessToken(); // the session is over: stop asking on every page load
          return false;
        }
        const body = (await readJson(res)) as RefreshResponse | null;
        if (!body?.jwt) return false;
        setAccessToken(body.jwt);
        return true;
      } catch {
        return false;
      } finally {
        refreshing = null;
      }
    })();
  }
  return refreshing;
};

/** Sends with the token, refreshes once on a 401 and retries; a refused refresh ends the session. Throws ApiError unless 2xx. */
const sendAuthorised = async (path: string, options: RequestOptions, accept?: string): Promise<Response> => {
  const auth = options.auth ?? true;
  let res = await send(path, options, auth ? getAccessToken() : null, accept);

  if (res.status === 401 && auth) {
    if (await refreshSession()) {
      res = await send(path, options, getAccessToken(), accept);
    }
    if (res.status === 401) {
      const error = await toApiError(res);
      endSession();
      throw error;
    }
  }

  if (!res.ok) throw await toApiError(res);
  return res;
};

/** Calls the API and returns the parsed JSON body, or throws ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await sendAuthorised(path, options);
  if (res.status === 204) return undefined as T;
  return (await readJson(res)) as T;
}

/** The file name of a Content-Disposition header (RFC 6266: `filename*=UTF-8''…` first), or null. */
export const fileNameOf = (disposition: string | null): string | null => {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* a malformed escape: the plain name below */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
  return plain ? (plain[2] ?? plain[1]).trim() : null;
};

/**
 * A file behind a customer route (a ticket's attachment): fetched with the Bearer token — a plain
 * link cannot carry it — and returned as a Blob with the server's file name.
 */
export async function apiDownload(path: string, signal?: AbortSignal): Promise<{ blob: Blob; fileName: string | null }> {
  const res = await sendAuthorised(path, { signal }, '*/*');
  return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('Content-Disposition')) };
}

/** Hands a downloaded Blob to the browser as a file to save under `fileName`. */
export const saveBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the browser has taken the file by the next tick; the address is freed a little later
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
};

/**
 * Both ways of logging in answer alike — `{ jwt, user }` plus the refresh cookie — and both end
 * here: the access token is kept in memory (the refresh cookie is set by the server).
 */
const startSession = async (path: string, body: Record<string, string>): Promise<LoginResponse> => {
  const answer = await apiRequest<LoginResponse>(path, { method: 'POST', body, auth: false });
  setAccessToken(answer.jwt);
  return answer;
};

/** POST /api/auth/local */
export const login = (identifier: string, password: string): Promise<LoginResponse> => startSession('/api/auth/local', { identifier, password });

/** POST /api/auth/otp/request: a one-time code by SMS to the account's registered mobile. */
export const requestLoginCode = async (identifier: string): Promise<LoginCodeRequested> =>
  (await apiRequest<DataEnvelope<LoginCodeRequested>>('/api/auth/otp/request', { method: 'POST', body: { identifier }, auth: false })).data;

/** POST /api/auth/otp/verify: the code (any digits) instead of the password. */
export const loginWithCode = (identifier: string, code: string): Promise<LoginResponse> => startSession('/api/auth/otp/verify', { identifier, code });

/** POST /api/auth/password-reset/request: a password reset code by SMS to the registered mobile. */
export const requestPasswordResetCode = async (identifier: string): Promise<CodeRequested> =>
  (await apiRequest<DataEnvelope<CodeRequested>>('/api/auth/password-reset/request', { method: 'POST', body: { identifier }, auth: false })).data;

/** POST /api/auth/password-reset/confirm: the new password with the code; every session ends (log in again). */
export const resetPassword = async (identifier: string, code: string, newPassword: string): Promise<PasswordResetDone> =>
  (await apiRequest<DataEnvelope<PasswordResetDone>>('/api/auth/password-reset/confirm', { method: 'POST', body: { identifier, code, newPassword }, auth: false })).data;

/**
 * POST /api/me/password: every session of the account ends and this device gets a new one — the
 * new access token here, the new refresh cookie from the server.
 */
export const changePassword = async (currentPassword: string, newPassword: string): Promise<PasswordChanged> => {
  const answer = await apiRequest<PasswordChanged>('/api/me/password', { method: 'POST', body: { currentPassword, newPassword } });
  setAccessToken(answer.jwt);
  return answer;
};

/** POST /api/auth/logout with the Bearer token (the server revokes the session, clears the cookie). */
export const logout = async (): Promise<void> => {
  try {
    if (getAccessToken()) await apiRequest('/api/auth/logout', { method: 'POST', body: {} });
  } catch {
    /* the token is forgotten below either way; an unreachable server still logs the user out here */
  } finally {
    clearAccessToken();
  }
};
