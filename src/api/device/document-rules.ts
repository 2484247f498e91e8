/**
 * Document Service middleware for devices: a device written through the Document Service — staff
 * in the admin, an API token, the demo seed — whose service status (or service end) is no longer
 * what the CRM was last told gets one CRM sync job, in the write's transaction. The workflows that
 * change a device below the Document Service (confirmation, choices, renewal, transfer) record
 * their own job; a status that changes by date alone is noticed by the daily job
 * (plugin crm-sync `noticeChanges`, src/scheduler/jobs.ts).
 */
import type { Core } from '@strapi/strapi';

const UID = 'api::device.device';

export const deviceStatusSyncRule = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
  return strapi.db.transaction(async () => {
    const written = await next();
    const documentId = written?.documentId ?? ctx.params?.documentId;
    if (documentId) await strapi.plugin('crm-sync').service('sync').syncDevice(documentId, 'staff-edit');
    return written;
  });
};
