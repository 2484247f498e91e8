/**
 * Poshtiban — application entry. Register wires the record rules into the Document Service;
 * bootstrap makes the data the portal relies on exist (locales, roles, admin labels), in
 * development on an empty database seeds the demo, and starts the scheduled jobs
 * (src/scheduler/jobs.ts); destroy stops them.
 */
import type { Core } from '@strapi/strapi';
import { subscriberDocumentRules } from './validation/rules/subscriber';
import { deviceDocumentRules } from './validation/rules/device';
import { catalogueDocumentRules } from './validation/rules/catalogue';
import { announcementPublishRule } from './api/announcement/document-rules';
import { ensureLocales } from './bootstrap/locales';
import { ensureStaffRoles } from './bootstrap/staff-roles';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { seedDemoIfEmpty } from './bootstrap/demo-data';
import { createScheduler } from './scheduler/scheduler';
import { portalJobs } from './scheduler/jobs';

let scheduler: ReturnType<typeof createScheduler> | null = null;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(subscriberDocumentRules(strapi));
    strapi.documents.use(deviceDocumentRules(strapi));
    strapi.documents.use(catalogueDocumentRules(strapi));
    strapi.documents.use(announcementPublishRule(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await strapi.plugin('customer-accounts').service('roles').sync();
    await ensureStaffRoles(strapi);
    await applyAdminLabels(strapi);
    await seedDemoIfEmpty(strapi);

    if (strapi.config.get('scheduler.enabled')) {
      scheduler = createScheduler(strapi);
      scheduler.start(portalJobs(strapi));
    }
  },

  async destroy() {
    await scheduler?.stop();
    scheduler = null;
  },
};
