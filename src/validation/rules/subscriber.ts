/**
 * Subscriber records as staff enter them (admin, API tokens, seed): digits normalised, national
 * code check digit and mobile validated, subscriber number and national code unique — with
 * Persian and English messages per field. Runs as a Document Service middleware, so it guards
 * every way in; nothing is written when a field is wrong.
 */
import type { Core } from '@strapi/strapi';
import { normalizeMobile, normalizeNationalCode, normalizePhone, normalizeSubscriberNumber } from '../../domain/identity';
import { normalizeNumberInput, normalizePersianText } from '../../domain/digits';
import { FieldErrors } from '../errors';

const UID = 'api::subscriber.subscriber';
const REQUIRED = ['subscriberNumber', 'fullName', 'nationalCode', 'mobile'] as const;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const validateSubscriberData = async (
  strapi: Core.Strapi,
  data: Record<string, any>,
  { isCreate, documentId }: { isCreate: boolean; documentId?: string }
) => {
  const errors = new FieldErrors();

  for (const field of REQUIRED) {
    if ((isCreate || field in data) && isBlank(data[field])) errors.add(field, 'required');
  }

  if (!isBlank(data.subscriberNumber)) {
    const n = normalizeSubscriberNumber(data.subscriberNumber);
    if (n) data.subscriberNumber = n;
    else errors.add('subscriberNumber', 'subscriberNumberInvalid');
  }
  if (!isBlank(data.nationalCode)) {
    const n = normalizeNationalCode(data.nationalCode);
    if (n) data.nationalCode = n;
    else errors.add('nationalCode', 'nationalCodeInvalid');
  }
  if (!isBlank(data.mobile)) {
    const n = normalizeMobile(data.mobile);
    if (n) data.mobile = n;
    else errors.add('mobile', 'mobileInvalid');
  }
  if ('phone' in data) {
    if (isBlank(data.phone)) data.phone = null;
    else {
      const n = normalizePhone(data.phone);
      if (n) data.phone = n;
      else errors.add('phone', 'phoneInvalid');
    }
  }
  if (typeof data.fullName === 'string' && !isBlank(data.fullName)) {
    data.fullName = normalizePersianText(data.fullName);
    if (data.fullName.length < 3) errors.add('fullName', 'fullNameInvalid');
  }
  if (typeof data.mainOperatorName === 'string') data.mainOperatorName = normalizePersianText(data.mainOperatorName) || null;

  if (data.address && typeof data.address === 'object') {
    for (const key of ['city', 'street', 'building'] as const) {
      if (typeof data.address[key] === 'string') data.address[key] = normalizePersianText(data.address[key]) || null;
    }
    if (!isBlank(data.address.postalCode)) {
      const code = normalizeNumberInput(String(data.address.postalCode));
      if (/^\d{10}$/.test(code)) data.address.postalCode = code;
      else errors.add(['address', 'postalCode'], 'postalCodeInvalid');
    }
  }

  // uniqueness, with a clear message (the database's unique indexes are the last word)
  for (const [field, code] of [
    ['subscriberNumber', 'subscriberNumberTaken'],
    ['nationalCode', 'nationalCodeTaken'],
  ] as const) {
    if (isBlank(data[field])) continue;
    const clash = await strapi.db.query(UID).findOne({
      where: { [field]: data[field], ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['id'],
    });
    if (clash) errors.add(field, code);
  }

  errors.throwIfAny();
};

/**
 * Document Service middleware for subscribers: validation on create/update; the portal
 * account follows the subscriber (its username is the subscriber number; it goes when the
 * subscriber is deleted).
 */
export const subscriberDocumentRules = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID) return next();

  if (ctx.action === 'create' || ctx.action === 'update') {
    const data = (ctx.params.data ??= {});
    await validateSubscriberData(strapi, data, { isCreate: ctx.action === 'create', documentId: ctx.params.documentId });
    return strapi.db.transaction(async () => {
    const result = await next();
    if (ctx.action === 'update' && typeof data.subscriberNumber === 'string') {
      const linked = await strapi.db.query(UID).findOne({
        where: { documentId: ctx.params.documentId },
        select: ['id'],
        populate: { user: { select: ['id', 'username'] } },
      });
      if (linked?.user && linked.user.username !== data.subscriberNumber) {
        await strapi.db.query('plugin::users-permissions.user').update({ where: { id: linked.user.id }, data: { username: data.subscriberNumber } });
      }
    }
    return result;
    });
  }

  if (ctx.action === 'delete') {
    return strapi.db.transaction(async () => {
      const linked = await strapi.db.query(UID).findOne({
        where: { documentId: ctx.params.documentId },
        select: ['id'],
        populate: { user: { select: ['id'] } },
      });
      const result = await next();
      if (linked?.user) await strapi.plugin('users-permissions').service('user').remove({ id: linked.user.id });
      return result;
    });
  }

  return next();
};
