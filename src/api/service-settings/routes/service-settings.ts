/** Generated routes for the settings single type: staff API tokens only. */
import { factories } from '@strapi/strapi';

const policies = ['global::api-token-only'];

export default factories.createCoreRouter('api::service-settings.service-settings', {
  config: { find: { policies }, update: { policies }, delete: { policies } },
});
