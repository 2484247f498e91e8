import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::saved-reply.saved-reply');
