/**
 * Strapi's generated REST routes for announcements: staff API tokens only (see
 * policies/api-token-only.ts). Buyers read announcements as notifications (/api/me/notifications).
 */
import { factories } from '@strapi/strapi';
import { staffOnlyRouteConfig } from '../../../utils/staff-only-routes';

export default factories.createCoreRouter('api::announcement.announcement', { config: staffOnlyRouteConfig });
