/**
 * Customer sessions.
 * - issue: the same tokens as users-permissions' password login, for logins that do not go
 *   through it (the one-time code, a password change). In `refresh` mode: a refresh token in the
 *   httpOnly cookie and a short access token in the body; in `legacy-support` mode: one long JWT.
 * - isLive: whether an access token's session is still live (src/domain/sessions.ts), asked on
 *   every request that carries one (src/extensions/users-permissions wraps the jwt service's
 *   verify, and its content-API strategy). A live answer is kept in the auth cache until the
 *   session's expiry (services/auth-cache.ts) and dropped by any write to the session table, here
 *   or on another instance — logout, a password change and a staff reset end access at once.
 *   Otherwise one read of strapi_sessions by session_id — through the index ensureSessionIndex
 *   creates, as Strapi declares none — and one more per refresh the token is behind.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { refreshCookieSecureFor } from 'poshtiban/middlewares/refresh-cookie';
import { sessionLiveUntil, type SessionRow } from 'poshtiban/domain/sessions';

const SESSION = 'admin::session';
export const SESSION_INDEX = 'strapi_sessions_session_id_idx';

/**
 * Strapi's session table is read by session id on every refresh, logout and (now) every
 * authenticated customer request, but its schema marks the column `unique` only for validation:
 * no index. Created at start; Strapi leaves indexes it never declared alone.
 */
export const ensureSessionIndex = async (strapi: Core.Strapi) => {
  await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${SESSION_INDEX} ON strapi_sessions (session_id)`);
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async isLive(sessionId: unknown, userId: string | number): Promise<boolean> {
    if (typeof sessionId !== 'string' || sessionId === '') return false;
    const read = (id: string) =>
      strapi.db.query(SESSION).findOne({
        where: { sessionId: id },
        select: ['sessionId', 'userId', 'origin', 'status', 'childId', 'expiresAt', 'absoluteExpiresAt'],
      }) as Promise<SessionRow | null>;
    const live = await strapi.plugin('customer-accounts').service('auth-cache').get('sessions', `${sessionId}:${userId}`, async () => {
      const until = await sessionLiveUntil(sessionId, userId, read);
      return until ? { value: true, until: until.getTime() } : null;
    });
    return live === true;
  },

  async issue(ctx: Context, user: { id: number }) {
    const sanitize = async () =>
      strapi.contentAPI.sanitize.output(user, strapi.getModel('plugin::users-permissions.user'), { auth: ctx.state.auth });

    const mode: string = strapi.config.get('plugin::users-permissions.jwtManagement') ?? 'legacy-support';
    if (mode !== 'refresh') {
      return { jwt: strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }), user: await sanitize() };
    }
    const sessions = strapi.sessionManager('users-permissions');
    const refresh = await sessions.generateRefreshToken(String(user.id), undefined, { type: 'refresh' } as any);
    const access: any = await sessions.generateAccessToken(refresh.token);
    if ('error' in access) throw new errors.ApplicationError('Invalid credentials');
    const upSessions: any = strapi.config.get('plugin::users-permissions.sessions') ?? {};
    if (upSessions.httpOnly || ctx.get('x-strapi-refresh-cookie') === 'httpOnly') {
      ctx.cookies.set(upSessions.cookie?.name || 'strapi_up_refresh', refresh.token, {
        httpOnly: true,
        // https to the browser (directly, via a trusted proxy, or PUBLIC_URL) — global::refresh-cookie
        secure: refreshCookieSecureFor(strapi, ctx),
        sameSite: upSessions.cookie?.sameSite ?? 'lax',
        path: upSessions.cookie?.path ?? '/',
        domain: upSessions.cookie?.domain,
        maxAge: upSessions.cookie?.maxAge,
        overwrite: true,
      });
      return { jwt: access.token, user: await sanitize() };
    }
    return { jwt: access.token, refreshToken: refresh.token, user: await sanitize() };
  },
});
