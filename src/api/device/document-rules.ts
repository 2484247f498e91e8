/**
 * Document Service middleware for devices: a device written through the Document Service — staff
 * in the admin, an API token, the demo seed — whose service status (or service end) is no longer
 * what the CRM was last told gets one CRM sync job, in the write's transaction. The workflows that
 * change a device below the Document Service (confirmation, choices, renewal, transfer) record
 * their own job; a status that changes by date alone is noticed by the daily job
 * (plugin crm-sync `noticeChanges`, src/scheduler/jobs.ts).
 *
 * A staff change of the device's service mode also ends any online renewal still awaiting payment
 * for it: staff decided the device's service, so a payment for that renewal arriving later is not
 * granted (the payment plugin records it `refund_due`, domain/contracts.ts renewalRefusal).
 */
import type { Core } from '@strapi/strapi';

const UID = 'api::device.device';
const CONTRACT = 'api::contract.contract';

export const deviceStatusSyncRule = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
  return strapi.db.transaction(async () => {
    const documentId: string | undefined = ctx.params?.documentId;
    const before = ctx.action === 'update' && documentId ? await strapi.db.query(UID).findOne({ where: { documentId }, select: ['id', 'serviceMode'] }) : null;
    const written = await next();
    const id = written?.documentId ?? documentId;
    if (before && written?.serviceMode && written.serviceMode !== before.serviceMode) await cancelPendingRenewals(strapi, before.id);
    if (id) await strapi.plugin('crm-sync').service('sync').syncDevice(id, 'staff-edit');
    return written;
  });
};

/** The device's online renewals still awaiting payment → cancelled (one read, one UPDATE). */
const cancelPendingRenewals = async (strapi: Core.Strapi, deviceId: number) => {
  const pending = await strapi.db.query(CONTRACT).findMany({ where: { device: { id: deviceId }, contractStatus: 'pending_payment' }, select: ['id'] });
  if (pending.length) {
    await strapi.db.query(CONTRACT).updateMany({ where: { id: { $in: pending.map((c: { id: number }) => c.id) } }, data: { contractStatus: 'cancelled' } });
  }
};
