/**
 * warranty-lookup — anyone checks by serial number whether a warranty is genuine and valid
 * (seed 002), on the site's /warranty page or GET /api/warranty/:serial. Minimal answer, no
 * personal data, throttled per address (memory, or Redis across instances), one indexed query
 * per uncached serial.
 */
import type { Core } from '@strapi/strapi';
import config from './config';
import services from './services';
import { installFrontDoor } from './front-door';

export default {
  config,
  services,
  /** GET /api/warranty/:serial is answered in front of Koa (front-door.ts) */
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    installFrontDoor(strapi);
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('warranty-lookup').service('lookup').close();
    await strapi.plugin('warranty-lookup').service('rate-limit').reset();
  },
};
