/**
 * Lets a request through only when it is authenticated with a staff API token (Settings → API
 * Tokens). Used on Strapi's generated CRUD routes so that no users-permissions role — Public,
 * Customer or any other — can reach them, even if someone ticks the box in the admin.
 */
import type { Core } from '@strapi/strapi';

/** Strapi 5.54 names the API-token strategy "content-api-token" (earlier 5.x: "api-token"). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

const apiTokenOnly: Core.PolicyHandler = (policyContext) => {
  const strategy: string | undefined = (policyContext as any).state?.auth?.strategy?.name;
  return strategy !== undefined && API_TOKEN_STRATEGIES.has(strategy);
};

export default apiTokenOnly;
