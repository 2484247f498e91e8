import type { Core } from '@strapi/strapi';
import { ensureSessionIndex } from './services/sessions';

export const ISSUE_CREDENTIALS_ACTION = 'plugin::customer-accounts.credentials.issue';
export const READ_ACCOUNT_ACTION = 'plugin::customer-accounts.account.read';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // every authenticated customer request reads its session by id (services/sessions.ts isLive)
  await ensureSessionIndex(strapi);
  // who calls and what they may do, kept warm and dropped on every change (services/auth-cache.ts)
  await strapi.plugin('customer-accounts').service('auth-cache').start();
  // Admin RBAC actions for the "Portal access" panel on a subscriber's page.
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'See portal account (مشاهدهٔ حساب پورتال)',
      uid: 'account.read',
      pluginName: 'customer-accounts',
    },
    {
      section: 'plugins',
      displayName: 'Issue or reset portal credentials (صدور نام کاربری و رمز عبور)',
      uid: 'credentials.issue',
      pluginName: 'customer-accounts',
    },
  ]);
};
