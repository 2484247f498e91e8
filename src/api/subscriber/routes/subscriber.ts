/**
 * Strapi's generated REST routes for this type exist for staff integrations only (API tokens);
 * customers and the public never reach them, whatever the role settings say.
 * Customers read their own data through /api/me/... (src/api/me).
 */
import { factories } from '@strapi/strapi';
import { staffOnlyRouteConfig } from '../../../utils/staff-only-routes';

export default factories.createCoreRouter('api::subscriber.subscriber', { config: staffOnlyRouteConfig });
