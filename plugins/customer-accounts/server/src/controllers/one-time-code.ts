import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async request(ctx: Context) {
    ctx.body = await strapi.plugin('customer-accounts').service('one-time-code').request(ctx);
  },
  async verify(ctx: Context) {
    await strapi.plugin('customer-accounts').service('one-time-code').verify(ctx);
  },
});
