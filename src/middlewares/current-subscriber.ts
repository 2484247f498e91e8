/**
 * Route middleware for every /api/me/... route: finds the subscriber linked to the logged-in
 * user and puts it on ctx.state.subscriber. Controllers scope every query with its id.
 * A user without a subscriber record gets 403; no route under /me runs without one.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../validation/errors';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    const user = ctx.state.user;
    if (!user) throw bilingual(errors.UnauthorizedError, 'unauthorized');
    const subscriber = await strapi.service('api::subscriber.subscriber').findByUserId(user.id);
    if (!subscriber) // PolicyError: the router's authorize step turns a plain ForbiddenError into a bare 403
    throw bilingual(errors.PolicyError, 'noSubscriberProfile');
    ctx.state.subscriber = subscriber;
    return next();
  };
