/** Generated routes for the contact details single type: staff API tokens only (staff edit it in the admin). */
import { factories } from '@strapi/strapi';

const policies = ['global::api-token-only'];

export default factories.createCoreRouter('api::contact-settings.contact-settings', {
  config: { find: { policies }, update: { policies }, delete: { policies } },
});
