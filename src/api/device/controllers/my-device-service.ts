/**
 * The buyer's actions on one of their devices: the installation confirmation form and the
 * service choice (renew / pay-per-case / cancel). Another subscriber's device → 404.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual, errorEnvelope } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';

const notFound = () => bilingual(errors.NotFoundError, 'notFound');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const confirmations = () => strapi.service('api::installation-confirmation.installation-confirmation');
  const lifecycle = () => strapi.service('api::contract.service-lifecycle');

  return {
    /** GET /api/me/devices/:id/installation-confirmation → the signed record, or null */
    async installationConfirmation(ctx: any) {
      if (!isDocumentId(ctx.params.id)) throw notFound();
      const owned = await strapi.service('api::device.device').findOwnedBy(ctx.state.subscriber.id, ctx.params.id);
      if (!owned) throw notFound();
      ctx.body = { data: await confirmations().findForDevice(ctx.state.subscriber.id, ctx.params.id) };
    },

    /** POST /api/me/devices/:id/installation-confirmation */
    async confirmInstallation(ctx: any) {
      if (!isDocumentId(ctx.params.id)) throw notFound();
      const result = await confirmations().confirm({
        subscriberId: ctx.state.subscriber.id,
        userId: ctx.state.user.id,
        deviceDocumentId: ctx.params.id,
        body: ctx.request.body ?? {},
        ip: ctx.request.ip,
        userAgent: ctx.get('user-agent'),
      });
      if (!result) throw notFound();
      if ('conflict' in result) {
        ctx.status = 409;
        ctx.body = errorEnvelope(409, 'ConflictError', 'installationAlreadyConfirmed');
        return;
      }
      ctx.status = 201;
      ctx.body = { data: result.confirmation };
    },

    /** GET /api/me/devices/:id/service → what may be chosen now, with renewal prices */
    async serviceOptions(ctx: any) {
      const options = isDocumentId(ctx.params.id) ? await lifecycle().options(ctx.state.subscriber.id, ctx.params.id) : null;
      if (!options) throw notFound();
      ctx.body = { data: options };
    },

    /** POST /api/me/devices/:id/service { choice: 'renew', years } | { choice: 'pay_per_case' } | { choice: 'cancel' } */
    async chooseService(ctx: any) {
      if (!isDocumentId(ctx.params.id)) throw notFound();
      const subscriber = await strapi.db.query('api::subscriber.subscriber').findOne({ where: { id: ctx.state.subscriber.id }, select: ['mobile'] });
      const result = await lifecycle().choose(ctx.state.subscriber.id, ctx.params.id, ctx.request.body ?? {}, subscriber?.mobile);
      if (!result) throw notFound();
      ctx.body = { data: result };
    },
  };
};
