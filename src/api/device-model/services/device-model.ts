import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::device-model.device-model');
