import type { Core } from '@strapi/strapi';
import { ensureClaimIndex } from './services/claim-index';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: 'See the outbox (مشاهدهٔ صف پیام‌ها)', uid: 'outbox.read', pluginName: 'messaging' },
    { section: 'plugins', displayName: 'Resend messages (ارسال دوبارهٔ پیام)', uid: 'outbox.resend', pluginName: 'messaging' },
  ]);
  await strapi.plugin('messaging').service('templates').ensureDefaults();
  await ensureClaimIndex(strapi);
};
