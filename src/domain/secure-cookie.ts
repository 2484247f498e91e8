/**
 * THE rule for the Secure flag of the session's refresh cookie (strapi_up_refresh).
 *
 * A Secure cookie is one the browser only sends back over HTTPS, so it is right exactly when the
 * browser talks to us over HTTPS:
 * - the request itself came over TLS, or through a reverse proxy we trust (TRUST_PROXY=true →
 *   Koa's `app.proxy`) that says `X-Forwarded-Proto: https` — Koa's `ctx.request.secure`;
 * - or the portal's public address (PUBLIC_URL) is https: TLS ends at a proxy in front of us even
 *   if it does not say so;
 * - an explicit `sessions.cookie.secure` in the users-permissions config wins over both.
 * It no longer follows NODE_ENV: a production instance served over plain HTTP (an intranet, a first
 * test) logs customers in with a plain cookie instead of failing with a 500.
 */
export type SecureCookieInput = {
  /** users-permissions' `sessions.cookie.secure`, when set to a boolean */
  configured?: unknown;
  /** Koa's ctx.request.secure (https, or X-Forwarded-Proto from a trusted proxy) */
  requestIsHttps: boolean;
  /** PUBLIC_URL (server.url) */
  publicUrl?: unknown;
};

export const isHttpsUrl = (url: unknown): boolean => typeof url === 'string' && /^https:\/\//i.test(url.trim());

export const refreshCookieIsSecure = ({ configured, requestIsHttps, publicUrl }: SecureCookieInput): boolean => {
  if (typeof configured === 'boolean') return configured;
  return requestIsHttps || isHttpsUrl(publicUrl);
};
