/**
 * Decides the refresh cookie's Secure flag for each request (src/domain/secure-cookie.ts) instead
 * of users-permissions' "Secure whenever NODE_ENV is production". Strapi's login, refresh and
 * logout, and customer-accounts' one-time-code and password logins, all set the cookie through
 * ctx.cookies.set; for the refresh cookie this replaces their `secure` with the decision, and when
 * the decision is Secure behind a TLS-terminating proxy, tells Koa's cookie jar the browser's
 * connection is secure (otherwise it throws "Cannot send secure cookie over unencrypted
 * connection", which was a 500 for every login). Other cookies are left alone.
 *
 * It also makes the cookie's signature count. Koa signs every cookie set with options when the app
 * has keys (APP_KEYS): the refresh cookie goes out with a `strapi_up_refresh.sig` beside it. But
 * users-permissions reads it with a bare ctx.cookies.get(name), which skips the check. Here the
 * refresh cookie is read only with a valid signature (any of APP_KEYS, so keys can be rotated);
 * one that comes without it, or with a wrong one, is not read at all — and on
 * POST /api/auth/refresh is refused with a 401 like any invalid refresh token. (The token inside
 * is a JWT Strapi's session manager verifies too: signature, expiry, the session row.)
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { refreshCookieIsSecure } from '../domain/secure-cookie';

export const REFRESH_COOKIE_DEFAULT_NAME = 'strapi_up_refresh';

/** The decision for one request (also used by customer-accounts' sessions service). */
export const refreshCookieSecureFor = (strapi: Core.Strapi, ctx: { request: { secure: boolean } }): boolean => {
  const sessions = (strapi.config.get('plugin::users-permissions.sessions') ?? {}) as { cookie?: { secure?: unknown } };
  return refreshCookieIsSecure({
    configured: sessions.cookie?.secure,
    requestIsHttps: ctx.request.secure,
    publicUrl: strapi.config.get('server.url'),
  });
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    if (!ctx.path.startsWith('/api/')) return next();
    const sessions = (strapi.config.get('plugin::users-permissions.sessions') ?? {}) as { cookie?: { name?: string } };
    const name = sessions.cookie?.name || REFRESH_COOKIE_DEFAULT_NAME;
    const jar = ctx.cookies;
    if (jar.keys) {
      const get = jar.get.bind(jar);
      jar.get = (cookieName: string, options?: Record<string, unknown>) =>
        cookieName === name ? get(cookieName, { ...options, signed: true }) : get(cookieName, options);
      if (ctx.method === 'POST' && ctx.path === '/api/auth/refresh' && get(name, { signed: false }) !== undefined && jar.get(name) === undefined) {
        throw new errors.UnauthorizedError('Invalid refresh token');
      }
    }
    const set = jar.set.bind(jar);
    jar.set = (cookieName: string, value?: string | null, options?: Record<string, unknown>) => {
      if (cookieName !== name) return set(cookieName, value, options);
      const secure = refreshCookieSecureFor(strapi, ctx);
      if (secure) jar.secure = true;
      return set(cookieName, value, { ...options, secure });
    };
    return next();
  };
