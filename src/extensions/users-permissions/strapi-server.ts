/**
 * users-permissions, adapted to the portal:
 * - POST /api/auth/local accepts the subscriber number, the legacy 12-digit code or the national
 *   code, answers in Persian and English, and throttles failures. The work is done by the
 *   customer-accounts plugin (services/login.ts); this only routes the local login through it.
 * - A caller with no credentials on a customer route (/api/me/...) is told 401 (log in first),
 *   not 403: Strapi treats a request without a token as the Public role and refuses it as
 *   "Forbidden". 403 stays for a logged-in caller whose role may not use a route, and for routes
 *   logging in would not open (staff routes, self-registration) — docs/api.md.
 * - In `refresh` mode an access token is accepted only while its session is live
 *   (src/domain/sessions.ts, customer-accounts services/sessions.ts isLive): Strapi checks the
 *   token's signature and expiry but never the session, so logout and password changes did not
 *   end access. Checked where Strapi verifies the token (the jwt service), so every route that
 *   authenticates a customer — /api/me/..., logout, sessions — sees the same answer: 401.
 */
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

type AuthController = Record<string, (ctx: Context) => Promise<unknown>>;
type Strategy = { name: string; authenticate: (ctx: Context) => unknown; verify?: (auth: any, config: any) => unknown };

/**
 * The users-permissions strategy, with the anonymous caller's refusal as 401 on the routes a login
 * opens: `loginOpens(actions)` says whether the route's actions are customer routes.
 */
export const anonymousRefusalIsUnauthorized = (strategy: Strategy, loginOpens: (actions: string[]) => boolean): Strategy => ({
  ...strategy,
  async verify(auth, config) {
    try {
      return await strategy.verify?.(auth, config);
    } catch (error) {
      // credentials null = no token (the Public role's permissions); a user or an API token keeps its 403
      const scope: string[] = Array.isArray(config?.scope) ? config.scope : config?.scope ? [config.scope] : [];
      if (error instanceof errors.ForbiddenError && !(error instanceof errors.PolicyError) && !auth?.credentials && scope.length && loginOpens(scope)) {
        throw new errors.UnauthorizedError();
      }
      throw error;
    }
  },
});

type JwtService = { verify: (token: string) => Promise<any>; [key: string]: unknown };

/** The jwt service, refusing (as an invalid token) an access token whose session is not live. */
export const accessTokensNeedLiveSession = (createJwt: (deps: { strapi: any }) => JwtService) => ({ strapi }: { strapi: any }): JwtService => {
  const base = createJwt({ strapi });
  return {
    ...base,
    async verify(token: string) {
      const payload = await base.verify(token);
      if (strapi.config.get('plugin::users-permissions.jwtManagement') !== 'refresh') return payload;
      const live = await strapi.plugin('customer-accounts').service('sessions').isLive(payload?.sessionId, payload?.id);
      if (!live) throw new Error('Invalid token.');
      return payload;
    },
  };
};

export default (plugin: any) => {
  plugin.services.jwt = accessTokensNeedLiveSession(plugin.services.jwt);

  const createBaseAuth = plugin.controllers.auth as (deps: { strapi: any }) => AuthController;

  plugin.controllers.auth = ({ strapi }: { strapi: any }) => {
    const base = createBaseAuth({ strapi });
    return {
      ...base,
      async callback(ctx: Context) {
        const provider = ctx.params?.provider || 'local';
        if (provider !== 'local') return base.callback(ctx);
        return strapi.plugin('customer-accounts').service('login').authenticate(ctx, base.callback);
      },
    };
  };

  // the plugin registers its content-API strategy in register(); it is registered wrapped
  const baseRegister = plugin.register;
  plugin.register = async (deps: { strapi: any }) => {
    const { strapi } = deps;
    // the customer routes' actions, read from the route table once it is complete (first request)
    let customerActions: Set<string> | null = null;
    const loginOpens = (actions: string[]) => {
      customerActions ??= new Set<string>(strapi.plugin('customer-accounts').service('roles').customerApiActions());
      return actions.every((action) => customerActions!.has(action));
    };
    const auth = strapi.get('auth');
    const register = auth.register;
    auth.register = function (type: string, strategy: Strategy) {
      const wrapped = type === 'content-api' && strategy?.name === 'users-permissions' ? anonymousRefusalIsUnauthorized(strategy, loginOpens) : strategy;
      return register.call(this, type, wrapped);
    };
    try {
      return await baseRegister(deps);
    } finally {
      auth.register = register;
    }
  };

  return plugin;
};
