import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';
import { sendStoredFile, storedFileDownloadName } from '../../../uploads/file-delivery';

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

  /** GET /api/me/devices/:id/documents/:fileId — a document of the device's model, to the device's owner only */
  async document(ctx: any) {
    const { id, fileId } = ctx.params;
    const file = isDocumentId(id) && isDocumentId(fileId) ? await strapi.service('api::device.device').documentFor(ctx.state.subscriber.id, id, fileId) : null;
    if (!file) throw bilingual(errors.NotFoundError, 'notFound');
    await sendStoredFile(strapi, ctx, file, storedFileDownloadName(file));
  },
});
