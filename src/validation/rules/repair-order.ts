/**
 * Repair orders as staff enter them (Document Service middleware): a device and the reported
 * fault are required; the intake fills in the owner, tracking code and promised date; a change
 * of status is told to the buyer; an outcome carries what it needs (a refund its amount — the
 * invoice price by default — a replacement its new serial). All in one transaction.
 */
import type { Core } from '@strapi/strapi';
import { REPAIR_OUTCOMES, REPAIR_STATUSES } from '../../domain/repairs';
import { normalizeSerial } from '../../domain/serial';
import { FieldErrors, fieldError, validationError } from '../errors';

const UID = 'api::repair-order.repair-order';

/** Set by the portal, never by hand (the admin shows them read-only: src/bootstrap/admin-labels.ts). */
export const REPAIR_FIELDS_THE_PORTAL_KEEPS = ['trackingCode', 'subscriber', 'promisedBy', 'statusHistory', 'flaggedForReplacementAt', 'deliveredAt'] as const;

export const repairOrderRules = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
  const isCreate = ctx.action === 'create';
  const data = (ctx.params.data ??= {});
  const errors = new FieldErrors();
  const repairs = () => strapi.service('api::repair-order.repairs');

  for (const field of REPAIR_FIELDS_THE_PORTAL_KEEPS) delete data[field];
  if (isCreate && (typeof data.reportedFault !== 'string' || !data.reportedFault.trim())) errors.add('reportedFault', 'required');
  if ('repairStatus' in data && !REPAIR_STATUSES.includes(data.repairStatus)) errors.add('repairStatus', 'invalidChoice');
  if ('outcome' in data && !REPAIR_OUTCOMES.includes(data.outcome)) errors.add('outcome', 'invalidChoice');
  if (data.replacementSerial) {
    const serial = normalizeSerial(data.replacementSerial);
    if (serial) data.replacementSerial = serial;
    else errors.add('replacementSerial', 'serialInvalid');
  }
  if ('refundAmountRials' in data && data.refundAmountRials !== null && data.refundAmountRials !== '' && !/^\d{1,15}$/.test(String(data.refundAmountRials).trim())) {
    errors.add('refundAmountRials', 'amountInvalid');
  }
  errors.throwIfAny();

  const before = ctx.params.documentId
    ? await strapi.db.query(UID).findOne({ where: { documentId: ctx.params.documentId }, select: ['id', 'repairStatus', 'outcome', 'replacementSerial', 'refundAmountRials'], populate: { device: { select: ['purchasePriceRials'] } } })
    : null;

  return strapi.db.transaction(async () => {
    const result = await next();
    const id = result?.id ?? before?.id;
    if (isCreate) {
      const intake = await repairs().completeIntake(id);
      if (!intake) throw validationError([fieldError('device', 'required')]);
      return result;
    }
    const after = await strapi.db.query(UID).findOne({ where: { id }, select: ['id', 'repairStatus', 'outcome', 'replacementSerial', 'refundAmountRials'], populate: { device: { select: ['purchasePriceRials'] } } });
    const outcomeErrors = new FieldErrors();
    if (after.outcome === 'replaced' && !after.replacementSerial) outcomeErrors.add('replacementSerial', 'required');
    if (after.outcome === 'refunded' && after.refundAmountRials == null) {
      if (after.device?.purchasePriceRials != null) await strapi.db.query(UID).update({ where: { id }, data: { refundAmountRials: after.device.purchasePriceRials } });
      else outcomeErrors.add('refundAmountRials', 'required');
    }
    outcomeErrors.throwIfAny();
    if (before && after.repairStatus !== before.repairStatus) await repairs().statusChanged(id, after.repairStatus);
    return result;
  });
};
