import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::support-settings.support-settings');
