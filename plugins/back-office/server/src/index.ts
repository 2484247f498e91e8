/**
 * back-office — staff actions on the portal's own records that the Content Manager cannot do.
 * Admin routes only (admin JWT + RBAC); the work is done by the app's services.
 *   GET /back-office/installation-confirmations/:documentId/verify — recompute the form's hash
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

const CONFIRMATION = 'api::installation-confirmation.installation-confirmation';

export default {
  controllers: {
    'installation-confirmations': ({ strapi }: { strapi: Core.Strapi }) => ({
      async verify(ctx: Context) {
        if (!(ctx.state as any).userAbility?.can('plugin::content-manager.explorer.read', CONFIRMATION)) return ctx.forbidden();
        ctx.body = { data: await strapi.service(CONFIRMATION).verify(ctx.params.documentId) };
      },
    }),
  },
  routes: {
    admin: {
      type: 'admin',
      routes: [
        {
          method: 'GET',
          path: '/installation-confirmations/:documentId/verify',
          handler: 'installation-confirmations.verify',
          // allowed to staff who may read installation confirmations (checked in the controller:
          // admin::hasPermissions cannot name the subject)
          config: { policies: ['admin::isAuthenticatedAdmin'] },
        },
      ],
    },
  },
};
