/** Generated routes: staff API tokens only. */
import { factories } from '@strapi/strapi';
import { staffOnlyRouteConfig } from '../../../utils/staff-only-routes';

export default factories.createCoreRouter('api::course.course', { config: staffOnlyRouteConfig });
