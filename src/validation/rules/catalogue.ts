/**
 * Device types, device models and contracts: trimmed text, whole-number terms, money as whole
 * rials, contract dates in order. Document Service middleware, like subscriber.ts.
 */
import type { Core } from '@strapi/strapi';
import { isIsoDate } from '../../domain/jalali';
import { normalizePersianText } from '../../domain/digits';
import { FieldErrors } from '../errors';

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const checkMonths = (data: Record<string, any>, field: string, errors: FieldErrors) => {
  if (!(field in data) || data[field] === null || data[field] === undefined) return;
  const n = Number(data[field]);
  if (!Number.isInteger(n) || n < 0 || n > 120) errors.add(field, 'monthsInvalid');
  else data[field] = n;
};

export const catalogueDocumentRules = (_strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.action !== 'create' && ctx.action !== 'update') return next();
  const isCreate = ctx.action === 'create';
  const data = (ctx.params.data ??= {});
  const errors = new FieldErrors();

  switch (ctx.uid) {
    case 'api::device-type.device-type':
      if ((isCreate || 'name' in data) && isBlank(data.name)) errors.add('name', 'required');
      else if (typeof data.name === 'string') data.name = normalizePersianText(data.name);
      break;

    case 'api::device-model.device-model':
      for (const field of ['brand', 'model']) {
        if ((isCreate || field in data) && isBlank(data[field])) errors.add(field, 'required');
        else if (typeof data[field] === 'string') data[field] = normalizePersianText(data[field]);
      }
      checkMonths(data, 'defaultWarrantyMonths', errors);
      checkMonths(data, 'defaultServiceMonths', errors);
      break;

    case 'api::contract.contract': {
      if ('priceRials' in data) {
        const raw = typeof data.priceRials === 'string' ? data.priceRials.trim() : data.priceRials;
        const ok = (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) || (typeof raw === 'string' && /^\d{1,15}$/.test(raw));
        if (!ok) errors.add('priceRials', 'amountInvalid');
        else data.priceRials = String(raw);
      }
      if ('years' in data && data.years !== null && data.years !== undefined && ![1, 2, 3].includes(Number(data.years))) {
        errors.add('years', 'yearsInvalid');
      }
      for (const field of ['startDate', 'endDate']) {
        if (field in data && !isBlank(data[field]) && !isIsoDate(data[field])) errors.add(field, 'invalidDate');
      }
      if (isCreate && isBlank(data.startDate)) errors.add('startDate', 'required');
      if (isIsoDate(data.startDate) && isIsoDate(data.endDate) && data.endDate < data.startDate) errors.add('endDate', 'endBeforeStart');
      break;
    }

    default:
      return next();
  }

  errors.throwIfAny();
  return next();
};
