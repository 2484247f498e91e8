import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::repair-order.repair-order');
