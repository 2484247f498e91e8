/**
 * Device records as staff enter them: canonical unique serial, valid dates in order, and the
 * warranty and service end defaulting from the model's terms when staff leave them empty.
 * Document Service middleware, like subscriber.ts.
 */
import type { Core } from '@strapi/strapi';
import { isIsoDate } from '../../domain/jalali';
import { addJalaliMonths } from '../../domain/jalali-terms';
import { canonicalSerial, normalizeSerial } from '../../domain/serial';
import { toEnglishDigits } from '../../domain/digits';
import { SERVICE_MODES } from '../../domain/service-status';
import { FieldErrors } from '../errors';

const UID = 'api::device.device';
const DATE_FIELDS = ['saleDate', 'installationDate', 'warrantyEnd', 'serviceEnd'] as const;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const deviceDocumentRules = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
  const isCreate = ctx.action === 'create';
  const data = (ctx.params.data ??= {});
  // installationConfirmedAt and the owner are workflow fields (workflow-fields.ts runs first)
  const documentId: string | undefined = ctx.params.documentId;
  const errors = new FieldErrors();

  if ((isCreate || 'serial' in data) && isBlank(data.serial)) errors.add('serial', 'required');
  else if ('serial' in data) {
    const serial = normalizeSerial(data.serial);
    if (!serial) errors.add('serial', 'serialInvalid');
    else {
      data.serial = serial;
      const clash = await strapi.db.query(UID).findOne({
        where: { serial, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
        select: ['id'],
      });
      if (clash) errors.add('serial', 'serialTaken');
    }
  }
  // an identifier: Latin digits, whatever the keyboard typed
  if (typeof data.dongleOrUserId === 'string') data.dongleOrUserId = toEnglishDigits(data.dongleOrUserId).trim() || null;

  for (const field of DATE_FIELDS) {
    if (!(field in data)) continue;
    if (isBlank(data[field])) data[field] = null;
    else if (!isIsoDate(data[field])) errors.add(field, 'invalidDate');
  }
  if ('serviceMode' in data && !SERVICE_MODES.includes(data.serviceMode)) errors.add('serviceMode', 'invalidChoice');
  errors.throwIfAny();

  // dates in order, judged on the record as it will be after this write
  const existing = documentId
    ? await strapi.db.query(UID).findOne({ where: { documentId }, select: [...DATE_FIELDS] })
    : null;
  const merged = { ...(existing ?? {}), ...data };
  for (const field of ['warrantyEnd', 'serviceEnd'] as const) {
    if (merged.installationDate && merged[field] && merged[field] < merged.installationDate) errors.add(field, 'dateOrder');
  }
  // marked on the field staff changed (the installation date when both)
  if (merged.saleDate && merged.installationDate && merged.installationDate < merged.saleDate) {
    errors.add('installationDate' in data || !('saleDate' in data) ? 'installationDate' : 'saleDate', 'installationBeforeSale');
  }
  errors.throwIfAny();

  if (typeof data.hologramCode === 'string') data.hologramCode = data.hologramCode.trim() ? canonicalSerial(data.hologramCode) : null;
  if ('purchasePriceRials' in data && data.purchasePriceRials !== null && data.purchasePriceRials !== '' && !/^\d{1,15}$/.test(String(data.purchasePriceRials).trim())) {
    errors.add('purchasePriceRials', 'amountInvalid');
    errors.throwIfAny();
  }

  const previousSerial = existing ? (await strapi.db.query(UID).findOne({ where: { documentId }, select: ['serial'] }))?.serial : null;
  const result = await strapi.db.transaction(async () => {
    const written = await next();
    await fillTermsFromModel(strapi, written?.documentId ?? documentId);
    return written;
  });
  // the public warranty lookup caches answers by serial
  const lookup = strapi.plugin('warranty-lookup')?.service('lookup');
  for (const serial of [previousSerial, data.serial]) if (serial) lookup?.invalidate(serial);
  return result;
};

/** Warranty and service end from the model's default terms (Jalali months), where staff left them empty. */
export const fillTermsFromModel = async (strapi: Core.Strapi, documentId: string | undefined) => {
  if (!documentId) return;
  const device = await strapi.db.query(UID).findOne({
    where: { documentId },
    select: ['id', 'installationDate', 'warrantyEnd', 'serviceEnd'],
    populate: { model: { select: ['defaultWarrantyMonths', 'defaultServiceMonths'] } },
  });
  if (!device?.installationDate || !device.model) return;
  const patch: Record<string, string> = {};
  if (!device.warrantyEnd) patch.warrantyEnd = addJalaliMonths(device.installationDate, device.model.defaultWarrantyMonths ?? 0);
  if (!device.serviceEnd) patch.serviceEnd = addJalaliMonths(device.installationDate, device.model.defaultServiceMonths ?? 0);
  if (Object.keys(patch).length) await strapi.db.query(UID).update({ where: { id: device.id }, data: patch });
};
