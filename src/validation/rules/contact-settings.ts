/**
 * The contact details staff keep (api::contact-settings.contact-settings): phones in any digits
 * stored as canonical digits, a plausible e-mail address, trimmed texts; after any change the
 * public answer's cache is emptied so the site shows the new details at once.
 */
import type { Core } from '@strapi/strapi';
import { normalizePhone } from '../../domain/identity';
import { isEmailAddress } from '../../domain/contact-details';
import { normalizePersianText } from '../../domain/digits';
import { FieldErrors } from '../errors';

const UID = 'api::contact-settings.contact-settings';
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const contactSettingsRules = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID || !['create', 'update', 'delete'].includes(ctx.action)) return next();
  if (ctx.action !== 'delete') {
    const data = (ctx.params.data ??= {});
    const errors = new FieldErrors();
    if ((ctx.action === 'create' || 'supportPhone' in data) && isBlank(data.supportPhone)) errors.add('supportPhone', 'required');
    for (const field of ['supportPhone', 'secondPhone']) {
      if (!(field in data)) continue;
      if (isBlank(data[field])) data[field] = null;
      else {
        const phone = normalizePhone(data[field]);
        if (phone) data[field] = phone;
        else errors.add(field, 'phoneInvalid');
      }
    }
    if ('email' in data) {
      if (isBlank(data.email)) data.email = null;
      else if (typeof data.email !== 'string' || !isEmailAddress(data.email.trim())) errors.add('email', 'emailInvalid');
      else data.email = data.email.trim().toLowerCase();
    }
    for (const field of ['workingHoursFa', 'workingHoursEn', 'addressFa', 'addressEn']) {
      if (!(field in data)) continue;
      if (isBlank(data[field])) data[field] = null;
      else if (typeof data[field] === 'string')
        data[field] = field.endsWith('Fa') ? normalizePersianText(data[field]) : data[field].replace(/\s+/g, ' ').trim();
    }
    errors.throwIfAny();
  }
  const result = await next();
  strapi.service(UID).forgetPublicDetails();
  return result;
};
