import type { Core } from '@strapi/strapi';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: 'See CRM sync state (وضعیت همگام‌سازی دیدار)', uid: 'jobs.read', pluginName: 'crm-sync' },
    { section: 'plugins', displayName: 'Retry CRM sync (تلاش دوباره)', uid: 'jobs.retry', pluginName: 'crm-sync' },
  ]);
};
