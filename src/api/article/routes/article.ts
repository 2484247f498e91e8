/** Generated routes: staff API tokens only. Buyers read it through /api/me/knowledge-base and /api/me/articles… (api/article/routes/my-knowledge-base.ts). */
import { factories } from '@strapi/strapi';
import { staffOnlyRouteConfig } from '../../../utils/staff-only-routes';

export default factories.createCoreRouter('api::article.article', { config: staffOnlyRouteConfig });
