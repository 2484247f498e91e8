/** GET /back-office/work-queue — the items the caller's role may act on, counted and linked. */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const ability = (ctx.state as any).userAbility;
    ctx.body = { data: await strapi.plugin('back-office').service('work-queue').forAbility(ability) };
  },
});
