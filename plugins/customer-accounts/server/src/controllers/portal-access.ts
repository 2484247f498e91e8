import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

const accounts = (strapi: Core.Strapi) => strapi.plugin('customer-accounts').service('accounts');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /customer-accounts/subscribers/:documentId/account */
  async status(ctx: Context) {
    ctx.body = { data: await accounts(strapi).status(ctx.params.documentId) };
  },

  /** POST /customer-accounts/subscribers/:documentId/credentials { password? } — password shown once */
  async issue(ctx: Context) {
    const body = (ctx.request as any).body ?? {};
    const admin = ctx.state.user;
    ctx.body = {
      data: await accounts(strapi).issueCredentials({
        subscriberDocumentId: ctx.params.documentId,
        password: body.password,
        actor: { id: admin?.id, label: [admin?.firstname, admin?.lastname].filter(Boolean).join(' ') || admin?.email },
        ip: ctx.request.ip,
      }),
    };
  },
});
