/**
 * Issues the same tokens as users-permissions' password login, for logins that do not go through
 * it (the one-time code). In `refresh` mode: a refresh token in the httpOnly cookie and a short
 * access token in the body; in `legacy-support` mode: one long JWT.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { refreshCookieSecureFor } from '../../../../../src/middlewares/refresh-cookie';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
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
