/**
 * Poshtiban — application entry. Register wires the record rules into the Document Service;
 * bootstrap makes the data the portal relies on exist (locales, roles, admin labels) and, in
 * development on an empty database, seeds the demo.
 */
import type { Core } from '@strapi/strapi';
import { subscriberDocumentRules } from './validation/rules/subscriber';
import { deviceDocumentRules } from './validation/rules/device';
import { catalogueDocumentRules } from './validation/rules/catalogue';
import { ensureLocales } from './bootstrap/locales';
import { ensureStaffRoles } from './bootstrap/staff-roles';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { seedDemoIfEmpty } from './bootstrap/demo-data';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(subscriberDocumentRules(strapi));
    strapi.documents.use(deviceDocumentRules(strapi));
    strapi.documents.use(catalogueDocumentRules(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await strapi.plugin('customer-accounts').service('roles').sync();
    await ensureStaffRoles(strapi);
    await applyAdminLabels(strapi);
    await seedDemoIfEmpty(strapi);
  },
};
