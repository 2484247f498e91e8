import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const data = await strapi.service('api::repair-order.repairs').listFor(ctx.state.subscriber.id);
    ctx.body = { data, meta: { total: data.length } };
  },
  async findOne(ctx: any) {
    const data = isDocumentId(ctx.params.id) ? await strapi.service('api::repair-order.repairs').findFor(ctx.state.subscriber.id, ctx.params.id) : null;
    if (!data) throw bilingual(errors.NotFoundError, 'notFound');
    ctx.body = { data };
  },
  /** GET /api/me/repairs/:id/receipt — the intake receipt staff print, for the buyer's own print view. */
  async receipt(ctx: any) {
    const data = isDocumentId(ctx.params.id) ? await strapi.service('api::repair-order.repairs').receipt(ctx.params.id, ctx.state.subscriber.id) : null;
    if (!data) throw bilingual(errors.NotFoundError, 'notFound');
    ctx.body = { data };
  },
});
