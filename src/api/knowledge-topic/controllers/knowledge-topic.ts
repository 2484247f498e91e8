import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::knowledge-topic.knowledge-topic');
