import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const devices = await strapi.service('api::device.device').listOwnedBy(ctx.state.subscriber.id);
    ctx.body = { data: devices, meta: { total: devices.length } };
  },

  async findOne(ctx: any) {
    const { id } = ctx.params;
    const device = isDocumentId(id) ? await strapi.service('api::device.device').findOwnedBy(ctx.state.subscriber.id, id) : null;
    if (!device) throw bilingual(errors.NotFoundError, 'notFound');
    ctx.body = { data: device };
  },
});
