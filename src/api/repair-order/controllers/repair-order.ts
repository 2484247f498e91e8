import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::repair-order.repair-order');
