/**
 * Route middleware for every /api/me/... route: finds the subscriber linked to the logged-in
 * user and puts it on ctx.state.subscriber (a copy of the cached one). Controllers scope every
 * query with its id.
 * A user without a subscriber record gets 403; no route under /me runs without one.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../validation/errors';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<unknown>) => {
    const user = ctx.state.user;
    if (!user) throw bilingual(errors.UnauthorizedError, 'unauthorized');
    // kept in the auth cache, dropped when a subscriber or a user changes (customer-accounts auth-cache.ts)
    const subscriber = await strapi.plugin('customer-accounts').service('auth-cache').get('subscribers', String(user.id), async () => {
      const found = await strapi.service('api::subscriber.subscriber').findByUserId(user.id);
      return found ? { value: found } : null;
    });
    if (!subscriber) // PolicyError: the router's authorize step turns a plain ForbiddenError into a bare 403
    throw bilingual(errors.PolicyError, 'noSubscriberProfile');
    ctx.state.subscriber = { ...subscriber };
    return next();
  };
