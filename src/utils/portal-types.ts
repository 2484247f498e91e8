/**
 * The portal's own content types: the app's (api::…) and those of its local plugins (plugins/<name>,
 * declared with `resolve` in config/plugins.ts) — not Strapi's (admin, users-permissions, upload…).
 */
import type { Core } from '@strapi/strapi';

export const isPortalContentType = (strapi: Core.Strapi, uid: string): boolean => {
  if (uid.startsWith('api::')) return true;
  const match = /^plugin::([^.]+)\./.exec(uid);
  if (!match) return false;
  const declared = (strapi.config.get('plugins') as Record<string, { resolve?: string }> | undefined)?.[match[1]];
  return typeof declared?.resolve === 'string';
};
