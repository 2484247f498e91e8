/**
 * THE public address of the customer site, for links in messages (`{{url}}` in SMS/WhatsApp
 * templates). It is read from one setting: the customer-accounts plugin's `siteUrl`, which
 * config/plugins.ts takes from PUBLIC_URL (default http://localhost:1337). `server.url` is not
 * used: it is empty unless PUBLIC_URL is set, so messages would carry an empty link.
 */
import type { Core } from '@strapi/strapi';

export const siteUrl = (strapi: Core.Strapi): string =>
  String((strapi.config.get('plugin::customer-accounts') as { siteUrl?: string } | undefined)?.siteUrl ?? '').replace(/\/+$/, '');
