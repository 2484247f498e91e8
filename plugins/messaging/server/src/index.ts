/**
 * messaging — SMS (Kavenegar) and WhatsApp (Business Cloud API) through a durable outbox.
 *
 * Other capabilities call `service('dispatch').notifySubscriber(...)` (or `outbox.enqueue`) inside
 * their own transaction; the delivery worker (services/delivery.ts, run by the scheduler) sends,
 * retries with backoff, gives up after N tries, falls back from WhatsApp to SMS. Staff see every
 * message on the Outbox page of the admin and on each subscriber's page.
 */
import type { Core } from '@strapi/strapi';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  bootstrap,
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('messaging').service('delivery').close();
  },
  config,
  contentTypes,
  controllers,
  routes,
  services,
};
