import { factories } from '@strapi/strapi';
import { PUBLIC_CONTACT_TTL_MS } from '../services/contact-settings';

const UID = 'api::contact-settings.contact-settings';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** GET /api/contact-details — public, no login: the phones, e-mail, hours and address only. */
  async publicDetails(ctx: any) {
    ctx.body = { data: await strapi.service(UID).publicDetails() };
    ctx.set('Cache-Control', `public, max-age=${PUBLIC_CONTACT_TTL_MS / 1000}`);
  },
}));
