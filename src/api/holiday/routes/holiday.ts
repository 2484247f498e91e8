/** Generated routes for holidays: staff API tokens only (staff edit them in the admin). */
import { factories } from '@strapi/strapi';
import { staffOnlyRouteConfig } from '../../../utils/staff-only-routes';

export default factories.createCoreRouter('api::holiday.holiday', { config: staffOnlyRouteConfig });
