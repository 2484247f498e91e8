/** Generated routes for the support settings single type: staff API tokens only. */
import { factories } from '@strapi/strapi';

const policies = ['global::api-token-only'];

export default factories.createCoreRouter('api::support-settings.support-settings', {
  config: { find: { policies }, update: { policies }, delete: { policies } },
});
