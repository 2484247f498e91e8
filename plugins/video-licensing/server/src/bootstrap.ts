import type { Core } from '@strapi/strapi';

/** The admin actions behind the licence panel on an order's page (the staff matrix's "Video licences" row). */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: 'See licence requests (مشاهدهٔ درخواست لایسنس)', uid: 'requests.read', pluginName: 'video-licensing' },
    { section: 'plugins', displayName: 'Retry a failed licence (تلاش دوباره برای لایسنس)', uid: 'requests.retry', pluginName: 'video-licensing' },
  ]);
};
