import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual, errorEnvelope } from '../../../validation/errors';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async profile(ctx: any) {
    const profile = await strapi.service('api::subscriber.subscriber').profile(ctx.state.subscriber.id);
    if (!profile) throw bilingual(errors.NotFoundError, 'notFound');
    ctx.body = { data: profile };
  },

  async rejectProfileWrite(ctx: any) {
    ctx.status = 405;
    ctx.set('Allow', 'GET');
    ctx.body = errorEnvelope(405, 'MethodNotAllowedError', 'profileReadOnly');
  },

  async dashboard(ctx: any) {
    ctx.body = { data: await strapi.service('api::me.dashboard').forSubscriber(ctx.state.subscriber) };
  },
});
