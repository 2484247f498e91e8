import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::saved-reply.saved-reply');
