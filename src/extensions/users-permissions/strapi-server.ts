/**
 * users-permissions, adapted to the portal: POST /api/auth/local accepts the subscriber number,
 * the legacy 12-digit code or the national code, answers in Persian and English, and throttles
 * failures. The work is done by the customer-accounts plugin (services/login.ts); this only
 * routes the local login through it.
 */
import type { Context } from 'koa';

type AuthController = Record<string, (ctx: Context) => Promise<unknown>>;

export default (plugin: any) => {
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

  return plugin;
};
