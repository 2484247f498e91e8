/** Admin API for the outbox page and the subscriber's message history (routes/index.ts). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { bilingual } from 'poshtiban/validation/errors';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const admin = () => strapi.plugin('messaging').service('outbox-admin');
  return {
    async list(ctx: Context) {
      ctx.body = await admin().list(ctx.query as Record<string, unknown>);
    },
    async summary(ctx: Context) {
      ctx.body = { data: await admin().summary() };
    },
    async resend(ctx: Context) {
      const id = Number(ctx.params.id);
      const result = Number.isInteger(id) && id > 0 ? await admin().resend(id) : null;
      if (!result) throw bilingual(errors.NotFoundError, 'notFound');
      ctx.body = { data: result };
    },
    async subscriberHistory(ctx: Context) {
      const data = await admin().subscriberHistory(ctx.params.documentId);
      if (!data) throw bilingual(errors.NotFoundError, 'notFound');
      ctx.body = { data };
    },
  };
};
