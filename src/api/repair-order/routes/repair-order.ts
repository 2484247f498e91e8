/** Generated routes for repair orders: staff API tokens only. Buyers: /api/me/repairs. */
import { factories } from '@strapi/strapi';
import { staffOnlyRouteConfig } from '../../../utils/staff-only-routes';

export default factories.createCoreRouter('api::repair-order.repair-order', { config: staffOnlyRouteConfig });
