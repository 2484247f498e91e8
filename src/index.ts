/**
 * Poshtiban — application entry. Register refuses an unsafe production start
 * (src/bootstrap/production-guards.ts) and wires the record rules into the Document Service;
 * bootstrap makes the data the portal relies on exist (locales, roles, admin labels), in
 * development on an empty database seeds the demo, and starts the scheduled jobs
 * (src/scheduler/jobs.ts); destroy stops them.
 */
import type { Core } from '@strapi/strapi';
import { subscriberDocumentRules } from './validation/rules/subscriber';
import { deviceDocumentRules } from './validation/rules/device';
import { deviceStatusSyncRule } from './api/device/document-rules';
import { catalogueDocumentRules } from './validation/rules/catalogue';
import { announcementPublishRule } from './api/announcement/document-rules';
import { systemRecordsRule } from './validation/rules/system-records';
import { workflowFieldsRule } from './validation/rules/workflow-fields';
import { persianTextRule } from './validation/rules/persian-text';
import { persianSearchRule } from './search/persian-search';
import { ensureSearchIndexes } from './search/search-indexes';
import { repairOrderRules } from './validation/rules/repair-order';
import { contactSettingsRules } from './validation/rules/contact-settings';
import { supportSettingsRules } from './validation/rules/support-settings';
import { recordLabelsRule } from './validation/rules/record-labels';
import { complaintRules } from './validation/rules/complaint';
import { surveyFollowUpRules } from './validation/rules/survey-follow-up';
import { knowledgeBaseRule } from './validation/rules/knowledge-base';
import { applyRelationLabels } from './bootstrap/relation-labels';
import { ensureImmutableRecords } from './bootstrap/immutable-records';
import { ensureMessageTemplates } from './bootstrap/message-templates';
import { RENEWAL_PURPOSE } from './api/contract/services/service-lifecycle';
import { INVOICE_PURPOSE } from './api/invoice/services/invoices';
import { COURSE_PURPOSE } from './api/course-order/services/course-orders';
import { courseDocumentRules } from './validation/rules/course';
import { ensureLocales } from './bootstrap/locales';
import { removeUnusedGenericRoles, ensureStaffRoles, followLocales, registerStaffConditions } from './bootstrap/staff-roles';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { seedDemoIfEmpty } from './bootstrap/demo-data';
import { createScheduler, withSchedules } from './scheduler/scheduler';
import { portalJobs } from './scheduler/jobs';
import { registerPortalWorkQueue } from './work-queue/portal-items';
import { guardProductionStart } from './bootstrap/production-guards';
import { sharedRequestLimitStore } from './utils/shared-request-limit';

let scheduler: ReturnType<typeof createScheduler> | null = null;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // in production: no sandbox gateway, no log-only providers, a PUBLIC_URL — or no start at all
    guardProductionStart(strapi);
    // in this order: what no one may write is refused first, then workflow fields, then text is
    // put in one spelling before each type's own rules see it
    strapi.documents.use(systemRecordsRule(strapi));
    strapi.documents.use(workflowFieldsRule(strapi));
    strapi.documents.use(persianTextRule(strapi));
    strapi.documents.use(persianSearchRule(strapi));
    strapi.documents.use(subscriberDocumentRules(strapi));
    // around the device's own rules, so it sees the device as written (terms filled from the model)
    strapi.documents.use(deviceStatusSyncRule(strapi));
    strapi.documents.use(deviceDocumentRules(strapi));
    strapi.documents.use(catalogueDocumentRules(strapi));
    strapi.documents.use(announcementPublishRule(strapi));
    strapi.documents.use(repairOrderRules(strapi));
    strapi.documents.use(contactSettingsRules(strapi));
    strapi.documents.use(supportSettingsRules(strapi));
    // issue 14: complaints staff record (source, code, deadline, answer) and survey follow-ups
    strapi.documents.use(complaintRules(strapi));
    strapi.documents.use(surveyFollowUpRules(strapi));
    // the knowledge base: a video's source; searchText written after every write (issue 13)
    strapi.documents.use(knowledgeBaseRule(strapi));
    // licensed training videos: a course's price and SpotPlayer ids before buyers can buy it
    strapi.documents.use(courseDocumentRules(strapi));
    // last, so it runs innermost: after the rules above have normalised the record
    strapi.documents.use(recordLabelsRule(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // with Redis, Strapi's own request limiters (/api/auth/*, the admin login) count for all
    // instances together, in the login throttle's shared counters
    if (strapi.config.get('plugin::customer-accounts.redisUrl')) {
      const throttle = strapi.plugin('customer-accounts').service('login-throttle');
      strapi.config.set(
        'plugin::users-permissions.ratelimit.store',
        sharedRequestLimitStore('@strapi/plugin-users-permissions', (key, windowMs, by) => throttle.count(`auth-requests:${key}`, windowMs, by))
      );
      strapi.config.set('admin.rateLimit.store', sharedRequestLimitStore('@strapi/admin', (key, windowMs, by) => throttle.count(`admin-requests:${key}`, windowMs, by)));
    }
    await ensureLocales(strapi);
    await strapi.plugin('customer-accounts').service('roles').sync();
    await registerStaffConditions(strapi);
    await ensureStaffRoles(strapi);
    await removeUnusedGenericRoles(strapi);
    followLocales(strapi);
    await applyAdminLabels(strapi);
    await applyRelationLabels(strapi);
    await ensureImmutableRecords(strapi);
    await ensureMessageTemplates(strapi);
    await strapi.service('api::service-settings.service-settings').ensureDefaults();
    await strapi.service('api::support-settings.support-settings').ensureDefaults();
    // PostgreSQL: trigram indexes under the staff's search of subscribers and devices
    await ensureSearchIndexes(strapi);

    // what a verified payment grants
    const lifecycle = strapi.service('api::contract.service-lifecycle');
    strapi.plugin('payment').service('payments').registerPurpose(RENEWAL_PURPOSE, {
      grant: (payment: any, _verification: unknown, context: { previousStatus: string }) => lifecycle.grantRenewal(payment, context),
      abandoned: (payment: any) => lifecycle.abandonRenewal(payment),
      describe: (contractIds: string[]) => lifecycle.describeRenewals(contractIds),
    });
    // a verified invoice payment marks the pay-per-case invoice paid (once; a paid or void one is refunded)
    const invoices = strapi.service('api::invoice.invoices');
    strapi.plugin('payment').service('payments').registerPurpose(INVOICE_PURPOSE, {
      grant: (payment: any) => invoices.grantPayment(payment),
      describe: (invoiceIds: string[]) => invoices.describePayments(invoiceIds),
    });
    // licensed training videos: a verified course payment marks the order paid and queues its
    // SpotPlayer licence (once; a paid, replaced or owned one is refunded); an issued licence
    // marks the order licensed and tells the buyer (plugins/video-licensing onIssued)
    const courseOrders = strapi.service('api::course-order.course-orders');
    strapi.plugin('payment').service('payments').registerPurpose(COURSE_PURPOSE, {
      grant: (payment: any) => courseOrders.grantPayment(payment),
      abandoned: (payment: any) => courseOrders.abandonPayment(payment),
      describe: (orderIds: string[]) => courseOrders.describePayments(orderIds),
    });
    strapi.plugin('video-licensing').service('licences').onIssued((event: any) => courseOrders.licenceIssued(event));

    // what waits for staff on the admin's home page (back-office's work queue)
    registerPortalWorkQueue(strapi);

    await seedDemoIfEmpty(strapi);

    if (strapi.config.get('scheduler.enabled')) {
      scheduler = createScheduler(strapi);
      scheduler.start(withSchedules(portalJobs(strapi), strapi.config.get('scheduler.schedules')));
    }
  },

  async destroy(args?: { strapi?: Core.Strapi }) {
    await scheduler?.stop();
    scheduler = null;
    // the complaint throttles' Redis connection, when there is one
    await args?.strapi?.service('api::complaint.complaints')?.destroy?.();
  },
};
