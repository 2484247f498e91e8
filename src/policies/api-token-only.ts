/**
 * Lets a request through only when it is authenticated with a staff API token (Settings → API
 * Tokens). Used on Strapi's generated CRUD routes so that no users-permissions role — Public,
 * Customer or any other — can reach them, even if someone ticks the box in the admin.
 */
import type { Core } from '@strapi/strapi';

const apiTokenOnly: Core.PolicyHandler = (policyContext) => {
  const strategy = (policyContext as any).state?.auth?.strategy?.name;
  return strategy === 'api-token';
};

export default apiTokenOnly;
