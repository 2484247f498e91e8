import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual, errorEnvelope } from '../../../validation/errors';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const transfers = () => strapi.service('api::ownership-transfer.transfers');
  return {
    /** GET /api/me/ownership-transfers — the caller's requests */
    async find(ctx: any) {
      const data = await transfers().listFor(ctx.state.subscriber.id);
      ctx.body = { data, meta: { total: data.length } };
    },

    /** POST /api/me/ownership-transfers — a new request for one of the caller's devices */
    async create(ctx: any) {
      const result = await transfers().request(ctx.state.subscriber.id, ctx.request.body ?? {}, ctx.request.ip);
      if (!result) throw bilingual(errors.NotFoundError, 'notFound');
      if ('conflict' in result) {
        ctx.status = 409;
        ctx.body = errorEnvelope(409, 'ConflictError', 'transferPending');
        return;
      }
      ctx.status = 201;
      ctx.body = { data: result.transfer };
    },
  };
};
