import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

const passwords = (strapi: Core.Strapi) => strapi.plugin('customer-accounts').service('passwords');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/me/password */
  async change(ctx: Context) {
    ctx.body = await passwords(strapi).change(ctx);
  },
  /** POST /api/auth/password-reset/request */
  async requestReset(ctx: Context) {
    ctx.body = await passwords(strapi).requestReset(ctx);
  },
  /** POST /api/auth/password-reset/confirm */
  async reset(ctx: Context) {
    ctx.body = await passwords(strapi).reset(ctx);
  },
});
