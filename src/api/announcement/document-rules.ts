/**
 * Document Service middleware for announcements: before publishing, the audience must be complete;
 * after publishing (from the admin or any API), the fan-out is requested in the same transaction.
 * The fan-out itself runs in the background (services/fan-out.ts), so publishing answers at once.
 */
import type { Core } from '@strapi/strapi';

const UID = 'api::announcement.announcement';

const publishes = (ctx: any) =>
  ctx.action === 'publish' || ((ctx.action === 'create' || ctx.action === 'update') && ctx.params?.status === 'published');

export const announcementPublishRule = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID || !publishes(ctx)) return next();
  const fanOut = strapi.service('api::announcement.fan-out');
  return strapi.db.transaction(async () => {
    if (ctx.params.documentId) await fanOut.assertPublishable(ctx.params.documentId);
    const result = await next();
    const documentId = ctx.params.documentId ?? result?.documentId;
    if (documentId) await fanOut.request(documentId);
    return result;
  });
};
