/**
 * The support settings staff edit (api::support-settings.support-settings): the working day's
 * hours as 'HH:MM' in any digits, each day ending after it starts (the SLA counts only these
 * hours, src/domain/sla.ts), and the on-call mobiles told of escalations validated and stored as
 * 09xxxxxxxxx like a subscriber's mobile (empty = no SMS for that level).
 */
import type { Core } from '@strapi/strapi';
import { normalizeMobile } from '../../domain/identity';
import { normalizeNumberInput } from '../../domain/digits';
import { minutesOfDay } from '../../domain/sla';
import { FieldErrors } from '../errors';

const UID = 'api::support-settings.support-settings';
const TIMES = ['workdayStart', 'workdayEnd', 'thursdayEnd'] as const;
const MOBILES = ['seniorSupportAlertMobile', 'managerAlertMobile', 'ceoAlertMobile'] as const;
/** issue 14: several managers' mobiles, separated by commas (any digits, Persian comma too) */
const MOBILE_LISTS = ['complaintAlertMobiles'] as const;
const MOBILE_LIST_MAX = 10;
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Normalises `data` in place; throws the field errors. `current`: the stored row, for the fields not sent. */
export const validateSupportSettingsData = (data: Record<string, any>, current: Record<string, any> | null) => {
  const errors = new FieldErrors();
  for (const field of TIMES) {
    if (!(field in data)) continue;
    const text = isBlank(data[field]) ? '' : normalizeNumberInput(String(data[field])).trim();
    const minutes = minutesOfDay(text);
    if (minutes === null) errors.add(field, isBlank(data[field]) ? 'required' : 'timeOfDayInvalid');
    else data[field] = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const value = (field: (typeof TIMES)[number]) => minutesOfDay(String(field in data ? data[field] : (current?.[field] ?? '')));
  const start = value('workdayStart');
  for (const field of ['workdayEnd', 'thursdayEnd'] as const) {
    const end = value(field);
    if (start !== null && end !== null && end <= start && !errors.has(field) && (field in data || 'workdayStart' in data)) errors.add(field, 'workdayEndBeforeStart');
  }
  for (const field of MOBILES) {
    if (!(field in data)) continue;
    if (isBlank(data[field])) data[field] = null;
    else {
      const mobile = normalizeMobile(data[field]);
      if (mobile) data[field] = mobile;
      else errors.add(field, 'mobileInvalid');
    }
  }
  for (const field of MOBILE_LISTS) {
    if (!(field in data)) continue;
    if (isBlank(data[field])) {
      data[field] = null;
      continue;
    }
    const parts = String(data[field]).split(/[,،؛;\n]/).map((p) => p.trim()).filter(Boolean);
    const mobiles = parts.map((p) => normalizeMobile(p));
    if (parts.length > MOBILE_LIST_MAX || mobiles.some((m) => !m)) errors.add(field, 'mobileListInvalid');
    else data[field] = [...new Set(mobiles)].join(',');
  }
  errors.throwIfAny();
};

export const supportSettingsRules = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID || !['create', 'update'].includes(ctx.action)) return next();
  const data = (ctx.params.data ??= {});
  const current = await strapi.db.query(UID).findOne({ select: [...TIMES] });
  validateSupportSettingsData(data, ctx.action === 'create' ? null : current);
  return next();
};
